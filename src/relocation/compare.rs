//! Comparing scenarios with staying: month by month cash (through the
//! projection engine), home equity, net worth, the break-even month, net worth
//! after 1, 3, 5 and 10 years, and months to a target. Pure.
//!
//! - Month 0 is the move: cash = savings now − moving costs − the housing
//!   plan's upfront money; the deposit or the home counts in net worth.
//! - Each month: income (none in the first `months_without_income`) − housing
//!   (rent, or mortgage payment + property fees) − living costs is saved;
//!   cash grows by it at the [`Economy`]'s return
//!   (`projection::project_contributions`), exactly as the Plan tab's
//!   projection: with the same baseline, return and inflation, staying's cash
//!   is the Plan tab's balance month by month, nominal and in today's money.
//! - Time: living costs, staying's housing and property fees step up by
//!   inflation once a year, rent by the scenario's own yearly growth (either
//!   may be negative); a mortgage's payment follows its schedule; income stays
//!   as it is. Today's money divides by `(1 + inflation)^(m/12)`.
//! - Net worth = cash + equity, where equity is the deposit held, or the home
//!   bought at its projected value ([`home_value`]: its price changing by the
//!   scenario's yearly rate, which may be negative) less what selling it would
//!   cost (`selling_costs_bp`) and the loan still owed: what the household
//!   would have if it sold at that month.
//! - What the household has comes in as [`Holdings`]: cash is what plans
//!   spend from (the `savings` above); investments (held flat) and the home
//!   lived in now, less what its loans owe month by month, count in net worth
//!   too. A scenario that sells that home (`sell_home_fee_bp`) gets its value
//!   less the fee and what is owed then as cash at the move, and the home
//!   leaves its net worth from then on ([`HomeSale`] says what became of it).
//! - Month `m` (1-based) is the `m`-th month from now: with now 2026-11,
//!   month 1 is 2026-12, as in the projection. A scenario with a later start
//!   month `S` lives as staying does in the months before `S`; the move (and
//!   its one-off costs) comes at the end of the month before `S`, so `S` is
//!   its first month in the new city. A start of next month is then the
//!   same as now: the move at the end of this month.
//! - Break-even: the first month from which the scenario's net worth stays
//!   at or above staying's for the rest of the horizon, counted from now;
//!   `Some(0)` when it is never behind (before the move the two are the same
//!   household, so this means: never behind from the move on), `None` when
//!   it is behind at the horizon's end. A scenario that catches up and falls
//!   behind again has not broken even.

use rust_decimal::Decimal;
use serde::Serialize;

use super::mortgage::{MortgageError, Payment};
use super::scenario::{Housing, IncomeFrom, SELLING_COSTS_BP, Scenario, of_bp};
use crate::model::Month;
use crate::projection::rate::{self, round_fen};
use crate::projection::{project_contributions, stepped, todays_money_exact};

/// Net worth is reported after these many years.
pub const CHECKPOINT_YEARS: [u32; 4] = [1, 3, 5, 10];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub name: String,
    /// Months from now until the start month, its first month in the new
    /// city (0: the move is now; 1 is the same move, at the end of this month).
    pub wait: u32,
    /// A steady month once settled in (after any months without income), fen.
    pub income: i64,
    pub housing: i64,
    pub living: i64,
    pub savings: i64,
    /// Savings ÷ income, exact; `None` without income.
    pub rate: Option<crate::report::Ratio>,
    /// Paid at the move: moving costs and the housing plan's upfront money.
    pub one_off: i64,
    /// The least cash on hand in any month: below zero, the plan spends
    /// money the household does not have.
    pub lowest_cash: i64,
    /// Month by month from the move (index 0 = right after it).
    pub cash: Vec<i64>,
    pub net_worth: Vec<i64>,
    /// Against staying: the first month from which net worth stays at or
    /// above staying's to the horizon's end; `Some(0)`: never behind; `None`:
    /// behind at the horizon's end.
    pub break_even: Option<u32>,
    /// (years, net worth) at each checkpoint within the horizon.
    pub net_worth_at: Vec<(u32, i64)>,
    /// The same in today's money (at the comparison's inflation).
    pub today_at: Vec<(u32, i64)>,
    /// Cash and net worth month by month in today's money.
    pub cash_today: Vec<i64>,
    pub net_worth_today: Vec<i64>,
    /// The home's price, for a plan that buys one.
    pub price: Option<i64>,
    /// The price in years of the scenario's income, in hundredths.
    pub price_years: Option<i64>,
    /// The price in years of the city's average wage (carried forward to
    /// today), and the city's own ratio for a 90 m² home, in hundredths:
    /// filled in by whoever knows the city.
    pub city_wage_years: Option<i64>,
    pub city_ratio: Option<i64>,
    /// Which of its figures are modelled rather than data: filled in by
    /// whoever knows the city.
    pub modelled: Modelled,
    /// The mortgage schedule for buying plans with a loan.
    pub schedule: Vec<Payment>,
    /// What its prepayments buy, its own way and the other (a mortgage that prepays).
    pub prepay: Option<[super::scenario::PrepayWay; 2]>,
    /// Whether the home lived in now is sold at the move, and for what.
    pub home_sale: HomeSale,
}

