//! The Months tab: the selected month's exact figures, a bar chart of income,
//! housing, spending and savings per month, the savings rate as a line with
//! its averages, and the selected month taken apart by category and payee.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style, Stylize};

use crate::tui::theme::Palette;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph};

mod bars;

use super::{fit, fit_words, pad, whole_fields};
use crate::money::Currency;
use crate::ops::views::Waiting;
use crate::report::breakdown::{Share, bar_cells};
use crate::report::chart::{self, average_rate, rolling_rates};
use crate::report::{MonthSummary, Ratio};
use crate::text;
use crate::tui::app::App;
use bars::{Cell, EIGHTHS, FULL, bar_cells_of, depth_label, depth_rows, split_rows};
use unicode_width::UnicodeWidthStr;

/// Income, housing, spending and savings, in the bars' order.
fn colours(p: &Palette) -> [Style; 4] {
    [p.income, p.housing, p.spending, p.savings]
}
/// Columns left of the bars for the axis labels: six for a label (`-1,250`,
/// `-12.3k`) and a space.
const GUTTER: u16 = 7;

fn rate(r: Option<Ratio>) -> String {
    r.map_or_else(|| "—".to_owned(), Ratio::percent)
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let c = app.prefs.currency;
    let view = &app.months;
    let Some(selected) = view.selected_summary() else {
        frame.render_widget(Line::from(text::months::reading().dim()), area);
        return;
    };
    let breakdown_rows = if area.height >= 30 { 9 } else { 7 };
    let rate_rows = if area.height >= 30 { 6 } else { 4 };
    // What waits has a line of its own when the chart can spare it, else
    // it takes the averages' place beside the savings.
    let waiting = view.selected_waiting();
    let own_line = waiting.is_some() && area.height >= 20;
    let [figures, savings, waits, bars, rates, parts] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(u16::from(own_line)),
        Constraint::Min(5),
        Constraint::Length(rate_rows),
        Constraint::Length(breakdown_rows),
    ])
    .areas(area);
    let current = app.cycle.month_of(app.today);
    let rolling = rolling_rates(&view.summaries, 3, current);
    let over = view.over.as_ref().filter(|(m, _)| *m == selected.month).map_or(&[][..], |(_, o)| o.as_slice());
    draw_figures(frame, &app.prefs.palette, c, selected, over, [figures, savings]);
    let averages = text::months::averages(
        span_label(view.span),
        &rate(average_rate(&view.summaries, current)),
        &rate(rolling[view.selected]),
    );
    // The figures' bytes (`¥` and `—` take more than their one column) leave a gap.
    let used = text::months::savings().width()
        + c.show(selected.savings).len()
        + text::months::rate().width()
        + rate(selected.rate()).len();
    let rest = Rect { x: savings.x + used as u16, width: savings.width.saturating_sub(used as u16), ..savings };
    match waiting {
        Some(w) if own_line => frame.render_widget(waiting_line(c, w, "", waits.width), waits),
        Some(w) => frame.render_widget(waiting_line(c, w, "  ", rest.width), rest),
        None => frame.render_widget(Line::from(fit_words(&averages, rest.width as usize)).dim(), rest),
    }
    // The chart's border takes two columns, the axis labels GUTTER more.
    let (bar_width, shown) = chart::fit_bars(bars.width.saturating_sub(GUTTER + 2), view.summaries.len());
    let window = chart::window(view.summaries.len(), shown, view.selected);
    if view.worth {
        draw_worth(frame, app, bars);
    } else {
        draw_bars(frame, app, bars, bar_width, window.clone());
    }
    draw_rates(frame, &app.prefs.palette, &view.summaries[window.clone()], &rolling[window], rates);
    if let Some((month, b)) = view.breakdown.as_ref().filter(|(m, _)| *m == selected.month) {
        let [left, right] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(parts);
        if view.by_tag {
            draw_tags(frame, app, left);
        } else {
            let title = text::months::by_category(month);
            draw_shares(frame, left, c, &title, &b.spending, app.prefs.palette.spending, None);
        }
        let [housing, payees] =
            Layout::vertical([Constraint::Length((b.housing.len() as u16 + 2).clamp(3, 5)), Constraint::Min(2)])
                .areas(right);
        draw_shares(frame, housing, c, text::months::housing_title(), &b.housing, app.prefs.palette.housing, None);
        draw_shares(frame, payees, c, text::months::top_payees(), &b.payees, app.prefs.palette.spending, None);
    }
}

