//! Comparing scenarios with staying: month by month cash (through the
//! projection engine), home equity, net worth, the break-even month, net worth
//! after 1, 3, 5 and 10 years, and months to a target. Pure.
//!
//! - Month 0 is the move: cash = savings now − moving costs − the housing
//!   plan's upfront money; the deposit or the home counts in net worth.
//! - Each month: income (none in the first `months_without_income`) − housing
//!   (rent, or mortgage payment + property fees) − living costs is saved;
//!   cash grows by it at the given return (`projection::project_contributions`).
//! - Net worth = cash + equity, where equity is the deposit held, or the home
//!   at its purchase price less the loan still owed (stated as such: no guess
//!   at what homes will sell for).
//! - A scenario with a later start month lives as staying does until then;
//!   the move (and its one-off costs) comes at the end of the month before.
//! - Break-even: the first month from the move on in which the scenario's
//!   net worth is at least staying's, counted from now; the move's own month
//!   when it never falls behind.

use serde::Serialize;

use super::mortgage::{MortgageError, Payment};
use super::scenario::{Housing, Scenario};
use crate::model::Month;
use crate::projection::project_contributions;

/// Net worth is reported after these many years.
pub const CHECKPOINT_YEARS: [u32; 4] = [1, 3, 5, 10];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub name: String,
    /// Months from now until the move (0: it happens now).
    pub wait: u32,
    /// A steady month once settled in (after any months without income), fen.
    pub income: i64,
    pub housing: i64,
    pub living: i64,
    pub savings: i64,
    pub rate_bp: Option<i64>,
    /// Paid at the move: moving costs and the housing plan's upfront money.
    pub one_off: i64,
    /// The least cash on hand in any month: below zero, the plan spends
    /// money the household does not have.
    pub lowest_cash: i64,
    /// Month by month from the move (index 0 = right after it).
    pub cash: Vec<i64>,
    pub net_worth: Vec<i64>,
    /// Against staying; `None` when it does not catch up within the horizon.
    pub break_even: Option<u32>,
    /// (years, net worth) at each checkpoint within the horizon.
    pub net_worth_at: Vec<(u32, i64)>,
    /// The mortgage schedule for buying plans with a loan.
    pub schedule: Vec<Payment>,
}

/// Runs one scenario for `months` months from `savings` in hand, moving now.
pub fn simulate(s: &Scenario, savings: i64, months: u32, annual_return: f64) -> Result<Outcome, MortgageError> {
    simulate_after(s, None, savings, months, annual_return)
}

/// Like [`simulate`], but the move happens `wait` months from now; until then
/// the household saves what `before` (staying) saves each month.
fn simulate_after(
    s: &Scenario,
    before: Option<(&Scenario, u32)>,
    savings: i64,
    months: u32,
    annual_return: f64,
) -> Result<Outcome, MortgageError> {
    let wait = before.map_or(0, |(_, w)| w.min(months));
    let schedule = s.housing.schedule()?;
    let one_off = s.moving_costs + s.housing.upfront();
    let settled = (s.months_without_income.max(0) as u32 + 1).max(1);
    let housing_in = |m| s.housing.monthly(m, &schedule);
    let staying_saves = match before {
        Some((stay, _)) => {
            let stay_schedule = stay.housing.schedule()?;
            (1..=wait).map(|m| stay.income - stay.housing.monthly(m, &stay_schedule) - stay.living).collect()
        }
        None => Vec::new(),
    };
    // Month `wait` ends with the move: its one-off costs leave then (month 0
    // when moving now, before any saving).
    let mut contributions: Vec<i64> = staying_saves;
    if let Some(last) = contributions.last_mut() {
        *last -= one_off;
    }
    contributions.extend((1..=months - wait).map(|m| {
        let income = if (m as i64) <= s.months_without_income { 0 } else { s.income };
        income - housing_in(m) - s.living
    }));
    let start = if wait == 0 { savings - one_off } else { savings };
    let points = project_contributions(start, &contributions, annual_return.try_into().unwrap_or_default(), 0.into());
    let cash: Vec<i64> = std::iter::once(start).chain(points.iter().map(|p| p.balance)).collect();
    let equity = |m: u32| if m < wait { 0 } else { s.housing.equity(m - wait, &schedule) };
    let net_worth: Vec<i64> = cash.iter().zip(0u32..).map(|(c, m)| c + equity(m)).collect();
    let housing = housing_in(settled);
    let savings_month = s.income - housing - s.living;
    Ok(Outcome {
        name: s.name.clone(),
        wait,
        income: s.income,
        housing,
        living: s.living,
        savings: savings_month,
        rate_bp: crate::report::round_ratio(savings_month, s.income, 10_000).filter(|_| s.income > 0),
        one_off,
        net_worth_at: CHECKPOINT_YEARS
            .iter()
            .filter(|&&y| y * 12 <= months)
            .map(|&y| (y, net_worth[(y * 12) as usize]))
            .collect(),
        lowest_cash: cash.iter().copied().min().unwrap_or(start),
        cash,
        net_worth,
        break_even: None,
        schedule,
    })
}