/// Which of a scenario's monthly figures a model gave, not a source or the
/// user: the faces mark them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Modelled {
    /// The rent is the city's, modelled from its price.
    pub rent: bool,
    /// Living costs are today's spending scaled by the cities' cost indices.
    pub living: bool,
    /// Income is the city's average wage, carried forward and taken home.
    pub income: bool,
}

impl Modelled {
    pub fn any(self) -> bool {
        self.rent || self.living || self.income
    }
}

/// What becomes of the home lived in now, in one outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum HomeSale {
    /// Kept (counted in net worth, less what its loans owe), or none to keep.
    #[default]
    Kept,
    /// Sold at the move: what it brought in as cash, its value less the fee
    /// and what its loans still owed then (below zero when they owed more).
    Sold(i64),
    /// The scenario sells the home, but the household has none (no home
    /// account, or one worth nothing): nothing is sold, nothing comes in.
    NoHome,
}

/// What the household has when the comparison starts: the cash a plan
/// spends from, and what else counts in its net worth. All fen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Holdings {
    /// Cash, bank, wallet and savings accounts less what cards owe: where
    /// each month's saving goes and the move's costs come from.
    pub cash: i64,
    /// Investments, counted in net worth as they are (no return applied).
    pub investments: i64,
    /// The home lived in now, at its value.
    pub home: i64,
    /// What the loans on it still owe at the end of month `m` from now
    /// (index 0 = now; past the end, the last figure).
    pub owed: Vec<i64>,
    /// What the loans on it ask in payments in month `m` from now (index 0
    /// = now, nothing; past the end, nothing): a scenario that keeps the
    /// home and moves out still pays them.
    pub payments: Vec<i64>,
}

impl Holdings {
    /// Only cash: what a comparison had before the household's holdings.
    pub fn cash(cash: i64) -> Holdings {
        Holdings { cash, ..Holdings::default() }
    }

    fn owed_at(&self, m: u32) -> i64 {
        self.owed.get(m as usize).or(self.owed.last()).copied().unwrap_or(0)
    }

    /// What the loans on the home ask in month `m` from now.
    pub fn payment_in(&self, m: u32) -> i64 {
        self.payments.get(m as usize).copied().unwrap_or(0)
    }

    /// The home's equity at the end of month `m`: its value less what is owed.
    pub fn equity_at(&self, m: u32) -> i64 {
        self.home - self.owed_at(m)
    }

    /// What selling the home at the end of month `m` brings in: its value
    /// less the fee (`fee_bp` of it) and what the loans still owe.
    pub fn sale_at(&self, m: u32, fee_bp: i64) -> i64 {
        self.home - super::scenario::of_bp(self.home, fee_bp) - self.owed_at(m)
    }
}

/// The economy a comparison runs in, as on the Plan tab: the yearly
/// return on cash, and inflation, which raises living costs and staying's
/// housing once a year and turns figures into today's money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Economy {
    pub annual_return: Decimal,
    pub inflation: Decimal,
}

/// A home's value `k` months after it was bought at `price`, changing by
/// `change` a year: `price × (1 + change)^y × (1 + change × r ÷ 12)` for
/// `k = 12y + r` (whole years compound, the months between are a straight
/// line), exact, rounded once.
pub fn home_value(price: i64, change: Decimal, k: u32) -> i64 {
    let years = rate::pow(Decimal::ONE + change, k / 12);
    let within = Decimal::ONE + change * Decimal::from(k % 12) / Decimal::from(12);
    round_fen(Decimal::from(price).saturating_mul(years).saturating_mul(within))
}

