//! Month summaries and savings rates, computed from per-month, per-class sums.
//! Pure: takes plain data (sums already aggregated by the store), returns
//! plain data; no SQL, no clock, no terminal.
//!
//! Definitions (the `report monthly` contract):
//! - income   = sum of income-class amounts (signed as stored);
//! - housing  = −(sum of housing-class amounts);
//! - spending = −(sum of spending-class amounts), so refunds lower it;
//! - transfers never reach this module (they have no class);
//! - savings  = income − housing − spending;
//! - savings rate = savings ÷ income, `None` when income is 0.

pub mod breakdown;
pub mod chart;

use serde::Serialize;
use thiserror::Error;

use crate::model::{Class, Month};
use crate::text;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ReportError {
    #[error("{}", text::errors::totals_overflow(.0))]
    Overflow(Month),
}

/// One month's figures, in minor units of one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthSummary {
    pub month: Month,
    pub income: i64,
    pub housing: i64,
    pub spending: i64,
    pub savings: i64,
}

impl MonthSummary {
    /// The savings rate in ten-thousandths (5000 = 50.00 %), rounded half away
    /// from zero; `None` when there was no income.
    pub fn rate_bp(&self) -> Option<i64> {
        savings_rate_bp(self.savings, self.income)
    }
}

/// Savings ÷ income in ten-thousandths, rounded half away from zero; `None`
/// (shown as `—`) when income is not positive: a month whose income is
/// negative (a salary reversed) has no rate, not one of 150 %.
pub fn savings_rate_bp(savings: i64, income: i64) -> Option<i64> {
    if income <= 0 {
        return None;
    }
    round_ratio(savings, income, 10_000)
}

/// `num / den * scale`, rounded half away from zero, in i128 so no
/// intermediate overflows; `None` when `den` is 0. The result saturates to
/// the i64 range (only reachable with absurd ratios).
pub fn round_ratio(num: i64, den: i64, scale: i64) -> Option<i64> {
    if den == 0 {
        return None;
    }
    let n = num as i128 * scale as i128;
    let d = den as i128;
    let q = n / d;
    let r = n % d;
    // Round half away from zero: compare twice the remainder with the divisor.
    let q = if 2 * r.abs() >= d.abs() { q + if (n < 0) == (d < 0) { 1 } else { -1 } } else { q };
    Some(q.clamp(i64::MIN as i128, i64::MAX as i128) as i64)
}

/// A rate in ten-thousandths as a plain fraction with four decimals: `0.5000`, `-0.0600`.
pub fn format_rate_fraction(bp: i64) -> String {
    let sign = if bp < 0 { "-" } else { "" };
    let a = bp.unsigned_abs();
    format!("{sign}{}.{:04}", a / 10_000, a % 10_000)
}

/// A rate in ten-thousandths as a percentage with one decimal: `50.0%`, `-6.0%`
/// (rounded half away from zero from the ten-thousandths).
pub fn format_rate_percent(bp: i64) -> String {
    let tenths = round_ratio(bp, 10, 1).unwrap_or(0);
    let sign = if tenths < 0 { "-" } else { "" };
    let a = tenths.unsigned_abs();
    format!("{sign}{}.{}%", a / 10, a % 10)
}

