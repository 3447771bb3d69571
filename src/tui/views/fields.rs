//! A small form over a command: a label and a value a line, a refusal on
//! the line under the field it names (and a ✗ beside it), the focused
//! field's hint at the bottom.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{centered, fit, pad};
use crate::text::{self, screens as w};
use crate::tui::app::App;
use crate::tui::fields::Input;

const WIDTH: u16 = 72;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(form) = &app.fields else { return };
    let inner_w = usize::from(WIDTH.min(area.width).saturating_sub(2));
    let label_w = form.fields.iter().map(|f| f.label.width()).max().unwrap_or(8).clamp(6, 14) + 2;
    let input_w = inner_w.saturating_sub(label_w + 3).clamp(8, 40);
    let mut lines: Vec<Line> = Vec::new();
    let mut caret = None;
    for (i, f) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let label =
            Span::styled(pad(f.label, label_w, false), if focused { Style::new().bold() } else { Style::new() });
        let style = if focused { Style::new().reversed() } else { Style::new().underlined() };
        let value = match &f.input {
            Input::Text(_) => pad(&text::safe::escaped(f.shown()), input_w, false),
            Input::Choice(..) => pad(&format!("‹ {} ›", f.shown()), input_w, false),
        };
        let mut spans = vec![label, Span::styled(value, style)];
        let error = form.errors.iter().find(|(at, _)| *at == Some(i));
        if error.is_some() {
            spans.push(Span::styled(" ✗", app.prefs.palette.error));
        }
        if focused {
            if let Input::Text(e) = &f.input {
                caret = Some((lines.len() as u16, label_w as u16 + e.caret_columns().min(input_w as u16 - 1)));
            }
        }
        lines.push(Line::from(spans));
        if let Some((_, message)) = error {
            for l in super::wrap(message, inner_w.saturating_sub(label_w)) {
                lines.push(Line::styled(format!("{}{l}", " ".repeat(label_w)), app.prefs.palette.error));
            }
        }
    }
    lines.push(Line::from(""));
    for (_, message) in form.errors.iter().filter(|(at, _)| at.is_none()) {
        lines.extend(super::wrap(message, inner_w).into_iter().map(|l| Line::styled(l, app.prefs.palette.error)));
    }
    let hint = if form.running { w::running().to_owned() } else { form.fields[form.focus].hint.clone() };
    lines.extend(super::wrap(&hint, inner_w).into_iter().map(|l| Line::from(l).dim()));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = centered(area, WIDTH, height);
    let block = Block::bordered().title(fit(&form.title, inner_w)).title_bottom(w::form_keys());
    let inner = block.inner(popup);
    super::clear_popup(frame, popup);
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(lines), inner);
    // The real cursor at the caret, so input methods place their window there.
    if let Some((row, col)) = caret.filter(|(row, _)| *row < inner.height) {
        frame.set_cursor_position(Position { x: inner.x + col, y: inner.y + row });
    }
}
