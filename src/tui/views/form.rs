//! The add/edit form popup: six fields, errors beside them, and the choices
//! of the focused picker (or payee suggestions) below.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{centered, pad};
use crate::input::eval_amount;
use crate::money::{Currency, Money};
use crate::text;
use crate::tui::app::App;
use crate::tui::form::{Field, Form};

const LABEL: usize = 10;
const INPUT: usize = 26;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(form) = &app.form else { return };
    let popup = centered(area, 66, 17);
    let title = if form.id.is_some() { text::form::title_edit() } else { text::form::title_add() };
    let block = Block::bordered().title(title).title_bottom(text::form::keys());
    let inner = block.inner(popup);
    super::clear_popup(frame, popup);
    frame.render_widget(block, popup);

    let mut lines = Vec::new();
    for field in Field::ALL {
        let focused = form.focus == field;
        let input = form.input(field);
        let label =
            Span::styled(pad(field.label(), LABEL, false), if focused { Style::new().bold() } else { Style::new() });
        let value_style = if focused { Style::new().reversed() } else { Style::new().underlined() };
        // A fresh picker shows the choice that Enter would save.
        let chosen = match field {
            Field::Category if focused && form.fresh => form
                .category_options(&app.categories)
                .get(form.choice)
                .map(|c| text::names::shown(&c.name).into_owned()),
            Field::Account if focused && form.fresh => {
                form.account_options(&app.accounts).get(form.choice).map(|a| text::names::shown(&a.name).into_owned())
            }
            _ => None,
        };
        let text = chosen.unwrap_or_else(|| input.text().to_owned());
        let mut spans = vec![label, Span::styled(pad(&text, INPUT, false), value_style)];
        if field == Field::Payee && focused {
            if let Some(s) = form.payee_suggestion() {
                spans.push(Span::styled(format!(" → {s}"), Style::new().dim()));
            }
        }
        // Arithmetic shows its result before it is saved.
        if field == Field::Amount && input.text().contains(['+', '*', '/', '×']) {
            if let Ok(minor) = eval_amount(input.text(), Currency::CNY) {
                spans.push(Span::styled(format!(" = {}", Money::new(minor, Currency::CNY)), Style::new().dim()));
            }
        }
        if form.error(field).is_some() {
            spans.push(Span::styled(" ✗", app.prefs.palette.error));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    // Errors in full under the fields, each naming its field; else the hints.
    if form.errors.is_empty() {
        lines.extend(choices(app, form));
    } else {
        for (field, e) in &form.errors {
            lines.push(Line::styled(text::form::field_error(field.label(), e), app.prefs.palette.error));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);

    // The real cursor at the caret, so input methods place their window there.
    let row = Field::ALL.iter().position(|f| *f == form.focus).unwrap_or(0) as u16;
    let caret = form.input(form.focus).caret_columns().min(INPUT as u16 - 1);
    frame.set_cursor_position(Position { x: inner.x + LABEL as u16 + caret, y: inner.y + row });
}

fn choices<'a>(app: &'a App, form: &'a Form) -> Vec<Line<'a>> {
    let names: Vec<String> = match form.focus {
        Field::Category => {
            let names = form.category_options(&app.categories);
            names.iter().map(|c| format!("{}  ({})", text::names::shown(&c.name), c.class.word())).collect()
        }
        Field::Account => {
            form.account_options(&app.accounts).iter().map(|a| text::names::shown(&a.name).into_owned()).collect()
        }
        Field::Date => return vec![Line::from(text::form::hint_date().dim())],
        Field::Amount => return vec![Line::from(text::form::hint_amount().dim())],
        Field::Payee if form.payee_suggestion().is_some() => {
            return vec![Line::from(text::form::hint_suggestion().dim())];
        }
        _ => return Vec::new(),
    };
    if names.is_empty() {
        return vec![Line::styled(text::form::nothing_matches(), app.prefs.palette.error)];
    }
    let shown = 6;
    let start = form.choice.saturating_sub(shown - 1);
    let more = names.len().saturating_sub(start + shown);
    let mut lines: Vec<Line> = names
        .into_iter()
        .enumerate()
        .skip(start)
        .take(shown)
        .map(|(i, n)| {
            if i == form.choice {
                Line::styled(format!("▸ {n}"), Style::new().bold().reversed())
            } else {
                Line::from(format!("  {n}"))
            }
        })
        .collect();
    if more > 0 {
        lines.push(Line::from(text::form::more(more).dim()));
    }
    lines
}
