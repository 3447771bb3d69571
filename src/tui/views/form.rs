//! The add/edit form popup: eight fields, errors beside them, and the choices
//! of the focused picker (or payee suggestions) below. Errors are wrapped
//! within the form's width, in full: the popup grows to hold them.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{centered, pad};
use crate::input::eval_amount;
use crate::money::{Currency, Money};
use crate::text;
use crate::tui::app::App;
use crate::tui::form::{Field, Form};

const LABEL: usize = 10;
const INPUT: usize = 26;
/// The popup's size when nothing needs more room.
const WIDTH: u16 = 66;
const HEIGHT: u16 = 19;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(form) = &app.form else { return };
    // What goes under the fields, wrapped to the inside of the popup: the
    // errors in full, each naming its field, or else the hints.
    let inner_width = usize::from(WIDTH.min(area.width).saturating_sub(2));
    let below = if form.errors.is_empty() {
        choices(app, form)
    } else {
        // In the form's order; on a screen too short for them all, whole
        // errors from the first bad field on, and a line counting the rest
        // (each still has its ✗ beside its field).
        let room = usize::from(area.height.saturating_sub(2)).saturating_sub(Field::ALL.len());
        let mut errors: Vec<&(Field, String)> = form.errors.iter().collect();
        errors.sort_by_key(|(field, _)| *field);
        let mut lines = Vec::new();
        for (i, (field, e)) in errors.iter().enumerate() {
            // Lines after the first start under the message, after "✗ Amount: ".
            let indent = text::form::field_error(field.label(), "").width();
            let wrapped = wrap(&text::form::field_error(field.label(), e), inner_width, indent);
            let left = errors.len() - i - 1;
            if i > 0 && lines.len() + wrapped.len() + usize::from(left > 0) > room {
                let more = text::form::more_errors(errors.len() - i);
                lines.push(Line::styled(more, app.prefs.palette.error));
                break;
            }
            lines.extend(wrapped.into_iter().map(|line| Line::styled(line, app.prefs.palette.error)));
        }
        lines
    };
    // The fields, a blank line, what goes below, and the borders.
    let height = HEIGHT.max(u16::try_from(below.len() + Field::ALL.len() + 3).unwrap_or(u16::MAX));
    let popup = centered(area, WIDTH, height);
    let title = if form.editing.is_some() { text::form::title_edit() } else { text::form::title_add() };
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
            // A claimed row's AA field says what the claim is.
            Field::Share => form.claimed.clone(),
            _ => None,
        };
        let text = chosen.unwrap_or_else(|| input.text().to_owned());
        let mut spans = vec![label, Span::styled(pad(&text, INPUT, false), value_style)];
        if field == Field::Payee && focused {
            if let Some(s) = form.payee_suggestion() {
                spans.push(Span::styled(format!(" → {s}"), Style::new().dim()));
            }
        }
        // Arithmetic shows its result before it is saved (a leading minus is a sign).
        let arithmetic = input.text().trim_start().get(1..).is_some_and(|t| t.contains(['+', '-', '*', '/', '×']));
        if field == Field::Amount && (arithmetic || input.text().contains(['*', '/', '×'])) {
            if let Ok(minor) = eval_amount(input.text(), Currency::CNY) {
                spans.push(Span::styled(format!(" = {}", Money::new(minor, Currency::CNY)), Style::new().dim()));
            }
        }
        if form.error(field).is_some() {
            spans.push(Span::styled(" ✗", app.prefs.palette.error));
        }
        lines.push(Line::from(spans));
    }
    // The blank line goes when the screen is too short for it and what is below.
    if usize::from(inner.height) > lines.len() + below.len() {
        lines.push(Line::from(""));
    }
    lines.extend(below);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);

    // The real cursor at the caret, so input methods place their window there.
    let row = Field::ALL.iter().position(|f| *f == form.focus).unwrap_or(0) as u16;
    let caret = form.input(form.focus).caret_columns().min(INPUT as u16 - 1);
    frame.set_cursor_position(Position { x: inner.x + LABEL as u16 + caret, y: inner.y + row });
}