/// The selected month's figures as text, exact and copyable: income,
/// housing and spending on the first line, savings and the rate on the second.
fn draw_figures(
    frame: &mut Frame,
    p: &Palette,
    c: Currency,
    s: &MonthSummary,
    over: &[String],
    [first, second]: [Rect; 2],
) {
    let money = |minor| c.show(minor);
    let savings_style = if s.savings < 0 { p.negative } else { Style::new().bold() };
    let line = vec![
        Span::styled(format!("{}", s.month), Style::new().bold().reversed()),
        Span::raw(text::months::income()),
        Span::styled(money(s.income), colours(p)[0]),
        Span::raw(text::months::housing()),
        Span::styled(money(s.housing), colours(p)[1]),
        Span::raw(text::months::spending()),
        Span::styled(money(s.spending), colours(p)[2]),
    ];
    let mut line = whole_fields(line, first.width);
    if !over.is_empty() {
        let names = over.iter().map(|n| text::names::shown(n)).collect::<Vec<_>>().join(", ");
        let used: usize = line.iter().map(Span::width).sum();
        let note = fit_words(&text::months::over_budget(&names), (first.width as usize).saturating_sub(used));
        line.push(Span::styled(note, p.negative));
    }
    frame.render_widget(Line::from(line), first);
    // The width of these spans is what `draw` skips before the averages.
    let line = vec![
        Span::raw(text::months::savings()),
        Span::styled(money(s.savings), savings_style),
        Span::raw(text::months::rate()),
        Span::styled(rate(s.rate()), savings_style),
    ];
    frame.render_widget(Line::from(line), second);
}

/// What waits at the month's end after `lead`: `waiting: lent ¥2,000.00 ·
/// to be reimbursed ¥1,200.00 · AA shares ¥105.00`, parts of zero left
/// out; parts that do not fit `width` are dropped whole from the end.
fn waiting_line(c: Currency, w: &Waiting, lead: &str, width: u16) -> Line<'static> {
    let parts = [
        (text::months::waiting_lent(), w.lent),
        (text::months::waiting_reimburse(), w.reimburse),
        (text::months::waiting_shares(), w.shares),
    ];
    let mut spans = Vec::new();
    for (word, amount) in parts.into_iter().filter(|(_, a)| *a != 0) {
        let before = if spans.is_empty() {
            format!("{lead}{}", text::months::waiting())
        } else {
            text::months::waiting_sep().to_owned()
        };
        spans.push(Span::raw(format!("{before}{word}")));
        spans.push(Span::styled(c.show(amount), Style::new().bold()));
    }
    Line::from(whole_fields(spans, width))
}

