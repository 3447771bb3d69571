//! The Ledger tab: the month's totals, the filter, and the transactions table
//! (or the welcome panel on an empty ledger).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};

use crate::tui::theme::Palette;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{fit, fit_words, pad, whole_fields, wrap};
use crate::model::{Class, Txn};
use crate::money::{Currency, Money};
use crate::report::Ratio;
use crate::text;
use crate::text::names::shown;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let header_lines = header(app, area.width);
    let [header, filter, table] = Layout::vertical([
        Constraint::Length(u16::try_from(header_lines.len()).unwrap_or(1)),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(header_lines), header);
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

/// The screen line of the list's first row (under the tab bar, the
/// header, the filter line and the column titles), for a mouse click.
pub fn first_row_line(app: &App) -> u16 {
    let header = u16::try_from(header(app, app.size.0).len()).unwrap_or(1);
    1 + header + 1 + 1
}

/// The header: the month and its figures, saved first (income, housing
/// and spending after it, each whole, then safe to spend on today's
/// month), with the over-budget note. On a screen too narrow for one line
/// the figures go on in a second line (and a third), under the first figure.
fn header(app: &App, width: u16) -> Vec<Line<'static>> {
    let shown_month = app.header_month();
    let month = Span::styled(format!("{shown_month} "), Style::new().bold());
    let Some(s) = app.summary.filter(|s| s.month == shown_month) else { return vec![Line::from(month)] };
    let m = |v| Money::new(v, Currency::CNY).display();
    let p = &app.prefs.palette;
    // Today's month with income still expected: the rate it is heading for.
    let safe = app.safe.filter(|_| app.filter_text.is_empty());
    let rate = match safe.and_then(|safe| safe.expected_rate) {
        Some(r) => text::ledger::expected_rate(&r.percent()),
        None => s.rate().map_or_else(|| "—".to_owned(), Ratio::percent),
    };
    let savings_style = if s.savings < 0 { p.negative } else { Style::new().bold() };
    // (label, figure) pairs; a label starts with the spaces that part it from what is before.
    let fields: Vec<(&str, Span<'static>)> = if app.filter_text.is_empty() {
        vec![
            (text::ledger::saved(), Span::styled(format!("{} ({rate})", m(s.savings)), savings_style)),
            (text::ledger::income(), Span::styled(m(s.income), p.income)),
            (text::ledger::housing(), Span::styled(m(s.housing), p.housing)),
            (text::ledger::spent(), Span::raw(m(s.spending))),
        ]
        .into_iter()
        .chain(safe.map(|safe| {
            let style = if safe.today < 0 { p.negative } else { Style::new().bold() };
            let figure = format!("{} · {}", m(safe.today), text::ledger::safe_per_day(&m(safe.per_day)));
            (text::ledger::safe_today(), Span::styled(figure, style))
        }))
        .collect()
    } else {
        // Savings of a filtered selection mean nothing: show only what matched.
        vec![
            (text::ledger::matching_in(), Span::styled(m(s.income), p.income)),
            (text::ledger::housing(), Span::styled(m(s.housing), p.housing)),
            (text::ledger::spent(), Span::raw(m(s.spending))),
        ]
    };
    let whole: usize = month.width() + fields.iter().map(|(l, f)| l.width() + f.width()).sum::<usize>();
    let mut lines = vec![vec![month.clone()]];
    if whole <= width as usize {
        lines[0].extend(fields.into_iter().flat_map(|(l, f)| [Span::raw(l), f]));
    } else {
        // The second line starts under the first label's word.
        let first = fields[0].0;
        let indent = month.width() + first.width() - first.trim_start().width();
        let mut used = month.width();
        for (mut label, figure) in fields {
            // Up to three lines (the third for safe to spend on a narrow
            // screen); a field too wide for a line of its own stays put.
            let room = lines.len() == 1 || (lines.len() < 3 && used > indent);
            if room && used + label.width() + figure.width() > width as usize {
                lines.push(vec![Span::raw(" ".repeat(indent))]);
                used = indent;
                label = label.trim_start();
            }
            used += label.width() + figure.width();
            lines.last_mut().expect("a line").extend([Span::raw(label), figure]);
        }
    }
    let mut lines: Vec<Vec<Span<'static>>> = lines.into_iter().map(|spans| whole_fields(spans, width)).collect();
    if !app.over_budget.is_empty() && app.filter_text.is_empty() {
        // Cut between names, never inside one, when the line runs out.
        let last = lines.last_mut().expect("a line");
        let used: usize = last.iter().map(Span::width).sum();
        let note = text::ledger::over_budget(&shown_names(&app.over_budget));
        let note = fit_words(&note, (width as usize).saturating_sub(used));
        last.push(Span::styled(note, p.negative));
    }
    lines.into_iter().map(Line::from).collect()
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

/// Column widths for a table `width` columns wide: date, payee, category,
/// account, amount. Category, account and amount are as wide as what they
/// hold among the rows read (and their heading), up to a cap; the payee
/// gets the rest.
fn columns(app: &App, width: u16) -> [usize; 5] {
    let widest = |heading: &str, cap: usize, cells: &mut dyn Iterator<Item = usize>| {
        cells.chain([heading.width()]).max().unwrap_or(0).min(cap)
    };
    let category = widest(text::ledger::col_category(), 14, &mut app.rows.iter().map(|t| category_of(t).width()));
    let account = widest(text::ledger::col_account(), 12, &mut app.rows.iter().map(|t| shown(&t.account).width()));
    let amount = widest(text::ledger::col_amount(), 15, &mut app.rows.iter().map(|t| amount_of(t).width()));
    // A reconciled row's date is followed by its mark.
    let date = if app.rows.iter().any(|t| app.reconciled_on(t).is_some()) { 10 + RECONCILED.width() } else { 10 };
    let payee = (width as usize).saturating_sub(date + category + account + amount + 4).max(6);
    [date, payee, category, account, amount]
}

/// After the date of a row on or before its account's last reconciliation.
const RECONCILED: &str = "✓";

fn category_of(t: &Txn) -> String {
    t.category.as_deref().map_or_else(|| text::ledger::transfer().into(), |c| shown(c).into_owned())
}

fn amount_of(t: &Txn) -> String {
    Money::new(t.amount, t.currency).display()
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
    let cols = columns(app, area.width);
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
        // An older ledger's payee may hold control characters, which the
        // terminal library drops unseen: as visible escapes, what is
        // measured for the columns is what is drawn.
        // A transfer's payee is the other account's stored name, shown as
        // that account is (银行卡 in Chinese).
        let who = if t.category_id.is_none() { shown(&t.payee).into_owned() } else { t.payee.clone() };
        let payee = if t.note.is_empty() { who } else { format!("{who} · {}", t.note) };
        let payee = with_tags(&text::safe::escaped(&payee), &t.tags, cols[1]);
        let text = [
            cell(
                &if app.reconciled_on(t).is_some() { format!("{}{RECONCILED}", t.date) } else { t.date.to_string() },
                0,
            ),
            cell(&payee, 1),
            cell(&category_of(t), 2),
            cell(&shown(&t.account), 3),
            cell(&amount_of(t), 4),
        ]
        .join(" ");
        let p = &app.prefs.palette;
        let style = if i == app.selected { class_style(t, p).reversed() } else { class_style(t, p) };
        lines.push(Line::styled(fit(&text, area.width as usize), style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The payee cell: the payee (and note), then the row's tags (`+旅行`) where
/// the column has room for them beside at least a few columns of the payee.
fn with_tags(payee: &str, tags: &crate::model::Tags, width: usize) -> String {
    const PAYEE_AT_LEAST: usize = 6;
    if tags.is_empty() {
        return payee.to_owned();
    }
    let tags = text::safe::escaped(&tags.to_string()).into_owned();
    if payee.is_empty() {
        return tags;
    }
    if payee.width() + 1 + tags.width() <= width {
        format!("{payee} {tags}")
    } else if width >= tags.width() + 1 + PAYEE_AT_LEAST {
        format!("{} {tags}", fit(payee, width - tags.width() - 1))
    } else {
        payee.to_owned()
    }
}

/// Stored category names, as the reader sees them, joined by commas.
pub(super) fn shown_names(names: &[String]) -> String {
    names.iter().map(|n| shown(n)).collect::<Vec<_>>().join(", ")
}