/// Runs one scenario for `months` months from `savings` in hand, moving now.
pub fn simulate(s: &Scenario, savings: i64, months: u32, economy: Economy) -> Result<Outcome, MortgageError> {
    simulate_after(s, None, &Holdings::cash(savings), months, economy)
}

/// Housing paid in month `m` from now, `k` months after the move (1-based):
/// rent rising by the scenario's growth, today's housing and property fees
/// by inflation, a mortgage's payment as its schedule says.
fn housing_in(s: &Scenario, schedule: &[super::mortgage::Payment], m: u32, k: u32, inflation: Decimal) -> i64 {
    match s.housing {
        Housing::Current { monthly } => stepped(monthly, inflation, m),
        Housing::Rent { monthly, .. } => stepped(monthly, s.rent_growth_bp.map_or(inflation, rate::from_bp), m),
        Housing::Mortgage { monthly_fees, .. } => {
            stepped(monthly_fees, inflation, m) + schedule.get(k as usize - 1).map_or(0, |p| p.payment)
        }
        Housing::Outright { monthly_fees, .. } => stepped(monthly_fees, inflation, m),
    }
}

/// What the new home (or the deposit) counts for in net worth `k` months
/// after the move: the deposit; or the home at its value then, less what
/// selling it would cost and what the loan still owes.
fn equity_in(s: &Scenario, schedule: &[super::mortgage::Payment], k: u32) -> i64 {
    match s.housing.purchase() {
        None => s.housing.held(),
        Some(p) => {
            let value = home_value(p.price, rate::from_bp(s.price_change_bp), k);
            let owed = match k {
                0 => p.loan,
                _ => schedule.get(k as usize - 1).map_or(0, |x| x.balance),
            };
            value - of_bp(value, s.selling_costs_bp) - owed
        }
    }
}

