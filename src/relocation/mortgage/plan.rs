//! A loan's schedule with prepayments (提前还款) and rate changes: the same
//! bank rule as [`super::schedule`] (each month's interest on its opening
//! balance, rounded to the fen on its own, exactly), with these events.
//! Pure: plain numbers in, plain numbers out; no SQL, no clock, no terminal.
//!
//! # The rules implemented
//! - **A rate change** ([`RateChange`]) names the first payment charged at
//!   the new rate. From that month the equal payment is recomputed on the
//!   balance then owed over the months left of the term (that month
//!   included), at the new rate; an equal-principal loan keeps its principal
//!   part. Payments are made in arrears, so a change in force from calendar
//!   month `D` (a repricing on the 1st of `D`, or a dated change) first shows
//!   in the payment of month `D + 1` ([`from_date`]). A "change" to the rate
//!   already charged changes nothing (no recomputation, so no fen moves).
//! - **A floating rate** ([`floating`]) is the LPR plus a spread, repriced
//!   once a year: every January, or on each anniversary of the loan (the
//!   month before the first payment, when the loan was paid out, so the new
//!   rate applies from payments 13, 25, …). At a repricing the rate becomes
//!   the LPR in force that month plus the spread; between repricings the LPR
//!   may change without changing the loan's rate.
//! - **A prepayment** ([`Prepay`]) is paid after month `M`'s payment (and,
//!   when yearly, after months `M + 12`, `M + 24`, … while anything is owed);
//!   it is never more than the balance left, so a larger one settles the loan
//!   that month. Then either
//!   - **shorten the term** ([`Reduce::Term`], 缩短年限): the payment (or the
//!     principal part) is kept and the loan ends as soon as it is paid; the
//!     last month pays what is left with its interest; or
//!   - **lower the payment** ([`Reduce::Payment`], 减少月供): the term is
//!     kept and the equal payment is recomputed on the balance left over the
//!     months left, from the next month (for equal principal, the principal
//!     part: the balance left ÷ the months left, to the fen).
//! - **A penalty** (违约金, [`Penalty`]) is a percent of each prepaid amount,
//!   rounded to the fen half up, optionally only within the first `N` months
//!   (a prepayment after month `M ≤ N`). Many banks charge none.
//!
//! Interest saved is the interest of the same loan with the same rate
//! changes and no prepayment, less the interest paid with them.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Loan, Method, Monthly, MortgageError, Payment, level_payment};
use crate::projection::rate::div_round;
use crate::report::round_ratio;

/// What a prepayment buys: a shorter term or a lower payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reduce {
    /// 缩短年限: the payment kept, the term cut.
    #[default]
    Term,
    /// 减少月供: the term kept, the payment recomputed.
    Payment,
}

impl Reduce {
    /// The stable name in the CLI, files and serde: `term`, `payment`.
    pub fn as_str(self) -> &'static str {
        match self {
            Reduce::Term => "term",
            Reduce::Payment => "payment",
        }
    }

    /// The name Chinese banks use: 缩短年限, 减少月供.
    pub fn chinese(self) -> &'static str {
        match self {
            Reduce::Term => "缩短年限",
            Reduce::Payment => "减少月供",
        }
    }

    /// `term`/`payment` (any ASCII case) or 缩短年限/减少月供.
    pub fn parse(s: &str) -> Option<Reduce> {
        match s.trim().to_ascii_lowercase().as_str() {
            "term" | "缩短年限" => Some(Reduce::Term),
            "payment" | "减少月供" => Some(Reduce::Payment),
            _ => None,
        }
    }
}

/// An extra repayment of `amount` fen after month `month`'s payment; when
/// `yearly`, again every 12 months after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prepay {
    pub amount: i64,
    pub month: u32,
    #[serde(default)]
    pub yearly: bool,
}

impl Prepay {
    /// Whether this prepayment falls after month `m`'s payment.
    fn due(&self, m: u32) -> bool {
        m == self.month || (self.yearly && m > self.month && (m - self.month) % 12 == 0)
    }
}

/// The bank's charge for prepaying: `rate` (a fraction) of each prepaid
/// amount, only after months up to `within` when set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Penalty {
    #[serde(with = "rust_decimal::serde::float")]
    pub rate: Decimal,
    #[serde(default)]
    pub within: Option<u32>,
}

impl Penalty {
    fn on(&self, month: u32, prepaid: i64) -> i64 {
        if self.rate.is_zero() || self.within.is_some_and(|w| month > w) {
            return 0;
        }
        let r = self.rate.normalize();
        div_round(r.mantissa() * i128::from(prepaid), 10i128.pow(r.scale())) as i64
    }
}

/// From payment `from` on, interest is charged at `annual_rate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateChange {
    pub from: u32,
    pub annual_rate: Decimal,
}