/// Staying first, then each scenario, with break-even months against
/// staying. `now` is this month: a scenario whose start month is later
/// moves then, and lives as staying does until it.
pub fn compare(
    stay: &Scenario,
    others: &[Scenario],
    savings: i64,
    months: u32,
    annual_return: f64,
    now: Month,
) -> Result<Vec<Outcome>, MortgageError> {
    let base = simulate(stay, savings, months, annual_return)?;
    let mut out = vec![Outcome { break_even: Some(0), ..base.clone() }];
    for s in others {
        let wait = s.start.map_or(0, |m| u32::try_from(now.months_until(m)).unwrap_or(0));
        let mut o = simulate_after(s, Some((stay, wait)), savings, months, annual_return)?;
        // Counted from now, but only from the move on: before it the two are the same household.
        o.break_even = o
            .net_worth
            .iter()
            .zip(&base.net_worth)
            .enumerate()
            .skip(o.wait as usize)
            .find(|(_, (a, b))| a >= b)
            .map(|(m, _)| m as u32);
        out.push(o);
    }
    Ok(out)
}

/// The first month the scenario's cash reaches `target` (0: it already
/// has it after the move); `None` within the horizon. Cash, not net worth: a
/// goal is paid with money in hand, not with a home's equity.
pub fn months_to_goal(o: &Outcome, target: i64) -> Option<u32> {
    o.cash.iter().position(|&c| c >= target).map(|m| m as u32)
}

/// Months of saving `monthly` (from nothing, at no return) until `target`:
/// how long a plan's saving takes to buy something. `None` when saving nothing.
pub fn months_to_save(target: i64, monthly: i64) -> Option<u32> {
    if target <= 0 {
        return Some(0);
    }
    (monthly > 0).then(|| u32::try_from((target + monthly - 1) / monthly).unwrap_or(u32::MAX))
}

