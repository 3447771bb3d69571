//! Gross pay to take-home pay in mainland China: the employee's social
//! insurance (pension, medical, unemployment), the housing provident fund
//! (住房公积金), and individual income tax (个人所得税) by the national
//! brackets. Pure: plain numbers in, plain numbers out; no SQL, no clock,
//! no terminal.
//!
//! # Model
//! For a monthly gross `G` and a contribution base `C` (the gross unless the
//! employer declares another base, as many declare the local minimum):
//! - each contribution is `C × its rate`, rounded to the fen on its own
//!   (defaults: pension 8 %, medical 2 %, unemployment 0.5 %, housing fund
//!   7 %; the fund's legal range is 5–12 %, so 7 % is a middle, not a rule);
//! - the month's taxable income is `G − contributions − 5,000` (the standard
//!   deduction, 基本减除费用) `− special deductions` (专项附加扣除: rent,
//!   children, elderly parents…), never below 0;
//! - the tax is worked out as employers withhold it (累计预扣法, the
//!   cumulative method): in month `k` the tax due on the year so far is
//!   `round(k·T × rate − quick deduction)` by the year's brackets below, and
//!   the month withholds what that adds to the months before. So the year's
//!   tax is the brackets applied to `12·T`, and a month's withholding climbs
//!   as the year so far crosses a bracket (10,000 a month: 97.50 in January
//!   to November, 307.50 in December).
//! - take-home pay is a month's average: `G − contributions − round(year's tax ÷ 12)`.
//!
//! The brackets are those of the Individual Income Tax Law (2018 revision,
//! in force since 2019) for a resident's comprehensive income, on the year:
//!
//! | taxable income a year | rate | quick deduction |
//! |---|---|---|
//! | up to 36,000 | 3 % | 0 |
//! | 36,000 – 144,000 | 10 % | 2,520 |
//! | 144,000 – 300,000 | 20 % | 16,920 |
//! | 300,000 – 420,000 | 25 % | 31,920 |
//! | 420,000 – 660,000 | 30 % | 52,920 |
//! | 660,000 – 960,000 | 35 % | 85,920 |
//! | over 960,000 | 45 % | 181,920 |
//!
//! (The monthly table, 3,000 … 80,000, is this one ÷ 12, so a steady
//! salary's year comes to the same either way.)

use rust_decimal::Decimal;
use serde::Serialize;

use crate::projection::rate::{div_round, round_fen};

/// The standard deduction, 5,000 yuan a month, in fen.
pub const STANDARD_DEDUCTION: i64 = 500_000;

/// The year's brackets: (upper bound of the year's taxable income in fen,
/// `None` for the last; rate in percent; quick deduction in fen).
pub const BRACKETS: [(Option<i64>, i64, i64); 7] = [
    (Some(3_600_000), 3, 0),
    (Some(14_400_000), 10, 252_000),
    (Some(30_000_000), 20, 1_692_000),
    (Some(42_000_000), 25, 3_192_000),
    (Some(66_000_000), 30, 5_292_000),
    (Some(96_000_000), 35, 8_592_000),
    (None, 45, 18_192_000),
];

/// The employee's contribution rates, exact fractions (`0.08` = 8 %).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rates {
    pub pension: Decimal,
    pub medical: Decimal,
    pub unemployment: Decimal,
    pub housing_fund: Decimal,
}

impl Default for Rates {
    /// Pension 8 %, medical 2 %, unemployment 0.5 %, housing fund 7 %.
    fn default() -> Self {
        Rates {
            pension: Decimal::new(8, 2),
            medical: Decimal::new(2, 2),
            unemployment: Decimal::new(5, 3),
            housing_fund: Decimal::new(7, 2),
        }
    }
}

/// What turns a gross into take-home pay beside the law's own figures: the
/// rates and the monthly special deductions (fen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Pay {
    pub rates: Rates,
    pub special_deductions: i64,
}