/// Builds one summary per month from `from` to `to` (months without rows get
/// zeros) out of `(month, class, signed sum)` rows; rows outside the range
/// are ignored.
pub fn summarize(from: Month, to: Month, sums: &[(Month, Class, i64)]) -> Result<Vec<MonthSummary>, ReportError> {
    from.through(to)
        .map(|month| {
            let overflow = || ReportError::Overflow(month);
            let (mut income, mut housing, mut spending) = (0i64, 0i64, 0i64);
            for &(_, class, sum) in sums.iter().filter(|(m, _, _)| *m == month) {
                let slot = match class {
                    Class::Income => &mut income,
                    Class::Housing => &mut housing,
                    Class::Spending => &mut spending,
                };
                *slot = slot.checked_add(sum).ok_or_else(overflow)?;
            }
            let housing = housing.checked_neg().ok_or_else(overflow)?;
            let spending = spending.checked_neg().ok_or_else(overflow)?;
            let savings = income.checked_sub(housing).and_then(|s| s.checked_sub(spending)).ok_or_else(overflow)?;
            Ok(MonthSummary { month, income, housing, spending, savings })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        s.parse().unwrap()
    }

    #[test]
    fn half_saved_is_a_fifty_percent_rate() {
        // 5,000 yuan salary, 600 rent, 1,900 everything else: 2,500 saved.
        let sums = [
            (m("2026-10"), Class::Income, 500_000),
            (m("2026-10"), Class::Housing, -60_000),
            (m("2026-10"), Class::Spending, -190_000),
        ];
        let s = summarize(m("2026-10"), m("2026-10"), &sums).unwrap();
        assert_eq!(
            s,
            [MonthSummary {
                month: m("2026-10"),
                income: 500_000,
                housing: 60_000,
                spending: 190_000,
                savings: 250_000
            }]
        );
        assert_eq!(s[0].rate_bp(), Some(5000));
        assert_eq!(format_rate_fraction(5000), "0.5000");
        assert_eq!(format_rate_percent(5000), "50.0%");
    }

    #[test]
    fn a_refund_lowers_spending_and_empty_months_are_zero() {
        // Spending of 100 and a refund of 30 (stored +30 on a spending category).
        let sums = [(m("2026-09"), Class::Spending, -10_000), (m("2026-09"), Class::Spending, 3_000)];
        let s = summarize(m("2026-08"), m("2026-10"), &sums).unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!(s[0], MonthSummary { month: m("2026-08"), income: 0, housing: 0, spending: 0, savings: 0 });
        assert_eq!(s[1].spending, 7_000);
        assert_eq!(s[1].savings, -7_000);
        assert_eq!(s[1].rate_bp(), None, "no income: no rate");
        // A reversed salary: income -1,000, spending 500, savings -1,500: no rate, not 150 %.
        let reversed =
            MonthSummary { month: s[1].month, income: -100_000, housing: 0, spending: 50_000, savings: -150_000 };
        assert_eq!(reversed.rate_bp(), None);
        assert_eq!(savings_rate_bp(-150_000, -100_000), None);
        assert_eq!(savings_rate_bp(1, 3), Some(3333));
        assert_eq!(s[2].savings, 0);
    }

    #[test]
    fn overspending_gives_a_negative_rate() {
        // Income 5,000, housing 1,200, spending 4,100: savings −300, rate −6 %.
        let sums = [
            (m("2026-11"), Class::Income, 500_000),
            (m("2026-11"), Class::Housing, -120_000),
            (m("2026-11"), Class::Spending, -410_000),
        ];
        let s = summarize(m("2026-11"), m("2026-11"), &sums).unwrap()[0];
        assert_eq!(s.savings, -30_000);
        assert_eq!(s.rate_bp(), Some(-600));
        assert_eq!(format_rate_fraction(-600), "-0.0600");
        assert_eq!(format_rate_percent(-600), "-6.0%");
    }

    #[test]
    fn rates_round_half_away_from_zero() {
        assert_eq!(round_ratio(1, 3, 10_000), Some(3333));
        assert_eq!(round_ratio(2, 3, 10_000), Some(6667));
        assert_eq!(round_ratio(-2, 3, 10_000), Some(-6667));
        assert_eq!(round_ratio(1, 8, 1_000), Some(125));
        assert_eq!(round_ratio(1, 16, 1_000), Some(63)); // 62.5 -> 63
        assert_eq!(round_ratio(-1, 16, 1_000), Some(-63));
        assert_eq!(round_ratio(5, 0, 10_000), None);
        assert_eq!(round_ratio(i64::MAX, 1, 10_000), Some(i64::MAX));
        assert_eq!(format_rate_percent(3333), "33.3%");
        assert_eq!(format_rate_percent(3335), "33.4%");
        assert_eq!(format_rate_fraction(12_345), "1.2345");
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        let sums = [(m("2026-10"), Class::Income, i64::MAX), (m("2026-10"), Class::Income, 1)];
        assert_eq!(summarize(m("2026-10"), m("2026-10"), &sums), Err(ReportError::Overflow(m("2026-10"))));
        let sums = [(m("2026-10"), Class::Housing, i64::MIN)];
        assert!(summarize(m("2026-10"), m("2026-10"), &sums).is_err());
    }
}