/// Staying, from the ledger's own figures.
pub fn stay(income: i64, housing: i64, living: i64, city: &str) -> Scenario {
    Scenario {
        name: "Stay".into(),
        city: city.into(),
        income,
        housing: Housing::Current { monthly: housing },
        living,
        moving_costs: 0,
        months_without_income: 0,
        start: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relocation::scenario::DEED_TAX_BP;

    /// The worked example: a saver in Guangzhou (income 5,000, rent 1,500,
    /// other spending 1,000) moves to Hegang with the same remote income, rent
    /// 500, other spending 1,000, and 3,000 of moving costs.
    fn guangzhou() -> Scenario {
        Scenario { name: "Stay".into(), ..stay(500_000, 150_000, 100_000, "Guangzhou") }
    }

    fn hegang() -> Scenario {
        Scenario {
            name: "Hegang".into(),
            city: "Hegang".into(),
            income: 500_000,
            housing: Housing::Rent { monthly: 50_000, deposit_months: 0, agent_fee: 0 },
            living: 100_000,
            moving_costs: 300_000,
            months_without_income: 0,
            start: None,
        }
    }

    #[test]
    fn guangzhou_to_hegang_breaks_even_after_three_months() {
        let out = compare(&guangzhou(), &[hegang()], 1_000_000, 120, 0.0, now()).unwrap();
        let (stay, move_) = (&out[0], &out[1]);
        // Staying saves 2,500 (50 %); moving saves 3,500 (70 %).
        assert_eq!((stay.savings, stay.rate_bp), (250_000, Some(5000)));
        assert_eq!((move_.savings, move_.rate_bp, move_.one_off), (350_000, Some(7000), 300_000));
        // 3,000 ÷ 1,000 extra saved a month = 3 months.
        assert_eq!(move_.break_even, Some(3));
        assert_eq!(move_.net_worth[2], stay.net_worth[2] - 100_000);
        // Net worth after 1 year: 10,000 − 3,000 + 12 × 3,500 = 49,000 against 40,000.
        assert_eq!(move_.net_worth_at[0], (1, 4_900_000));
        assert_eq!(stay.net_worth_at[0], (1, 4_000_000));
        assert_eq!(move_.net_worth_at.len(), 4);
        // A 37,500 goal in cash: staying 10,000 + 2,500 m ≥ 37,500 → 11 months;
        // moving 7,000 + 3,500 m ≥ 37,500 → 8.7 → 9 months.
        assert_eq!((months_to_goal(stay, 3_750_000), months_to_goal(move_, 3_750_000)), (Some(11), Some(9)));
        assert_eq!(months_to_goal(move_, 1_000_000_000), None);
    }

    #[test]
    fn buying_a_hegang_flat_outright() {
        // 50 m² at 750 ¥/m² = 37,500, plus 1 % deed tax = 37,875, from 3,500 a
        // month: 10.8 → 11 months of saving from zero.
        let flat =
            Housing::Outright { price_per_m2: 75_000, area_m2: 50, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
        let p = flat.purchase().unwrap();
        assert_eq!((p.price, p.deed_tax, flat.upfront()), (3_750_000, 37_500, 3_787_500));
        assert_eq!(months_to_save(flat.upfront(), 350_000), Some(11));
        assert_eq!(months_to_save(flat.upfront(), 0), None);
        // Bought at the move from 40,000 saved: the home counts at its price,
        // the deed tax and moving costs are gone.
        let buy = Scenario { name: "Buy".into(), housing: flat, ..hegang() };
        let o = simulate(&buy, 4_000_000, 12, 0.0).unwrap();
        assert_eq!(o.cash[0], 4_000_000 - 300_000 - 3_787_500);
        assert_eq!(o.net_worth[0], o.cash[0] + 3_750_000);
        // No rent any more: saves 4,000 a month.
        assert_eq!(o.savings, 400_000);
        // From 10,000 saved it cannot be bought: cash goes below zero, and says so.
        let short = simulate(&buy, 1_000_000, 12, 0.0).unwrap();
        assert_eq!(short.lowest_cash, 1_000_000 - 300_000 - 3_787_500);
    }

    #[test]
    fn months_without_income_and_a_mortgage() {
        use crate::relocation::mortgage::Method;
        let mortgage = Housing::Mortgage {
            price_per_m2: 75_000,
            area_m2: 50,
            down_payment_bp: 1500,
            commercial_rate_bp: 305,
            fund: None,
            years: 10,
            method: Method::EqualPayment,
            deed_tax_bp: DEED_TAX_BP,
            fees: 50_000,
            monthly_fees: 5_000,
        };
        let s = Scenario { name: "Mortgage".into(), housing: mortgage, months_without_income: 2, ..hegang() };
        let o = simulate(&s, 2_000_000, 24, 0.0).unwrap();
        // Down payment 15 % of 37,500 = 5,625; deed tax 375; fees 500; moving 3,000.
        assert_eq!(o.one_off, 562_500 + 37_500 + 50_000 + 300_000);
        let pay = o.schedule[0].payment;
        // Two months with no income: only costs leave.
        assert_eq!(o.cash[1] - o.cash[0], -(pay + 5_000) - 100_000);
        assert_eq!(o.cash[3] - o.cash[2], 500_000 - (pay + 5_000) - 100_000);
        // Equity: the price less what is owed.
        assert_eq!(o.net_worth[12], o.cash[12] + 3_750_000 - o.schedule[11].balance);
    }

    fn now() -> Month {
        Month::new(2026, 11).unwrap()
    }

    #[test]
    fn moving_in_three_months_waits_as_staying_does() {
        // The worked example, but the move is in 2027-02, three months from now:
        // until then both save 2,500 a month; the 3,000 of moving costs leave at the
        // end of month 3, and 1,000 more a month wins them back three months later.
        let later = Scenario { start: Month::new(2027, 2), ..hegang() };
        let out = compare(&guangzhou(), &[later], 1_000_000, 120, 0.0, now()).unwrap();
        let (stay, moved) = (&out[0], &out[1]);
        assert_eq!(moved.wait, 3);
        assert_eq!(moved.cash[..3], stay.cash[..3]);
        assert_eq!(moved.cash[3], 1_000_000 + 3 * 250_000 - 300_000);
        assert_eq!(moved.cash[4], moved.cash[3] + 350_000);
        assert_eq!(moved.break_even, Some(6));
        // After a year: 10,000 + 3 × 2,500 − 3,000 + 9 × 3,500 = 46,000.
        assert_eq!(moved.net_worth_at[0], (1, 4_600_000));
        // A start month already past is now.
        let past = Scenario { start: Month::new(2026, 1), ..hegang() };
        let out = compare(&guangzhou(), &[past], 1_000_000, 120, 0.0, now()).unwrap();
        assert_eq!((out[1].wait, out[1].break_even), (0, Some(3)));
    }

    #[test]
    fn a_later_purchase_holds_the_home_only_from_the_move() {
        let flat =
            Housing::Outright { price_per_m2: 75_000, area_m2: 50, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
        let buy = Scenario { name: "Buy".into(), housing: flat, start: Month::new(2027, 1), ..hegang() };
        let out = compare(&guangzhou(), &[buy], 4_000_000, 24, 0.0, now()).unwrap();
        let o = &out[1];
        assert_eq!(o.net_worth[1], o.cash[1], "nothing bought yet in month 1");
        assert_eq!(o.cash[2], 4_000_000 + 2 * 250_000 - 300_000 - 3_787_500);
        assert_eq!(o.net_worth[2], o.cash[2] + 3_750_000);
    }
}
