//! The Move tab: staying and each scenario side by side, a chart of net
//! worth over time (one line each, the selected scenario's break-even
//! marked), and a buy scenario's mortgage schedule by year, expandable.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph};

use super::{fit, fit_words, pad, wrap};
use crate::model::Month;
use crate::relocation::compare::{CHECKPOINT_YEARS, HomeSale, Outcome, months_to_goal};
use crate::relocation::mortgage::Payment;
use crate::report::{Ratio, chart};
use crate::text;
use crate::tui::app::App;
use unicode_width::UnicodeWidthStr;

/// Staying is built from the ledger and named `Stay`; shown in the reader's language.
fn is_stay(o: &Outcome) -> bool {
    o.name == "Stay"
}

fn name(o: &Outcome) -> &str {
    if is_stay(o) { text::moving::stay() } else { &o.name }
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let view = &app.relocation;
    let outcomes = match view.outcomes() {
        None => {
            return match &app.load_failed {
                Some(why) => frame.render_widget(Paragraph::new(wrapped(why, area.width)), area),
                None => frame.render_widget(Line::from(text::moving::comparing()).dim(), area),
            };
        }
        Some(Err(why)) => return frame.render_widget(Paragraph::new(wrapped(why, area.width)), area),
        Some(Ok(o)) => o,
    };
    if outcomes.len() < 2 {
        frame.render_widget(Paragraph::new(wrapped(text::moving::no_scenarios(), area.width)), area);
        return;
    }
    let later = u16::from(outcomes.iter().any(|o| o.wait > 0));
    let beyond = u16::from(view.months() / 12 > CHECKPOINT_YEARS[CHECKPOINT_YEARS.len() - 1]);
    let warned = u16::from(outcomes.iter().any(|o| o.lowest_cash < 0));
    let sells = u16::from(outcomes.iter().any(|o| o.home_sale != HomeSale::Kept));
    let no_home = u16::from(outcomes.iter().any(|o| o.home_sale == HomeSale::NoHome));
    let data = view.data.as_ref();
    let deflated = u16::from(data.is_some_and(|d| !d.economy.inflation.is_zero()));
    let prices = 2 * u16::from(outcomes.iter().any(|o| o.price.is_some()));
    let rows = 12
        + deflated
        + prices
        + later
        + beyond
        + warned
        + sells
        + no_home
        + CHECKPOINT_YEARS.iter().filter(|&&y| y * 12 <= view.months()).count() as u16
        + app.relocation.goals().len() as u16;
    if view.schedule {
        // The schedule takes the whole tab, so a year's twelve months fit.
        if let Some(o) = view.selected_outcome() {
            // The first payment falls in the first month lived in the new
            // place: next month for a move now (its costs leave at the end of
            // this one), else the start month.
            let from = Month::of(app.today).plus(o.wait.max(1)).unwrap_or(Month::of(app.today));
            draw_schedule(frame, app, o, from, area);
        }
        return;
    }
    // Folded (v), the chart gives the table its lines.
    if view.chart_folded {
        return draw_table(frame, app, outcomes, area);
    }
    // The table first (the chart keeps at least 8 lines), so every row shows at 80×24.
    let [table, lower] =
        Layout::vertical([Constraint::Length(rows.min(area.height.saturating_sub(8))), Constraint::Min(5)]).areas(area);
    draw_table(frame, app, outcomes, table);
    draw_chart(frame, app, outcomes, lower);
}

