//! Rates as exact decimals, and the one rounding to the fen.
//!
//! A rate (interest, growth, inflation, a return, a withdrawal rate) is a
//! [`Decimal`] fraction: `0.041` is exactly 41 thousandths, as typed, never
//! the nearest binary float. Money stays integer fen; a figure computed from
//! a rate is carried exactly (or to 28 significant digits where the exact
//! value does not end, as with a rate ÷ 12) and rounded half away from zero
//! to the fen once, where it is shown: 5,033 × 1.015 = 5,108.495 → 5,108.50.

use rust_decimal::{Decimal, RoundingStrategy};

/// Half away from zero: the rounding of every shown figure.
const HALF_UP: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// An exact amount in fen, rounded half away from zero to the fen, saturating
/// at the `i64` range.
pub fn round_fen(x: Decimal) -> i64 {
    let r = x.round_dp_with_strategy(0, HALF_UP);
    i64::try_from(r).unwrap_or(if r.is_sign_negative() { i64::MIN } else { i64::MAX })
}

/// `num ÷ den` rounded half away from zero, exactly; `den` must not be 0.
pub fn div_round(num: i128, den: i128) -> i128 {
    let (q, r) = (num / den, num % den);
    if 2 * r.abs() >= den.abs() { q + if (num < 0) == (den < 0) { 1 } else { -1 } } else { q }
}

/// Basis points as a fraction: 305 → 0.0305, exactly.
pub fn from_bp(bp: i64) -> Decimal {
    Decimal::new(bp, 4)
}

/// A fraction in basis points, rounded half away from zero: 0.041255 → 413.
pub fn to_bp(rate: Decimal) -> i64 {
    round_fen(rate.saturating_mul(Decimal::new(10_000, 0)))
}

/// A percentage as typed (`5`, `0.95`, `-1.5`, `5%`) as an exact fraction
/// (`0.05`): the grammar, the range (−100 % to 1000 %) and the messages of
/// [`crate::input::parse_percent`], without its binary float.
pub fn parse_percent(s: &str) -> Result<Decimal, String> {
    crate::input::parse_percent(s)?;
    let t = s.trim().trim_end_matches('%').trim();
    let pct: Decimal = t.parse().map_err(|_| crate::text::errors::bad_percent(s))?;
    Ok(pct / Decimal::ONE_HUNDRED)
}

/// An inflation rate as typed: a percentage ([`parse_percent`]) above
/// −100 %. At −100 % prices fall to nothing and today's money divides by
/// zero; below, by a negative price level.
pub fn parse_inflation(s: &str) -> Result<Decimal, String> {
    let r = parse_percent(s)?;
    if r <= -Decimal::ONE {
        return Err(crate::text::errors::inflation_floor(s));
    }
    Ok(r)
}

/// A fraction as a percentage with `dp` decimals, rounded half away from
/// zero: 0.04125 → `4.13` (two decimals).
pub fn percent_dp(rate: Decimal, dp: u32) -> String {
    let pct = rate.saturating_mul(Decimal::ONE_HUNDRED).round_dp_with_strategy(dp, HALF_UP);
    format!("{pct:.*}", dp as usize)
}

/// A fraction as a percentage with as many decimals as it has: 0.049 → `4.9`,
/// 1.2 → `120`.
pub fn percent_plain(rate: Decimal) -> String {
    rate.saturating_mul(Decimal::ONE_HUNDRED).normalize().to_string()
}

/// `base` raised to `n`, by squaring; saturating at the decimal range (each
/// product is exact while it fits 28 digits, else rounded to them).
pub fn pow(base: Decimal, mut n: u32) -> Decimal {
    let (mut acc, mut b) = (Decimal::ONE, base);
    while n > 0 {
        if n & 1 == 1 {
            acc = acc.saturating_mul(b);
        }
        n >>= 1;
        if n > 0 {
            b = b.saturating_mul(b);
        }
    }
    acc
}

