//! The Ledger tab: the month's totals, the filter, and the transactions table
//! (or the welcome panel on an empty ledger).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};

use crate::tui::theme::Palette;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{fit, fit_words, pad, whole_fields, wrap};
use crate::model::{Class, Txn};
use crate::money::{Currency, Money};
use crate::report::format_rate_percent;
use crate::text;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let [header, filter, table] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(1)]).areas(area);
    draw_header(frame, app, header);
    let filter_line = if app.filter_text.is_empty() {
        let mut spans = vec![Span::styled(text::ledger::all_transactions(), Style::new().dim())];
        // The recurring instances of the next 30 days, soonest first.
        if !app.upcoming.is_empty() {
            let next: Vec<String> = app
                .upcoming
                .iter()
                .map(|i| {
                    let amount = Money::new(i.amount, Currency::CNY).display();
                    format!("{} {} {amount}", i.date.format("%m-%d"), text::names::shown(&i.name))
                })
                .collect();
            let text = text::ledger::next_30_days(&next.join(" · "));
            spans.push(Span::raw(fit(&text, (area.width as usize).saturating_sub(30))));
        }
        Line::from(spans)
    } else {
        Line::from(vec![
            Span::styled(text::ledger::filter(), Style::new().bold()),
            Span::raw(&app.filter_text),
            Span::styled(text::ledger::esc_clears(), Style::new().dim()),
        ])
    };
    frame.render_widget(filter_line, filter);
    if app.empty && app.filter_text.is_empty() {
        draw_welcome(frame, table);
    } else {
        draw_table(frame, app, table);
    }
}

fn draw_header(frame: &mut Frame, app: &App, area: Rect) {
    let month = app.header_month();
    let mut spans = vec![Span::styled(format!("{month} "), Style::new().bold())];
    if let Some(s) = app.summary.filter(|s| s.month == month) {
        let m = |v| Money::new(v, Currency::CNY).display();
        let rate = s.rate_bp().map_or_else(|| "—".to_owned(), format_rate_percent);
        let savings_style = if s.savings < 0 { app.prefs.palette.negative } else { Style::new().bold() };
        if !app.filter_text.is_empty() {
            // Savings of a filtered selection mean nothing: show only what matched.
            spans.extend([
                Span::raw(text::ledger::matching_in()),
                Span::styled(m(s.income), app.prefs.palette.income),
                Span::raw(text::ledger::housing()),
                Span::styled(m(s.housing), app.prefs.palette.housing),
                Span::raw(text::ledger::spent()),
                Span::raw(m(s.spending)),
            ]);
            frame.render_widget(Line::from(whole_fields(spans, area.width)), area);
            return;
        }
        // Savings first: on a narrow screen the end of the line is cut, never it.
        spans.extend([
            Span::raw(text::ledger::saved()),
            Span::styled(format!("{} ({rate})", m(s.savings)), savings_style),
            Span::raw(text::ledger::income()),
            Span::styled(m(s.income), app.prefs.palette.income),
            Span::raw(text::ledger::housing()),
            Span::styled(m(s.housing), app.prefs.palette.housing),
            Span::raw(text::ledger::spent()),
            Span::raw(m(s.spending)),
        ]);
        spans = whole_fields(spans, area.width);
        if !app.over_budget.is_empty() {
            // Cut between names, never inside one, when the line runs out.
            let used: usize = spans.iter().map(Span::width).sum();
            let note = text::ledger::over_budget(&shown_names(&app.over_budget));
            let note = fit_words(&note, (area.width as usize).saturating_sub(used));
            spans.push(Span::styled(note, app.prefs.palette.negative));
        }
    }
    frame.render_widget(Line::from(spans), area);
}

fn draw_welcome(frame: &mut Frame, area: Rect) {
    let block = Block::bordered().title(text::ledger::getting_started());
    let width = block.inner(area).width as usize;
    // Wrapped by hand, so a key's wrapped line goes on indented.
    let mut lines: Vec<Line> = wrap(text::ledger::welcome(), width).into_iter().map(|l| Line::from(l).bold()).collect();
    lines.push(Line::from(""));
    for keys in [
        text::ledger::welcome_add(),
        text::ledger::welcome_quick(),
        text::ledger::welcome_import(),
        text::ledger::welcome_demo(),
        text::ledger::welcome_keys(),
    ] {
        lines.extend(wrap(keys, width).into_iter().map(Line::from));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Column widths for a table `width` columns wide: date, payee, category, account, amount.
fn columns(width: u16) -> [usize; 5] {
    let (date, amount, category, account) = (10, 13, 14, 10);
    let payee = (width as usize).saturating_sub(date + amount + category + account + 5).max(6);
    [date, payee, category, account, amount]
}

fn class_style(t: &Txn, p: &Palette) -> Style {
    match t.class {
        Some(Class::Income) => p.income,
        Some(Class::Housing) => p.housing,
        // Most rows are spending: plain text keeps the table calm.
        Some(Class::Spending) => Style::new(),
        None => p.transfer,
    }
}

fn draw_table(frame: &mut Frame, app: &App, area: Rect) {
    let cols = columns(area.width);
    let cell = |s: &str, i: usize| pad(s, cols[i], i == 4);
    let head = [
        text::ledger::col_date(),
        text::ledger::col_payee(),
        text::ledger::col_category(),
        text::ledger::col_account(),
        text::ledger::col_amount(),
    ]
    .iter()
    .enumerate()
    .map(|(i, h)| cell(h, i))
    .collect::<Vec<_>>();
    let mut lines = vec![Line::styled(head.join(" "), Style::new().bold().underlined())];
    if app.rows.is_empty() {
        lines.push(Line::styled(text::ledger::no_match(), Style::new().dim()));
    }
    let visible = (area.height as usize).saturating_sub(1).max(1);
    // The header and a long message may take lines the app counted for
    // rows: the selected row stays in view all the same.
    let offset = app.offset.max((app.selected + 1).saturating_sub(visible));
    for (i, t) in app.rows.iter().enumerate().skip(offset).take(visible) {
        let category = t.category.as_deref().map_or(text::ledger::transfer().into(), text::names::shown);
        let payee = if t.note.is_empty() { t.payee.clone() } else { format!("{} · {}", t.payee, t.note) };
        let amount = Money::new(t.amount, t.currency).display();
        let text = [
            cell(&t.date.to_string(), 0),
            cell(&payee, 1),
            cell(&category, 2),
            cell(&text::names::shown(&t.account), 3),
            cell(&amount, 4),
        ]
        .join(" ");
        let p = &app.prefs.palette;
        let style = if i == app.selected { class_style(t, p).reversed() } else { class_style(t, p) };
        lines.push(Line::styled(fit(&text, area.width as usize), style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// Stored category names, as the reader sees them, joined by commas.
pub(super) fn shown_names(names: &[String]) -> String {
    names.iter().map(|n| text::names::shown(n)).collect::<Vec<_>>().join(", ")
}