fn draw_table(frame: &mut Frame, app: &App, outcomes: &[Outcome], area: Rect) {
    let money = |minor| app.prefs.currency.show(minor);
    let view = &app.relocation;
    let now = Month::of(app.today);
    let label_w = 14;
    // Columns of at least 14 (two spaces, then `¥100,000.00` or `never in 10y`);
    // Stay always shows, the others scroll with the selection.
    let fits = ((area.width as usize).saturating_sub(label_w) / 14).max(2);
    let shown: Vec<usize> = if outcomes.len() <= fits {
        (0..outcomes.len()).collect()
    } else {
        let others = chart::window(outcomes.len() - 1, fits - 1, view.selected.saturating_sub(1));
        std::iter::once(0).chain(others.map(|i| i + 1)).collect()
    };
    let col_w = ((area.width as usize).saturating_sub(label_w) / shown.len()).clamp(14, 20);
    let cell = |s: String, i: usize| {
        let style = if i == view.selected { Style::new().bold().reversed() } else { Style::new() };
        // Two columns of space before each cell, so long names never run together.
        Span::styled(format!("  {}", pad(&s, col_w - 2, true)), style)
    };
    let row = |label: &str, f: &dyn Fn(&Outcome) -> String| {
        let mut spans = vec![Span::raw(pad(label, label_w, false))];
        spans.extend(shown.iter().map(|&i| cell(f(&outcomes[i]), i)));
        Line::from(spans)
    };
    // The first month from which a scenario stays at or above staying.
    let break_even = |o: &Outcome| match (is_stay(o), o.break_even) {
        (true, _) => "—".to_owned(),
        (_, Some(0)) => text::moving::never_behind().to_owned(),
        (_, Some(m)) => now.plus(m).map_or(text::moving::in_months(m), |x| x.to_string()),
        (_, None) => text::moving::never_in_years(view.months() / 12),
    };
    // The header's label cell says when columns are scrolled; a warning for
    // a plan that cannot be paid comes first, where it cannot be cut off.
    let scroll =
        if shown.len() < outcomes.len() { text::moving::scrolled(shown.len(), outcomes.len()) } else { String::new() };
    // Each line with its rank: when the tab is short, the highest ranks go
    // first, so the names, what each plan takes in and pays (income,
    // housing, one-off: a newcomer's inputs, issue 25), savings, break-even
    // and net worth at the horizon stay in view. The years between go
    // before them: the chart below draws them.
    let mut lines: Vec<(u8, Line)> = outcomes
        .iter()
        .filter(|o| o.lowest_cash < 0)
        .take(1)
        .map(|o| {
            let warn = text::moving::needs_cash(name(o), &money(o.lowest_cash));
            (0, Line::styled(fit(&warn, area.width as usize), app.prefs.palette.negative))
        })
        .collect();
    // A scenario that sells a home the ledger does not have sells nothing: said first too.
    lines.extend(outcomes.iter().filter(|o| o.home_sale == HomeSale::NoHome).take(1).map(|o| {
        let warn = text::moving::no_home_to_sell(name(o));
        (0, Line::styled(fit(&warn, area.width as usize), app.prefs.palette.negative))
    }));
    lines.extend([
        (0, row(&scroll, &|o| name(o).to_owned())),
        (1, row(text::terms::income(), &|o| starred(money(o.income), o.modelled.income))),
        (1, row(text::terms::housing(), &|o| starred(money(o.housing), o.modelled.rent))),
        (2, row(text::moving::row_living(), &|o| starred(money(o.living), o.modelled.living))),
        (1, row(text::terms::savings(), &|o| money(o.savings))),
        (2, row(text::moving::row_rate(), &|o| o.rate.map_or("—".into(), Ratio::percent))),
        (1, row(text::moving::row_one_off(), &|o| money(o.one_off))),
        (3, row(text::moving::row_lowest_cash(), &|o| money(o.lowest_cash))),
        (0, row(text::moving::row_break_even(), &break_even)),
    ]);
    // When each moves, once one of them moves later than now.
    if outcomes.iter().any(|o| o.wait > 0) {
        lines.insert(
            lines.len() - 8,
            (
                2,
                row(text::moving::row_moves(), &|o| match (is_stay(o), o.wait) {
                    (true, _) => "—".to_owned(),
                    (_, 0) => text::moving::now().to_owned(),
                    (_, w) => now.plus(w).map_or(text::moving::months_later(w), |m| m.to_string()),
                }),
            ),
        );
    }
    // What selling the home lived in now brings in, once a scenario sells it.
    if outcomes.iter().any(|o| o.home_sale != HomeSale::Kept) {
        let sale = |o: &Outcome| match o.home_sale {
            HomeSale::Kept => "—".to_owned(),
            HomeSale::Sold(m) => money(m),
            HomeSale::NoHome => text::moving::no_home().to_owned(),
        };
        lines.insert(lines.len() - 1, (3, row(text::moving::row_home_sale(), &sale)));
    }
    let horizon = view.months();
    let past_checkpoints = horizon / 12 > CHECKPOINT_YEARS[CHECKPOINT_YEARS.len() - 1];
    for (i, y) in CHECKPOINT_YEARS.into_iter().enumerate().filter(|&(_, y)| y * 12 <= horizon) {
        // The last checkpoint (or the horizon past it) ranks with savings.
        let rank = if i + 1 == CHECKPOINT_YEARS.len() && !past_checkpoints { 1 } else { 3 };
        let line = row(&text::moving::row_net_worth(y), &|o| {
            o.net_worth_at.iter().find(|(yy, _)| *yy == y).map_or("—".into(), |(_, v)| money(*v))
        });
        lines.push((rank, line));
    }
    // The horizon's end, when it lies past the checkpoints (y: 20 years).
    if past_checkpoints {
        lines.push((
            1,
            row(&text::moving::row_net_worth(horizon / 12), &|o| {
                o.net_worth.get(horizon as usize).map_or("—".into(), |v| money(*v))
            }),
        ));
    }
    // When each goal is in hand (cash, not home equity).
    for (name, target) in view.goals() {
        lines.push((
            3,
            row(&fit(name, label_w - 1), &|o| match months_to_goal(o, *target) {
                Some(0) => text::moving::now().to_owned(),
                Some(m) => now.plus(m).map_or(text::moving::in_months(m), |x| x.to_string()),
                None => text::moving::later().to_owned(),
            }),
        ));
    }
    let data = view.data.as_ref();
    // Net worth at the horizon in today's money, beside the nominal figure.
    if data.is_some_and(|d| !d.economy.inflation.is_zero()) {
        lines.push((
            2,
            row(&text::moving::row_today(horizon / 12), &|o| {
                o.net_worth_today.get(horizon as usize).map_or("—".into(), |v| money(*v))
            }),
        ));
    }
    // The price in years of income: the household's, the city's wage, the city's own ratio.
    if outcomes.iter().any(|o| o.price.is_some()) {
        let years = |h: Option<i64>| h.map_or("—".into(), |h| crate::money::format_minor_plain(h, 2));
        lines.push((
            4,
            row(text::moving::row_price_income(), &|o| match (o.price_years, o.city_wage_years) {
                (None, _) => "—".into(),
                (p, c) => format!("{} · {}", years(p), years(c)),
            }),
        ));
        lines.push((4, row(text::moving::row_city_ratio(), &|o| years(o.city_ratio))));
    }
    if let Some(d) = data {
        let rates = text::moving::economy_note(
            &crate::projection::rate::percent_plain(d.economy.annual_return),
            &crate::projection::rate::percent_plain(d.economy.inflation),
        );
        let base = d.baseline.map_or(String::new(), |(from, to)| text::moving::baseline_short(from, to));
        let home = match &d.living.home {
            crate::relocation::cities::Home::City(c) => text::names::city(&c.name, &c.local_name).into_owned(),
            crate::relocation::cities::Home::Custom { index } => text::moving::home_custom(*index),
            crate::relocation::cities::Home::Unset => String::new(),
        };
        let said = [base, home, rates].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" · ");
        // Goes with the note when the tab is short (the keys that change the
        // rates say them in the status line too).
        lines.push((NOTE, Line::from(fit(&said, area.width as usize)).dim()));
    }
    if outcomes.iter().any(|o| o.modelled.any()) {
        // Kept with the figures it explains: a star with no key is a riddle.
        lines.push((2, Line::from(fit(text::moving::modelled_short(), area.width as usize)).dim()));
    }
    lines.push((NOTE, Line::from(fit(text::moving::net_worth_note(), area.width as usize)).dim()));
    let lines = keep_ranked(lines, area.height as usize, !view.chart_folded);
    frame.render_widget(Paragraph::new(lines), area);
}

