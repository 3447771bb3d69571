//! Small popups: the quick-add and filter prompt, the delete question, help.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::{centered, fit, pad};
use crate::money::Money;
use crate::text;
use crate::tui::app::{App, Pending, PromptKind, Tab};
use crate::tui::keymap::{self, Scope};

pub fn prompt(frame: &mut Frame, app: &App, area: Rect) {
    // The file prompt lists the bills found nearby under the line.
    let listed = if app.prompt_kind == PromptKind::ImportPath { app.bills.files.len() as u16 } else { 0 };
    let wide = matches!(app.prompt_kind, PromptKind::ImportPath | PromptKind::ImportCategory);
    let popup = centered(area, if wide { 72 } else { 64 }, 5 + listed);
    let (title, hint) = match app.prompt_kind {
        PromptKind::Quick => (text::ui::prompt_quick(), text::ui::prompt_quick_hint()),
        PromptKind::Filter => (text::ui::prompt_filter(), text::ui::prompt_filter_hint()),
        PromptKind::Rename => (text::ui::prompt_rename(), text::ui::prompt_rename_hint()),
        PromptKind::ImportPath => (text::ui::prompt_import(), text::ui::prompt_import_hint()),
        PromptKind::ImportCategory => (text::ui::prompt_category(), text::ui::prompt_category_hint()),
    };
    let block = Block::bordered().title(title).title_bottom(text::ui::prompt_keys());
    let inner = block.inner(popup);
    super::clear_popup(frame, popup);
    frame.render_widget(block, popup);
    let mut lines = vec![Line::from(format!("> {}", app.prompt.text())), Line::from(hint.dim())];
    if listed > 0 {
        lines.push(Line::from(""));
        for (i, f) in app.bills.files.iter().enumerate() {
            let text = fit(&format!("  {f}"), inner.width as usize);
            lines.push(if app.bills.choice == Some(i) { Line::from(text).reversed() } else { Line::from(text) });
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
    let caret = app.prompt.caret_columns().min(inner.width.saturating_sub(3));
    frame.set_cursor_position(Position { x: inner.x + 2 + caret, y: inner.y });
}

pub fn confirm(frame: &mut Frame, app: &App, area: Rect) {
    let question = match &app.confirm {
        Some(Pending::Txn(t)) => {
            let what = format!("{} {} {}", t.date, t.payee, Money::new(t.amount, t.currency));
            if t.transfer_id.is_some() { text::ui::confirm_transfer(&what) } else { text::ui::confirm_txn(&what) }
        }
        Some(Pending::Scenario(_, name)) => text::ui::confirm_scenario(name),
        None => return,
    };
    let popup = centered(area, 60, 5);
    let block = Block::bordered().title(text::ui::confirm_title());
    let inner = block.inner(popup);
    super::clear_popup(frame, popup);
    frame.render_widget(block, popup);
    let lines = vec![
        Line::from(fit(&question, inner.width as usize)),
        Line::from(""),
        Line::from(text::ui::confirm_keys().dim()),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn help(frame: &mut Frame, app: &App, area: Rect) {
    let block = Block::bordered().title(text::ui::help_title()).title_bottom(text::ui::help_keys());
    let inner = block.inner(area);
    super::clear_popup(frame, area);
    frame.render_widget(block, area);
    let [left, right] = Layout::horizontal([Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)]).areas(inner);
    let column = |sections: &[(Scope, &str)], width: u16| {
        let mut lines = Vec::new();
        for (scope, title) in sections {
            lines.push(Line::styled(title.to_string(), Style::new().bold().underlined()));
            for (keys, what) in keymap::help_lines(*scope) {
                lines.push(Line::from(fit(&format!("{} {what}", pad(&keys, 12, false)), width as usize - 1)));
            }
        }
        Paragraph::new(lines).scroll((app.help_scroll, 0))
    };
    // Every tab, then the screens over them; the first three on the left.
    let sections: Vec<(Scope, &str)> = Tab::ALL
        .iter()
        .map(|&tab| (Scope::Tab(tab), tab.help_title()))
        .chain([
            (Scope::Import, text::ui::help_import()),
            (Scope::Form, text::ui::help_forms()),
            (Scope::Prompt, text::ui::help_prompts()),
            (Scope::Confirm, text::ui::help_delete()),
        ])
        .collect();
    let (first, others) = sections.split_at(3);
    frame.render_widget(column(first, left.width), left);
    frame.render_widget(column(others, right.width), right);
}