/// `w`: net worth month by month over the months read, a line with the
/// selected month marked; its figure in the title, and its change split
/// into what was saved, changes in value and the rest below.
fn draw_worth(frame: &mut Frame, app: &App, area: Rect) {
    let view = &app.months;
    let c = app.prefs.currency;
    let room = usize::from(area.width.saturating_sub(4));
    let Some(now) = view.selected_worth() else {
        let block = Block::bordered().title(fit(text::worth::worth_reading(), room));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        frame.render_widget(Line::from(text::worth::worth_reading()).dim(), inner);
        return;
    };
    let plus = |m: i64| if m > 0 { format!("+{}", c.show(m)) } else { c.show(m) };
    let title = text::worth::worth_title(now.month, c.show(now.net_worth));
    let split = text::worth::worth_split(plus(now.change), plus(now.saved), plus(now.value), plus(now.other));
    let rows = &view.worth_months;
    // The scale: from zero or below to the highest month (a drawing only, never a figure).
    let lo = rows.iter().map(|w| w.net_worth).min().unwrap_or(0).min(0);
    let hi = rows.iter().map(|w| w.net_worth).max().unwrap_or(0).max(lo.saturating_add(1));
    let label = |m: i64| {
        let compact = chart::axis_label(m.unsigned_abs(), c, text::lang());
        if m < 0 { format!("-{compact}") } else { compact }
    };
    let line: Vec<(f64, f64)> = rows.iter().enumerate().map(|(i, w)| (i as f64, w.net_worth as f64)).collect();
    let mark: Vec<(f64, f64)> = line.iter().zip(rows).filter(|(_, w)| w.month == now.month).map(|(p, _)| *p).collect();
    let p = &app.prefs.palette;
    let datasets = vec![
        Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).style(colours(p)[3]).data(&line),
        Dataset::default().marker(Marker::Dot).graph_type(GraphType::Scatter).style(Style::new().bold()).data(&mark),
    ];
    let mut x = Axis::default().bounds([0.0, (rows.len().max(2) - 1) as f64]);
    if area.height >= 9 {
        if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
            x = x.labels([first.month.to_string(), last.month.to_string()]);
        }
    }
    let block =
        Block::bordered().title(Line::from(fit(&title, room)).bold()).title_bottom(Line::from(fit(&split, room)));
    let chart = Chart::new(datasets)
        .block(block)
        .x_axis(x)
        .y_axis(Axis::default().bounds([lo as f64, hi as f64]).labels([label(lo), label(hi)]));
    frame.render_widget(chart, area);
}

fn draw_bars(frame: &mut Frame, app: &App, area: Rect, bar_width: u16, window: std::ops::Range<usize>) {
    let view = &app.months;
    let shown = &view.summaries[window.clone()];
    let c = app.prefs.currency;
    let p = &app.prefs.palette;
    let top = chart::axis_top(shown, c);
    let fills = fills(p);
    let colour = p.has_colour();
    // Without colour each series has its own fill, and negative savings
    // hang below the zero line, as they do in colour too.
    let marks = if colour { ["■"; 4] } else { fills };
    let key = |i: usize, word: &str| Span::styled(format!("{} {word} ", marks[i]), colours(p)[i]);
    let negative_mark = if colour { "■" } else { "↓" };
    let mut legend = vec![
        Span::raw(" "),
        key(0, text::months::legend_income()),
        key(1, text::months::legend_housing()),
        key(2, text::months::legend_spending()),
        key(3, text::months::legend_savings()),
        Span::styled(format!("{negative_mark} {} ", text::months::legend_negative()), p.negative),
    ];
    if shown.len() < view.summaries.len() {
        // The note goes whole, or short, or not at all: never cut mid-word.
        let room = (area.width as usize).saturating_sub(2 + legend.iter().map(Span::width).sum::<usize>());
        let long = text::months::scrolled(shown.len(), view.summaries.len());
        let short = text::months::scrolled_short(shown.len(), view.summaries.len());
        if let Some(note) = [long, short].into_iter().find(|n| n.width() <= room) {
            legend.push(Span::raw(note));
        }
    }
    let block = Block::bordered().title(Line::from(legend));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [axis, plot] = Layout::horizontal([Constraint::Length(GUTTER), Constraint::Min(1)]).areas(inner);
    if plot.height == 0 {
        return;
    }
    let bar_rows = plot.height.saturating_sub(1);
    let deepest = shown.iter().map(|s| s.savings).filter(|v| *v < 0).map(i64::unsigned_abs).max().unwrap_or(0);
    let (up, down) = split_rows(bar_rows, top, deepest, colour);
    // Axis: the top on the first row, 0 on the zero line (when the top has a
    // row of its own), and below the line the lowest savings themselves,
    // beside the row where that bar ends: one scale above and below.
    let gutter = GUTTER as usize - 1;
    let mut labels: Vec<Line> = (0..axis.height).map(|_| Line::from("")).collect();
    if up > 0 {
        if up > 1 {
            labels[up as usize - 1] = Line::from(pad("0", gutter, true));
        }
        labels[0] = Line::from(pad(&chart::axis_label(top, c, text::lang()), gutter, true));
    }
    if down > 0 {
        let ends = depth_rows(deepest, top, up, colour).min(down);
        let label = depth_label(deepest, c, text::lang(), gutter);
        labels[(up + ends) as usize - 1] = Line::styled(pad(&label, gutter, true), p.negative);
    }
    frame.render_widget(Paragraph::new(labels), axis);
    // A negative bar never takes the reverse video a palette may give bad
    // news: its cells are drawn in the colour itself.
    let negative = p.negative.remove_modifier(Modifier::REVERSED);
    let buf = frame.buffer_mut();
    let group_width = 4 * bar_width + 1;
    for (i, s) in shown.iter().enumerate() {
        let x0 = plot.x + i as u16 * group_width;
        if x0 + 4 * bar_width > plot.right() {
            break;
        }
        for (j, b) in chart::bars(s).iter().enumerate() {
            let style = if b.negative { negative } else { colours(p)[j] };
            let cells = bar_cells_of(b.height, top, up, down, b.negative, colour);
            for dx in 0..bar_width {
                let x = x0 + j as u16 * bar_width + dx;
                for (row, cell) in cells.iter().enumerate() {
                    let (glyph, style) = match *cell {
                        Cell::Empty => continue,
                        Cell::Full => (fills[j], style),
                        Cell::Low(n) => (EIGHTHS[n as usize], style),
                        Cell::High(1) => ("▔", style),
                        Cell::High(4) => ("▀", style),
                        // Other upper parts have no common glyph: the cell's
                        // background takes the bar's colour, the lower rest
                        // is drawn over it in the background's.
                        Cell::High(n) => (EIGHTHS[8 - n as usize], style.add_modifier(Modifier::REVERSED)),
                    };
                    buf[(x, plot.y + row as u16)].set_symbol(glyph).set_style(style);
                }
            }
        }
        // Under the bars: `Oct` (chrono writes English only), `10月`.
        let month = match text::lang() {
            text::Lang::En => s.month.first_day().format("%b").to_string(),
            text::Lang::Zh => format!("{}月", s.month.month()),
        };
        let style = if window.start + i == view.selected { Style::new().bold().reversed() } else { Style::new() };
        let room = (4 * bar_width) as usize;
        buf.set_stringn(x0, plot.y + bar_rows, fit(&month, room), room, style);
    }
}

