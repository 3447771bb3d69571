//! Savings projections: where today's saving leads, when a target is reached,
//! what a target needs, and years to financial independence.
//! Pure: plain numbers in, plain numbers out; no SQL, no clock, no terminal.
//!
//! # Model
//! Month by month, from a starting balance `B₀`:
//! - income, housing and spending start at the baseline; income steps up by
//!   the annual growth every 12 months, housing and spending by inflation
//!   (raises and price rises come once a year); each stepped figure is
//!   rounded to the fen;
//! - the month's saving (its contribution) is income − housing − spending
//!   (negative when it overspends);
//! - returns compound monthly at the annual rate ÷ 12 on the balance at the
//!   start of the month, and the contribution arrives at the end of the month:
//!   `Bₘ = Bₘ₋₁ · (1 + r/12) + cₘ`;
//! - today's money: `Bₘ ÷ (1 + inflation)^(m/12)`.
//!
//! # Rounding
//! Rates are exact decimals ([`Decimal`], see [`rate`]): `0.015` is 15
//! thousandths, not the nearest binary float. A stepped figure is
//! `base · (1 + rate)^years`, exact, rounded half away from zero to the fen
//! once (5,033 × 1.015 = 5,108.495 → 5,108.50). The running balance is carried
//! unrounded, in decimal fen (exact where the monthly rate ends, as at 6 % or
//! 12 %, else to 28 significant digits), so rounding never compounds; every
//! money figure reported for a month is that month's exact value rounded half
//! away from zero to the fen, once: the balance, and today's money, which
//! divides the unrounded balance (not the rounded one). Returns are reported
//! as the rounded balance − the starting balance − the contributions, so the
//! parts always add up exactly.
//!
//! # Financial independence
//! The classic yearly model: a saver keeps the fraction `s` of income, spends
//! the rest, earns the real return `r` on savings once a year, and is
//! independent when savings reach spending ÷ withdrawal rate. From a start of
//! `b` years of income: solve `b·(1+r)ⁿ + s·((1+r)ⁿ − 1)/r = (1 − s)/w` for `n`.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use crate::report::{MonthSummary, Ratio, round_ratio};

pub mod ranges;
pub mod rate;
pub mod typed;

pub use rate::round_fen;

/// Longest horizon searched for a target: 100 years.
pub const MAX_MONTHS: u32 = 1200;

/// What the projection assumes. Amounts are monthly, in fen; rates are
/// annual fractions as exact decimals (`0.05` = 5 %).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assumptions {
    pub start: i64,
    pub income: i64,
    pub housing: i64,
    pub spending: i64,
    pub income_growth: Decimal,
    pub inflation: Decimal,
    pub annual_return: Decimal,
    pub months: u32,
}

impl Assumptions {
    /// The monthly saving: income − housing − spending (negative when it overspends).
    pub fn saving(&self) -> i64 {
        self.income.saturating_sub(self.housing).saturating_sub(self.spending)
    }

    /// The saving ÷ income, exact; `None` without income.
    pub fn rate(&self) -> Option<Ratio> {
        crate::report::savings_rate(self.saving(), self.income)
    }
}

/// What-if changes on top of the ledger's figures (the Plan tab's keys).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tweaks {
    /// Savings rate, in percentage points of income (spending moves to make it).
    pub rate_points: i64,
    /// Income, in percent.
    pub income_pct: i64,
    /// Spending (not housing), in percent.
    pub spending_pct: i64,
    /// Annual return, in basis points (hundredths of a percent).
    pub return_bp: i64,
    /// Annual inflation, in basis points.
    pub inflation_bp: i64,
}

/// `value` changed by `pct` percent, rounded half away from zero.
fn scaled(value: i64, pct: i64) -> i64 {
    round_ratio(value, 100, 100 + pct).unwrap_or(value)
}

impl Tweaks {
    /// The baseline `b` with these changes, from `start`, over `months`.
    /// Without changes ([`Tweaks::default`]) it is the baseline as it is, at
    /// no return and no inflation: what `nestegg goals` times goals by.
    pub fn apply(&self, b: &Baseline, start: i64, months: u32) -> Assumptions {
        let income = scaled(b.income, self.income_pct);
        let spending = scaled(b.spending, self.spending_pct);
        // More savings rate: take that share of income off spending (never below zero).
        let spending = match self.rate_points {
            0 => spending,
            points => (spending - income * points / 100).max(0),
        };
        Assumptions {
            start,
            income,
            housing: b.housing,
            spending,
            income_growth: Decimal::ZERO,
            inflation: rate::from_bp(self.inflation_bp),
            annual_return: rate::from_bp(self.return_bp),
            months,
        }
    }
}

