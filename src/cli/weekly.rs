//! `report weekly`: the last weeks, each from the settings' `week_start`
//! day: income, housing, spending, savings and the rate, as `report
//! monthly` shows months.

use std::io::Write;

use chrono::{Days, NaiveDate, Weekday};
use serde::Serialize;

use super::Result;
use super::args::Format;
use super::output::{Align, table};
use crate::model::{Class, week_of};
use crate::money::{Currency, Money};
use crate::report::{format_rate_fraction, format_rate_percent, round_ratio};
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

impl Week {
    pub fn rate_bp(&self) -> Option<i64> {
        round_ratio(self.savings, self.income, 10_000)
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

#[derive(Serialize)]
struct JsonRow {
    week: String,
    income: String,
    housing: String,
    spending: String,
    savings: String,
    savings_rate: Option<f64>,
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
    let empty = weeks(&[], today, start, n);
    let (first, last) = match (empty.first(), empty.last()) {
        (Some(a), Some(b)) => (a.first, b.first + Days::new(6)),
        _ => return Ok(()),
    };
    let sums = store.week_class_sums(first, last, start, currency)?;
    let rows = weeks(&sums, today, start, n);
    let plain = |minor| Money::new(minor, currency).plain();
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["week", "income", "housing", "spending", "savings", "savings_rate"])?;
            for r in &rows {
                let rate = r.rate_bp().map(format_rate_fraction).unwrap_or_default();
                let week = r.first.to_string();
                w.write_record([week, plain(r.income), plain(r.housing), plain(r.spending), plain(r.savings), rate])?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json: Vec<JsonRow> = rows
                .iter()
                .map(|r| JsonRow {
                    week: r.first.to_string(),
                    income: plain(r.income),
                    housing: plain(r.housing),
                    spending: plain(r.spending),
                    savings: plain(r.savings),
                    savings_rate: r.rate_bp().map(|bp| bp as f64 / 10_000.0),
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            let money = |minor| Money::new(minor, currency).display();
            let table_rows: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let rate = r.rate_bp().map_or_else(|| "—".to_owned(), format_rate_percent);
                    let spend = [money(r.income), money(r.housing), money(r.spending), money(r.savings)];
                    let mut row = vec![r.first.to_string()];
                    row.extend(spend);
                    row.push(rate);
                    row
                })
                .collect();
            let headers = [
                (text::reports::h_week(), Align::Left),
                (text::reports::h_income(), Align::Right),
                (text::reports::h_housing(), Align::Right),
                (text::reports::h_spending(), Align::Right),
                (text::reports::h_savings(), Align::Right),
                (text::reports::h_rate(), Align::Right),
            ];
            write!(out, "{}", table(&headers, &table_rows))?;
        }
    }
    Ok(())
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
        assert_eq!(w[0].rate_bp(), Some(7_440));
        assert_eq!((w[1].first, w[1].spending, w[1].savings, w[1].rate_bp()), (d("2026-11-30"), 2_000, -2_000, None));
        let sunday = weeks(&[], d("2026-12-02"), Weekday::Sun, 3);
        let firsts: Vec<_> = sunday.iter().map(|w| w.first.to_string()).collect();
        assert_eq!(firsts, ["2026-11-15", "2026-11-22", "2026-11-29"]);
    }
}