/// A figure a model gave, marked.
fn starred(s: String, modelled: bool) -> String {
    if modelled { format!("{s}*") } else { s }
}

/// The rank of the note under the table: the first line to go.
const NOTE: u8 = 5;

/// Text wrapped by hand, Chinese at its punctuation; an indented line (a
/// command to copy) stays one line, cut with `…` only where it cannot fit.
fn wrapped(text: &str, width: u16) -> Vec<Line<'static>> {
    text.split('\n')
        .flat_map(
            |para| if para.starts_with("  ") { vec![fit(para, width as usize)] } else { wrap(para, width as usize) },
        )
        .map(Line::from)
        .collect()
}

/// The lines that fit in `room`, in their order: while there are too many,
/// the last of the highest rank goes (the note first). When rows of the
/// table go, the last line says how many, so none is hidden unannounced,
/// and how to see them: `v` folds the `chart` while it shows.
fn keep_ranked(mut lines: Vec<(u8, Line<'_>)>, room: usize, chart: bool) -> Vec<Line<'_>> {
    let drop_worst = |lines: &mut Vec<(u8, Line<'_>)>| {
        let worst = lines.iter().map(|(r, _)| *r).max().unwrap_or(0);
        let at = lines.iter().rposition(|(r, _)| *r == worst).unwrap_or(lines.len() - 1);
        lines.remove(at).0
    };
    let mut hidden = 0;
    // Once rows (not the note) go, the line that counts them takes one too.
    while !lines.is_empty() && lines.len() + usize::from(hidden > 0) > room {
        if drop_worst(&mut lines) != NOTE {
            hidden += 1;
        }
    }
    let mut out: Vec<Line> = lines.into_iter().map(|(_, l)| l).collect();
    if hidden > 0 && room > 0 {
        let said = if chart { text::moving::hidden_rows_fold(hidden) } else { text::moving::hidden_rows(hidden) };
        out.push(Line::from(said).dim());
    }
    out
}

fn draw_chart(frame: &mut Frame, app: &App, outcomes: &[Outcome], area: Rect) {
    let view = &app.relocation;
    let series: Vec<Vec<(f64, f64)>> = outcomes
        .iter()
        .map(|o| o.net_worth.iter().enumerate().map(|(m, v)| (m as f64, *v as f64 / 100.0)).collect())
        .collect();
    let top_minor = outcomes.iter().flat_map(|o| o.net_worth.iter().copied()).max().unwrap_or(1).max(1);
    let low_minor = outcomes.iter().flat_map(|o| o.net_worth.iter().copied()).min().unwrap_or(0).min(0);
    let probe = crate::report::MonthSummary {
        month: Month::of(app.today),
        income: top_minor,
        housing: 0,
        spending: 0,
        savings: 0,
    };
    let c = app.prefs.currency;
    let top = chart::axis_top(&[probe], c);
    let mark: Vec<(f64, f64)> = view
        .selected_outcome()
        .and_then(|o| o.break_even.filter(|&m| m > 0).map(|m| (m as f64, o.net_worth[m as usize] as f64 / 100.0)))
        .into_iter()
        .collect();
    let mut datasets: Vec<Dataset> = series
        .iter()
        .enumerate()
        .map(|(i, data)| {
            let style = app.prefs.palette.series[i % 6];
            let style = if i == view.selected { style.bold() } else { style };
            // Each line its own character when there is no colour (theme.rs).
            let marker = app.prefs.palette.line_mark(i).0;
            Dataset::default().marker(marker).graph_type(GraphType::Line).style(style).data(data)
        })
        .collect();
    datasets.push(
        Dataset::default()
            .marker(Marker::Block)
            .graph_type(GraphType::Scatter)
            .style(app.prefs.palette.negative)
            .data(&mark),
    );
    let months = view.months();
    let x_labels =
        [text::moving::now().to_owned(), text::moving::axis_years(months / 24), text::moving::axis_years(months / 12)];
    let y_low = if low_minor < 0 {
        format!("-{}", chart::axis_label(low_minor.unsigned_abs(), c, text::lang()))
    } else {
        "0".into()
    };
    // The legend: each line's glyph and name, the names cut (each to the
    // same width, with …) when they would not all fit on the border.
    let room = (area.width as usize).saturating_sub(2);
    let fixed = text::moving::chart_title().width() + text::moving::chart_break_even().width() + outcomes.len() * 3;
    let longest = outcomes.iter().map(|o| name(o).width()).max().unwrap_or(0);
    let cut =
        (4..=longest).rev().find(|&w| fixed + outcomes.iter().map(|o| name(o).width().min(w)).sum::<usize>() <= room);
    let mut title = vec![Span::raw(text::moving::chart_title())];
    for (i, o) in outcomes.iter().enumerate() {
        let glyph = app.prefs.palette.line_mark(i).1;
        let shown = fit(name(o), cut.unwrap_or(4));
        title.push(Span::styled(format!("{glyph} {shown} "), app.prefs.palette.series[i % 6]));
    }
    title.push(Span::styled(text::moving::chart_break_even(), app.prefs.palette.negative));
    let chart = Chart::new(datasets)
        .block(Block::bordered().title(Line::from(title)))
        .x_axis(Axis::default().bounds([0.0, months as f64]).labels(x_labels))
        .y_axis(
            Axis::default()
                .bounds([low_minor as f64 / 100.0, top as f64 / 100.0])
                .labels([y_low, chart::axis_label(top, c, text::lang())]),
        )
        .legend_position(None);
    frame.render_widget(chart, area);
}

/// Yearly rows of the schedule; the selected year's months below when expanded.
fn draw_schedule(frame: &mut Frame, app: &App, o: &Outcome, from: Month, area: Rect) {
    let money = |minor| app.prefs.currency.show(minor);
    let view = &app.relocation;
    let schedule = &o.schedule;
    // The title above, the keys below: as many whole as fit, in order.
    let room = area.width.saturating_sub(2) as usize;
    let title = fit_words(&text::moving::schedule_title(name(o), from), room);
    let keys = [text::moving::schedule_year(), text::moving::schedule_months(), text::moving::schedule_close()];
    let mut hints = String::new();
    for key in keys {
        let more = if hints.is_empty() { format!(" {key} ") } else { format!("{}· {key} ", hints) };
        if more.width() > room {
            break;
        }
        hints = more;
    }
    let block = Block::bordered().title(title).title_bottom(hints);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // Figures of up to 14 columns, narrower when the tab is (a cut one ends in …).
    let col = ((inner.width as usize).saturating_sub(8 + 4) / 4).clamp(11, 14);
    let cells = |cols: [&str; 5]| {
        cols.iter().enumerate().map(|(i, c)| pad(c, if i == 0 { 8 } else { col }, i > 0)).collect::<Vec<_>>().join(" ")
    };
    let head = |cols: [&str; 5]| Line::from(cells(cols)).bold();
    let row = |label: String, pay: i64, interest: i64, principal: i64, balance: i64| {
        cells([&label, &money(pay), &money(interest), &money(principal), &money(balance)])
    };
    let years: Vec<&[Payment]> = schedule.chunks(12).collect();
    let t = || {
        use text::moving as m;
        [m::col_year(), m::col_paid(), m::col_interest(), m::col_principal(), m::col_balance()]
    };
    let mut lines = Vec::new();
    // What the prepayments buy, both ways: "shorter term or lower payment?"
    if let Some(ways) = o.prepay {
        let [chosen, other] = ways.map(|w| {
            let term = w.reduce == crate::relocation::mortgage::plan::Reduce::Term;
            text::loans::way_of(term, &money(w.interest_saved), w.last_month, &money(w.payment_after.unwrap_or(0)))
        });
        // Both ways whole where they fit side by side, else one a line.
        let room = inner.width as usize;
        let both = text::loans::ways_line(&chosen, &other);
        if ways.iter().any(|w| w.penalty > 0) {
            // A bank that charges: under each way, the penalty it pays on its
            // own line and what is saved net of it (interest saved − penalty).
            for (said, w) in [chosen, other].iter().zip(ways) {
                lines.extend(wrap(said, room).into_iter().take(2).map(|l| Line::from(l).bold()));
                let net = text::loans::way_penalty(&money(w.penalty), &money(w.net_saved()));
                lines.extend(wrap(&net, room).into_iter().take(2).map(Line::from));
            }
        } else if both.width() <= room {
            lines.push(Line::from(both).bold());
        } else {
            lines.extend([chosen, other].iter().flat_map(|w| wrap(w, room)).take(4).map(|l| Line::from(l).bold()));
        }
    }
    lines.push(head(t()));
    let visible = (inner.height as usize).saturating_sub(lines.len());
    // Keep the selected year in view: at the top when its months are open.
    let start = if view.expanded { view.year } else { (view.year + 1).saturating_sub(visible) };
    for (y, chunk) in years.iter().enumerate().skip(start) {
        let sum = |f: fn(&Payment) -> i64| chunk.iter().map(f).sum::<i64>();
        let text = row(
            (y + 1).to_string(),
            sum(|p| p.payment),
            sum(|p| p.interest),
            sum(|p| p.principal),
            chunk[chunk.len() - 1].balance,
        );
        let style = if y == view.year { Style::new().reversed() } else { Style::new() };
        lines.push(Line::styled(text, style));
        if y == view.year && view.expanded {
            for p in chunk.iter() {
                lines.push(
                    Line::from(row(
                        from.plus(p.month - 1).map_or(p.month.to_string(), |m| m.to_string()),
                        p.payment,
                        p.interest,
                        p.principal,
                        p.balance,
                    ))
                    .dim(),
                );
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
