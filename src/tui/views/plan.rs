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

use super::{fit, fit_words, pad};
use crate::model::Month;
use crate::money::Currency;
use crate::projection::Reach;
use crate::report::{Ratio, chart};
use crate::text;
use crate::tui::app::App;
use crate::tui::plan::{PlanView, Tweaks, WITHDRAWAL};
use unicode_width::UnicodeWidthStr;

/// A goal's style: the palette's series after its first two (balance, real).
fn goal_style(p: &Palette, i: usize) -> Style {
    p.series[2 + i % 4]
}

/// `minor` in the plan's currency (the settings').
fn pct_bp(bp: i64) -> String {
    format!("{}{}.{:02}%", if bp < 0 { "-" } else { "" }, bp.abs() / 100, bp.abs() % 100)
}

/// Rows the chart keeps however much text wants more: four rows of plot.
const CHART_MIN: u16 = 8;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let view = &app.plan;
    let c = app.prefs.currency;
    let money = |minor| c.show(minor);
    let (Some(inputs), Some(a)) = (&view.inputs, view.assumptions) else {
        let text = match (&view.inputs, &app.load_failed) {
            (None, Some(why)) => why.as_str(),
            (None, None) => text::plan::reading(),
            (Some(_), _) => text::plan::no_month_yet(),
        };
        // Wrapped by hand: Chinese at its punctuation, commands between words.
        let lines: Vec<Line> = super::wrap(text, area.width as usize).into_iter().map(Line::from).collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    };
    let width = area.width as usize;
    let p = &app.prefs.palette;
    let rate = a.rate().map_or("—".to_owned(), Ratio::percent);
    let (op_housing, housing) = less(c, a.housing);
    let (op_spending, spending) = less(c, a.spending);
    let head = text::plan::saving_line(
        &money(a.saving()),
        &rate,
        &money(a.income),
        op_housing,
        &housing,
        op_spending,
        &spending,
    );
    let rules = if inputs.recurring { text::plan::recurring_rules() } else { "" };
    let source = match inputs.months {
        Some((from, to)) if from == to => text::plan::mean_of_one(from, rules),
        Some((from, to)) => text::plan::mean_of(from, to, rules),
        None => "—".into(),
    };
    let (assumptions, what_if) = what_if_texts(view, c, &source);
    let untouched = view.tweaks == Tweaks::default() && view.typed == Default::default();
    let what_if_style = if untouched { Style::new().dim() } else { p.accent };
    let (in_years, formula) = summary_texts(view, c);
    // Each text takes one line, cut at a word, or all the lines it wraps
    // to while the chart keeps its rows: the most telling first.
    let mut texts = [
        Text::new(&head, width),
        Text::new(&assumptions, width),
        Text::new(&what_if, width),
        Text::new(&in_years.iter().map(|s| s.content.as_ref()).collect::<String>(), width),
        Text::new(&formula, width),
        if view.goals.is_empty() { Text::hint(width) } else { Text::none() },
    ];
    let goal_rows = goal_rows(view.goals.len());
    let shown = texts.iter().map(|t| t.rows).sum::<u16>();
    let mut spare = area.height.saturating_sub(CHART_MIN + shown + goal_rows);
    for i in [4, 0, 5, 2, 1, 3] {
        let more = texts[i].full.len() as u16 - texts[i].rows.min(1);
        if texts[i].rows == 1 && more > 0 && more <= spare {
            texts[i].rows += more;
            spare -= more;
        }
    }
    let [head_area, what_if_area, graph, summary_area, goals_area] = Layout::vertical([
        Constraint::Length(texts[0].rows),
        Constraint::Length(texts[1].rows + texts[2].rows),
        Constraint::Min(6),
        Constraint::Length(texts[3].rows + texts[4].rows),
        Constraint::Length(texts[5].rows + goal_rows),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(texts[0].lines(Style::new().bold())), head_area);
    let lines = [texts[1].lines(what_if_style), texts[2].lines(what_if_style)].concat();
    frame.render_widget(Paragraph::new(lines), what_if_area);
    draw_chart(frame, app, graph);
    // The end of the horizon keeps its bold figure when it is one line.
    let first = if texts[3].rows == 1 && texts[3].full.len() == 1 {
        vec![Line::from(in_years)]
    } else {
        texts[3].lines(Style::new())
    };
    frame.render_widget(Paragraph::new([first, texts[4].lines(Style::new())].concat()), summary_area);
    if view.goals.is_empty() {
        frame.render_widget(Paragraph::new(texts[5].lines(Style::new().dim())), goals_area);
    } else {
        draw_goals(frame, p, view, c, app.cycle.month_of(app.today).next(), goals_area);
    }
}

