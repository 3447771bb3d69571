//! The Months bar chart's geometry: how tall a bar is on the axis' scale,
//! above the zero line and below it, which glyph each of its cells takes,
//! how the rows split around the line, and the label of the lowest savings.
//! Pure: figures in, cells and words out.

use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::money::Currency;
use crate::report::chart;
use crate::text;

pub(super) const FULL: &str = "█";
/// A bar's end, in eighths of a cell, filled from the bottom.
pub(super) const EIGHTHS: [&str; 8] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇"];

/// One cell of a bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cell {
    Empty,
    /// The series' fill.
    Full,
    /// The lower `n` eighths (a positive bar's top).
    Low(u8),
    /// The upper `n` eighths (a negative bar's bottom).
    High(u8),
}

/// A bar of `height` minor units in eighths of a cell, on the scale where
/// `top` fills `up` rows: half up, and at least one eighth so a small
/// figure still shows. Without `eighths` (no colour: the fills cannot be
/// cut) whole cells, half up, at least one. The same for bars up and down.
fn bar_eighths(height: u64, top: u64, up: u16, eighths: bool) -> u128 {
    if height == 0 || top == 0 || up == 0 {
        return 0;
    }
    let per_cell = if eighths { 8 } else { 1 };
    let scaled = (u128::from(height) * u128::from(up) * per_cell * 2 + u128::from(top)) / (u128::from(top) * 2);
    scaled.max(1) * (8 / per_cell)
}

/// How many rows below the zero line a bar `depth` deep reaches.
pub(super) fn depth_rows(depth: u64, top: u64, up: u16, eighths: bool) -> u16 {
    bar_eighths(depth, top, up, eighths).div_ceil(8).min(u128::from(u16::MAX)) as u16
}

/// How many of `rows` bar rows lie above the zero line and how many below
/// it: none below unless savings went negative (`deepest`), then as few as
/// hold the deepest bar on the scale of the rows above (the axis top is at
/// least as tall as any bar, so half the rows always do), at least one.
pub(super) fn split_rows(rows: u16, top: u64, deepest: u64, eighths: bool) -> (u16, u16) {
    if deepest == 0 || rows < 2 {
        return (rows, 0);
    }
    (1..rows)
        .map(|down| (rows - down, down))
        .find(|&(up, down)| depth_rows(deepest, top, up, eighths) <= down)
        .unwrap_or((1, rows - 1))
}

/// Each of the `up + down` rows of a bar, top first, for a bar of
/// `height` minor units where `top` fills the `up` rows: up from the zero
/// line, or down from it when `negative`, on the same scale either way.
pub(super) fn bar_cells_of(height: u64, top: u64, up: u16, down: u16, negative: bool, eighths: bool) -> Vec<Cell> {
    let mut cells = vec![Cell::Empty; (up + down) as usize];
    let room = if negative { down } else { up };
    let scaled = bar_eighths(height, top, up, eighths).min(u128::from(room) * 8) as usize;
    let (whole, part) = (scaled / 8, (scaled % 8) as u8);
    let base = up as usize;
    if negative {
        cells[base..base + whole].fill(Cell::Full);
        if part > 0 {
            cells[base + whole] = Cell::High(part);
        }
    } else {
        cells[base - whole..base].fill(Cell::Full);
        if part > 0 {
            cells[base - whole - 1] = Cell::Low(part);
        }
    }
    cells
}

/// The lowest savings as the axis names them, in at most `width` columns:
/// the whole figure while it fits (`-174`, `-1,250`; in Chinese `-1250`,
/// as its other labels count), else compact (`-12.3k`, `-1.2万`), else in
/// whole thousands or ten-thousands (`-124k`, `-12万`); rounded half away
/// from zero.
pub(super) fn depth_label(minor: u64, c: Currency, lang: text::Lang, width: usize) -> String {
    let unit = 10u64.pow(c.exponent());
    let whole = minor / unit + u64::from(minor % unit * 2 >= unit);
    let compact = chart::axis_label(minor, c, lang);
    let labels = match lang {
        text::Lang::En => vec![grouped(whole), compact, format!("{}k", whole / 1000 + u64::from(whole % 1000 >= 500))],
        text::Lang::Zh => {
            vec![whole.to_string(), compact, format!("{}万", whole / 10_000 + u64::from(whole % 10_000 >= 5_000))]
        }
    };
    let labels: Vec<String> = labels.into_iter().map(|l| format!("-{l}")).collect();
    labels.iter().find(|l| l.width() <= width).cloned().unwrap_or_else(|| fit(&labels[1], width))
}

