//! The Months tab: the selected month's exact figures, a bar chart of income,
//! housing, spending and savings per month, the savings rate as a line with
//! its averages, and the selected month taken apart by category and payee.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};

use crate::tui::theme::Palette;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph};

use super::{fit, fit_words, pad, whole_fields};
use crate::money::Currency;
use crate::report::breakdown::{Share, bar_cells};
use crate::report::chart::{self, average_rate, rolling_rates};
use crate::report::{MonthSummary, format_rate_percent};
use crate::text;
use crate::tui::app::App;
use unicode_width::UnicodeWidthStr;

/// Income, housing, spending and savings, in the bars' order.
fn colours(p: &Palette) -> [Style; 4] {
    [p.income, p.housing, p.spending, p.savings]
}
/// Columns left of the bars for the axis labels.
const GUTTER: u16 = 6;

fn rate(bp: Option<i64>) -> String {
    bp.map_or_else(|| "—".to_owned(), format_rate_percent)
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
    let [figures, savings, bars, rates, parts] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
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
        + rate(selected.rate_bp()).len();
    let rest = Rect { x: savings.x + used as u16, width: savings.width.saturating_sub(used as u16), ..savings };
    frame.render_widget(Line::from(fit_words(&averages, rest.width as usize)).dim(), rest);
    // The chart's border takes two columns, the axis labels GUTTER more.
    let (bar_width, shown) = chart::fit_bars(bars.width.saturating_sub(GUTTER + 2), view.summaries.len());
    let window = chart::window(view.summaries.len(), shown, view.selected);
    draw_bars(frame, app, bars, bar_width, window.clone());
    draw_rates(frame, &app.prefs.palette, &view.summaries[window.clone()], &rolling[window], rates);
    if let Some((month, b)) = view.breakdown.as_ref().filter(|(m, _)| *m == selected.month) {
        let [left, right] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(parts);
        let title = text::months::by_category(month);
        draw_shares(frame, left, c, &title, &b.spending, app.prefs.palette.spending);
        let [housing, payees] =
            Layout::vertical([Constraint::Length((b.housing.len() as u16 + 2).clamp(3, 5)), Constraint::Min(2)])
                .areas(right);
        draw_shares(frame, housing, c, text::months::housing_title(), &b.housing, app.prefs.palette.housing);
        draw_shares(frame, payees, c, text::months::top_payees(), &b.payees, app.prefs.palette.spending);
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
        Span::styled(rate(s.rate_bp()), savings_style),
    ];
    frame.render_widget(Line::from(line), second);
}

