//! Shaping month summaries for the Months tab: the range of months shown,
//! average and rolling savings rates, bar values, the axis and its labels.
//! Pure: plain data in, plain data out.
//!
//! Conventions (documented here, tested below):
//! - the average rate of a range is its total savings ÷ its total income, so a
//!   big month weighs more than a small one (`None` without any income), over
//!   its complete months only: the current month (rent paid on the 1st, the
//!   salary not yet in) is shown, but enters no average;
//! - the rolling rate of a month is the same over that month and the two
//!   before it (fewer at the start of the range); the current month's is that
//!   of the three complete months before it;
//! - the axis runs from 0 to a "nice" top: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or
//!   8 × 10ⁿ yuan, the first at or above the largest bar (so bars use at least
//!   about four fifths of the height); labels use `Money::compact` (`2.5k`,
//!   `12k`, `1.5M`: one decimal at most, half away from zero).

use super::{MonthSummary, Ratio};
use crate::model::Month;
use crate::money::{Currency, Money};
use crate::text;

/// How many months the chart shows; a key cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Six,
    Twelve,
    TwentyFour,
    All,
}

impl Span {
    pub fn next(self) -> Span {
        match self {
            Span::Six => Span::Twelve,
            Span::Twelve => Span::TwentyFour,
            Span::TwentyFour => Span::All,
            Span::All => Span::Six,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Span::Six => text::core::span_six(),
            Span::Twelve => text::core::span_twelve(),
            Span::TwentyFour => text::core::span_twenty_four(),
            Span::All => text::core::span_all(),
        }
    }

    /// The months to show, ending with `last` (this month); `All` starts at
    /// the first month with data (or `last` when there is none).
    pub fn months(self, last: Month, first_data: Option<Month>) -> (Month, Month) {
        let count = match self {
            Span::Six => 6,
            Span::Twelve => 12,
            Span::TwentyFour => 24,
            Span::All => return (first_data.map_or(last, |f| f.min(last)), last),
        };
        ((1..count).fold(last, |m, _| m.prev()), last)
    }
}

/// Total savings ÷ total income over the complete months of `months` (those
/// before `current`, the month still under way), exact.
pub fn average_rate(months: &[MonthSummary], current: Month) -> Option<Ratio> {
    let complete = months.iter().filter(|m| m.month < current);
    let income: i128 = complete.clone().map(|m| m.income as i128).sum();
    let savings: i128 = complete.map(|m| m.savings as i128).sum();
    // As for one month: no rate over months that brought in nothing (or less).
    if income <= 0 {
        return None;
    }
    ratio_i128(savings, income)
}

/// For each month, the rate over it and the `window - 1` months before it,
/// complete months only: the current month's window is the `window`
/// complete months before it.
pub fn rolling_rates(months: &[MonthSummary], window: usize, current: Month) -> Vec<Option<Ratio>> {
    let window = window.max(1);
    (0..months.len())
        .map(|i| {
            let end = if months[i].month < current { i + 1 } else { i };
            average_rate(&months[end.saturating_sub(window)..end], current)
        })
        .collect()
}

fn ratio_i128(num: i128, den: i128) -> Option<Ratio> {
    // Sums of i64 fit in i128; scale down together if they would not fit i64.
    let shift = [num.unsigned_abs(), den.unsigned_abs()].into_iter().max().unwrap_or(0).checked_ilog2().unwrap_or(0);
    let shift = shift.saturating_sub(60);
    Ratio::new((num >> shift) as i64, (den >> shift) as i64)
}

/// One bar: its height (a size, never negative) and whether the figure it
/// stands for is negative (drawn in a warning colour, labelled with a minus).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bar {
    pub height: u64,
    pub negative: bool,
}

impl Bar {
    fn of(minor: i64) -> Bar {
        Bar { height: minor.unsigned_abs(), negative: minor < 0 }
    }
}

/// The four bars of a month: income, housing, spending, savings.
pub fn bars(m: &MonthSummary) -> [Bar; 4] {
    [Bar::of(m.income), Bar::of(m.housing), Bar::of(m.spending), Bar::of(m.savings)]
}

/// The top of the axis in minor units: the first "nice" number (see the
/// module docs) at or above the tallest bar; at least 1 yuan.
pub fn axis_top(months: &[MonthSummary], currency: Currency) -> u64 {
    let tallest = u128::from(months.iter().flat_map(bars).map(|b| b.height).max().unwrap_or(0));
    // In u128, where the steps never saturate: in u64 a bar over u64::MAX ÷ 8
    // (a legacy row near the i64 edge) was never reached and this looped forever.
    let mut scale = u128::from(10u64.pow(currency.exponent()));
    loop {
        for step in [10, 12, 15, 20, 25, 30, 40, 50, 60, 80] {
            let top = scale * step / 10;
            if top >= tallest {
                return u64::try_from(top).unwrap_or(u64::MAX);
            }
        }
        scale *= 10;
    }
}

