//! Mortgage schedules: equal payments (等额本息) and equal principal (等额本金),
//! month by month, and combined loans (a housing-fund part plus a commercial
//! part). Pure: plain numbers in, plain numbers out; no SQL, no clock, no terminal.
//!
//! # Formulas
//! Money is in fen (`i64`); the rate is an annual fraction as an exact decimal
//! (`0.049` = 4.9 %) and the monthly rate is `r = annual ÷ 12`. For a loan `P`
//! over `n` months, with `Bₖ` the balance after month `k` (`B₀ = P`):
//! - **equal payment**: `A = P·r·(1+r)ⁿ / ((1+r)ⁿ − 1)` (`P/n` when `r = 0`),
//!   rounded to the fen once and paid every month; principal = `A` − interest;
//!   the last month pays the balance left plus its interest, so it absorbs the
//!   rounding of `A` and of every month's interest (a few fen to a few yuan
//!   from `A` on a usual loan: 1,964.28 against 1,963.33 on 300,000 at 4.9 %
//!   over 20 years);
//! - **equal principal**: principal = `round(P/n)` every month and the last
//!   month pays the balance left (`P − (n−1)·round(P/n)`, within `n/2` fen of
//!   the others); payment = principal + interest.
//!
//! # Interest and rounding
//! Schedules are what a bank prints: month `k` is charged
//! `round(Bₖ₋₁ · r)`, the interest on that month's opening balance rounded to
//! the fen half away from zero, on its own; an equal payment's principal part
//! is the rest of `A`, and the last payment settles the balance exactly. A bank's
//! calculator gives the same schedule month by month, every figure to the fen.
//! `Bₖ₋₁ · r` is computed exactly, in integers (the rate is a decimal `m / 10ˢ`,
//! so `B·r = m·B / (12·10ˢ)`), so a half fen is a half fen: at 4.1 % on
//! 300,000 over 20 years, equal principal, month 7 opens at 292,500.00 and is
//! charged 999.375 → 999.38 exactly (a float can make it 999.374999… → 999.37).
//! `A` is the one figure computed to 28 significant digits (its exact value
//! is a ratio of integers hundreds of digits long), then rounded once.
//! Principal parts add up to the loan exactly and the final balance is exactly 0.
//!
//! Two guards that only tiny loans ever reach, never a loan of 10,000 yuan or
//! more over at most 30 years: a month never pays more principal than is
//! owed, so if the balance is cleared early the months left pay nothing (an
//! equal payment of a few fen where the half-fen rounding of `A` outweighs the
//! loan; equal principal when `(n−1)·round(P/n) > P`, such as 10.00 over 600
//! months: 0.02 a month clears it in month 500); and `A` is never below the
//! first month's interest (the formula guarantees it, 28 digits need not), so
//! an equal payment's principal part is never negative.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::format_minor_plain;
use crate::projection::rate::{div_round, percent_plain, round_fen};
use crate::report::round_ratio;
use crate::text;

/// Longest term accepted: 50 years.
pub const MAX_MONTHS: u32 = 600;

/// Largest loan accepted: nestegg's one limit for a figure
/// ([`crate::money::MAX_AMOUNT`]). Far above any home, and it keeps every
/// figure of a schedule (and of two combined) well inside `i64`.
pub const MAX_PRINCIPAL: i64 = crate::money::MAX_AMOUNT;

/// How a loan is repaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// 等额本息: the same payment every month; early payments are mostly interest.
    EqualPayment,
    /// 等额本金: the same principal every month plus that month's interest, so
    /// payments start higher and fall; less interest in total.
    EqualPrincipal,
}

