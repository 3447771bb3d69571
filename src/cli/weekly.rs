//! `report weekly`: the last weeks, each from the settings' `week_start`
//! day: income, housing, spending, savings and the rate, as `report
//! monthly` shows months.

use std::io::Write;

use chrono::{Days, NaiveDate, Weekday};

use super::Result;
use super::args::Format;
use super::flows::{self, Flows};
use crate::model::{Class, week_of};
use crate::money::Currency;
use crate::store::Store;
use crate::text;

/// One week's flows, each positive as in a month summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Week {
    pub first: NaiveDate,
    pub income: i64,
    pub housing: i64,
    pub spending: i64,
    pub savings: i64,
}

impl From<&Week> for Flows {
    fn from(w: &Week) -> Flows {
        Flows {
            label: w.first.to_string(),
            income: w.income,
            housing: w.housing,
            spending: w.spending,
            savings: w.savings,
        }
    }
}

/// The `n` weeks ending with today's, from signed sums per (week, class);
/// weeks with nothing are there as zeros.
pub fn weeks(sums: &[(NaiveDate, Class, i64)], today: NaiveDate, start: Weekday, n: u32) -> Vec<Week> {
    let this = week_of(today, start);
    let mut out: Vec<Week> = (0..n)
        .rev()
        .filter_map(|back| this.checked_sub_days(Days::new(7 * u64::from(back))))
        .map(|first| Week { first, income: 0, housing: 0, spending: 0, savings: 0 })
        .collect();
    for (first, class, sum) in sums {
        if let Some(w) = out.iter_mut().find(|w| w.first == *first) {
            match class {
                Class::Income => w.income = w.income.saturating_add(*sum),
                Class::Housing => w.housing = w.housing.saturating_sub(*sum),
                Class::Spending => w.spending = w.spending.saturating_sub(*sum),
            }
        }
    }
    for w in &mut out {
        w.savings = w.income.saturating_sub(w.housing).saturating_sub(w.spending);
    }
    out
}

pub fn weekly(
    store: &Store,
    n: u32,
    start: Weekday,
    today: NaiveDate,
    currency: Currency,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    // The days of the n weeks: from the first one's first day to the end of this one.
    let this = week_of(today, start);
    let first = this.checked_sub_days(Days::new(7 * u64::from(n.saturating_sub(1)))).unwrap_or(this);
    let last = this.checked_add_days(Days::new(6)).unwrap_or(this);
    let sums = store.week_class_sums(first, last, start, currency)?;
    let rows: Vec<Flows> = weeks(&sums, today, start, n).iter().map(Flows::from).collect();
    flows::print(flows::Label { key: "week", header: text::reports::h_week() }, &rows, currency, format, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weeks_end_with_this_one_and_sum_flows_by_class() {
        // Wednesday 2 Dec 2026, weeks from Monday: 23 Nov and 30 Nov.
        let sums = [
            (d("2026-11-23"), Class::Income, 500_000),
            (d("2026-11-23"), Class::Housing, -120_000),
            (d("2026-11-23"), Class::Spending, -8_000),
            (d("2026-11-30"), Class::Spending, -2_500),
            (d("2026-11-30"), Class::Spending, 500), // a refund in another row group
            (d("2026-11-16"), Class::Spending, -9_999), // outside the two weeks
        ];
        let w = weeks(&sums, d("2026-12-02"), Weekday::Mon, 2);
        assert_eq!(w.len(), 2);
        assert_eq!(
            (w[0].first, w[0].income, w[0].housing, w[0].spending, w[0].savings),
            (d("2026-11-23"), 500_000, 120_000, 8_000, 372_000)
        );
        // 3,720 of 5,000 saved: 74.40%.
        assert_eq!(Flows::from(&w[0]).rate().map(|r| r.bp()), Some(7_440));
        assert_eq!(
            (w[1].first, w[1].spending, w[1].savings, Flows::from(&w[1]).rate().map(|r| r.bp())),
            (d("2026-11-30"), 2_000, -2_000, None)
        );
        let sunday = weeks(&[], d("2026-12-02"), Weekday::Sun, 3);
        let firsts: Vec<_> = sunday.iter().map(|w| w.first.to_string()).collect();
        assert_eq!(firsts, ["2026-11-15", "2026-11-22", "2026-11-29"]);
    }
}