fn draw_bars(frame: &mut Frame, app: &App, area: Rect, bar_width: u16, window: std::ops::Range<usize>) {
    let view = &app.months;
    let shown = &view.summaries[window.clone()];
    let c = app.prefs.currency;
    let p = &app.prefs.palette;
    let top = chart::axis_top(shown, c);
    let fills = fills(p);
    // Without colour each series has its own fill, and negative savings
    // hang below the zero line, as they do in colour too.
    let marks = if p.has_colour() { ["■"; 4] } else { fills };
    let key = |i: usize, word: &str| Span::styled(format!("{} {word} ", marks[i]), colours(p)[i]);
    let negative_mark = if p.has_colour() { "■" } else { "↓" };
    let block = Block::bordered().title(Line::from(vec![
        Span::raw(" "),
        key(0, text::months::legend_income()),
        key(1, text::months::legend_housing()),
        key(2, text::months::legend_spending()),
        key(3, text::months::legend_savings()),
        Span::styled(format!("{negative_mark} {} ", text::months::legend_negative()), p.negative),
        Span::raw(if shown.len() < view.summaries.len() {
            text::months::scrolled(shown.len(), view.summaries.len())
        } else {
            String::new()
        }),
    ]));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [axis, plot] = Layout::horizontal([Constraint::Length(GUTTER), Constraint::Min(1)]).areas(inner);
    if plot.height == 0 {
        return;
    }
    let bar_rows = plot.height.saturating_sub(1);
    let deepest = shown.iter().map(|s| s.savings).filter(|v| *v < 0).map(i64::unsigned_abs).max().unwrap_or(0);
    let (up, down) = split_rows(bar_rows, top, deepest);
    // Axis: the top label on the first row, 0 on the zero line, the depth
    // the lowest row stands for on the last bar row when savings went below 0.
    let label = |minor: u64| chart::axis_label(minor, c, text::lang());
    let mut labels: Vec<Line> = (0..axis.height).map(|_| Line::from("")).collect();
    let gutter = GUTTER as usize - 1;
    if up > 0 {
        labels[0] = Line::from(pad(&label(top), gutter, true));
        labels[up as usize - 1] = Line::from(pad("0", gutter, true));
    }
    if down > 0 {
        let depth = top.saturating_mul(u64::from(down)) / u64::from(up.max(1));
        labels[(up + down) as usize - 1] = Line::from(pad(&format!("-{}", label(depth)), gutter, true));
    }
    frame.render_widget(Paragraph::new(labels), axis);
    let buf = frame.buffer_mut();
    let group_width = 4 * bar_width + 1;
    for (i, s) in shown.iter().enumerate() {
        let x0 = plot.x + i as u16 * group_width;
        if x0 + 4 * bar_width > plot.right() {
            break;
        }
        for (j, b) in chart::bars(s).iter().enumerate() {
            let style = if b.negative { p.negative } else { colours(p)[j] };
            let cells = bar_cells_of(b.height, top, up, down, b.negative, p.has_colour());
            for dx in 0..bar_width {
                let x = x0 + j as u16 * bar_width + dx;
                for (row, glyph) in cells.iter().enumerate() {
                    let glyph = if *glyph == FULL { fills[j] } else { glyph };
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

const FULL: &str = "█";
/// A bar's top, in eighths of a cell.
const EIGHTHS: [&str; 8] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇"];

/// Each series' fill: solid in colour; without colour four different
/// shades, so the legend and the bars say which is which.
fn fills(p: &Palette) -> [&'static str; 4] {
    if p.has_colour() { [FULL; 4] } else { [FULL, "▓", "▒", "░"] }
}

/// How many of `rows` bar rows lie above the zero line and how many below
/// it: none below unless savings went negative (`deepest`), then enough for
/// the deepest on the same scale, at least one, and at least one above.
fn split_rows(rows: u16, top: u64, deepest: u64) -> (u16, u16) {
    if deepest == 0 || rows < 2 {
        return (rows, 0);
    }
    let span = u128::from(top) + u128::from(deepest);
    let down = (u128::from(rows) * u128::from(deepest)).div_ceil(span.max(1)) as u16;
    let down = down.clamp(1, rows - 1);
    (rows - down, down)
}

/// The glyph of each of the `up + down` rows, top first, for a bar of
/// `height` minor units where `top` fills the `up` rows: up from the zero
/// line, or down from it when `negative`. `FULL` stands for the series'
/// fill; a positive bar in colour ends in an eighth block, otherwise bars
/// take whole cells. A height above zero takes at least one eighth.
fn bar_cells_of(height: u64, top: u64, up: u16, down: u16, negative: bool, eighths: bool) -> Vec<&'static str> {
    let mut cells = vec![" "; (up + down) as usize];
    if height == 0 || top == 0 || up == 0 {
        return cells;
    }
    // Eighths of a cell, half up, on the scale where `top` is `up` rows.
    let scaled = (u128::from(height) * u128::from(up) * 8 * 2 + u128::from(top)) / (u128::from(top) * 2);
    let scaled = scaled.max(1);
    if negative {
        let n = (scaled.div_ceil(8) as usize).min(down as usize);
        for cell in cells.iter_mut().skip(up as usize).take(n) {
            *cell = FULL;
        }
        return cells;
    }
    let scaled = if eighths { scaled } else { scaled.div_ceil(8) * 8 };
    let scaled = scaled.min(u128::from(up) * 8) as usize;
    let (whole, part) = (scaled / 8, scaled % 8);
    let base = up as usize;
    for cell in cells[base - whole..base].iter_mut() {
        *cell = FULL;
    }
    if part > 0 {
        cells[base - whole - 1] = EIGHTHS[part];
    }
    cells
}

/// The savings rate per month as a line (months without income are left
/// out, never drawn as 0 %), with the rolling 3-month rate dimmed.
fn draw_rates(frame: &mut Frame, p: &Palette, shown: &[MonthSummary], rolling: &[Option<i64>], area: Rect) {
    let points = |rates: &mut dyn Iterator<Item = Option<i64>>| -> Vec<(f64, f64)> {
        rates.enumerate().filter_map(|(i, r)| r.map(|bp| (i as f64, bp as f64 / 100.0))).collect()
    };
    let monthly = points(&mut shown.iter().map(|s| s.rate_bp()));
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

fn draw_shares(frame: &mut Frame, area: Rect, c: Currency, title: &str, items: &[Share], color: Style) {
    let block = Block::bordered().title(title.to_owned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if items.is_empty() {
        frame.render_widget(Line::from(text::months::nothing().dim()), inner);
        return;
    }
    let (name_w, amount_w, share_w, bar_w) = share_columns(inner.width as usize);
    let max = items.iter().map(|s| s.amount).max().unwrap_or(0);
    let lines: Vec<Line> = items
        .iter()
        .take(inner.height as usize)
        .map(|s| {
            // No room for a bar on a narrow screen: the figures stay.
            let cells = if bar_w == 0 { 0 } else { bar_cells(s.amount, max, bar_w) };
            let share = s.share_bp.map_or("—".to_owned(), format_rate_percent);
            Line::from(vec![
                Span::raw(pad(&text::names::shown(&s.name), name_w, false)),
                Span::raw(" "),
                Span::styled("█".repeat(cells), color),
                Span::raw(" ".repeat(bar_w - cells)),
                Span::raw(pad(&c.show(s.amount), amount_w, true)),
                Span::raw(pad(&share, share_w, true)),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
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
    use super::{FULL, bar_cells_of, share_columns, split_rows};

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

    #[test]
    fn negative_savings_get_rows_below_the_zero_line_on_the_same_scale() {
        assert_eq!(split_rows(5, 10_000, 0), (5, 0));
        // 10k up and 4.4k down share 5 rows: 2 below (1.53 rounded up).
        assert_eq!(split_rows(5, 10_000, 4_414), (3, 2));
        // However deep, one row stays above; however shallow, one goes below.
        assert_eq!(split_rows(5, 1, 1_000_000), (1, 4));
        assert_eq!(split_rows(5, 1_000_000, 1), (4, 1));
        assert_eq!(split_rows(1, 10, 10), (1, 0));
    }

    #[test]
    fn bars_fill_eighths_up_and_whole_cells_down() {
        // 5,000 of 10,000 over 3 rows: 12 eighths, one full cell and a half.
        assert_eq!(bar_cells_of(5_000, 10_000, 3, 2, false, true), [" ", "▄", FULL, " ", " "]);
        // Without eighths (no colour) whole cells, rounded up.
        assert_eq!(bar_cells_of(5_000, 10_000, 3, 2, false, false), [" ", FULL, FULL, " ", " "]);
        // -4,414 on that scale: 10.6 eighths, two cells below the line.
        assert_eq!(bar_cells_of(4_414, 10_000, 3, 2, true, true), [" ", " ", " ", FULL, FULL]);
        // A tiny amount still shows.
        assert_eq!(bar_cells_of(1, 10_000, 3, 0, false, true), [" ", " ", "▁"]);
        assert_eq!(bar_cells_of(0, 10_000, 3, 0, false, true), [" ", " ", " "]);
    }
}
