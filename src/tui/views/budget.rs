//! The Budget tab: each budgeted category's spending against its limit as
//! a bar, what is left (a marker and the warning colour when over, so
//! colour never carries the meaning alone), and the month's total budget
//! against its income.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{fit, pad};
use crate::budget::total;
use crate::report::round_ratio;
use crate::text::{budget as t, names};
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let money = |minor| app.prefs.currency.show(minor);
    let Some((month, lines, income)) = &app.budget.loaded else {
        return frame.render_widget(Line::from(t::reading()).dim(), area);
    };
    let w = area.width as usize;
    let mut out = vec![Line::from(vec![
        Span::styled(format!("{month}"), Style::new().bold().reversed()),
        Span::raw(t::head(&money(total(lines)), &money(*income))),
        Span::styled(t::head_keys(), Style::new().dim()),
    ])];
    if lines.is_empty() {
        out.push(Line::from(""));
        let example = format!("{}\n  nestegg budget set food 1200 --rollover", t::none());
        out.extend(super::wrap(&example, w).into_iter().map(Line::from));
        return frame.render_widget(Paragraph::new(out), area);
    }
    out.push(Line::from(""));
    let name_w = 18;
    let figures_w = 3 * 13 + 2;
    // Room after the bar for " over".
    let bar_w = w.saturating_sub(name_w + figures_w + 3 + 6).clamp(5, 40);
    out.push(
        Line::from(format!(
            "{} {} {} {}  {}",
            pad(t::col_category(), name_w, false),
            pad(t::col_budget(), 13, true),
            pad(t::col_spent(), 13, true),
            pad(t::col_left(), 13, true),
            t::col_bar()
        ))
        .dim(),
    );
    for (i, l) in lines.iter().enumerate() {
        let selected = i == app.budget.selected;
        let filled = if l.available <= 0 {
            bar_w
        } else {
            (round_ratio(l.spent.max(0), l.available, bar_w as i64).unwrap_or(0) as usize).min(bar_w)
        };
        let colour = if l.over { app.prefs.palette.negative } else { app.prefs.palette.good };
        // The selected line: `>` (no colour needed) and its name reversed.
        let marker = match (selected, l.over) {
            (true, true) => ">! ",
            (true, false) => ">  ",
            (false, true) => " ! ",
            (false, false) => "   ",
        };
        let carried = if l.carried > 0 { t::carried(&money(l.carried)) } else { String::new() };
        out.push(Line::from(vec![
            Span::styled(
                pad(&fit(&format!("{marker}{}", names::shown(&l.category)), name_w), name_w, false),
                if selected { Style::new().bold().reversed() } else { Style::new().bold() },
            ),
            Span::raw(format!(" {} {} ", pad(&money(l.available), 13, true), pad(&money(l.spent), 13, true))),
            Span::styled(pad(&money(l.remaining), 13, true), colour),
            Span::raw("  "),
            Span::styled("█".repeat(filled), colour),
            Span::styled("·".repeat(bar_w - filled), Style::new().dim()),
            Span::styled(if l.over { t::over() } else { "" }, app.prefs.palette.negative),
            Span::styled(carried, Style::new().dim()),
        ]));
    }
    let over: Vec<_> = lines.iter().filter(|l| l.over).map(|l| names::shown(&l.category)).collect();
    out.push(Line::from(""));
    if over.is_empty() {
        out.push(Line::from(t::within()).dim());
    } else {
        out.push(Line::styled(t::over_list(&over.join(t::list_sep())), app.prefs.palette.negative));
    }
    frame.render_widget(Paragraph::new(out), area);
}
