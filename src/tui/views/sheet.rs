//! A screen of things over the tab's body: accounts with balances,
//! categories with class and parent, recurring rules with their next dates
//! (and what the selected one will post), goals with when each is reached.
//! The selected row is reversed (and marked `>`, for no colour); the
//! footer below lists the screen's keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Style, Stylize};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::{fit, pad};
use crate::money::{Currency, Money};
use crate::projection::Reach;
use crate::text::{self, names::shown, screens as w, terms};
use crate::tui::app::App;
use crate::tui::sheet::{Sheet, SheetData, SheetKind};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(sheet) = &app.sheet else { return };
    let title = match sheet.kind {
        SheetKind::Accounts => w::accounts_title(),
        SheetKind::Categories => w::categories_title(),
        SheetKind::Rules => w::rules_title(),
        SheetKind::Goals => w::goals_title(),
        SheetKind::Owed => text::owed::owed_title(),
    };
    let block = Block::bordered().title(format!(" {title} "));
    let inner = block.inner(area);
    super::clear_popup(frame, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let Some(data) = &sheet.data else {
        return frame.render_widget(Line::from(w::loading()).dim(), inner);
    };
    let (head, rows, below) = parts(app, sheet, data, width);
    let mut lines = vec![Line::from(head).dim()];
    if rows.is_empty() {
        let none = match sheet.kind {
            SheetKind::Accounts => w::none_yet_accounts(),
            SheetKind::Categories => w::none_yet_categories(),
            SheetKind::Rules => w::none_yet_rules(),
            SheetKind::Goals => w::none_yet_goals(),
            SheetKind::Owed => text::owed::none_yet_owed(),
        };
        lines.extend(super::wrap(none, width).into_iter().map(Line::from));
    }
    // The rows that fit, the selected one in view; what goes below after them.
    let (first, room) = window(sheet.selected, inner.height, below.len());
    for (i, row) in rows.into_iter().enumerate().skip(first).take(room) {
        let marked = format!("{}{}", if i == sheet.selected { '>' } else { ' ' }, row);
        let line = Line::from(fit(&marked, width));
        lines.push(if i == sheet.selected { line.reversed() } else { line });
    }
    let used = lines.len();
    let gap = usize::from(inner.height).saturating_sub(used + below.len());
    lines.extend(std::iter::repeat_n(Line::from(""), gap));
    lines.extend(below);
    frame.render_widget(Paragraph::new(lines), inner);
}

type Drawn = (String, Vec<String>, Vec<Line<'static>>);

fn parts(app: &App, sheet: &Sheet, data: &SheetData, width: usize) -> Drawn {
    match data {
        SheetData::Accounts(..) => accounts(app, sheet, width),
        SheetData::Categories(all) => categories(sheet, all, width),
        SheetData::Rules(_) => rules(sheet, width),
        SheetData::Goals(_) => goals(app, sheet, width),
        SheetData::Owed(lines) => owed(lines, app.today, width),
    }
}

/// The first row shown and how many fit, the selected one in view.
fn window(selected: usize, height: u16, below: usize) -> (usize, usize) {
    let room = usize::from(height).saturating_sub(1 + below).max(1);
    (selected.saturating_sub(room.saturating_sub(1)), room)
}

/// The row of the open screen of things at screen line `y`, for a mouse
/// click: the screen sits under the tab bar, in a border, under its
/// column titles, above the status line and the footer.
pub fn row_at(app: &App, y: u16) -> Option<usize> {
    let sheet = app.sheet.as_ref()?;
    let data = sheet.data.as_ref()?;
    let status = u16::try_from(super::status_lines(app, app.size.0).len()).unwrap_or(1).max(1);
    // The body less its border.
    let height = app.size.1.saturating_sub(1 + status + 1 + 2);
    let (_, rows, below) = parts(app, sheet, data, usize::from(app.size.0.saturating_sub(2)));
    let (first, room) = window(sheet.selected, height, below.len());
    let at = usize::from(y.checked_sub(3)?);
    (at < room && first + at < rows.len()).then_some(first + at)
}

/// A line of columns: (text, width, right-aligned).
fn columns(cells: &[(&str, usize, bool)]) -> String {
    cells.iter().map(|(t, w, right)| pad(t, *w, *right)).collect::<Vec<_>>().join(" ")
}

/// How many are archived and hidden, or that they show.
fn archived_note(sheet: &Sheet, archived: usize) -> Vec<Line<'static>> {
    match (sheet.all, archived) {
        (_, 0) => Vec::new(),
        (true, _) => vec![Line::from(w::showing_archived().to_owned()).dim()],
        (false, n) => vec![Line::from(w::hiding_archived(n)).dim()],
    }
}

