//! The Plan tab: the baseline and the what-if changes, the projected balance
//! as a chart (nominal and today's money, goals as horizontal markers), the
//! end of the horizon, years to independence, and each goal's status.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};

use crate::tui::theme::Palette;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph};

use super::{fit, pad};
use crate::model::Month;
use crate::money::Currency;
use crate::projection::Reach;
use crate::report::{chart, format_rate_percent};
use crate::text;
use crate::tui::app::App;
use crate::tui::plan::{PlanView, Tweaks, WITHDRAWAL};

/// A goal's style: the palette's series after its first two (balance, real).
fn goal_style(p: &Palette, i: usize) -> Style {
    p.series[2 + i % 4]
}

/// `minor` in the plan's currency (the settings').
fn pct_bp(bp: i64) -> String {
    format!("{}{}.{:02}%", if bp < 0 { "-" } else { "" }, bp.abs() / 100, bp.abs() % 100)
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let view = &app.plan;
    let c = app.prefs.currency;
    let money = |minor| c.show(minor);
    let (Some(inputs), Some(a)) = (&view.inputs, view.assumptions) else {
        let text = if view.inputs.is_none() { text::plan::reading() } else { text::plan::no_month_yet() };
        // Wrapped by hand: Chinese at its punctuation, commands between words.
        let lines: Vec<Line> = super::wrap(text, area.width as usize).into_iter().map(Line::from).collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    };
    // Two lines a goal, at most three goals (the CLI lists them all).
    let goal_rows = (view.goals.len() as u16).min(3) * 2 + u16::from(view.goals.len() > 3);
    let [head, what_if, graph, summary, goals] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Min(6),
        Constraint::Length(2),
        Constraint::Length(if goal_rows == 0 { 1 } else { goal_rows + 1 }),
    ])
    .areas(area);
    let rate = a.rate_bp().map_or("—".to_owned(), format_rate_percent);
    let line =
        text::plan::saving_line(&money(a.saving()), &rate, &money(a.income), &money(a.housing), &money(a.spending));
    frame.render_widget(Line::from(fit(&line, head.width as usize)).bold(), head);
    let rules = if inputs.recurring { text::plan::recurring_rules() } else { "" };
    let source = match inputs.months {
        Some((from, to)) if from == to => text::plan::mean_of_one(from, rules),
        Some((from, to)) => text::plan::mean_of(from, to, rules),
        None => "—".into(),
    };
    let lines = what_if_lines(view, &app.prefs.palette, c, &source, what_if.width as usize);
    frame.render_widget(Paragraph::new(lines), what_if);
    draw_chart(frame, app, graph);
    draw_summary(frame, view, c, summary);
    draw_goals(frame, &app.prefs.palette, view, c, goals);
}

/// Where the figures come from, the assumptions, and the what-if changes.
fn what_if_lines(view: &PlanView, p: &Palette, c: Currency, source: &str, width: usize) -> Vec<Line<'static>> {
    let money = |minor| c.show(minor);
    let t = view.tweaks;
    let mut changes = Vec::new();
    let Tweaks { rate_points, income_pct, spending_pct, return_bp, inflation_bp } = t;
    if rate_points != 0 {
        changes.push(text::plan::change_rate(rate_points));
    }
    if income_pct != 0 {
        changes.push(text::plan::change_income(income_pct));
    }
    if spending_pct != 0 {
        changes.push(text::plan::change_spending(spending_pct));
    }
    if return_bp != 0 {
        changes.push(text::plan::change_return(&pct_bp(return_bp)));
    }
    if inflation_bp != 0 {
        changes.push(text::plan::change_inflation(&pct_bp(inflation_bp)));
    }
    let first = text::plan::assumptions(
        source,
        &view.assumptions.map_or(String::new(), |a| money(a.start)),
        &pct_bp(t.return_bp),
        &pct_bp(t.inflation_bp),
    );
    let second = if changes.is_empty() {
        text::plan::what_if_none().to_owned()
    } else {
        text::plan::what_if(&changes.join(text::plan::list_sep()))
    };
    let style = if t == Tweaks::default() { Style::new().dim() } else { p.accent };
    vec![Line::styled(fit(&first, width), style), Line::styled(fit(&second, width), style)]
}

