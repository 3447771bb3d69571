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
pub mod safe;
pub mod tags;

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
    /// The savings rate, exact; `None` when there was no income.
    pub fn rate(&self) -> Option<Ratio> {
        savings_rate(self.savings, self.income)
    }
}

/// Savings ÷ income, exact; `None` (shown as `—`) when income is not
/// positive: a month whose income is negative (a salary reversed) has no
/// rate, not one of 150 %.
pub fn savings_rate(savings: i64, income: i64) -> Option<Ratio> {
    if income <= 0 {
        return None;
    }
    Ratio::new(savings, income)
}

/// A rate or a share as the exact ratio `num ÷ den`, never rounded itself:
/// each figure shown is rounded once, half away from zero, from it: the
/// one-decimal percentage of the tables and the interface
/// ([`Ratio::percent`]), the four-decimal fraction of CSV and JSON
/// ([`Ratio::fraction`], [`Ratio::bp`]). Rounding to ten-thousandths first
/// and then to one decimal would round twice: 2 ÷ 63.5 = 3.1496… % would
/// read 3.15 % and then 3.2 %, not 3.1 %.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Ratio {
    num: i64,
    den: i64,
}

impl Ratio {
    /// Nothing of something: 0 %.
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num ÷ den`; `None` when `den` is 0.
    pub fn new(num: i64, den: i64) -> Option<Ratio> {
        (den != 0).then_some(Ratio { num, den })
    }

    /// The ratio times `scale`, rounded once, half away from zero
    /// (saturating at the i64 range).
    fn scaled(self, scale: i64) -> i64 {
        round_ratio(self.num, self.den, scale).expect("a ratio's denominator is not 0")
    }

    /// In ten-thousandths (basis points), rounded once: 2 ÷ 63.5 → 315.
    pub fn bp(self) -> i64 {
        self.scaled(10_000)
    }

    /// As a percentage with one decimal, rounded once from the exact ratio:
    /// 2 ÷ 63.5 → `3.1%`, 1 ÷ 16 → `6.3%`, −1 ÷ 16 → `-6.3%`.
    pub fn percent(self) -> String {
        let tenths = self.scaled(1_000);
        let sign = if tenths < 0 { "-" } else { "" };
        let a = tenths.unsigned_abs();
        format!("{sign}{}.{}%", a / 10, a % 10)
    }

    /// The four-decimal fraction as a JSON number: 0.0315 (0.5, -0.06).
    pub fn fraction_f64(self) -> f64 {
        self.bp() as f64 / 10_000.0
    }

    /// As a plain fraction with four decimals, rounded once: `0.5000`, `-0.0600`.
    pub fn fraction(self) -> String {
        let bp = self.bp();
        let sign = if bp < 0 { "-" } else { "" };
        let a = bp.unsigned_abs();
        format!("{sign}{}.{:04}", a / 10_000, a % 10_000)
    }
}

/// Equal as numbers: 1 ÷ 2 is 2 ÷ 4.
impl PartialEq for Ratio {
    fn eq(&self, other: &Ratio) -> bool {
        self.num as i128 * other.den as i128 == other.num as i128 * self.den as i128
    }
}

impl Eq for Ratio {}

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
    use proptest::prelude::*;

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
        let rate = s[0].rate().unwrap();
        assert_eq!((rate, rate.bp()), (Ratio::new(1, 2).unwrap(), 5000));
        assert_eq!(rate.fraction(), "0.5000");
        assert_eq!(rate.percent(), "50.0%");
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
        assert_eq!(s[1].rate(), None, "no income: no rate");
        // A reversed salary: income -1,000, spending 500, savings -1,500: no rate, not 150 %.
        let reversed =
            MonthSummary { month: s[1].month, income: -100_000, housing: 0, spending: 50_000, savings: -150_000 };
        assert_eq!(reversed.rate(), None);
        assert_eq!(savings_rate(-150_000, -100_000), None);
        assert_eq!(savings_rate(1, 3).map(Ratio::bp), Some(3333));
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
        let rate = s.rate().unwrap();
        assert_eq!(rate.bp(), -600);
        assert_eq!(rate.fraction(), "-0.0600");
        assert_eq!(rate.percent(), "-6.0%");
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
        let r = |num, den| Ratio::new(num, den).unwrap();
        assert_eq!(r(1, 3).percent(), "33.3%");
        assert_eq!(r(3335, 10_000).percent(), "33.4%");
        assert_eq!(r(12_345, 10_000).fraction(), "1.2345");
        assert_eq!(Ratio::new(5, 0), None);
    }

    /// Each percentage is rounded once, from the exact ratio, never from
    /// ten-thousandths rounded before.
    #[test]
    fn a_percentage_is_rounded_once() {
        let r = |num, den| Ratio::new(num, den).unwrap();
        // Transport's 2.00 of 63.50 spent: 3.1496… %, not 3.15 % and then 3.2 %.
        let transport = r(200, 6_350);
        assert_eq!((transport.percent(), transport.fraction(), transport.bp()), ("3.1%".into(), "0.0315".into(), 315));
        // 314.96 saved of 10,000 earned, and as much overspent.
        assert_eq!(savings_rate(31_496, 1_000_000).unwrap().percent(), "3.1%");
        assert_eq!(savings_rate(-31_496, 1_000_000).unwrap().percent(), "-3.1%");
        assert_eq!(savings_rate(-31_496, 1_000_000).unwrap().fraction(), "-0.0315");
        // Halves round away from zero, once: 12.5 % stays, 6.25 % is 6.3 %.
        assert_eq!(r(1, 8).percent(), "12.5%");
        assert_eq!(r(1, 16).percent(), "6.3%");
        assert_eq!(r(-1, 16).percent(), "-6.3%");
        assert_eq!(r(1, 16).fraction(), "0.0625");
        // Just under a half rounds down: 6.449999 % is 6.4 % (through 6.45 % it read 6.5 %).
        assert_eq!(r(6_449_999, 100_000_000).percent(), "6.4%");
        assert_eq!(r(-6_449_999, 100_000_000).percent(), "-6.4%");
        // A tiny loss shows no minus sign on 0.0 %; whole shares and a negative denominator.
        assert_eq!(r(-1, 10_000).percent(), "0.0%");
        assert_eq!(
            (r(7, 7).percent(), r(0, 5).percent(), r(1, -8).percent()),
            ("100.0%".into(), "0.0%".into(), "-12.5%".into())
        );
        assert_eq!(r(2, 4), r(1, 2));
        assert_ne!(r(1, 3), r(333, 1000));
    }

    /// A numerator and a positive denominator: amounts of everyday size, of
    /// any size, and ratios on (or one unit either side of) a twentieth of a
    /// percent, the halves where rounding twice goes wrong.
    fn ratios() -> impl Strategy<Value = (i64, i64)> {
        prop_oneof![
            (-2_000_000i64..2_000_000, 1i64..200_000),
            (any::<i64>().prop_map(|n| n / 1_000_000), 1i64..i64::MAX / 1_000_000),
            (-200_000i64..200_000, 1i64..1_000_000, -1i64..=1)
                .prop_map(|(m, k, off)| ((2 * m + 1) * k + off, 2_000 * k)),
        ]
    }

    proptest! {
        #![proptest_config(crate::proptest_config(3_000))]

        /// The percentage shown is the exact ratio rounded once, half away
        /// from zero, to a tenth of a percent; the fraction to four decimals.
        #[test]
        fn the_percentage_shown_is_the_exact_ratio_rounded_once(
            (num, den) in ratios(),
            negative_den: bool,
        ) {
            use num_rational::BigRational;
            use num_traits::{Signed, ToPrimitive};
            let den = if negative_den { -den } else { den };
            let exact = BigRational::new(num.into(), den.into());
            // Half away from zero at `scale` units: round() of num-rational rounds halves away from zero.
            let reference = |scale: i64| (exact.clone() * BigRational::from_integer(scale.into())).round().to_i64().unwrap();
            let tenths = reference(1_000);
            let sign = if tenths < 0 { "-" } else { "" };
            let expected = format!("{sign}{}.{}%", tenths.abs() / 10, tenths.abs() % 10);
            let ratio = Ratio::new(num, den).unwrap();
            prop_assert_eq!(ratio.percent(), expected);
            let bp = reference(10_000);
            prop_assert_eq!(ratio.bp(), bp);
            let sign = if bp < 0 { "-" } else { "" };
            prop_assert_eq!(ratio.fraction(), format!("{sign}{}.{:04}", bp.abs() / 10_000, bp.abs() % 10_000));
            // The percentage is within a twentieth of a percent of the exact one.
            let shown = BigRational::new(tenths.into(), 1_000.into());
            prop_assert!((shown - exact).abs() <= BigRational::new(1.into(), 2_000.into()));
        }
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        let sums = [(m("2026-10"), Class::Income, i64::MAX), (m("2026-10"), Class::Income, 1)];
        assert_eq!(summarize(m("2026-10"), m("2026-10"), &sums), Err(ReportError::Overflow(m("2026-10"))));
        let sums = [(m("2026-10"), Class::Housing, i64::MIN)];
        assert!(summarize(m("2026-10"), m("2026-10"), &sums).is_err());
    }
}
