//! The command line inside the interface (`:`): the CLI's own commands
//! (`budget set food 1200`, `goals add …`, `export …`), run by the CLI's
//! parser and handlers through the effect runner, so the interface and the
//! command line accept and refuse the same input with the same words.
//! Results go to the status line, or over the screen when they are long;
//! ↑/↓ step through the lines run before.

use super::action::Effect;
use super::app::{App, Mode};
use crate::cli::inside::Ran;
use crate::config::Settings;
use crate::text;

/// An output of at most this many lines shows in the status line.
const IN_STATUS: usize = 3;

impl App {
    /// The command line, opened with `line` in it.
    pub(super) fn open_command(&mut self, line: &str) {
        self.prompt = super::form::LineEdit::with(line);
        (self.prompt_kind, self.prompt_fresh, self.history_at) = (super::app::PromptKind::Command, false, None);
        self.prompt_value_at = None;
        self.mode = Mode::Prompt;
    }

    /// The command line opened with `command` and a value after it that the
    /// first key typed replaces (Left, Right, Home or End keep it to edit).
    pub(super) fn open_command_with_value(&mut self, command: &str, value: &str) {
        self.open_command(&format!("{command}{value}"));
        self.prompt_value_at = (!value.is_empty()).then(|| command.chars().count());
    }

    /// Enter on a `:` line: kept in the history (once, if run again at
    /// once), then run.
    pub(super) fn run_command(&mut self, line: String) -> Effect {
        if self.command_history.last() != Some(&line) && !line.trim().is_empty() {
            self.command_history.push(line.clone());
        }
        self.history_at = None;
        Effect::RunCommand(line)
    }

    /// ↑ (older) or ↓ (newer) in the lines run before; past the newest, an
    /// empty line.
    pub(super) fn step_history(&mut self, older: bool) {
        let n = self.command_history.len();
        let at = match (self.history_at, older) {
            (None, true) if n > 0 => Some(n - 1),
            (None, _) => None,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) if i + 1 < n => Some(i + 1),
            (Some(_), false) => None,
        };
        self.history_at = at;
        let line = at.map_or("", |i| self.command_history[i].as_str());
        self.prompt = super::form::LineEdit::with(line);
    }

    /// What a `:` line did: the settings it changed take effect at once
    /// (language, theme, currency, the month's start, the baseline, the
    /// default account); its output shows in the status line, or over the
    /// screen when long; everything shown is read again.
    pub(super) fn command_ran(&mut self, line: String, ran: Ran, settings: Option<Settings>) -> Option<Effect> {
        if let Some(s) = settings {
            if let Some(lang) = s.language {
                text::set_lang(lang);
            }
            self.prefs.palette = super::theme::palette(s.theme, self.prefs.no_colour);
            self.prefs.currency = s.currency;
            self.prefs.baseline_months = s.baseline_months as usize;
            self.prefs.account = s.account.clone();
            self.prefs.home_city = s.home_city.clone();
            self.prefs.home_cost_index = s.home_cost_index;
            self.prefs.pay = s.pay;
            self.prefs.savings_goal = s.savings_goal;
            if let Some(cycle) = crate::model::Cycle::new(s.month_start) {
                self.cycle = cycle;
            }
        }
        let lines: Vec<String> = ran.output.lines().map(str::to_owned).collect();
        // A table (columns set apart by runs of spaces) is never joined
        // into the status line, however short: `instalments` with one row.
        let table = lines.len() > 1 && lines.iter().all(|l| l.trim_end().contains("  "));
        if lines.len() <= IN_STATUS && !table {
            let said = if lines.is_empty() { text::ui::command_done(&line) } else { lines.join(" · ") };
            self.say(said, !ran.ok);
        } else {
            self.say(if ran.ok { text::ui::command_shown(&line) } else { text::ui::command_failed(&line) }, !ran.ok);
            self.output = Some((line, lines));
            self.help_scroll = 0;
            self.mode = Mode::Help;
        }
        self.stale = true;
        // Opened from the settings screen: back to it, its rows read again.
        if std::mem::take(&mut self.settings_back) && self.mode != Mode::Help {
            return Some(Effect::LoadSettings);
        }
        Some(Effect::LoadLookups)
    }
}