impl Method {
    /// The stable name used in the CLI, files and serde: `equal-payment`, `equal-principal`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::EqualPayment => "equal-payment",
            Method::EqualPrincipal => "equal-principal",
        }
    }

    /// The name Chinese banks use: 等额本息, 等额本金.
    pub fn chinese(self) -> &'static str {
        match self {
            Method::EqualPayment => "等额本息",
            Method::EqualPrincipal => "等额本金",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Method {
    type Err = MortgageError;

    /// Accepts `equal-payment` / `equal-principal` (any ASCII case, `_` for `-`)
    /// and the Chinese names 等额本息 / 等额本金; surrounding spaces are ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        match t.to_ascii_lowercase().replace('_', "-").as_str() {
            "equal-payment" | "等额本息" => Ok(Method::EqualPayment),
            "equal-principal" | "等额本金" => Ok(Method::EqualPrincipal),
            _ => Err(MortgageError::UnknownMethod(t.to_string())),
        }
    }
}

/// One loan: amount in fen, annual rate as a fraction, term in months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loan {
    pub principal: i64,
    /// Annual rate as an exact fraction: `0.049` for 4.9 %. Past 18
    /// decimals it is rounded to 18 (half away from zero). A number in JSON.
    #[serde(with = "rust_decimal::serde::float")]
    pub annual_rate: Decimal,
    pub months: u32,
    pub method: Method,
}

impl Loan {
    /// Checks the loan can be scheduled; the error says what to change.
    pub fn validate(&self) -> Result<(), MortgageError> {
        if self.principal <= 0 {
            return Err(MortgageError::NotPositive(self.principal));
        }
        if self.principal > MAX_PRINCIPAL {
            return Err(MortgageError::TooLarge(self.principal));
        }
        if self.months == 0 {
            return Err(MortgageError::NoMonths);
        }
        if self.months > MAX_MONTHS {
            return Err(MortgageError::TooLong(self.months));
        }
        if !(Decimal::ZERO..Decimal::ONE).contains(&self.annual_rate) {
            return Err(MortgageError::RateOutOfRange(self.annual_rate));
        }
        Ok(())
    }
}

/// One month of a schedule, all in fen: `payment = interest + principal`, and
/// `balance` is what is still owed after this payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Payment {
    /// 1-based: month 1 is the first payment.
    pub month: u32,
    pub payment: i64,
    pub interest: i64,
    pub principal: i64,
    pub balance: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MortgageError {
    #[error("{}", text::errors::loan_not_positive(&format_minor_plain(*.0, 2)))]
    NotPositive(i64),
    /// Over nestegg's one limit, named as every entry names it.
    #[error("{}", crate::money::MoneyError::OverLimit { amount: crate::money::Money::new(*.0, crate::money::Currency::CNY) })]
    TooLarge(i64),
    #[error("{}", text::errors::loan_no_months())]
    NoMonths,
    #[error("{}", text::errors::loan_too_long(*.0, MAX_MONTHS))]
    TooLong(u32),
    #[error("{}", text::errors::rate_out_of_range(&percent_plain(*.0)))]
    RateOutOfRange(Decimal),
    #[error("{}", text::errors::unknown_method(.0))]
    UnknownMethod(String),
    #[error("{}", text::loans::prepay_not_positive(&format_minor_plain(*.0, 2)))]
    PrepayNotPositive(i64),
    #[error("{}", text::loans::prepay_past_term(*month, *months))]
    PrepayPastTerm { month: u32, months: u32 },
    #[error("{}", text::loans::penalty_out_of_range(&percent_plain(*.0)))]
    PenaltyOutOfRange(Decimal),
}

/// The monthly rate as an exact fraction `num / den`: `annual ÷ 12` with the
/// annual rate `m / 10ˢ` (at most 18 decimals), so `num = m`, `den = 12·10ˢ`.
#[derive(Debug, Clone, Copy)]
struct Monthly {
    num: i128,
    den: i128,
}

impl Monthly {
    fn of(annual: Decimal) -> Monthly {
        let mut a = annual.normalize();
        if a.scale() > 18 {
            a = a.round_dp_with_strategy(18, rust_decimal::RoundingStrategy::MidpointAwayFromZero).normalize();
        }
        Monthly { num: a.mantissa(), den: 12 * 10i128.pow(a.scale()) }
    }