/// Two lines a goal, at most three goals (the CLI lists them all), under a head.
fn goal_rows(goals: usize) -> u16 {
    if goals == 0 { 0 } else { (goals as u16).min(3) * 2 + u16::from(goals > 3) + 1 }
}

/// A term added in a formula: `+ ¥3.00`, and a negative one `− ¥3.00`,
/// never `+ -¥3.00`.
fn term(c: Currency, minor: i64) -> (&'static str, String) {
    (if minor < 0 { "−" } else { "+" }, c.show(minor.saturating_abs()))
}

/// A term taken away: `− ¥3.00`, and a negative one `+ ¥3.00`.
fn less(c: Currency, minor: i64) -> (&'static str, String) {
    (if minor < 0 { "+" } else { "−" }, c.show(minor.saturating_abs()))
}

/// A text of the tab: all its lines, wrapped to the width, or `rows` of
/// them (one: the whole text on a line cut at a word, ending in `…`).
struct Text {
    full: Vec<String>,
    one: String,
    rows: u16,
}

impl Text {
    /// `s` fitted to `width`: its parts (between ` · `) joined while they
    /// fit, a part too wide wrapped between words, an operator (`−`, `+`,
    /// `=`) kept with the figure after it.
    fn new(s: &str, width: usize) -> Text {
        let bound = s.replace("− ", "−\u{a0}").replace("+ ", "+\u{a0}").replace("= ", "=\u{a0}");
        let free = |s: &str| s.replace('\u{a0}', " ");
        let mut full: Vec<String> = Vec::new();
        let mut line = String::new();
        for part in bound.split(" · ") {
            let joined = if line.is_empty() { part.to_owned() } else { format!("{line} · {part}") };
            if joined.width() <= width {
                line = joined;
                continue;
            }
            if !line.is_empty() {
                full.push(std::mem::take(&mut line));
            }
            let mut wrapped = super::wrap(part, width);
            line = wrapped.pop().unwrap_or_default();
            full.extend(wrapped);
        }
        full.push(line);
        Text { full: full.iter().map(|l| free(l)).collect(), one: free(&fit_words(&bound, width)), rows: 1 }
    }

    /// No goals yet: the words, and the example command on a line of its
    /// own when the two do not fit on one (a command is never wrapped).
    fn hint(width: usize) -> Text {
        let (words, command) = (text::plan::no_goals(), text::plan::goals_example());
        let one = text::plan::no_goals_line(command);
        let full = if one.width() <= width { vec![one.clone()] } else { vec![words.to_owned(), fit(command, width)] };
        Text { full, one: fit_words(&one, width), rows: 1 }
    }

    fn none() -> Text {
        Text { full: Vec::new(), one: String::new(), rows: 0 }
    }

    fn lines(&self, style: Style) -> Vec<Line<'static>> {
        let lines = if self.rows as usize >= self.full.len() { self.full.clone() } else { vec![self.one.clone()] };
        lines.into_iter().take(self.rows as usize).map(|l| Line::styled(l, style)).collect()
    }
}