/// Each series' fill: solid in colour; without colour four different
/// shades, so the legend and the bars say which is which.
fn fills(p: &Palette) -> [&'static str; 4] {
    if p.has_colour() { [FULL; 4] } else { [FULL, "▓", "▒", "░"] }
}

/// The savings rate per month as a line (months without income are left
/// out, never drawn as 0 %), with the rolling 3-month rate dimmed.
fn draw_rates(frame: &mut Frame, p: &Palette, shown: &[MonthSummary], rolling: &[Option<Ratio>], area: Rect) {
    let points = |rates: &mut dyn Iterator<Item = Option<Ratio>>| -> Vec<(f64, f64)> {
        rates.enumerate().filter_map(|(i, r)| r.map(|r| (i as f64, r.bp() as f64 / 100.0))).collect()
    };
    let monthly = points(&mut shown.iter().map(|s| s.rate()));
    let smooth = points(&mut rolling.iter().copied());
    let lo = monthly.iter().chain(&smooth).map(|p| p.1).fold(0.0f64, f64::min).floor();
    let hi = monthly.iter().chain(&smooth).map(|p| p.1).fold(0.0f64, f64::max).ceil().max(lo + 1.0);
    let datasets = vec![
        Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).style(colours(p)[3]).data(&monthly),
        Dataset::default().marker(Marker::Dot).graph_type(GraphType::Scatter).style(Style::new().dim()).data(&smooth),
    ];
    let chart = Chart::new(datasets)
        .block(Block::bordered().title(text::months::rates_title()))
        .x_axis(Axis::default().bounds([0.0, (shown.len().max(2) - 1) as f64]))
        .y_axis(Axis::default().bounds([lo, hi]).labels([format!("{lo:.0}%"), format!("{hi:.0}%")]));
    frame.render_widget(chart, area);
}

