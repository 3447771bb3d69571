//! A reconciliation that differs, over the accounts screen: the ledger's
//! balance against the statement's and the difference, then the rows not
//! yet reconciled (newest first: date, amount, category, payee), scrolled
//! with j/k, "… and N more" for those below, and what `a` and Esc do.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Stylize;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::{centered, fit, pad, wrap};
use crate::money::Money;
use crate::text::{self, names::shown, worth as w};
use crate::tui::app::App;
use crate::tui::reconcile::signed;

const WIDTH: u16 = 76;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(view) = &app.reconcile else { return };
    let f = &view.found;
    let c = f.account.currency;
    let name = shown(&f.account.name);
    let inner_w = usize::from(WIDTH.min(area.width).saturating_sub(2));
    let said = w::reconcile_differs(
        &name,
        f.day,
        Money::new(f.ledger, c).display(),
        Money::new(f.stated, c).display(),
        signed(f.difference, c),
    );
    let mut head: Vec<Line> = wrap(&said, inner_w).into_iter().map(|l| Line::from(l).bold()).collect();
    let rows = f.unreconciled.len();
    let lead = if rows == 0 {
        w::reconcile_no_rows().to_owned()
    } else {
        f.since.map_or_else(|| w::reconcile_rows().to_owned(), w::reconcile_rows_since)
    };
    head.extend(wrap(&lead, inner_w).into_iter().map(Line::from));
    let keys: Vec<Line> = wrap(w::reconcile_popup_keys(), inner_w).into_iter().map(|l| Line::from(l).dim()).collect();
    // Height: the head, the rows that fit, a line for "… and N more", a gap, the keys.
    let room = area.height.saturating_sub(2) as usize;
    let fixed = head.len() + 1 + keys.len();
    let wanted = fixed + rows.min(12) + 1;
    let height = wanted.min(room);
    let mut fit_rows = height.saturating_sub(fixed);
    let below = |shown_rows: usize| rows.saturating_sub(view.scroll + shown_rows);
    if below(fit_rows) > 0 {
        // Room for the "… and N more" line.
        fit_rows = fit_rows.saturating_sub(1);
    }
    let (amount_w, category_w) = (14, 12);
    let payee_w = inner_w.saturating_sub(10 + 1 + amount_w + 1 + category_w + 1 + 1);
    let mut lines = head;
    for t in f.unreconciled.iter().rev().skip(view.scroll).take(fit_rows) {
        let category = t.category.as_deref().map_or_else(|| text::ledger::transfer().into(), |c| shown(c).into_owned());
        let line = format!(
            " {} {} {} {}",
            t.date,
            pad(&Money::new(t.amount, t.currency).display(), amount_w, true),
            pad(&category, category_w, false),
            pad(&text::safe::escaped(&t.payee), payee_w, false),
        );
        lines.push(Line::from(fit(&line, inner_w)));
    }
    let more = below(fit_rows);
    if more > 0 {
        lines.push(Line::from(fit(&w::reconcile_popup_more(more), inner_w)).dim());
    }
    lines.push(Line::from(""));
    lines.extend(keys);
    let popup = centered(area, WIDTH, u16::try_from(lines.len() + 2).unwrap_or(u16::MAX));
    let block = Block::bordered().title(fit(&w::reconcile_popup_title(&name), inner_w));
    let inner = block.inner(popup);
    super::clear_popup(frame, popup);
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(lines), inner);
}