/// Where the figures come from and the assumptions; the what-if changes.
fn what_if_texts(view: &PlanView, c: Currency, source: &str) -> (String, String) {
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
    let typed = view.typed;
    changes.extend(typed.income.map(|m| text::ranges::change_income(&money(m))));
    changes.extend(typed.spending.map(|m| text::ranges::change_spending(&money(m))));
    changes.extend(typed.saving.map(|m| text::ranges::change_saving(&money(m))));
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
    (first, second)
}

/// The end of the horizon (its balance bold), and how it adds up with the
/// years to independence.
fn summary_texts(view: &PlanView, c: Currency) -> (Vec<Span<'static>>, String) {
    let money = |minor| c.show(minor);
    let Some(last) = view.points.last() else { return (Vec::new(), String::new()) };
    let fi =
        view.fi_years.map_or(text::plan::not_at_this_rate().to_owned(), |y| text::plan::fi_years(&format!("{y:.1}")));
    let start = view.assumptions.map_or(0, |a| a.start);
    let in_years = vec![
        Span::raw(text::plan::in_years(view.months() / 12)),
        Span::styled(money(last.balance), Style::new().bold()),
        Span::raw(text::plan::in_today_money(&money(last.balance_today))),
    ];
    let (op_saved, saved) = term(c, last.contributed);
    let (op_returns, returns) = term(c, last.returns);
    let sum = text::plan::summary(&money(start), op_saved, &saved, op_returns, &returns);
    let fi = text::plan::fi(&format!("{:.0}", WITHDRAWAL * 100.0), &fi);
    let band = match view.bands.last() {
        Some(b) => {
            let (b, years) = (b.balance, view.months() / 12);
            let fi = match view.fi_range.map(|r| (r.p10, r.p50, r.p90)) {
                Some((Reach::In(a), Reach::In(m), Reach::In(b))) => text::ranges::tab_fi(a / 12, b / 12, m / 12),
                _ => String::new(),
            };
            format!(" · {}{fi}", text::ranges::band_line(years, &money(b.p10), &money(b.p50), &money(b.p90)))
        }
        None => String::new(),
    };
    (in_years, format!("{sum} · {fi}{band}"))
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
    // The band: the 10th and 90th percentile of the runs, when shown.
    let band = |f: fn(&crate::projection::ranges::Band) -> i64| -> Vec<(f64, f64)> {
        view.bands.iter().map(|b| (b.index as f64, f(&b.balance) as f64 / 100.0)).collect()
    };
    let (low_band, high_band) = (band(|b| b.p10), band(|b| b.p90));
    let top_minor = view
        .points
        .iter()
        .map(|p| p.balance.max(p.balance_today))
        .chain(view.goals.iter().map(|(g, _)| g.target))
        .chain(view.bands.iter().map(|b| b.balance.p90))
        .max()
        .unwrap_or(0)
        .max(1);
    let low_minor = view
        .points
        .iter()
        .map(|p| p.balance.min(p.balance_today))
        .chain(view.bands.iter().map(|b| b.balance.p10))
        .min()
        .unwrap_or(0)
        .min(0);
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
    let mut datasets = vec![line(1, p.muted, &today)];
    if !view.bands.is_empty() {
        let dots = |data| Dataset::default().marker(Marker::Dot).graph_type(GraphType::Line).style(p.muted).data(data);
        datasets.extend([dots(&low_band), dots(&high_band)]);
    }
    datasets.push(line(0, p.accent, &nominal));
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
    // The legend: each line's own glyph before its name, after a title
    // that gets shorter when they need the room.
    let mut legend = vec![
        Span::raw(String::new()),
        Span::styled(format!("{} {} ", p.line_mark(0).1, text::plan::legend_balance()), p.accent),
        Span::styled(format!("{} {} ", p.line_mark(1).1, text::plan::legend_today()), p.muted),
    ];
    if !view.bands.is_empty() {
        legend.push(Span::styled(format!("• {} ", text::ranges::legend_band()), p.muted));
    }
    if !view.goals.is_empty() {
        let glyphs = if p.has_colour() { vec!['•'] } else { (0..view.goals.len()).map(|i| goal_mark(i).1).collect() };
        for (i, glyph) in glyphs.into_iter().enumerate() {
            legend.push(Span::styled(format!("{glyph} "), goal_style(p, i)));
        }
        legend.push(Span::styled(format!("{} ", text::plan::legend_goals()), goal_style(p, 0)));
    }
    let years = view.months() / 12;
    let room = (area.width as usize).saturating_sub(2 + legend.iter().map(Span::width).sum::<usize>());
    let title = text::plan::chart_title(years);
    legend[0] = Span::raw(if title.width() <= room { title } else { text::plan::chart_title_short(years) });
    let chart = Chart::new(datasets)
        .block(Block::bordered().title(Line::from(legend)))
        .x_axis(Axis::default().bounds([1.0, months]).labels(x_labels))
        .y_axis(Axis::default().bounds([low, top as f64 / 100.0]).labels(y_labels))
        .legend_position(None);
    frame.render_widget(chart, area);
}

