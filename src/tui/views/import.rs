//! The import preview: what the file is, the counts, and every row exactly
//! as it will be stored (account, category and why, payee, amount) or why
//! it will not be; then the rows skipped on purpose.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{clear_popup, fit, pad, wrap};
use crate::import::Preset;
use crate::import::plan::Status;
use crate::money::{Currency, Money};
use crate::text::{import as t, names};
use crate::tui::app::App;

/// The kind of bill, as the reader names it.
fn preset(p: Preset) -> &'static str {
    p.label(crate::text::lang())
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(view) = &app.import else { return };
    let plan = &view.plan;
    let name = view.path.file_name().map_or_else(|| view.path.display().to_string(), |n| n.to_string_lossy().into());
    let block = Block::bordered()
        .title(fit(&t::title(&name, preset(plan.preset), plan.encoding), area.width as usize - 2))
        .title_bottom(t::keys());
    let inner = block.inner(area);
    clear_popup(frame, area);
    frame.render_widget(block, area);

    let invalid = plan.invalid();
    let counts = t::counts(plan.new_rows(), plan.duplicates(), invalid.len(), plan.skipped.len());
    // One account for every row goes in the counts line, not in a column.
    let mut accounts: Vec<&str> = plan.rows.iter().flat_map(|r| r.legs.iter().map(|l| l.account.as_str())).collect();
    accounts.sort_unstable();
    accounts.dedup();
    let one_account = accounts.len() <= 1 && plan.rows.iter().all(|r| r.legs.len() < 2);
    let into = match (one_account, accounts.first()) {
        (true, Some(a)) => t::into(&names::shown(a)),
        _ => String::new(),
    };
    let mut lines = vec![Line::from(format!("{counts}{into}")).bold()];
    let w = inner.width as usize;
    // Which rows settle what people owe, before the rows.
    if !plan.settled.is_empty() {
        let settles = crate::text::core::settles(plan.settled.len(), &crate::import::settle::summary(&plan.settled));
        lines.push(Line::from(fit(&settles, w)));
    }
    let settle_line = usize::from(!plan.settled.is_empty());
    // An Alipay or WeChat Pay bill: which account each payment method pays from (`m` changes one).
    // One line each, under "paid from:".
    let indent = " ".repeat(t::paid_from().width());
    let paid: Vec<String> = plan
        .funding
        .routes
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let lead = if i == 0 { t::paid_from() } else { indent.as_str() };
            fit(&format!("{lead}{}", crate::cli::import::route_line(r)), w)
        })
        .collect();
    for line in &paid {
        lines.push(Line::from(line.clone()));
    }
    // Matching across sources: each pair and each repayment, with its reason (`k` keeps a pair apart).
    let mut once: Vec<String> =
        crate::cli::import::twin_lines(plan).iter().map(|l| fit(&format!("  {l}"), w)).collect();
    if !once.is_empty() {
        once.insert(0, fit(t::booked_once(), w));
    }
    for line in &once {
        lines.push(Line::from(line.clone()));
    }
    // A warning comes before the rows: it may mean every sign is wrong.
    let warned: Vec<String> = plan.warnings.iter().flat_map(|warning| wrap(warning, w)).collect();
    for line in &warned {
        lines.push(Line::styled(line.clone(), app.prefs.palette.error));
    }
    // [line], date, [account], category (why), payee, amount; the status
    // takes what is left. Narrow, the file's line number gives its room to
    // the payee (at 60 columns the payee had two characters).
    let numbered = w >= 72;
    let line_w = if numbered { 5 } else { 0 };
    let flex = w.saturating_sub(line_w + usize::from(numbered) + 10 + 11 + 8 + 5);
    let account_w = if one_account { 0 } else { (flex / 5).max(8) };
    let category_w = (flex - account_w) * 3 / 5;
    let payee_w = flex - account_w - category_w;
    let widths = [line_w, 10, account_w, category_w, payee_w, 11];
    let shown = |k: usize| match k {
        0 => numbered,
        2 => !one_account,
        _ => true,
    };
    let row_text = |cells: [String; 6]| {
        cells
            .iter()
            .zip(widths)
            .enumerate()
            .filter(|(k, _)| shown(*k))
            .map(|(k, (c, wd))| pad(&fit(c, wd), wd, k == 0 || k == 5))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let head = row_text(
        [t::col_line(), t::col_date(), t::col_account(), t::col_category(), t::col_payee(), t::col_amount()]
            .map(String::from),
    );
    let rest = w.saturating_sub(head.width() + 1);
    lines.push(Line::from(format!("{head} {}", t::col_status())).dim());
    let visible = (inner.height as usize).saturating_sub(3 + warned.len() + settle_line + paid.len() + once.len());
    for (i, r) in plan.rows.iter().enumerate().skip(view.offset).take(visible) {
        let category = match &r.category {
            Some((_, c, _)) => t::category_why(&names::shown(c), &r.why),
            None if plan.settled.iter().any(|s| s.row == i) => t::category_why(t::transfer_cell(), &r.why),
            None if !r.legs.is_empty() => t::transfer_cell().to_owned(),
            None => String::new(),
        };
        // Money's way: a collection comes from the person.
        let mut legs: Vec<_> = r.legs.iter().collect();
        if plan.settled.iter().any(|s| s.row == i) {
            legs.sort_by_key(|l| l.amount);
        }
        let account = legs.iter().map(|l| names::shown(&l.account)).collect::<Vec<_>>().join("→");
        let payee = r.legs.first().map_or("", |l| l.payee.as_str());
        let amount = r.legs.first().map_or(String::new(), |l| Money::new(l.amount, Currency::CNY).display());
        let (status, style) = match &r.status {
            Status::New => (t::status_new().to_owned(), Style::new()),
            Status::Duplicate => (t::status_duplicate().to_owned(), Style::new().dim()),
            Status::Invalid(why) => (format!("✗ {why}"), app.prefs.palette.error),
        };
        let text = row_text([r.line.to_string(), r.date.to_string(), account, category, payee.to_owned(), amount]);
        let line = Line::from(vec![Span::raw(format!("{text} ")), Span::raw(fit(&status, rest))]).style(style);
        lines.push(if i == view.selected { line.reversed() } else { line });
    }
    // Rows of the file that cannot be read, those left out on purpose, then
    // those whose payee is a person that stay income or spending.
    let below = visible.saturating_sub(plan.rows.len().saturating_sub(view.offset));
    let notes = plan
        .unreadable
        .iter()
        .map(|p| (t::line_unreadable(p.line, &p.reason), app.prefs.palette.error))
        .chain(plan.skipped.iter().map(|p| (t::line_skipped(p.line, &p.reason), Style::new().dim())))
        .chain(plan.kept.iter().map(|p| (t::line_kept(p.line, &p.reason), Style::new())));
    for (text, style) in notes.take(below) {
        lines.push(Line::styled(fit(&text, w), style));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
