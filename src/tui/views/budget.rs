//! The Budget tab: each budgeted category's spending against its limit as
//! a bar, what is left (a marker and the warning colour when over, so
//! colour never carries the meaning alone), and the month's total budget
//! against its income.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{fit, pad};
use crate::budget::total;
use crate::money::{Currency, Money};
use crate::report::round_ratio;
use crate::tui::app::App;

fn money(minor: i64) -> String {
    Money::new(minor, Currency::CNY).display()
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some((month, lines, income)) = &app.budget.loaded else {
        return frame.render_widget(Line::from("reading the budgets…").dim(), area);
    };
    let w = area.width as usize;
    let mut out = vec![Line::from(vec![
        Span::styled(format!("{month}"), Style::new().bold().reversed()),
        Span::raw(format!("  budgets {} · income {}", money(total(lines)), money(*income))),
        Span::styled("   ←/→ month", Style::new().dim()),
    ])];
    if lines.is_empty() {
        out.push(Line::from(""));
        out.push(Line::from("No budgets for this month. Set one from the command line, for example:"));
        out.push(Line::from("  nestegg budget set food 1200 --rollover"));
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
            pad("  CATEGORY", name_w, false),
            pad("BUDGET", 13, true),
            pad("SPENT", 13, true),
            pad("LEFT", 13, true),
            "SPENT OF BUDGET"
        ))
        .dim(),
    );
    for l in lines {
        let filled = if l.available <= 0 {
            bar_w
        } else {
            (round_ratio(l.spent.max(0), l.available, bar_w as i64).unwrap_or(0) as usize).min(bar_w)
        };
        let colour = if l.over { Color::Red } else { Color::Green };
        let marker = if l.over { "! " } else { "  " };
        let carried = if l.carried > 0 { format!(" (+{} carried)", money(l.carried)) } else { String::new() };
        out.push(Line::from(vec![
            Span::styled(pad(&fit(&format!("{marker}{}", l.category), name_w), name_w, false), Style::new().bold()),
            Span::raw(format!(" {} {} ", pad(&money(l.available), 13, true), pad(&money(l.spent), 13, true))),
            Span::styled(pad(&money(l.remaining), 13, true), Style::new().fg(colour)),
            Span::raw("  "),
            Span::styled("█".repeat(filled), Style::new().fg(colour)),
            Span::styled("·".repeat(bar_w - filled), Style::new().dim()),
            Span::styled(if l.over { " over" } else { "" }, Style::new().fg(Color::Red).bold()),
            Span::styled(carried, Style::new().dim()),
        ]));
    }
    let over: Vec<&str> = lines.iter().filter(|l| l.over).map(|l| l.category.as_str()).collect();
    out.push(Line::from(""));
    if over.is_empty() {
        out.push(Line::from("within budget everywhere").dim());
    } else {
        out.push(Line::styled(format!("! over budget: {}", over.join(", ")), Style::new().fg(Color::Red)));
    }
    frame.render_widget(Paragraph::new(out), area);
}