/// The positive `k`-th root of `a > 0` to 28 digits: Newton's method from
/// the float estimate (`a` itself for 1, exactly).
pub fn root(a: Decimal, k: u32) -> Decimal {
    use rust_decimal::prelude::ToPrimitive;
    if a == Decimal::ONE || k == 1 || a <= Decimal::ZERO {
        return a;
    }
    let guess = a.to_f64().unwrap_or(1.0).powf(1.0 / f64::from(k));
    let Ok(mut x) = Decimal::try_from(guess) else { return a };
    let kd = Decimal::from(k);
    for _ in 0..8 {
        let below = pow(x, k - 1);
        let Some(step) = (pow(x, k) - a).checked_div(kd * below) else { break };
        let next = x - step;
        if next == x {
            break;
        }
        x = next;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn half_a_fen_rounds_away_from_zero() {
        assert_eq!(round_fen(d("510849.5")), 510_850);
        assert_eq!(round_fen(d("-510849.5")), -510_850);
        assert_eq!(round_fen(d("510849.4999999")), 510_849);
        assert_eq!(round_fen(Decimal::MAX), i64::MAX);
        assert_eq!(round_fen(Decimal::MIN), i64::MIN);
        assert_eq!((div_round(5, 2), div_round(-5, 2), div_round(7, 3), div_round(-7, -2)), (3, -3, 2, 4));
    }

    #[test]
    fn percentages_as_typed_are_exact() {
        assert_eq!(parse_percent("4.1"), Ok(d("0.041")));
        assert_eq!(parse_percent(" 2% "), Ok(d("0.02")));
        assert_eq!(parse_percent("-1.5"), Ok(d("-0.015")));
        assert_eq!(parse_percent(".5"), Ok(d("0.005")));
        for bad in ["", "five", "1e3", "5000", "NaN", "inf", "-200", "1-2"] {
            assert!(parse_percent(bad).is_err(), "{bad}");
        }
        assert_eq!((to_bp(d("0.041255")), to_bp(d("0.04125")), to_bp(d("-0.00005"))), (413, 413, -1));
        assert_eq!(from_bp(305), d("0.0305"));
        // A half basis point typed rounds up: 0.145 % is 15 bp (through a float it was 14).
        assert_eq!(parse_percent("0.145").map(to_bp), Ok(15));
        assert_eq!((percent_dp(d("0.04125"), 2), percent_dp(d("0.041"), 2)), ("4.13".into(), "4.10".into()));
        assert_eq!((percent_plain(d("0.049")), percent_plain(d("1.2"))), ("4.9".into(), "120".into()));
    }

    #[test]
    fn powers_and_roots() {
        assert_eq!(pow(d("1.015"), 2), d("1.030225"));
        assert_eq!(pow(d("1.02"), 0), Decimal::ONE);
        assert_eq!(pow(d("11"), 100), Decimal::MAX);
        // The twelfth root of 1.21 to the sixth is 1.1: exactly, to 28 digits.
        assert_eq!(pow(root(d("1.21"), 12), 6).round_dp(20), d("1.1"));
        assert_eq!(root(Decimal::ONE, 12), Decimal::ONE);
        let r = root(d("1.02"), 12);
        assert!((pow(r, 12) - d("1.02")).abs() < d("1e-25"), "{r}");
    }

    /// Issue 20 item 4: `project --inflation -100` divided by zero.
    #[test]
    fn inflation_stays_above_minus_100_percent() {
        assert_eq!(parse_inflation("-99.5"), Ok(d("-0.995")));
        assert_eq!(parse_inflation("3"), Ok(d("0.03")));
        for bad in ["-100", "-100%", "-100.0"] {
            assert!(parse_inflation(bad).unwrap_err().contains("above -100"), "{bad}");
        }
        assert!(parse_inflation("-150").is_err());
    }
}
