//! The scenario form popup: a name and the scenario's fields (only those of
//! the chosen housing plan), errors beside them, and a hint for the focused
//! line; the lines scroll when the terminal is short.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{centered, clear_popup, fit, pad};
use crate::text;
use crate::tui::app::App;

const LABEL: usize = 15;
const INPUT: usize = 24;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(form) = &app.relocation.form else { return };
    let slots = form.slots();
    // Room for every line, a blank, the hint or errors (two lines) and the border.
    let popup = centered(area, 72, slots.len() as u16 + 5);
    let title = match form.id {
        Some(_) => text::moving::form_edit(&form.base.name),
        None => text::moving::form_new().to_owned(),
    };
    let block = Block::bordered().title(fit(&title, 60)).title_bottom(text::moving::form_keys());
    let inner = block.inner(popup);
    clear_popup(frame, popup);
    frame.render_widget(block, popup);

    let rows = (inner.height as usize).saturating_sub(3).max(1);
    let focus = slots.iter().position(|s| *s == form.focus).unwrap_or(0);
    let first = focus.saturating_sub(rows - 1).min(slots.len().saturating_sub(rows));
    let mut lines = Vec::new();
    for &slot in slots.iter().skip(first).take(rows) {
        let focused = form.focus == slot;
        let label =
            Span::styled(pad(slot.label(), LABEL, false), if focused { Style::new().bold() } else { Style::new() });
        let value_style = if focused { Style::new().reversed() } else { Style::new().underlined() };
        let typed = form.input(slot).text();
        let shown = if slot.is_choice() { format!("‹ {} ›", slot.choice_label(typed)) } else { typed.to_owned() };
        let mut spans = vec![label, Span::styled(pad(&shown, INPUT, false), value_style)];
        if form.error(slot).is_some() {
            spans.push(Span::styled(" ✗", app.prefs.palette.error));
        }
        lines.push(Line::from(spans));
    }
    let more = slots.len() - (first + rows).min(slots.len());
    lines.push(if more > 0 { Line::from(text::moving::more_lines(more).dim()) } else { Line::from("") });
    if form.errors.is_empty() {
        let hint = match (&form.note, form.focus) {
            (Some(note), _) => note.clone(),
            (None, slot) if slot.is_choice() => {
                let choices: Vec<&str> = form.choices(slot).into_iter().map(|c| slot.choice_label(c)).collect();
                text::moving::choose_from(&choices.join(text::moving::choice_sep()))
            }
            (None, slot) => slot.hint().to_owned(),
        };
        lines.push(Line::from(hint.dim()));
    } else {
        for (slot, e) in &form.errors {
            lines.push(Line::styled(text::moving::error_line(slot.label(), e), app.prefs.palette.error));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);

    // The real cursor at the caret of a typed line, so input methods place their window there.
    if !form.focus.is_choice() {
        let row = (focus - first) as u16;
        let caret = form.input(form.focus).caret_columns().min(INPUT as u16 - 1);
        frame.set_cursor_position(Position { x: inner.x + LABEL as u16 + caret, y: inner.y + row });
    }
}