/// A month's pay taken apart, all in fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    pub gross: i64,
    /// What the contributions are worked out on.
    pub base: i64,
    pub pension: i64,
    pub medical: i64,
    pub unemployment: i64,
    pub housing_fund: i64,
    /// The four together.
    pub contributions: i64,
    pub standard_deduction: i64,
    pub special_deductions: i64,
    /// The month's taxable income (never below 0).
    pub taxable: i64,
    /// The year's bracket rate, percent.
    pub tax_rate: i64,
    /// The year's tax: the brackets on twelve months' taxable income.
    pub year_tax: i64,
    /// The year's tax ÷ 12, rounded: a month's tax on average.
    pub tax: i64,
    /// What is withheld each month, January to December (cumulative method).
    pub withheld: [i64; 12],
    /// `gross − contributions − tax`: a month's pay in hand, on average.
    pub take_home: i64,
}

/// The tax on a year's taxable income `taxable` (fen) by [`BRACKETS`], rounded
/// half away from zero to the fen; 0 for nothing taxable.
pub fn year_tax(taxable: i64) -> i64 {
    if taxable <= 0 {
        return 0;
    }
    let (_, rate, quick) = bracket(taxable);
    (div_round(i128::from(taxable) * i128::from(rate), 100) - i128::from(quick)) as i64
}

/// The bracket a year's taxable income falls in.
fn bracket(taxable: i64) -> (Option<i64>, i64, i64) {
    *BRACKETS.iter().find(|(upper, ..)| upper.is_none_or(|u| taxable <= u)).expect("the last bracket has no bound")
}

/// `gross` a month taken apart under `pay`, contributions on `base` (the
/// gross when `None`). Amounts are at most [`crate::money::MAX_AMOUNT`].
pub fn breakdown(gross: i64, base: Option<i64>, pay: &Pay) -> Breakdown {
    let base = base.unwrap_or(gross).max(0);
    let part = |rate: Decimal| round_fen(Decimal::from(base) * rate);
    let r = pay.rates;
    let (pension, medical, unemployment, housing_fund) =
        (part(r.pension), part(r.medical), part(r.unemployment), part(r.housing_fund));
    let contributions = pension + medical + unemployment + housing_fund;
    let taxable = (gross - contributions - STANDARD_DEDUCTION - pay.special_deductions).max(0);
    let mut withheld = [0i64; 12];
    let mut before = 0;
    for (k, w) in (1i64..).zip(withheld.iter_mut()) {
        let so_far = year_tax(taxable.saturating_mul(k));
        *w = so_far - before;
        before = so_far;
    }
    let year = before;
    let tax = div_round(i128::from(year), 12) as i64;
    Breakdown {
        gross,
        base,
        pension,
        medical,
        unemployment,
        housing_fund,
        contributions,
        standard_deduction: STANDARD_DEDUCTION,
        special_deductions: pay.special_deductions,
        taxable,
        tax_rate: if taxable > 0 { bracket(taxable.saturating_mul(12)).1 } else { 0 },
        year_tax: year,
        tax,
        withheld,
        take_home: gross - contributions - tax,
    }
}

/// Months withheld in the same bracket of the year so far, January on:
/// (first month, last month, the bracket's rate in percent, the least and
/// the most withheld in those months; they differ by a fen or so where the
/// rounding of the year so far falls, and more in the month a bracket is crossed).
pub fn withheld_runs(b: &Breakdown) -> Vec<(usize, usize, i64, i64, i64)> {
    let mut runs: Vec<(usize, usize, i64, i64, i64)> = Vec::new();
    for (k, &w) in (1usize..).zip(b.withheld.iter()) {
        let rate = bracket(b.taxable.saturating_mul(k as i64)).1;
        match runs.last_mut() {
            Some(run) if run.2 == rate => *run = (run.0, k, rate, run.3.min(w), run.4.max(w)),
            _ => runs.push((k, k, rate, w, w)),
        }
    }
    runs
}

/// A month's take-home pay on `gross` (contributions on the gross): what a
/// city's typical wage comes to in hand.
pub fn take_home(gross: i64, pay: &Pay) -> i64 {
    breakdown(gross, None, pay).take_home
}

#[cfg(test)]
mod tests;