    /// `r · amount` rounded to the fen, exactly. An amount is at most
    /// [`MAX_PRINCIPAL`] (10¹² fen) and `num < 10¹⁸`: the product fits `i128`.
    fn interest(self, amount: i64) -> i64 {
        div_round(self.num * i128::from(amount), self.den) as i64
    }

    /// The rate as a decimal, to 28 digits.
    fn decimal(self) -> Decimal {
        Decimal::from_i128_with_scale(self.num, 0) / Decimal::from_i128_with_scale(self.den, 0)
    }
}

/// The full schedule of a loan: one [`Payment`] per month of its term, as a
/// bank prints it (module docs, "Interest and rounding").
pub fn schedule(loan: &Loan) -> Result<Vec<Payment>, MortgageError> {
    loan.validate()?;
    let (p, n) = (loan.principal, loan.months);
    let r = Monthly::of(loan.annual_rate);
    // What each month but the last pays: the whole payment, or the principal part.
    let fixed = match loan.method {
        Method::EqualPayment => level_payment(p, r, n),
        Method::EqualPrincipal => round_ratio(p, i64::from(n), 1).expect("the term is not zero"),
    };
    let mut rows = Vec::with_capacity(n as usize);
    let mut balance = p;
    for month in 1..=n {
        let interest = r.interest(balance);
        let principal = match loan.method {
            _ if month == n => balance,
            Method::EqualPayment => (fixed - interest).clamp(0, balance),
            Method::EqualPrincipal => fixed.min(balance),
        };
        balance -= principal;
        rows.push(Payment { month, payment: interest + principal, interest, principal, balance });
    }
    Ok(rows)
}

/// The equal payment `A` rounded to the fen, never below the first month's
/// interest (the formula guarantees that; 28 digits need not), so no month's
/// principal part is negative: the balance never grows, nor the interest.
fn level_payment(p: i64, r: Monthly, n: u32) -> i64 {
    if r.num == 0 {
        return round_ratio(p, i64::from(n), 1).expect("the term is not zero");
    }
    // A = P·r·(1+r)ⁿ / ((1+r)ⁿ − 1) = P·r + P·r / eₙ with eₖ = (1+r)ᵏ − 1,
    // built by squaring as e₂ₖ = 2eₖ + eₖ² and eₖ₊₁ = eₖ + r + eₖ·r, so a
    // small rate keeps its digits (no 1 + tiny − 1).
    let rate = r.decimal();
    let (mut e, mut base, mut k) = (Decimal::ZERO, rate, n);
    while k > 0 {
        if k & 1 == 1 {
            e = e + base + e.saturating_mul(base);
        }
        k >>= 1;
        if k > 0 {
            base = base + base + base.saturating_mul(base);
        }
    }
    let pr = Decimal::from(p) * rate;
    let exact = pr + pr.checked_div(e).unwrap_or(Decimal::MAX);
    round_fen(exact).max(r.interest(p))
}

/// Two schedules summed month by month (a housing-fund loan plus a commercial
/// one). Terms may differ: once the shorter ends it adds nothing, so the result
/// is as long as the longer and its months are numbered 1, 2, ….
pub fn combine(a: &[Payment], b: &[Payment]) -> Vec<Payment> {
    let zero = |month| Payment { month, payment: 0, interest: 0, principal: 0, balance: 0 };
    (0..a.len().max(b.len()))
        .map(|i| {
            let month = i as u32 + 1;
            let (x, y) = (a.get(i).copied().unwrap_or(zero(month)), b.get(i).copied().unwrap_or(zero(month)));
            Payment {
                month,
                payment: x.payment + y.payment,
                interest: x.interest + y.interest,
                principal: x.principal + y.principal,
                balance: x.balance + y.balance,
            }
        })
        .collect()
}

/// All the interest a schedule pays, in fen.
pub fn total_interest(s: &[Payment]) -> i64 {
    s.iter().map(|p| p.interest).sum()
}

pub mod plan;

#[cfg(test)]
mod tests;