/// The axis label for a height in minor units, in `lang` (the reader's):
/// `2.5k`, `800`, `1.2M`; in Chinese `2500`, `800`, `120万`.
pub fn axis_label(minor: u64, currency: Currency, lang: crate::text::Lang) -> String {
    Money::new(minor.min(i64::MAX as u64) as i64, currency).compact_in(lang)
}

/// How to lay `n` months of four bars into `width` columns: the bar width
/// (1–3) and how many months fit, with one blank column between months.
pub fn fit_bars(width: u16, n: usize) -> (u16, usize) {
    let group = |bar_width: usize| 4 * bar_width + 1;
    let width = width as usize + 1; // the last group needs no gap after it
    for bar_width in [3, 2, 1] {
        if n > 0 && n * group(bar_width) <= width {
            return (bar_width as u16, n);
        }
    }
    (1, (width / group(1)).min(n))
}

/// The `shown` consecutive months out of `n` to draw so that `selected` is
/// among them, as far to the right (recent) as possible.
pub fn window(n: usize, shown: usize, selected: usize) -> std::ops::Range<usize> {
    let shown = shown.min(n);
    let start = (n - shown).min(selected);
    start..start + shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Class;
    use crate::report::summarize;
    use crate::text::Lang;

    fn m(s: &str) -> Month {
        s.parse().unwrap()
    }

    fn bp(rates: Vec<Option<Ratio>>) -> Vec<Option<i64>> {
        rates.into_iter().map(|r| r.map(Ratio::bp)).collect()
    }

    /// Worked example: Aug a normal month (5,000 in, 800 rent, 1,700 spent);
    /// Sep empty; Oct no income, 800 rent, 600 spent, a 100 refund;
    /// Nov overspent (5,000 in, 800 rent, 4,500 spent). A transfer never
    /// reaches these sums (the store leaves out rows without a class).
    fn months() -> Vec<MonthSummary> {
        let sums = [
            (m("2026-08"), Class::Income, 500_000),
            (m("2026-08"), Class::Housing, -80_000),
            (m("2026-08"), Class::Spending, -170_000),
            (m("2026-10"), Class::Housing, -80_000),
            (m("2026-10"), Class::Spending, -60_000),
            (m("2026-10"), Class::Spending, 10_000),
            (m("2026-11"), Class::Income, 500_000),
            (m("2026-11"), Class::Housing, -80_000),
            (m("2026-11"), Class::Spending, -450_000),
        ];
        summarize(m("2026-08"), m("2026-11"), &sums).unwrap()
    }

    #[test]
    fn the_average_rate_weighs_months_by_income() {
        let ms = months();
        // Savings: Aug 2,500; Sep 0; Oct −1,300; Nov −300 → 900 of 10,000 income = 9.00 %.
        assert_eq!(ms.iter().map(|s| s.savings).collect::<Vec<_>>(), [250_000, 0, -130_000, -30_000]);
        let dec = m("2026-12");
        assert_eq!(average_rate(&ms, dec).map(Ratio::bp), Some(900));
        assert_eq!(average_rate(&ms[1..3], dec), None, "Sep and Oct had no income");
        assert_eq!(average_rate(&[], dec), None);
        // Income below zero over the months (a clawback, no pay): no rate, as for one month.
        let clawback =
            MonthSummary { month: m("2026-09"), income: -10_000, housing: 0, spending: 5_000, savings: -15_000 };
        assert_eq!(average_rate(&[clawback], dec), None);
    }

    #[test]
    fn rolling_rates_use_up_to_three_months() {
        let ms = months();
        // Aug 2,500/5,000 = 50 %; Sep same window plus an empty month = 50 %;
        // Oct (2,500+0−1,300)/5,000 = 24 %; Nov (0−1,300−300)/5,000 = −32 %.
        let dec = m("2026-12");
        assert_eq!(bp(rolling_rates(&ms, 3, dec)), [Some(5000), Some(5000), Some(2400), Some(-3200)]);
        assert_eq!(bp(rolling_rates(&ms, 1, dec)), [Some(5000), None, None, Some(-600)]);
    }

    #[test]
    fn the_month_under_way_enters_no_average() {
        // On the 4th of November: rent paid, salary not yet in.
        let mut ms = months();
        ms[3] = MonthSummary { month: m("2026-11"), income: 0, housing: 80_000, spending: 2_000, savings: -82_000 };
        let nov = m("2026-11");
        // Aug to Oct only: 1,200 of 5,000 = 24 %; November's −820 counts nowhere.
        assert_eq!(average_rate(&ms, nov).map(Ratio::bp), Some(2400));
        // November's 3-month rate is that of August to October, not −32 % or worse.
        assert_eq!(bp(rolling_rates(&ms, 3, nov)), [Some(5000), Some(5000), Some(2400), Some(2400)]);
        assert_eq!(rolling_rates(&ms, 1, nov)[3], None, "a window of one: October, which had no income");
    }

    #[test]
    fn negative_savings_are_a_negative_bar_not_zero() {
        let ms = months();
        let nov = bars(&ms[3]);
        assert_eq!(nov[3], Bar { height: 30_000, negative: true });
        assert_eq!(nov[0], Bar { height: 500_000, negative: false });
        // The October refund lowered spending to 500.
        assert_eq!(bars(&ms[2])[2], Bar { height: 50_000, negative: false });
    }

    #[test]
    fn the_axis_top_is_a_nice_number_with_a_compact_label() {
        let ms = months();
        // Tallest bar: 5,000 yuan income → top 5,000 → "5k".
        assert_eq!(axis_top(&ms, Currency::CNY), 500_000);
        assert_eq!(axis_label(500_000, Currency::CNY, Lang::En), "5k");
        let one = |income| vec![MonthSummary { month: m("2026-01"), income, housing: 0, spending: 0, savings: income }];
        assert_eq!(axis_top(&one(526_250), Currency::CNY), 600_000);
        assert_eq!(axis_label(600_000, Currency::CNY, Lang::En), "6k");
        assert_eq!(axis_top(&one(1_100_000), Currency::CNY), 1_200_000);
        assert_eq!(axis_label(1_200_000, Currency::CNY, Lang::En), "12k");
        assert_eq!(axis_top(&one(210_000), Currency::CNY), 250_000);
        assert_eq!(axis_label(250_000, Currency::CNY, Lang::En), "2.5k");
        assert_eq!(axis_top(&one(1_800_000_000), Currency::CNY), 2_000_000_000);
        assert_eq!(axis_label(2_000_000_000, Currency::CNY, Lang::En), "20M");
        assert_eq!(axis_top(&one(0), Currency::CNY), 100);
        assert_eq!(axis_label(80_000, Currency::CNY, Lang::En), "800");
        assert_eq!(axis_label(120_000_000, Currency::CNY, Lang::Zh), "120万", "the language is an argument");
    }

    #[test]
    fn spans_end_with_this_month() {
        let now = m("2026-11");
        assert_eq!(Span::Six.months(now, None), (m("2026-06"), now));
        assert_eq!(Span::Twelve.months(now, Some(m("2020-01"))), (m("2025-12"), now));
        assert_eq!(Span::All.months(now, Some(m("2024-12"))), (m("2024-12"), now));
        assert_eq!(Span::All.months(now, None), (now, now));
        assert_eq!(Span::All.next(), Span::Six);
    }

    #[test]
    fn bars_fit_the_width() {
        // 12 months at 74 columns: 4 bars of 1 and a gap = 5 columns each, 59 in all.
        assert_eq!(fit_bars(74, 12), (1, 12));
        // 6 months at 74: bars of 2 → 9 columns each, 53 in all; of 3 → 13, 77 > 75.
        assert_eq!(fit_bars(74, 6), (2, 6));
        // 24 months at 74: only 15 groups of 5 fit in 75.
        assert_eq!(fit_bars(74, 24), (1, 15));
        assert_eq!(fit_bars(114, 24), (1, 23));
    }

    #[test]
    fn the_window_keeps_the_selection_in_view() {
        assert_eq!(window(24, 15, 23), 9..24);
        assert_eq!(window(24, 15, 0), 0..15);
        assert_eq!(window(24, 15, 10), 9..24);
        assert_eq!(window(24, 15, 5), 5..20);
        assert_eq!(window(6, 15, 2), 0..6);
        assert_eq!(window(0, 15, 0), 0..0);
    }

    /// Issue 20 item 4: a month at the edge of i64 (a row written before
    /// the amount limit) hung the Months tab in this loop.
    #[test]
    fn the_axis_reaches_the_tallest_bar_at_the_edge_of_i64() {
        for spending in [i64::MAX, i64::MIN, 4_000_000_000_000_000_000, u64::MAX as i64 / 8 + 1] {
            let m = MonthSummary { month: m("2026-10"), income: 0, housing: 0, spending, savings: 0 };
            let top = axis_top(&[m], Currency::CNY);
            assert!(top >= spending.unsigned_abs(), "{spending}: {top}");
        }
    }
}