fn draw_chart(frame: &mut Frame, app: &App, area: Rect) {
    let view = &app.plan;
    let c = app.prefs.currency;
    let nominal: Vec<(f64, f64)> = view.points.iter().map(|p| (p.index as f64, p.balance as f64 / 100.0)).collect();
    let today: Vec<(f64, f64)> = view.points.iter().map(|p| (p.index as f64, p.balance_today as f64 / 100.0)).collect();
    let months = view.months() as f64;
    let goal_lines: Vec<Vec<(f64, f64)>> = view
        .goals
        .iter()
        .map(|(g, _)| vec![(0.0, g.target as f64 / 100.0), (months, g.target as f64 / 100.0)])
        .collect();
    let top_minor = view
        .points
        .iter()
        .map(|p| p.balance.max(p.balance_today))
        .chain(view.goals.iter().map(|(g, _)| g.target))
        .max()
        .unwrap_or(0)
        .max(1);
    let low_minor = view.points.iter().map(|p| p.balance.min(p.balance_today)).min().unwrap_or(0).min(0);
    let top = chart::axis_top(
        &[crate::report::MonthSummary {
            month: Month::of(app.today),
            income: top_minor,
            housing: 0,
            spending: 0,
            savings: 0,
        }],
        c,
    );
    // Each line its own character when there is no colour (theme.rs).
    let p = &app.prefs.palette;
    let goal_mark = |i: usize| if p.has_colour() { (Marker::Dot, '•') } else { p.line_mark(2 + i) };
    let line = |i: usize, style: Style, data| {
        Dataset::default().marker(p.line_mark(i).0).graph_type(GraphType::Line).style(style).data(data)
    };
    // Today's money first, so the balance is drawn over it where they meet
    // (everywhere, without inflation).
    let mut datasets = vec![line(1, p.muted, &today), line(0, p.accent, &nominal)];
    for (i, line) in goal_lines.iter().enumerate() {
        datasets.push(
            Dataset::default().marker(goal_mark(i).0).graph_type(GraphType::Line).style(goal_style(p, i)).data(line),
        );
    }
    let first = Month::of(app.today).next();
    let month_label = |n: u32| first.plus(n.saturating_sub(1)).map_or(String::new(), |m| m.to_string());
    let x_labels = [month_label(1), month_label(view.months() / 2), month_label(view.months())];
    let low = low_minor as f64 / 100.0;
    let y_labels =
        [chart::axis_label(low_minor.unsigned_abs(), c, text::lang()), chart::axis_label(top, c, text::lang())];
    let y_labels = [if low_minor < 0 { format!("-{}", y_labels[0]) } else { "0".to_owned() }, y_labels[1].clone()];
    // The legend: each line's own glyph before its name.
    let mut legend = vec![
        Span::raw(text::plan::chart_title(view.months() / 12)),
        Span::styled(format!("{} {} ", p.line_mark(0).1, text::plan::legend_balance()), p.accent),
        Span::styled(format!("{} {} ", p.line_mark(1).1, text::plan::legend_today()), p.muted),
    ];
    if !view.goals.is_empty() {
        let glyphs = if p.has_colour() { vec!['•'] } else { (0..view.goals.len()).map(|i| goal_mark(i).1).collect() };
        for (i, glyph) in glyphs.into_iter().enumerate() {
            legend.push(Span::styled(format!("{glyph} "), goal_style(p, i)));
        }
        legend.push(Span::styled(format!("{} ", text::plan::legend_goals()), goal_style(p, 0)));
    }
    let chart = Chart::new(datasets)
        .block(Block::bordered().title(Line::from(legend)))
        .x_axis(Axis::default().bounds([1.0, months]).labels(x_labels))
        .y_axis(Axis::default().bounds([low, top as f64 / 100.0]).labels(y_labels))
        .legend_position(None);
    frame.render_widget(chart, area);
}

fn draw_summary(frame: &mut Frame, view: &PlanView, c: Currency, area: Rect) {
    let money = |minor| c.show(minor);
    let Some(last) = view.points.last() else { return };
    let fi =
        view.fi_years.map_or(text::plan::not_at_this_rate().to_owned(), |y| text::plan::fi_years(&format!("{y:.1}")));
    let start = view.assumptions.map_or(0, |a| a.start);
    let lines = vec![
        Line::from(vec![
            Span::raw(text::plan::in_years(view.months() / 12)),
            Span::styled(money(last.balance), Style::new().bold()),
            Span::raw(text::plan::in_today_money(&money(last.balance_today))),
        ]),
        Line::from(text::plan::summary(
            &money(start),
            &money(last.contributed),
            &money(last.returns),
            &format!("{:.0}", WITHDRAWAL * 100.0),
            &fi,
        )),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_goals(frame: &mut Frame, p: &Palette, view: &PlanView, c: Currency, area: Rect) {
    let money = |minor| c.show(minor);
    if view.goals.is_empty() {
        let hint = text::plan::no_goals();
        frame.render_widget(Line::from(hint).dim(), area);
        return;
    }
    let mut lines = vec![Line::from(text::plan::goals_head().bold())];
    let width = area.width as usize;
    for (i, ((g, _), s)) in view.goals.iter().zip(&view.statuses).enumerate().take(3) {
        let color = goal_style(p, i);
        let filled = (s.progress_bp / 1000).clamp(0, 10) as usize;
        let head =
            text::plan::goal_progress(&format_rate_percent(s.progress_bp), &money(g.target), &money(s.remaining));
        // Without colour the name follows its line's character in the chart.
        let name = if p.has_colour() { g.name.clone() } else { format!("{} {}", p.line_mark(2 + i).1, g.name) };
        lines.push(Line::from(vec![
            Span::styled(pad(&name, 16, false), color),
            Span::raw(" "),
            Span::styled("█".repeat(filled), color),
            Span::raw("░".repeat(10 - filled)),
            Span::raw(fit(&head, width.saturating_sub(27))),
        ]));
        let when = match (s.reach, s.projected) {
            (Reach::Already, _) => text::plan::reached().to_owned(),
            (Reach::In(_), Some(m)) => text::plan::at_this_rate(m),
            _ => text::plan::not_at_this_rate().to_owned(),
        };
        let needed = match (g.by, s.needed_monthly) {
            (Some(by), Some(n)) => text::plan::needed_monthly(&money(n), by),
            (Some(by), None) => text::plan::by_passed(by),
            (None, _) => String::new(),
        };
        lines.push(Line::from(fit(&format!("{}{when}{needed}", " ".repeat(17)), width)).dim());
    }
    if view.goals.len() > 3 {
        lines.push(Line::from(text::plan::more_goals(view.goals.len() - 3)).dim());
    }
    frame.render_widget(Paragraph::new(lines), area);
}