/// What happens to a loan besides its payments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub prepay: Vec<Prepay>,
    pub reduce: Reduce,
    pub penalty: Penalty,
    /// In any order; the later of two naming the same month wins.
    pub rates: Vec<RateChange>,
}

/// One month of a planned schedule: the regular payment (`pay`, whose
/// `balance` is after the prepayment), then what was prepaid and its penalty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub pay: Payment,
    pub prepaid: i64,
    pub penalty: i64,
    /// The annual rate this month's interest was charged at.
    pub rate: Decimal,
}

impl Month {
    /// All this month costs: the payment, any prepayment and its penalty.
    pub fn cash(&self) -> i64 {
        self.pay.payment + self.prepaid + self.penalty
    }
}

/// A planned schedule and the same loan without prepayments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub months: Vec<Month>,
    /// The same loan and rate changes, no prepayment.
    pub base: Vec<Month>,
}

impl Outcome {
    pub fn interest(&self) -> i64 {
        self.months.iter().map(|m| m.pay.interest).sum()
    }

    pub fn interest_saved(&self) -> i64 {
        self.base.iter().map(|m| m.pay.interest).sum::<i64>() - self.interest()
    }

    /// The month of the last payment (the loan's new end).
    pub fn last_month(&self) -> u32 {
        self.months.last().map_or(0, |m| m.pay.month)
    }

    pub fn prepaid(&self) -> i64 {
        self.months.iter().map(|m| m.prepaid).sum()
    }

    pub fn penalties(&self) -> i64 {
        self.months.iter().map(|m| m.penalty).sum()
    }

    /// The first prepayment's month and the regular payment of the month
    /// after it (none when nothing was prepaid or it settled the loan).
    pub fn after_first_prepay(&self) -> Option<(u32, Option<i64>)> {
        let i = self.months.iter().position(|m| m.prepaid > 0)?;
        Some((self.months[i].pay.month, self.months.get(i + 1).map(|m| m.pay.payment)))
    }

    /// The schedule as plain payments, prepayments and penalties left out.
    pub fn payments(&self) -> Vec<Payment> {
        self.months.iter().map(|m| m.pay).collect()
    }
}

/// The schedule of `loan` under `plan`, and without its prepayments.
pub fn planned(loan: &Loan, plan: &Plan) -> Result<Outcome, MortgageError> {
    loan.validate()?;
    for p in &plan.prepay {
        if p.amount <= 0 {
            return Err(MortgageError::PrepayNotPositive(p.amount));
        }
        if p.amount > super::MAX_PRINCIPAL {
            return Err(MortgageError::TooLarge(p.amount));
        }
        if p.month == 0 || p.month >= loan.months {
            return Err(MortgageError::PrepayPastTerm { month: p.month, months: loan.months });
        }
    }
    if !(Decimal::ZERO..Decimal::ONE).contains(&plan.penalty.rate) {
        return Err(MortgageError::PenaltyOutOfRange(plan.penalty.rate));
    }
    for c in &plan.rates {
        if !(Decimal::ZERO..Decimal::ONE).contains(&c.annual_rate) {
            return Err(MortgageError::RateOutOfRange(c.annual_rate));
        }
    }
    Ok(Outcome { months: run(loan, plan, true), base: run(loan, plan, false) })
}

/// Two planned schedules summed month by month (a commercial loan and a
/// housing-fund one), as [`super::combine`] sums payments; the rate is the
/// first's (the second's once the first has ended).
pub fn combine(a: &[Month], b: &[Month]) -> Vec<Month> {
    let pays =
        super::combine(&a.iter().map(|m| m.pay).collect::<Vec<_>>(), &b.iter().map(|m| m.pay).collect::<Vec<_>>());
    let at = |s: &[Month], i: usize, f: fn(&Month) -> i64| s.get(i).map_or(0, f);
    pays.into_iter()
        .enumerate()
        .map(|(i, pay)| Month {
            pay,
            prepaid: at(a, i, |m| m.prepaid) + at(b, i, |m| m.prepaid),
            penalty: at(a, i, |m| m.penalty) + at(b, i, |m| m.penalty),
            rate: a.get(i).or(b.get(i)).map_or(Decimal::ZERO, |m| m.rate),
        })
        .collect()
}