/// `1250` as `1,250`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let head = digits.len() % 3;
    let mut out = digits[..head].to_owned();
    for (i, chunk) in digits.as_bytes()[head..].chunks(3).enumerate() {
        if head > 0 || i > 0 {
            out.push(',');
        }
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_savings_get_rows_below_the_zero_line_on_the_same_scale() {
        assert_eq!(split_rows(5, 10_000, 0, true), (5, 0));
        // 10k over 3 rows is 3,333 a row: 4,414 reaches 1.3 rows, so 2 below.
        assert_eq!(split_rows(5, 10_000, 4_414, true), (3, 2));
        // Savings of -174 beside 5,000 of income: one row below at any
        // height, and the bar in it is as deep as the figure.
        assert_eq!(split_rows(2, 500_000, 17_400, true), (1, 1));
        assert_eq!(split_rows(15, 500_000, 17_400, true), (14, 1));
        // As deep as the top: as many rows below as above, or one more.
        assert_eq!(split_rows(5, 10_000, 10_000, true), (2, 3));
        assert_eq!(split_rows(4, 10_000, 10_000, false), (2, 2));
        assert_eq!(split_rows(1, 10, 10, true), (1, 0));
    }

    #[test]
    fn bars_fill_eighths_up_and_down_on_one_scale() {
        use Cell::{Empty as E, Full as F, High, Low};
        // 5,000 of 10,000 over 3 rows: 12 eighths, one full cell and a half.
        assert_eq!(bar_cells_of(5_000, 10_000, 3, 2, false, true), [E, Low(4), F, E, E]);
        // Without eighths (no colour) whole cells, half up: 1.5 is 2, 1.32 is 1.
        assert_eq!(bar_cells_of(5_000, 10_000, 3, 2, false, false), [E, F, F, E, E]);
        assert_eq!(bar_cells_of(4_400, 10_000, 3, 2, false, false), [E, E, F, E, E]);
        assert_eq!(bar_cells_of(1, 10_000, 3, 2, true, false), [E, E, E, F, E]);
        // -4,414 on that scale: 10.6 eighths, a full cell and 3 eighths below it.
        assert_eq!(bar_cells_of(4_414, 10_000, 3, 2, true, true), [E, E, E, F, High(3)]);
        assert_eq!(bar_cells_of(4_414, 10_000, 3, 2, true, false), [E, E, E, F, E]);
        // -174 beside 5,000 over 14 rows: 3.9 eighths, as deep as +174 is tall.
        let up = bar_cells_of(17_400, 500_000, 14, 1, false, true);
        let down = bar_cells_of(17_400, 500_000, 14, 1, true, true);
        assert_eq!((up[13], down[14]), (Low(4), High(4)));
        // A tiny amount still shows, either way.
        assert_eq!(bar_cells_of(1, 10_000, 3, 0, false, true), [E, E, Low(1)]);
        assert_eq!(bar_cells_of(1, 10_000, 1, 1, true, true), [E, High(1)]);
        assert_eq!(bar_cells_of(0, 10_000, 3, 0, false, true), [E, E, E]);
    }

    #[test]
    fn the_depth_label_is_the_lowest_figure_rounded_sensibly() {
        use crate::text::Lang::{En, Zh};
        let label = |minor, lang| depth_label(minor, Currency::CNY, lang, 6);
        assert_eq!(label(17_400, En), "-174");
        assert_eq!(label(17_449, En), "-174");
        assert_eq!(label(17_450, En), "-175");
        assert_eq!(label(125_000, En), "-1,250");
        assert_eq!(label(125_000, Zh), "-1250");
        assert_eq!(label(441_450, En), "-4,415");
        assert_eq!(label(1_234_500, En), "-12.3k");
        assert_eq!(label(1_234_500, Zh), "-12345");
        assert_eq!(label(12_345_600, Zh), "-12万");
        assert_eq!(label(12_345_600, En), "-123k");
        assert_eq!(label(123_456_700, En), "-1.2M");
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(grouped(123), "123");
    }
}