fn accounts(app: &App, sheet: &Sheet, width: usize) -> Drawn {
    // As wide as the longest kind shown (`investment`), at least 8.
    let kind_w = sheet.accounts().iter().map(|(a, _)| terms::kind(a.kind.as_str()).width()).max().unwrap_or(0).max(8);
    let name_w = width.saturating_sub(8 + kind_w + 16 + 10 + 5).clamp(8, 30);
    let head = columns(&[
        (" ", 0, false),
        (text::cli::h_name(), name_w, false),
        (text::cli::h_kind(), kind_w, false),
        (text::cli::h_currency(), 8, false),
        (text::cli::h_balance(), 16, true),
    ]);
    let rows = sheet
        .accounts()
        .into_iter()
        .map(|(a, balance)| {
            let state = if a.archived { terms::archived() } else { "" };
            columns(&[
                (&shown(&a.name), name_w, false),
                (terms::kind(a.kind.as_str()), kind_w, false),
                (a.currency.code(), 8, false),
                (&Money::new(*balance, a.currency).display(), 16, true),
                (state, 10, false),
            ])
        })
        .collect();
    let (archived, cards) = match &sheet.data {
        Some(SheetData::Accounts(all, cards)) => (all.iter().filter(|(a, _)| a.archived).count(), cards.as_slice()),
        _ => (0, &[][..]),
    };
    // Each card shown with terms: its bill, owed against its limit.
    let mut below: Vec<Line<'static>> = Vec::new();
    for card in cards.iter().filter(|c| sheet.all || !c.account.archived) {
        let line = format!("{}: {}", shown(&card.account.name), crate::cli::credit::bill_line(card, app.today));
        below.extend(super::wrap(&line, width).into_iter().map(Line::from));
    }
    below.extend(archived_note(sheet, archived));
    (head, rows, below)
}

fn categories(sheet: &Sheet, all: &[crate::model::Category], width: usize) -> Drawn {
    let name_w = width.saturating_sub(10 + 20 + 10 + 4).clamp(8, 30);
    let head = columns(&[
        (" ", 0, false),
        (text::cli::h_name(), name_w, false),
        (text::cli::h_class(), 10, false),
        (text::cli::h_parent(), 20, false),
    ]);
    let parent_of = |id: Option<i64>| {
        id.and_then(|p| all.iter().find(|c| c.id == p)).map_or(String::new(), |p| shown(&p.name).into_owned())
    };
    let rows = sheet
        .categories()
        .into_iter()
        .map(|c| {
            let state = if c.archived { terms::archived() } else { "" };
            // A child is indented under the name column, so the tree reads at a glance.
            let name =
                if c.parent_id.is_some() { format!("  {}", shown(&c.name)) } else { shown(&c.name).into_owned() };
            columns(&[
                (&name, name_w, false),
                (c.class.word(), 10, false),
                (&parent_of(c.parent_id), 20, false),
                (state, 10, false),
            ])
        })
        .collect();
    (head, rows, archived_note(sheet, all.iter().filter(|c| c.archived).count()))
}