/// The month-by-month rule of the module docs.
fn run(loan: &Loan, plan: &Plan, prepay: bool) -> Vec<Month> {
    let mut rates = plan.rates.clone();
    rates.sort_by_key(|c| c.from); // stable: the later of two for one month is applied last
    let mut rates = rates.into_iter().peekable();
    let (mut rate, mut r) = (loan.annual_rate, Monthly::of(loan.annual_rate));
    let fix = |b: i64, r: Monthly, left: u32| match loan.method {
        Method::EqualPayment => level_payment(b, r, left),
        Method::EqualPrincipal => round_ratio(b, i64::from(left), 1).expect("months are left"),
    };
    let mut end = loan.months;
    let mut balance = loan.principal;
    let mut fixed = fix(balance, r, end);
    let mut rows = Vec::with_capacity(end as usize);
    let mut month = 1;
    while month <= end {
        let mut changed = false;
        while let Some(c) = rates.next_if(|c| c.from <= month) {
            if c.annual_rate != rate {
                (rate, r, changed) = (c.annual_rate, Monthly::of(c.annual_rate), true);
            }
        }
        if changed && balance > 0 {
            fixed = fix(balance, r, end - month + 1);
        }
        let interest = r.interest(balance);
        let principal = match loan.method {
            _ if month == end => balance,
            Method::EqualPayment => (fixed - interest).clamp(0, balance),
            Method::EqualPrincipal => fixed.min(balance),
        };
        balance -= principal;
        let due: i64 = if prepay { plan.prepay.iter().filter(|p| p.due(month)).map(|p| p.amount).sum() } else { 0 };
        let prepaid = due.min(balance);
        let penalty = plan.penalty.on(month, prepaid);
        balance -= prepaid;
        rows.push(Month {
            pay: Payment { month, payment: interest + principal, interest, principal, balance },
            prepaid,
            penalty,
            rate,
        });
        if prepaid > 0 {
            if balance == 0 {
                break;
            }
            match plan.reduce {
                Reduce::Payment => fixed = fix(balance, r, end - month),
                Reduce::Term => end = month + months_to_clear(balance, r, fixed, loan.method).min(end - month),
            }
        }
        month += 1;
    }
    rows
}

/// How many months paying `fixed` (the payment, or the principal part)
/// takes to clear `balance` at `r`, by the same rule month by month.
fn months_to_clear(mut balance: i64, r: Monthly, fixed: i64, method: Method) -> u32 {
    let mut n = 0;
    while balance > 0 && n < super::MAX_MONTHS {
        let p = match method {
            Method::EqualPayment => (fixed - r.interest(balance)).clamp(0, balance),
            Method::EqualPrincipal => fixed.min(balance),
        };
        if p == 0 {
            return super::MAX_MONTHS;
        }
        balance -= p;
        n += 1;
    }
    n
}

/// The payment number falling in calendar month `date` for a loan whose
/// first payment is in `start`'s month: `start` is 1, the month after 2, and
/// a month before `start` is 0 or less.
pub fn payment_number(start: NaiveDate, date: NaiveDate) -> i64 {
    (i64::from(date.year()) - i64::from(start.year())) * 12 + i64::from(date.month()) - i64::from(start.month()) + 1
}

/// The calendar month (its 1st) of payment `n` when the first is in `start`'s month.
pub fn month_of(start: NaiveDate, n: u32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).expect("the 1st exists");
    first.checked_add_months(chrono::Months::new(n.saturating_sub(1))).unwrap_or(first)
}

/// A rate in force from calendar month `date`: charged from the payment after
/// the one in `date`'s month (payments are in arrears). `None` when `date`
/// is before `start`.
pub fn from_date(start: NaiveDate, date: NaiveDate, annual_rate: Decimal) -> Option<RateChange> {
    let k = payment_number(start, date);
    (k >= 1).then(|| RateChange { from: (k + 1).min(i64::from(u32::MAX)) as u32, annual_rate })
}

/// When a floating rate is repriced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reprice {
    /// Every 1 January.
    #[default]
    January,
    /// Each anniversary of the loan's paying out (the month before the first payment).
    Anniversary,
}

/// A floating rate's changes over `months` payments from `start`: the LPR
/// in force (`lpr`, then `changes`, each from its month) plus `spread`,
/// repriced as `when` says (module docs). The first rate, `lpr + spread`,
/// is the loan's own; the changes returned include no-op repricings, which
/// [`planned`] passes over. Changes dated before `start` are the caller's
/// to refuse.
pub fn floating(
    start: NaiveDate,
    months: u32,
    lpr: Decimal,
    spread: Decimal,
    changes: &[(NaiveDate, Decimal)],
    when: Reprice,
) -> Vec<RateChange> {
    let in_force = |k: i64| {
        changes
            .iter()
            .filter(|(d, _)| payment_number(start, *d) <= k)
            .max_by_key(|(d, _)| payment_number(start, *d))
            .map_or(lpr, |(_, v)| *v)
    };
    // The payment numbers of the repricing months: every January from the
    // first payment's month on, or months 12, 24, … (the anniversaries).
    let first = match when {
        Reprice::January => (13 - i64::from(start.month())) % 12 + 1,
        Reprice::Anniversary => 12,
    };
    (0..)
        .map(|y| first + 12 * y)
        .take_while(|k| *k < i64::from(months))
        .map(|k| RateChange { from: k as u32 + 1, annual_rate: in_force(k) + spread })
        .collect()
}

#[cfg(test)]
mod tests;