/// Rows of `items` with their bars; `selected`, when given, is shown
/// reversed and kept in view.
fn draw_shares(
    frame: &mut Frame,
    area: Rect,
    c: Currency,
    title: &str,
    items: &[Share],
    color: Style,
    selected: Option<usize>,
) {
    let block = Block::bordered().title(title.to_owned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if items.is_empty() {
        frame.render_widget(Line::from(text::months::nothing().dim()), inner);
        return;
    }
    let (name_w, amount_w, share_w, bar_w) = share_columns(inner.width as usize);
    let max = items.iter().map(|s| s.amount).max().unwrap_or(0);
    let height = inner.height as usize;
    let skip = selected.map_or(0, |i| (i + 1).saturating_sub(height));
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(skip)
        .take(height)
        .map(|(i, s)| {
            // No room for a bar on a narrow screen: the figures stay.
            let cells = if bar_w == 0 { 0 } else { bar_cells(s.amount, max, bar_w) };
            let share = s.share.map_or("—".to_owned(), Ratio::percent);
            Line::from(vec![
                Span::raw(pad(&text::names::shown(&s.name), name_w, false)),
                Span::raw(" "),
                Span::styled("█".repeat(cells), color),
                Span::raw(" ".repeat(bar_w - cells)),
                Span::raw(pad(&c.show(s.amount), amount_w, true)),
                Span::raw(pad(&share, share_w, true)),
            ])
            .style(if selected == Some(i) { Style::new().reversed() } else { Style::new() })
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `g`: the selected month's spending by tag, as `report tags` writes a
/// tag (`+旅行`), the untagged rest by its word, each with its share of
/// the month's housing and spending; "reading…" until read.
fn draw_tags(frame: &mut Frame, app: &App, area: Rect) {
    let Some(month) = app.months.selected_summary().map(|s| s.month) else { return };
    let title = fit(&text::months::by_tag(month), usize::from(area.width.saturating_sub(2)));
    let Some((_, shares)) = app.months.tags.as_ref().filter(|(m, _)| *m == month) else {
        let block = Block::bordered().title(title);
        frame.render_widget(Line::from(text::months::reading().dim()), block.inner(area));
        frame.render_widget(block, area);
        return;
    };
    let named: Vec<Share> = shares
        .iter()
        .map(|s| {
            let name = match s.name.as_str() {
                "" => text::months::untagged().to_owned(),
                // `draw_shares` shows it through `text::names::shown`, escaped there.
                tag => format!("+{tag}"),
            };
            Share { name, ..s.clone() }
        })
        .collect();
    let row = Some(app.months.tag_row);
    draw_shares(frame, area, app.prefs.currency, &title, &named, app.prefs.palette.spending, row);
}

/// The columns of a breakdown row `width` wide: name, amount, share and
/// bar, each with its leading space. The bar goes first when room runs out,
/// then the share; the name and the amount always show.
fn share_columns(width: usize) -> (usize, usize, usize, usize) {
    let (name_w, amount_w) = (12.min(width / 3), 12);
    let share_w = if width >= name_w + 1 + amount_w + 7 { 7 } else { 0 };
    let bar_w = width.saturating_sub(name_w + 1 + amount_w + share_w);
    (name_w, amount_w, share_w, bar_w)
}

/// The span as the reader says it (`12 months`, `12 个月`).
fn span_label(span: chart::Span) -> &'static str {
    match span {
        chart::Span::Six => text::months::span_6(),
        chart::Span::Twelve => text::months::span_12(),
        chart::Span::TwentyFour => text::months::span_24(),
        chart::Span::All => text::months::span_all(),
    }
}
#[cfg(test)]
mod tests {
    use super::share_columns;

    #[test]
    fn share_columns_drop_the_bar_then_the_share_and_never_overflow() {
        // 80 columns: the left panel's inner width is 44.
        assert_eq!(share_columns(44), (12, 12, 7, 12));
        // The right panel at 60 columns (23 inside): no bar, no share.
        assert_eq!(share_columns(23), (7, 12, 0, 3));
        for width in 0..60 {
            let (name, amount, share, bar) = share_columns(width);
            assert!(width < 19 || name + 1 + amount + share + bar == width, "{width}");
        }
    }
}
