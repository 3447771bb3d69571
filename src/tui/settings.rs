//! The settings screen (`,`): every setting with its value and where it
//! comes from; Enter or `x` opens the command line with `config set` or
//! `config unset` for the selected one, so a change takes the same checks
//! and words as `nestegg config`, and the screen comes back after it.

use super::action::{Effect, SettingsAction};
use super::app::{App, Mode};

impl App {
    pub(super) fn settings_loaded(&mut self, rows: Vec<crate::cli::SettingRow>) -> Option<Effect> {
        self.settings_selected = self.settings_selected.min(rows.len().saturating_sub(1));
        self.settings = rows;
        self.mode = Mode::Settings;
        // After a change, what is shown behind reads the new settings too.
        if std::mem::take(&mut self.stale) { Some(Effect::LoadLookups) } else { None }
    }

    pub(super) fn update_settings(&mut self, action: SettingsAction) -> Option<Effect> {
        let last = self.settings.len().saturating_sub(1);
        match action {
            SettingsAction::Down => self.settings_selected = (self.settings_selected + 1).min(last),
            SettingsAction::Up => self.settings_selected = self.settings_selected.saturating_sub(1),
            SettingsAction::Change | SettingsAction::Unset => {
                let row = self.settings.get(self.settings_selected)?;
                let command = format!("config set {} ", row.key);
                match (action, &row.value) {
                    (SettingsAction::Unset, _) => self.open_command(&format!("config unset {}", row.key)),
                    // The value as it is, replaced by the first key typed.
                    (_, Some(v)) => self.open_command_with_value(&command, &quoted(v)),
                    (_, None) => self.open_command(&command),
                }
                self.settings_back = true;
            }
        }
        None
    }
}

/// A value as the command line must see it (spaces or quotes in an
/// account's name).
fn quoted(v: &str) -> String {
    shlex::try_quote(v).map_or_else(|_| v.to_owned(), |q| q.into_owned())
}