/// `text` in lines of at most `width` columns, broken at spaces where it
/// can and between characters where it must (Chinese has no spaces); lines
/// after the first start with `indent` spaces.
fn wrap(text: &str, width: usize, indent: usize) -> Vec<String> {
    let width = width.max(1);
    // A hanging indent that leaves too little room is dropped.
    let indent = if indent * 2 > width { 0 } else { indent };
    let mut lines = vec![String::new()];
    let (mut used, mut empty) = (0, true);
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = word.width();
        if !empty && used + 1 + w <= width {
            let line = lines.last_mut().expect("one line at least");
            line.push(' ');
            line.push_str(word);
            used += 1 + w;
            continue;
        }
        if !empty {
            // A word longer than a whole line starts here and breaks where it must.
            if w <= width - indent || used + 1 >= width {
                lines.push(" ".repeat(indent));
                (used, empty) = (indent, true);
            } else {
                lines.last_mut().expect("one line at least").push(' ');
                used += 1;
            }
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if !empty && used + cw > width {
                lines.push(" ".repeat(indent));
                used = indent;
            }
            lines.last_mut().expect("one line at least").push(c);
            (used, empty) = (used + cw, false);
        }
    }
    lines
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
        Field::Tags => return vec![Line::from(text::form::hint_tags().dim())],
        Field::Share if form.claimed.is_some() => return vec![Line::from(text::form::hint_claimed().dim())],
        Field::Share => return vec![Line::from(text::form::hint_share().dim())],
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Account, AccountKind, Category, Class};
    use crate::money::Currency;
    use crate::tui::action::{Action, LedgerAction, Reply, TextAction};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    #[test]
    fn wrap_breaks_at_spaces_and_inside_chinese_with_a_hanging_indent() {
        assert_eq!(wrap("✗ Amount: one two three", 20, 10), ["✗ Amount: one two", "          three"]);
        assert_eq!(wrap("✗ 金额：是想输入日期吗", 16, 8), ["✗ 金额：是想输入", "        日期吗"]);
        // Too narrow for the indent: none.
        assert_eq!(wrap("✗ Amount: one two three", 14, 10), ["✗ Amount: one", "two three"]);
        assert!(wrap("a verylongwordthatdoesnotfit", 10, 2).iter().all(|l| l.width() <= 10));
        assert_eq!(wrap("", 10, 2), [""]);
    }

    /// The app with its lookups, a form open and `typed` in its fields
    /// (Tab moves on), submitted; drawn at `size`.
    fn form_screen(typed: &str, size: (u16, u16)) -> String {
        let mut app = App::new("2026-11-28".parse().unwrap(), size);
        let acc = Account {
            id: 1,
            name: "Bank card".into(),
            kind: AccountKind::Bank,
            currency: Currency::CNY,
            archived: false,
        };
        let cat = Category { id: 5, name: "food".into(), class: Class::Spending, parent_id: None, archived: false };
        app.update(Action::Done(Reply::LookupsLoaded {
            accounts: vec![acc],
            categories: vec![cat],
            empty: false,
            upcoming: Vec::new(),
        }));
        app.update(Action::Ledger(LedgerAction::OpenAdd));
        for c in typed.chars() {
            app.update(Action::Text(if c == '\t' { TextAction::NextField } else { TextAction::Input(c) }));
        }
        app.update(Action::Text(TextAction::Submit));
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        terminal.draw(|f| crate::tui::views::draw(f, &app)).unwrap();
        let buf = terminal.backend().buffer();
        (0..buf.area.height)
            .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Issue 19 item 10: every error is there in full, wrapped inside the
    /// form, at every width from the smallest to a wide terminal.
    #[test]
    fn form_errors_wrap_within_the_form_in_full() {
        // Four errors: more lines than the popup's usual height holds at 60 columns.
        let typed = "99999999999999999999\tzzzz\tqqqq\t\t\t\t\tsoon";
        for size in [(60, 20), (80, 24), (130, 40)] {
            let screen = form_screen(typed, size);
            // Inside the popup's borders, the words of every message in order.
            let inside: Vec<&str> =
                screen.lines().filter_map(|l| Some(l.split('│').nth(1)?.trim())).filter(|l| !l.is_empty()).collect();
            let said = inside.join(" ");
            for whole in [
                "✗ Date: 'soon' is not a date: try 2026-10-03, 10-03, t (today), y (yesterday) or -2 (two days ago)",
                "✗ Amount: amount is too large: amounts and totals must stay within 9,223,372,036,854,775,807 of the smallest unit (fen, cents); check for extra digits",
                "✗ Category: no category matches; clear the field to see them all",
                "✗ Account: no account matches; clear the field to see them all",
            ] {
                assert!(said.contains(whole), "{size:?}: {whole:?} not in full:\n{screen}");
            }
        }
        // In Chinese too, where lines break between characters.
        let screen = crate::text::in_lang(crate::text::Lang::Zh, || form_screen(typed, (60, 20)));
        let said: String = screen.lines().filter_map(|l| l.split('│').nth(1)).collect::<String>().replace(' ', "");
        let whole = crate::text::in_lang(crate::text::Lang::Zh, || {
            [crate::text::errors::amount_overflow(), crate::text::form::no_account()].map(|e| e.replace(' ', ""))
        });
        for whole in whole {
            assert!(said.contains(&whole), "{whole:?} not in full:\n{screen}");
        }
        // A continuation line starts under the message, not under the ✗.
        let screen = form_screen("11-28", (80, 24));
        assert!(screen.contains("│✗ Amount: 11-28 = -17: did you mean a date?"), "{screen}");
        assert!(screen.contains("│          "), "{screen}");
    }

    /// More errors than a 60x20 screen holds under eight fields: whole
    /// errors in the form's order, then a line counting the rest; a tall
    /// screen shows every one.
    #[test]
    fn errors_that_do_not_fit_end_with_a_count_of_the_rest() {
        let typed = "99999999999999999999\tzzzz\tqqqq\t\t\ta:b\tx\tsoon";
        let screen = form_screen(typed, (60, 20));
        let said: String = screen.lines().filter_map(|l| l.split('│').nth(1)).collect::<Vec<_>>().join(" ");
        for shown in ["✗ Date: 'soon'", "✗ Amount:", "✗ Category:", "✗ and 3 more: fix these first"] {
            assert!(said.contains(shown), "{shown}:\n{screen}");
        }
        assert!(!said.contains("✗ Tags:"), "{screen}");
        let screen = form_screen(typed, (120, 40));
        for shown in ["✗ Account:", "✗ Tags: tag 'a:b' holds a ':'", "✗ AA: 'x' is not a number of ways"] {
            assert!(screen.contains(shown), "{shown}:\n{screen}");
        }
        assert!(!screen.contains("more: fix these first"), "{screen}");
    }
}
