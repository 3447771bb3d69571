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
    /// Income is the city's average wage (gross), carried forward.
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
            sell_home_fee_bp: None,
            income_from: IncomeFrom::Typed,
            rent_growth_bp: None,
            scaled_living: false,
            price_change_bp: 0,
            selling_costs_bp: 0,
        }
    }

    #[test]
    fn guangzhou_to_hegang_breaks_even_after_three_months() {
        let out =
            compare(&guangzhou(), &[hegang()], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
        let (stay, move_) = (&out[0], &out[1]);
        // Staying saves 2,500 (50 %); moving saves 3,500 (70 %).
        assert_eq!((stay.savings, stay.rate.map(|r| r.bp())), (250_000, Some(5000)));
        assert_eq!((move_.savings, move_.rate.map(|r| r.bp()), move_.one_off), (350_000, Some(7000), 300_000));
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
        let o = simulate(&buy, 4_000_000, 12, Economy::default()).unwrap();
        assert_eq!(o.cash[0], 4_000_000 - 300_000 - 3_787_500);
        assert_eq!(o.net_worth[0], o.cash[0] + 3_750_000);
        // No rent any more: saves 4,000 a month.
        assert_eq!(o.savings, 400_000);
        // From 10,000 saved it cannot be bought: cash goes below zero, and says so.
        let short = simulate(&buy, 1_000_000, 12, Economy::default()).unwrap();
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
        let o = simulate(&s, 2_000_000, 24, Economy::default()).unwrap();
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
        // 2026-12 and 2027-01 are lived as staying (2,500 saved each); the 3,000 of
        // moving costs leave at the end of 2027-01 (month 2), and 2027-02 (month 3)
        // is the first month in Hegang. 1,000 more a month wins the 3,000 back
        // three months later: level in month 5 (2027-04).
        let later = Scenario { start: Month::new(2027, 2), ..hegang() };
        let out = compare(&guangzhou(), &[later], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
        let (stay, moved) = (&out[0], &out[1]);
        assert_eq!(moved.wait, 3);
        assert_eq!(moved.cash[..2], stay.cash[..2]);
        assert_eq!(moved.cash[2], 1_000_000 + 2 * 250_000 - 300_000);
        assert_eq!(moved.cash[3], moved.cash[2] + 350_000, "the start month is lived in Hegang");
        assert_eq!(moved.break_even, Some(5));
        // After a year: 10,000 + 2 × 2,500 − 3,000 + 10 × 3,500 = 47,000.
        assert_eq!(moved.net_worth_at[0], (1, 4_700_000));
        // A start month already past is now; so is this month; next month moves at
        // the end of this one, which is what now means.
        for start in [Month::new(2026, 1), Month::new(2026, 11), Month::new(2026, 12)] {
            let s = Scenario { start, ..hegang() };
            let out = compare(&guangzhou(), &[s], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
            assert_eq!(
                (out[1].break_even, &out[1].cash),
                (
                    Some(3),
                    &compare(&guangzhou(), &[hegang()], &Holdings::cash(1_000_000), 120, Economy::default(), now())
                        .unwrap()[1]
                        .cash
                )
            );
        }
    }

    #[test]
    fn a_later_purchase_holds_the_home_only_from_the_move() {
        // Bought at the end of 2026-12 (month 1), for a start in 2027-01 (month 2).
        let flat =
            Housing::Outright { price_per_m2: 75_000, area_m2: 50, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
        let buy = Scenario { name: "Buy".into(), housing: flat, start: Month::new(2027, 1), ..hegang() };
        let out = compare(&guangzhou(), &[buy], &Holdings::cash(4_000_000), 24, Economy::default(), now()).unwrap();
        let o = &out[1];
        assert_eq!((o.net_worth[0], o.cash[0]), (4_000_000, 4_000_000), "nothing bought now");
        assert_eq!(o.cash[1], 4_000_000 + 250_000 - 300_000 - 3_787_500);
        assert_eq!(o.net_worth[1], o.cash[1] + 3_750_000);
        assert_eq!(o.cash[2], o.cash[1] + 400_000, "2027-01 lived in the flat: no rent");
    }

    /// The ship mechanic's household in Hegang (income 5,000, rent 200, other
    /// spending 300: saves 4,500) weighs Beijing: rent 5,000 with a month's
    /// deposit, other spending 375, no moving costs. The deposit is held, so net
    /// worth right after the move equals staying's; every month after it, 4,875
    /// less is saved. It never catches up.
    fn hegang_household() -> Scenario {
        Scenario { name: "Stay".into(), ..stay(500_000, 20_000, 30_000, "Hegang") }
    }

    fn beijing() -> Scenario {
        Scenario {
            name: "Beijing".into(),
            city: "Beijing".into(),
            income: 500_000,
            housing: Housing::Rent { monthly: 500_000, deposit_months: 1, agent_fee: 0 },
            living: 37_500,
            moving_costs: 0,
            months_without_income: 0,
            start: None,
            sell_home_fee_bp: None,
            income_from: IncomeFrom::Typed,
            rent_growth_bp: None,
            scaled_living: false,
            price_change_bp: 0,
            selling_costs_bp: 0,
        }
    }

    #[test]
    fn a_move_that_never_catches_up_never_breaks_even() {
        let out =
            compare(&hegang_household(), &[beijing()], &Holdings::cash(2_700_000), 120, Economy::default(), now())
                .unwrap();
        let (stay, bj) = (&out[0], &out[1]);
        assert_eq!(bj.one_off, 500_000);
        assert_eq!(bj.net_worth[0], stay.net_worth[0], "level at the move: the deposit is still theirs");
        // Month 1: 27,000 − 5,000 − 375 … against 27,000 + 4,500.
        assert_eq!(bj.net_worth[1] - stay.net_worth[1], -487_500);
        assert_eq!(bj.break_even, None, "level at the move is not breaking even");
        // Moving in 2027-06: the same household until the end of 2027-05, then behind for good.
        let later = Scenario { start: Month::new(2027, 6), ..beijing() };
        let out =
            compare(&hegang_household(), &[later], &Holdings::cash(2_700_000), 120, Economy::default(), now()).unwrap();
        assert_eq!(out[1].net_worth[..7], out[0].net_worth[..7]);
        assert!(out[1].net_worth[7] < out[0].net_worth[7]);
        assert_eq!(out[1].break_even, None, "the months before the move are not a lead");
    }

    #[test]
    fn a_move_ahead_from_its_first_month_is_never_behind() {
        // Hegang to Guangzhou's example without moving costs or a deposit: 1,000
        // more saved from the first month, and nothing to win back.
        let free = Scenario { moving_costs: 0, ..hegang() };
        let out = compare(
            &guangzhou(),
            std::slice::from_ref(&free),
            &Holdings::cash(1_000_000),
            120,
            Economy::default(),
            now(),
        )
        .unwrap();
        assert_eq!(out[1].break_even, Some(0));
        assert!(out[1].net_worth[1..].iter().zip(&out[0].net_worth[1..]).all(|(a, b)| a > b));
        // Moving later, the months before the move are level: still never behind.
        let later = Scenario { start: Month::new(2027, 6), ..free };
        let out = compare(&guangzhou(), &[later], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
        assert_eq!(out[1].break_even, Some(0));
        // Staying is never behind itself.
        assert_eq!(out[0].break_even, Some(0));
    }

    #[test]
    fn break_even_is_the_month_after_the_last_one_behind() {
        // Behind, level, ahead: from month 1 on.
        assert_eq!(break_even(&[-1, 0, 1], &[0, 0, 0]), Some(1));
        // Ahead, then behind at the end: not within the horizon.
        assert_eq!(break_even(&[1, 1, -1], &[0, 0, 0]), None);
        // Catches up, falls behind, catches up again: from the second time.
        assert_eq!(break_even(&[-1, 1, -1, 1, 1], &[0; 5]), Some(3));
        // Ahead only in the horizon's last month: that month.
        assert_eq!(break_even(&[-3, -2, -1, 0], &[0; 4]), Some(3));
        assert_eq!(break_even(&[0, 0], &[0, 0]), Some(0));
    }

    /// The household has 10,000 in the bank, a 50,000 fund and a flat worth
    /// 900,000 with 283,040.98 still owed (paid down by 800 a month here,
    /// out of a 1,700 payment).
    fn held() -> Holdings {
        Holdings {
            cash: 1_000_000,
            investments: 5_000_000,
            home: 90_000_000,
            owed: (0..=120).map(|m| 28_304_098 - m * 80_000).collect(),
            payments: (0..=120).map(|m| if m == 0 { 0 } else { 170_000 }).collect(),
        }
    }

    #[test]
    fn a_home_kept_when_moving_out_still_asks_its_payments() {
        let out = compare(&guangzhou(), &[hegang()], &held(), 120, Economy::default(), now()).unwrap();
        let (stay, move_) = (&out[0], &out[1]);
        // Staying: the ledger's housing holds the payment already.
        assert_eq!((stay.housing, stay.savings), (150_000, 250_000));
        // Moving and keeping the flat: Hegang's rent 500 plus the 1,700
        // payment, so 5,000 − 2,200 − 1,000 = 1,800 saved a month.
        assert_eq!((move_.housing, move_.savings), (220_000, 180_000));
        assert_eq!(move_.cash[12] - move_.cash[0], 12 * 180_000);
        // Selling it at the move ends the payments.
        let sell = Scenario { sell_home_fee_bp: Some(100), ..hegang() };
        let out = compare(&guangzhou(), &[sell], &held(), 120, Economy::default(), now()).unwrap();
        assert_eq!((out[1].housing, out[1].savings), (50_000, 350_000));
    }

    #[test]
    fn cash_is_what_a_move_spends_from_and_the_home_counts_until_it_is_sold() {
        let out = compare(&guangzhou(), &[hegang()], &held(), 120, Economy::default(), now()).unwrap();
        let (stay, move_) = (&out[0], &out[1]);
        // Cash starts from the bank's 10,000 only: moving costs 3,000 leave 7,000.
        assert_eq!((stay.cash[0], move_.cash[0], move_.lowest_cash), (1_000_000, 700_000, 700_000));
        // Net worth: cash + 50,000 + (900,000 − 283,040.98) = 676,959.02 now,
        // and the home's equity grows by 800 a month as the loan is repaid.
        assert_eq!(stay.net_worth[0], 1_000_000 + 5_000_000 + 90_000_000 - 28_304_098);
        assert_eq!(stay.net_worth[12] - stay.net_worth[0], 12 * 250_000 + 12 * 80_000);
        // Selling at the move, 1 % in fees: 900,000 − 9,000 − 283,040.98 =
        // 607,959.02 in cash, and no home in net worth after.
        let sell = Scenario { sell_home_fee_bp: Some(100), ..hegang() };
        let out = compare(&guangzhou(), &[sell], &held(), 120, Economy::default(), now()).unwrap();
        let sold = &out[1];
        assert_eq!(sold.cash[0], 1_000_000 - 300_000 + 90_000_000 - 900_000 - 28_304_098);
        // 900,000 − 9,000 − 283,040.98 = 607,959.02 came in.
        assert_eq!(sold.home_sale, HomeSale::Sold(60_795_902));
        assert_eq!((out[0].home_sale, sold.lowest_cash), (HomeSale::Kept, 61_495_902), "7,000 + 607,959.02");
        assert_eq!(sold.net_worth[0], sold.cash[0] + 5_000_000);
        assert_eq!(sold.net_worth[12] - sold.net_worth[0], 12 * 350_000, "the loan no longer counts");
        // Selling later (the move in three months): the sale comes then, at
        // what is owed then, 2,400 less.
        let later = Scenario { sell_home_fee_bp: Some(100), start: Some(now().plus(3).unwrap()), ..hegang() };
        let out = compare(&guangzhou(), &[later], &held(), 120, Economy::default(), now()).unwrap();
        let (stay, moved) = (&out[0], &out[1]);
        assert_eq!(moved.cash[1], stay.cash[1]);
        assert_eq!(moved.cash[2], stay.cash[2] - 300_000 + 90_000_000 - 900_000 - (28_304_098 - 2 * 80_000));
        // 607,959.02 + 1,600 (two months' repayment, 800 each) = 609,559.02.
        assert_eq!(moved.home_sale, HomeSale::Sold(60_955_902));
        // Without a home, selling sells nothing.
        let sell = Scenario { sell_home_fee_bp: Some(100), ..hegang() };
        let out = compare(&guangzhou(), &[sell], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
        assert_eq!(out[1].cash[0], 700_000);
        // ... and the outcome says so, for the faces to tell.
        assert_eq!(out[1].home_sale, HomeSale::NoHome);
    }

    #[test]
    fn a_home_at_its_projected_value_less_selling_costs() {
        // 37,500 falling 5 % a year: 35,625 after a year, 36,562.50 half way.
        let change = rate::from_bp(-500);
        assert_eq!((home_value(3_750_000, change, 12), home_value(3_750_000, change, 6)), (3_562_500, 3_656_250));
        assert_eq!(home_value(3_750_000, change, 24), 3_384_375, "35,625 × 0.95");
        let flat =
            Housing::Outright { price_per_m2: 75_000, area_m2: 50, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
        let buy =
            Scenario { name: "Buy".into(), housing: flat, price_change_bp: -500, selling_costs_bp: 200, ..hegang() };
        let o = simulate(&buy, 4_000_000, 24, Economy::default()).unwrap();
        // At the move the home counts at its price less 2 % to sell it: 36,750.
        assert_eq!(o.net_worth[0], o.cash[0] + 3_675_000);
        // After a year: 35,625 less 712.50.
        assert_eq!(o.net_worth[12], o.cash[12] + 3_562_500 - 71_250);
        // Rising prices count too.
        let up = simulate(&Scenario { price_change_bp: 300, ..buy }, 4_000_000, 24, Economy::default()).unwrap();
        assert_eq!(up.net_worth[12] - up.cash[12], 3_862_500 - 77_250);
    }

    #[test]
    fn rent_grows_yearly_and_inflation_raises_living_costs() {
        let rising = Scenario { rent_growth_bp: Some(1000), ..hegang() };
        let economy = Economy { annual_return: Decimal::ZERO, inflation: rate::from_bp(300) };
        let o = simulate(&rising, 1_000_000, 24, economy).unwrap();
        // Year one: 5,000 − 500 − 1,000; year two: rent 550, living 1,030.
        assert_eq!(o.cash[1] - o.cash[0], 350_000);
        assert_eq!(o.cash[13] - o.cash[12], 500_000 - 55_000 - 103_000);
        // Today's money: 12 months at 3 % is ÷ 1.03.
        assert_eq!(o.net_worth_today[12], round_fen(Decimal::from(o.net_worth[12]) / Decimal::new(103, 2)));
        assert_eq!(o.today_at[0], (1, o.net_worth_today[12]));
        // Staying's housing rises with inflation as on the Plan tab, and so does
        // a rent whose rise is not said: a move to the same rent is the same.
        let same = Scenario {
            housing: Housing::Rent { monthly: 150_000, deposit_months: 0, agent_fee: 0 },
            moving_costs: 0,
            ..hegang()
        };
        let out = compare(&guangzhou(), &[same], &Holdings::cash(0), 24, economy, now()).unwrap();
        assert_eq!(out[0].cash[13] - out[0].cash[12], 500_000 - 154_500 - 103_000);
        assert_eq!(out[1].cash, out[0].cash);
        // A return on cash: 1 % a month at 12 % a year on 10,000 is 100.
        let growing = Economy { annual_return: rate::from_bp(1200), inflation: Decimal::ZERO };
        let o = simulate(&hegang(), 1_000_000, 1, growing).unwrap();
        assert_eq!(o.cash[1], 1_000_000 - 300_000 + 7_000 + 350_000);
    }

    #[test]
    fn price_to_income() {
        let flat = Housing::Outright {
            price_per_m2: 227_400,
            area_m2: 90,
            deed_tax_bp: DEED_TAX_BP,
            fees: 0,
            monthly_fees: 0,
        };
        let o = simulate(&Scenario { housing: flat, ..hegang() }, 0, 12, Economy::default()).unwrap();
        // 204,660 against 60,000 a year: 3.41 years.
        assert_eq!((o.price, o.price_years), (Some(20_466_000), Some(341)));
        assert_eq!(simulate(&hegang(), 0, 12, Economy::default()).unwrap().price_years, None);
    }
}