/// One projected month (`index` 1 = the first month ahead).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthPoint {
    pub index: u32,
    pub income: i64,
    pub housing: i64,
    pub spending: i64,
    /// This month's contribution: income − housing − spending.
    pub savings: i64,
    /// Savings ÷ income, exact; `None` without income.
    pub rate: Option<Ratio>,
    /// All contributions so far.
    pub contributed: i64,
    /// All returns so far.
    pub returns: i64,
    pub balance: i64,
    /// The balance in today's money.
    pub balance_today: i64,
    /// The balance unrounded, for figures built on it that are rounded once
    /// themselves (a net worth in today's money).
    #[serde(skip)]
    pub exact: Decimal,
}

/// The stepped figure for month `m` (1-based): one step per full year
/// passed, exact, rounded once.
pub fn stepped(base: i64, annual: Decimal, m: u32) -> i64 {
    round_fen(Decimal::from(base).saturating_mul(rate::pow(Decimal::ONE + annual, (m - 1) / 12)))
}

/// What `1 + inflation` comes to after `m` months, month by month: the
/// exact yearly power times the twelfth root's power for the months past
/// the last whole year.
struct Deflator {
    yearly: Decimal,
    /// `(1 + inflation)^(k/12)` for k = 0..12.
    within: [Decimal; 12],
}

impl Deflator {
    fn new(inflation: Decimal) -> Deflator {
        let yearly = Decimal::ONE + inflation;
        let root = rate::root(yearly, 12);
        let mut within = [Decimal::ONE; 12];
        for k in 1..12 {
            within[k] = within[k - 1].saturating_mul(root);
        }
        Deflator { yearly, within }
    }

    /// `exact` fen due `m` months from now in today's money, rounded once
    /// (a price level of 0, at −100 % inflation, saturates).
    fn today(&self, exact: Decimal, m: u32) -> i64 {
        let level = rate::pow(self.yearly, m / 12).saturating_mul(self.within[(m % 12) as usize]);
        match exact.checked_div(level) {
            Some(x) => round_fen(x),
            None if exact.is_zero() => 0,
            None if (exact < Decimal::ZERO) == (level < Decimal::ZERO) => i64::MAX,
            None => i64::MIN,
        }
    }
}

/// The balance month by month from `start` for explicit monthly
/// contributions (one per month), at `annual_return` and `inflation`: the
/// same compounding and rounding as [`project`], for plans whose saving is
/// not one steady figure (a move, a mortgage). Income fields are left 0.
pub fn project_contributions(
    start: i64,
    contributions: &[i64],
    annual_return: Decimal,
    inflation: Decimal,
) -> Vec<MonthPoint> {
    let twelve = Decimal::from(12);
    let deflator = Deflator::new(inflation);
    let mut exact = Decimal::from(start);
    let mut contributed = 0i64;
    contributions
        .iter()
        .zip(1u32..)
        .map(|(&c, m)| {
            // B·(1 + r/12) + c as B + B·r÷12 + c: exact whenever B·r÷12 ends.
            let interest = exact.saturating_mul(annual_return) / twelve;
            exact = exact.saturating_add(interest).saturating_add(Decimal::from(c));
            contributed = contributed.saturating_add(c);
            let balance = round_fen(exact);
            MonthPoint {
                index: m,
                income: 0,
                housing: 0,
                spending: 0,
                savings: c,
                rate: None,
                contributed,
                returns: balance.saturating_sub(start).saturating_sub(contributed),
                balance,
                balance_today: deflator.today(exact, m),
                exact,
            }
        })
        .collect()
}

/// Runs the projection for `a.months` months.
pub fn project(a: &Assumptions) -> Vec<MonthPoint> {
    let figures: Vec<[i64; 4]> = (1..=a.months)
        .map(|m| {
            let income = stepped(a.income, a.income_growth, m);
            let housing = stepped(a.housing, a.inflation, m);
            let spending = stepped(a.spending, a.inflation, m);
            [income, housing, spending, income.saturating_sub(housing).saturating_sub(spending)]
        })
        .collect();
    let contributions: Vec<i64> = figures.iter().map(|f| f[3]).collect();
    project_contributions(a.start, &contributions, a.annual_return, a.inflation)
        .into_iter()
        .zip(figures)
        .map(|(p, [income, housing, spending, savings])| MonthPoint {
            income,
            housing,
            spending,
            rate: crate::report::savings_rate(savings, income),
            ..p
        })
        .collect()
}