/// Like [`simulate`], but the move happens `wait` months from now; until then
/// the household saves what `before` (staying) saves each month.
fn simulate_after(
    s: &Scenario,
    before: Option<(&Scenario, u32)>,
    held: &Holdings,
    months: u32,
    economy: Economy,
) -> Result<Outcome, MortgageError> {
    let inflation = economy.inflation;
    let savings = held.cash;
    let wait = before.map_or(0, |(_, w)| w.min(months));
    // The move comes at the end of month `moved`, the month before the start
    // month (month 0, now, when the start is now or next month).
    let moved = wait.saturating_sub(1);
    let schedule = s.housing.schedule()?;
    let one_off = s.moving_costs + s.housing.upfront();
    let settled = (s.months_without_income.max(0) as u32 + 1).max(1);
    let staying_saves = match before {
        Some((stay, _)) => {
            let stay_schedule = stay.housing.schedule()?;
            (1..=moved)
                .map(|m| {
                    stay.income - housing_in(stay, &stay_schedule, m, m, inflation) - stepped(stay.living, inflation, m)
                })
                .collect()
        }
        None => Vec::new(),
    };
    // Month `moved` ends with the move: its one-off costs leave then (month 0
    // when moving now, before any saving).
    // Selling the home now lived in, at the move: its value less the fee
    // and what is still owed comes in as the one-off costs go out.
    let sold = s.sell_home_fee_bp.filter(|_| held.home > 0);
    let sale = sold.map_or(0, |fee| held.sale_at(moved, fee));
    let mut contributions: Vec<i64> = staying_saves;
    if let Some(last) = contributions.last_mut() {
        *last += sale - one_off;
    }
    // A home kept when moving out still asks its loans' payments (a move
    // that lives on in it, `Current`, has them in its housing already).
    let kept_payment = |k: u32| match (&s.housing, sold) {
        (Housing::Current { .. }, _) | (_, Some(_)) => 0,
        _ => held.payment_in(moved + k),
    };
    let month_of = |k: u32| {
        let income = if (k as i64) <= s.months_without_income { 0 } else { s.income };
        let m = moved + k;
        let housing = housing_in(s, &schedule, m, k, inflation) + kept_payment(k);
        (income, housing, stepped(s.living, inflation, m))
    };
    contributions.extend((1..=months - moved).map(|k| {
        let (income, housing, living) = month_of(k);
        income - housing - living
    }));
    let start = if moved == 0 { savings + sale - one_off } else { savings };
    let points = project_contributions(start, &contributions, economy.annual_return, inflation);
    let cash: Vec<i64> = std::iter::once(start).chain(points.iter().map(|p| p.balance)).collect();
    let cash_today: Vec<i64> = std::iter::once(start).chain(points.iter().map(|p| p.balance_today)).collect();
    let equity = |m: u32| if m < moved { 0 } else { equity_in(s, &schedule, m - moved) };
    // The home lived in now counts until it is sold (the sale is in cash).
    let home = |m: u32| if sold.is_some() && m >= moved { 0 } else { held.equity_at(m) };
    let net_worth: Vec<i64> =
        cash.iter().zip(0u32..).map(|(c, m)| c + held.investments + home(m) + equity(m)).collect();
    // In today's money from the unrounded cash, so staying's is the Plan
    // tab's to the fen, and each figure is rounded once.
    let exact: Vec<Decimal> = std::iter::once(Decimal::from(start)).chain(points.iter().map(|p| p.exact)).collect();
    let net_worth_today: Vec<i64> = net_worth
        .iter()
        .zip(&cash)
        .zip(&exact)
        .zip(0u32..)
        .map(|(((&v, &c), &x), m)| todays_money_exact(x + Decimal::from(v - c), inflation, m))
        .collect();
    let (income, housing, living) = month_of(settled);
    let savings_month = income - housing - living;
    let checkpoints = |series: &[i64]| -> Vec<(u32, i64)> {
        CHECKPOINT_YEARS.iter().filter(|&&y| y * 12 <= months).map(|&y| (y, series[(y * 12) as usize])).collect()
    };
    let price = s.housing.purchase().map(|p| p.price);
    Ok(Outcome {
        name: s.name.clone(),
        wait,
        income,
        housing,
        living,
        savings: savings_month,
        rate: crate::report::savings_rate(savings_month, income),
        one_off,
        net_worth_at: checkpoints(&net_worth),
        today_at: checkpoints(&net_worth_today),
        lowest_cash: cash.iter().copied().min().unwrap_or(start),
        cash,
        cash_today,
        net_worth,
        net_worth_today,
        break_even: None,
        schedule,
        prepay: s.housing.prepay_ways()?,
        home_sale: match (s.sell_home_fee_bp, sold) {
            (None, _) => HomeSale::Kept,
            (Some(_), None) => HomeSale::NoHome,
            (Some(_), Some(_)) => HomeSale::Sold(sale),
        },
        price,
        price_years: price.and_then(|p| super::cities::years_of(p, s.income.saturating_mul(12))),
        city_wage_years: None,
        city_ratio: None,
        modelled: Modelled::default(),
    })
}

/// Staying first, then each scenario, with break-even months against
/// staying. `now` is this month: a scenario whose start month is later
/// moves then, and lives as staying does until it.
pub fn compare(
    stay: &Scenario,
    others: &[Scenario],
    held: &Holdings,
    months: u32,
    economy: Economy,
    now: Month,
) -> Result<Vec<Outcome>, MortgageError> {
    let base = simulate_after(stay, None, held, months, economy)?;
    let mut out = vec![Outcome { break_even: Some(0), ..base.clone() }];
    for s in others {
        let wait = s.start.map_or(0, |m| u32::try_from(now.months_until(m)).unwrap_or(0));
        let mut o = simulate_after(s, Some((stay, wait)), held, months, economy)?;
        o.break_even = break_even(&o.net_worth, &base.net_worth);
        out.push(o);
    }
    Ok(out)
}

/// The first month from which `scenario` stays at or above `staying` to the
/// end of the horizon: the month after the last one it is behind in; `Some(0)`
/// when it is never behind, `None` when it is behind in the last month.
pub fn break_even(scenario: &[i64], staying: &[i64]) -> Option<u32> {
    let behind = scenario.iter().zip(staying).rposition(|(a, b)| a < b);
    match behind {
        None => Some(0),
        Some(m) if m + 1 >= scenario.len().min(staying.len()) => None,
        Some(m) => Some(m as u32 + 1),
    }
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
        sell_home_fee_bp: None,
        income_from: IncomeFrom::Today,
        rent_growth_bp: None,
        scaled_living: false,
        price_change_bp: 0,
        selling_costs_bp: SELLING_COSTS_BP,
    }
}

#[cfg(test)]
mod tests;