fn rules(sheet: &Sheet, width: usize) -> Drawn {
    let Some(SheetData::Rules(rows)) = &sheet.data else { return Default::default() };
    let name_w = width.saturating_sub(13 + 22 + 11 + 14 + 6).clamp(8, 20);
    let head = columns(&[
        (" ", 0, false),
        (text::cli::h_name(), name_w, false),
        (text::cli::h_amount(), 13, true),
        (text::reports::h_schedule(), 22, false),
        (text::reports::h_next(), 11, false),
        (text::cli::h_category(), 14, false),
    ]);
    let cny = |m: i64| Currency::CNY.show(m);
    let lines = rows
        .iter()
        .map(|r| {
            let next = r.next.first().map_or("—".to_owned(), |i| i.date.to_string());
            let amount = r.next.first().map_or(r.rule.amount, |i| i.amount);
            columns(&[
                (&r.rule.name, name_w, false),
                (&cny(amount), 13, true),
                (&r.rule.schedule_text(), 22, false),
                (&next, 11, false),
                (&shown(&r.rule.category), 14, false),
            ])
        })
        .collect();
    // What the selected rule will post next: the instances, dated, before they are posted.
    let mut below = Vec::new();
    if let Some(r) = rows.get(sheet.selected) {
        below.push(Line::from(fit(&w::next_of(&r.rule.name), width)).bold());
        if r.next.is_empty() {
            below.push(Line::from(format!("  {}", w::nothing_next())).dim());
        }
        let per_line = (width / 26).max(1);
        for chunk in r.next.chunks(per_line) {
            let cells: Vec<String> =
                chunk.iter().map(|i| pad(&format!("{} {}", i.date, cny(i.amount)), 25, false)).collect();
            below.push(Line::from(format!("  {}", cells.join(" ").trim_end())));
        }
    }
    (head, lines, below)
}

fn goals(app: &App, sheet: &Sheet, width: usize) -> Drawn {
    let Some(SheetData::Goals(goals)) = &sheet.data else { return Default::default() };
    let money = |m: i64| app.prefs.currency.show(m);
    let name_w = width.saturating_sub(8 + 14 + 6 + 8 + 18 + 6).clamp(8, 24);
    let head = columns(&[
        (" ", 0, false),
        (text::cli::h_name(), name_w, false),
        (w::h_priority(), 8, false),
        (w::h_target(), 14, true),
        ("%", 6, true),
        (w::h_by(), 8, false),
        (w::h_when(), 18, false),
    ]);
    let rows = goals
        .iter()
        .map(|(g, s)| {
            let when = match (s.reach, s.projected) {
                (Reach::Already, _) => w::reached().to_owned(),
                (Reach::In(_), Some(m)) => m.to_string(),
                _ => w::not_reached().to_owned(),
            };
            let by = g.by.map_or(String::new(), |m| m.to_string());
            columns(&[
                (&g.name, name_w, false),
                (terms::priority(crate::text::lang(), g.priority.as_str()), 8, false),
                (&money(g.target), 14, true),
                (&s.progress.percent(), 6, true),
                (&by, 8, false),
                (&when, 18, false),
            ])
        })
        .collect();
    let note = super::wrap(w::goals_note(), width).into_iter().map(|l| Line::styled(l, Style::new().dim())).collect();
    (head, rows, note)
}

/// Who owes whom: person, direction, amount, since, age in days.
fn owed(lines: &[crate::ops::owed::OwedLine], today: chrono::NaiveDate, width: usize) -> Drawn {
    use crate::text::owed as o;
    let dir_w = [o::owes_me(), o::i_owe(), o::col_direction()].iter().map(|t| t.width()).max().unwrap_or(8);
    let age_w = o::col_age().width().max(5);
    // What the person's name may take: the rest, 6 to 24 columns.
    let name_w = width.saturating_sub(1 + dir_w + 14 + 10 + age_w + 4).clamp(6, 24);
    let head = columns(&[
        (" ", 0, false),
        (o::col_person(), name_w, false),
        (o::col_direction(), dir_w, false),
        (o::col_amount(), 14, true),
        (o::col_since(), 10, false),
        (o::col_age(), age_w, true),
    ]);
    let rows = lines
        .iter()
        .map(|l| {
            let direction = if l.open.amount > 0 { o::owes_me() } else { o::i_owe() };
            let since = l.open.since.map(|d| d.to_string()).unwrap_or_default();
            columns(&[
                (&fit(&shown(&l.person), name_w), name_w, false),
                (direction, dir_w, false),
                (&Money::new(l.open.amount.abs(), l.currency).display(), 14, true),
                (&since, 10, false),
                (&l.open.age_days(today).to_string(), age_w, true),
            ])
        })
        .collect();
    // Below the rows, per currency: owed to me, I owe, and the net.
    let below = crate::owed::totals(lines.iter().map(|l| (l.currency, l.open.amount)))
        .into_iter()
        .map(|t| {
            let m = |minor| Money::new(minor, t.currency).display();
            Line::styled(fit(&o::totals_line(m(t.owed_to_me), m(t.i_owe), m(t.net())), width), Style::new().bold())
        })
        .collect();
    (head, rows, below)
}