/// `amount` due `months` from now, in today's money at `inflation` a year,
/// rounded once.
pub fn todays_money(amount: i64, inflation: Decimal, months: u32) -> i64 {
    todays_money_exact(Decimal::from(amount), inflation, months)
}

/// [`todays_money`] of an exact amount, rounded once.
pub fn todays_money_exact(amount: Decimal, inflation: Decimal, months: u32) -> i64 {
    Deflator::new(inflation).today(amount, months)
}

/// When a target is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Reach {
    /// The balance is already there.
    Already,
    /// At the end of this many months.
    In(u32),
    /// Not within `MAX_MONTHS` at these figures (saving nothing, or too little).
    NotReachable,
}

/// How many months until the balance reaches `target` (the projection's own
/// horizon is ignored; the search stops at `MAX_MONTHS`).
pub fn months_to_target(a: &Assumptions, target: i64) -> Reach {
    if a.start >= target {
        return Reach::Already;
    }
    let grows = a.annual_return > Decimal::ZERO
        || a.income > a.housing.saturating_add(a.spending)
        || a.income_growth > a.inflation;
    if !grows {
        return Reach::NotReachable;
    }
    let long = Assumptions { months: MAX_MONTHS, ..*a };
    project(&long).iter().find(|p| p.balance >= target).map_or(Reach::NotReachable, |p| Reach::In(p.index))
}

/// The constant monthly saving that takes `start` to `target` in `months`
/// months at `annual_return`, rounded up to the fen so it surely gets there;
/// 0 when the start alone gets there. `None` for a horizon of 0 months.
/// A float formula finds where to look; the exact projection settles it.
pub fn monthly_needed(start: i64, target: i64, months: u32, annual_return: Decimal) -> Option<i64> {
    if months == 0 {
        return None;
    }
    let r = annual_return.to_f64().unwrap_or(0.0) / 12.0;
    let growth = (1.0 + r).powi(months as i32);
    let gap = target as f64 - start as f64 * growth;
    let factor = if growth == 1.0 { months as f64 } else { (growth - 1.0) / r };
    let mut pmt = (gap / factor).ceil().clamp(0.0, i64::MAX as f64) as i64;
    // The float may land a fen off either way (or say 0 when the start alone
    // falls a fen short): settle on the least that reaches.
    let reaches = |pmt: i64| {
        let a = Assumptions {
            start,
            income: pmt,
            housing: 0,
            spending: 0,
            income_growth: Decimal::ZERO,
            inflation: Decimal::ZERO,
            annual_return,
            months,
        };
        project(&a).last().is_some_and(|p| p.balance >= target)
    };
    while !reaches(pmt) && pmt < i64::MAX {
        pmt += 1;
    }
    while pmt > 0 && reaches(pmt - 1) {
        pmt -= 1;
    }
    Some(pmt)
}

/// Years until savings cover spending at `withdrawal` (see the module docs),
/// from `start_years` of income already saved. `None` when never (saving
/// nothing, or a non-positive return that cannot close the gap).
pub fn years_to_fi(savings_rate: f64, real_return: f64, withdrawal: f64, start_years: f64) -> Option<f64> {
    if withdrawal <= 0.0 || savings_rate >= 1.0 {
        return (savings_rate >= 1.0).then_some(0.0);
    }
    let goal = (1.0 - savings_rate) / withdrawal;
    if start_years >= goal {
        return Some(0.0);
    }
    if real_return == 0.0 {
        return (savings_rate > 0.0).then(|| (goal - start_years) / savings_rate);
    }
    // Everything lost every year (a real return of −100 % or worse): never.
    if real_return <= -1.0 {
        return None;
    }
    // b·gⁿ + s·(gⁿ − 1)/r = goal  ⇒  gⁿ = (goal + s/r) / (b + s/r)
    let k = savings_rate / real_return;
    let ratio = (goal + k) / (start_years + k);
    // With a negative real return savings level off at s/|r| years of
    // income: below the goal the ratio turns negative and it is never reached.
    if ratio <= 0.0 {
        return None;
    }
    let n = ratio.ln() / (1.0 + real_return).ln();
    (n.is_finite() && n >= 0.0).then_some(n)
}