/// A goal's range of months over the runs, from the first projected month.
fn range_when(r: &crate::projection::ranges::ReachRange, first: Month) -> String {
    let month = |n: u32| first.plus(n.saturating_sub(1)).map_or(String::new(), |m| m.to_string());
    match (r.p10, r.p90) {
        (Reach::Already, _) => text::plan::reached().to_owned(),
        (Reach::In(a), Reach::In(b)) if a == b => text::ranges::tab_same(month(a)),
        (Reach::In(a), Reach::In(b)) => text::ranges::tab_between(month(a), month(b)),
        (p10, _) => {
            let reached = Ratio::new(i64::from(r.reached), i64::from(r.paths)).map_or_else(String::new, Ratio::percent);
            match p10 {
                Reach::In(a) => text::ranges::tab_some(&reached, month(a)),
                _ => text::ranges::tab_few(&reached),
            }
        }
    }
}

fn draw_goals(frame: &mut Frame, p: &Palette, view: &PlanView, c: Currency, first: Month, area: Rect) {
    let money = |minor| c.show(minor);
    let mut lines = vec![Line::from(text::plan::goals_head().bold())];
    let width = area.width as usize;
    for (i, ((g, _), s)) in view.goals.iter().zip(&view.statuses).enumerate().take(3) {
        let color = goal_style(p, i);
        let filled = (s.progress.bp() / 1000).clamp(0, 10) as usize;
        let head = text::plan::goal_progress(&s.progress.percent(), &money(g.target), &money(s.remaining));
        // Without colour the name follows its line's character in the chart.
        let name = if p.has_colour() { g.name.clone() } else { format!("{} {}", p.line_mark(2 + i).1, g.name) };
        lines.push(Line::from(vec![
            Span::styled(pad(&name, 16, false), color),
            Span::raw(" "),
            Span::styled("█".repeat(filled), color),
            Span::raw("░".repeat(10 - filled)),
            Span::raw(fit_words(&head, width.saturating_sub(27))),
        ]));
        let when = match (view.reaches.get(i), s.reach, s.projected) {
            (Some(r), ..) => range_when(r, first),
            (None, Reach::Already, _) => text::plan::reached().to_owned(),
            (None, Reach::In(_), Some(m)) => text::plan::at_this_rate(m),
            _ => text::plan::not_at_this_rate().to_owned(),
        };
        let needed = match (g.by, s.needed_monthly) {
            (Some(by), Some(n)) => text::plan::needed_monthly(&money(n), by),
            (Some(by), None) => text::plan::by_passed(by),
            (None, _) => String::new(),
        };
        lines.push(Line::from(fit_words(&format!("{}{when}{needed}", " ".repeat(17)), width)).dim());
    }
    if view.goals.len() > 3 {
        lines.push(Line::from(fit_words(&text::plan::more_goals(view.goals.len() - 3), width)).dim());
    }
    frame.render_widget(Paragraph::new(lines), area);
}