/// Years to independence for the projection `a` at `withdrawal` (see the
/// module docs): its savings rate, its real return (the return net of
/// inflation) and its start as years of income. `None` without income, or
/// when never.
/// (A span of years shown to a tenth, solved with logarithms: floats, from
/// the exact rates.)
pub fn fi_years(a: &Assumptions, withdrawal: f64) -> Option<f64> {
    if a.income <= 0 {
        return None;
    }
    let f = |d: Decimal| d.to_f64().unwrap_or(0.0);
    let rate = a.saving() as f64 / a.income as f64;
    let real = (1.0 + f(a.annual_return)) / (1.0 + f(a.inflation)) - 1.0;
    years_to_fi(rate, real, withdrawal, a.start as f64 / (12.0 * a.income as f64))
}

/// Where a goal stands, and where the current saving takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GoalStatus {
    pub saved: i64,
    pub remaining: i64,
    /// Saved ÷ target, exact, capped at 100 % (0 without a target).
    pub progress: Ratio,
    /// When the projection reaches the target.
    pub reach: Reach,
    /// The month that is, counting from `this_month` (month 1 = the next one).
    pub projected: Option<crate::model::Month>,
    /// With a date: the monthly saving that makes it (0 = on course by returns
    /// alone); `None` without a date or when the date has passed.
    pub needed_monthly: Option<i64>,
}

/// A goal's status: `saved` in its accounts now; the projection `a` (its
/// start is replaced by `saved`); the month it is now; the goal's date.
pub fn goal_status(
    target: i64,
    saved: i64,
    a: &Assumptions,
    this_month: crate::model::Month,
    by: Option<crate::model::Month>,
) -> GoalStatus {
    let a = Assumptions { start: saved, ..*a };
    let reach = months_to_target(&a, target);
    let projected = match reach {
        Reach::Already => Some(this_month),
        Reach::In(n) => this_month.plus(n),
        Reach::NotReachable => None,
    };
    let remaining = target.saturating_sub(saved).max(0);
    let needed_monthly = by.and_then(|by| match this_month.months_until(by) {
        // Due this month: what is missing is needed now.
        0 => Some(remaining),
        m => u32::try_from(m).ok().and_then(|m| monthly_needed(saved, target, m, a.annual_return)),
    });
    GoalStatus {
        saved,
        remaining,
        progress: Ratio::new(saved.clamp(0, target), target).unwrap_or(Ratio::ZERO),
        reach,
        projected,
        needed_monthly,
    }
}

/// Each goal's status (see [`goal_status`]) at the projection `a`, with
/// what its accounts hold now (`saved`).
pub fn goal_statuses(
    goals: &[(crate::model::Goal, i64)],
    a: &Assumptions,
    this_month: crate::model::Month,
) -> Vec<GoalStatus> {
    goals.iter().map(|(g, saved)| goal_status(g.target, *saved, a, this_month, g.by)).collect()
}

/// Mean or median of the baseline months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Average {
    Mean,
    Median,
}

/// Monthly income, housing and spending from history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Baseline {
    pub income: i64,
    pub housing: i64,
    pub spending: i64,
    /// How many months it came from.
    pub months: usize,
}

/// The mean or median of each figure over `months` (the caller passes the
/// last N complete months). Rounded half away from zero; `None` when empty.
pub fn baseline(months: &[MonthSummary], average: Average) -> Option<Baseline> {
    if months.is_empty() {
        return None;
    }
    let pick = |f: fn(&MonthSummary) -> i64| {
        let mut v: Vec<i64> = months.iter().map(f).collect();
        match average {
            Average::Mean => {
                let sum: i128 = v.iter().map(|&x| x as i128).sum();
                round_i128(sum, v.len() as i128)
            }
            Average::Median => {
                v.sort_unstable();
                let mid = v.len() / 2;
                if v.len() % 2 == 1 { v[mid] } else { round_i128(v[mid - 1] as i128 + v[mid] as i128, 2) }
            }
        }
    };
    Some(Baseline {
        income: pick(|m| m.income),
        housing: pick(|m| m.housing),
        spending: pick(|m| m.spending),
        months: months.len(),
    })
}

fn round_i128(num: i128, den: i128) -> i64 {
    let q = num / den;
    let r = num % den;
    let q = if 2 * r.abs() >= den { q + num.signum() } else { q };
    q.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

#[cfg(test)]
mod tests;
