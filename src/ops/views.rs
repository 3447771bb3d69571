//! The figures behind the views, computed once for both faces: month
//! summaries (the Months tab, `report monthly`), the ledger header's month,
//! a month's breakdown and what waits at its end (`views/months.rs`), a budget month, the plan's inputs and goals (the
//! Plan tab, `project`, `goals`) and the Move tab's comparison. Each reads
//! the store in the context's currency, over the context's baseline months,
//! and returns plain data; the numbers themselves are decided in the core
//! (`report`, `budget`, `projection`, `relocation`).

use chrono::{Datelike, NaiveDate};

use super::{Ctx, Result};
use crate::budget::{self, Line};
use crate::model::{Class, Goal, Month, TxnFilter};
use crate::projection::{Average, Baseline, GoalStatus, Tweaks, goal_statuses as statuses};
use crate::relocation::cities::{self, City, Home, Living};
use crate::relocation::compare::{Economy, Modelled, Outcome, compare};
use crate::relocation::mortgage::MortgageError;
use crate::relocation::scenario::{Housing, IncomeFrom, Scenario};
use crate::report::breakdown::Breakdown;
use crate::report::chart::Span;
use crate::report::safe::{self, Safe};
use crate::report::{MonthSummary, summarize};
use crate::store::{PlanInputs, Store};

mod months;
pub use months::{Waiting, waiting};

/// How many payees a month's breakdown lists.
pub const TOP_PAYEES: usize = 5;

/// The summaries of the months `from` through `to`, oldest first (months
/// without a transaction are there, at zero).
pub fn month_summaries(store: &Store, ctx: &Ctx, from: Month, to: Month) -> Result<Vec<MonthSummary>> {
    let sums = store.month_class_sums(from, to, ctx.currency)?;
    Ok(summarize(from, to, &sums)?)
}

/// The summaries of `span`, ending with this month (the Months tab).
pub fn span_summaries(store: &Store, ctx: &Ctx, span: Span) -> Result<Vec<MonthSummary>> {
    let first = store.date_span()?.map(|(first, _)| ctx.cycle.month_of(first));
    let (from, to) = span.months(ctx.cycle.month_of(ctx.today), first);
    month_summaries(store, ctx, from, to)
}

/// The ledger header's totals: `month`'s sums under `filter` (the filter's
/// own date range narrows the month further). Like the list it heads, it
/// counts every currency.
pub fn month_summary(store: &Store, ctx: &Ctx, filter: &TxnFilter, month: Month) -> Result<MonthSummary> {
    let mut f = filter.clone();
    let (first, last) = (ctx.cycle.first_day(month), ctx.cycle.last_day(month));
    f.from = Some(filter.from.map_or(first, |d| d.max(first)));
    f.to = Some(filter.to.map_or(last, |d| d.min(last)));
    let sums: Vec<(Month, Class, i64)> = store.class_sums(&f)?.into_iter().map(|(c, s)| (month, c, s)).collect();
    let mut rows = summarize(month, month, &sums)?;
    Ok(rows.remove(0))
}

/// A budget month: its lines (limit, carried, spent, left) and its income,
/// for the total's context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetMonth {
    pub lines: Vec<Line>,
    pub income: i64,
}

/// `month`'s budget lines, from every limit set on or before it, and its income.
pub fn budget_month(store: &Store, ctx: &Ctx, month: Month) -> Result<BudgetMonth> {
    let lines = budget_lines(store, ctx, month)?;
    let income = month_summaries(store, ctx, month, month)?[0].income;
    Ok(BudgetMonth { lines, income })
}

fn budget_lines(store: &Store, ctx: &Ctx, month: Month) -> Result<Vec<Line>> {
    let limits = store.budget_limits()?;
    let Some(first) = limits.iter().map(|l| l.from).min() else { return Ok(Vec::new()) };
    let sums = if first <= month { store.month_category_sums(first, month, ctx.currency)? } else { Vec::new() };
    Ok(budget::lines(month, &limits, &store.categories(true)?, &sums)?)
}

/// Safe to spend today ([`crate::report::safe`]) at savings goal `goal`
/// (a fraction): the month that holds today, its posted figures, what its
/// recurring rules still expect by its end (not yet posted), and what its
/// budgets have not yet spent; `None` when the month has no income.
pub fn safe_to_spend(store: &Store, ctx: &Ctx, goal: rust_decimal::Decimal) -> Result<Option<Safe>> {
    let month = ctx.cycle.month_of(ctx.today);
    safe_on(store, ctx, goal, &budget_lines(store, ctx, month)?)
}

/// The Ledger header's figures for `month` under `filter`: its summary,
/// its categories over budget and, on today's month, safe to spend at
/// `goal` (the month's budget lines read once for both).
pub fn ledger_header(
    store: &Store,
    ctx: &Ctx,
    filter: &TxnFilter,
    month: Month,
    goal: rust_decimal::Decimal,
) -> Result<(MonthSummary, Vec<String>, Option<Safe>)> {
    let lines = budget_lines(store, ctx, month)?;
    let safe = match month == ctx.cycle.month_of(ctx.today) {
        true => safe_on(store, ctx, goal, &lines)?,
        false => None,
    };
    Ok((month_summary(store, ctx, filter, month)?, over(lines), safe))
}

/// [`safe_to_spend`] with today's month's budget `lines` already read.
fn safe_on(store: &Store, ctx: &Ctx, goal: rust_decimal::Decimal, lines: &[Line]) -> Result<Option<Safe>> {
    let month = ctx.cycle.month_of(ctx.today);
    let last = ctx.cycle.last_day(month);
    let posted = month_summary(store, ctx, &TxnFilter::default(), month)?;
    let today = TxnFilter { from: Some(ctx.today), to: Some(ctx.today), ..TxnFilter::default() };
    let spent_today = month_summary(store, ctx, &today, month)?.spending;
    let reserved = lines.iter().filter(|l| l.top).map(|l| l.remaining.max(0)).fold(0i64, i64::saturating_add);
    let rules = store.recurring()?;
    let mut m = safe::Month {
        income: posted.income,
        housing: posted.housing,
        spending: posted.spending,
        spent_today,
        reserved,
        days_left: u32::try_from((last - ctx.today).num_days() + 1).unwrap_or(1),
        ..safe::Month::default()
    };
    for due in store.upcoming(ctx.cycle.first_day(month), last)? {
        let Some(rule) = rules.iter().find(|r| r.id == due.rule_id) else { continue };
        let (into, amount) = match rule.class {
            Class::Income => (&mut m.expected_income, due.amount),
            Class::Housing => (&mut m.expected_housing, -due.amount),
            // A budgeted category's rule is its budget's to cover.
            Class::Spending if lines.iter().any(|l| l.category_id == rule.category_id) => continue,
            Class::Spending => (&mut m.expected_spending, -due.amount),
        };
        *into = into.saturating_add(amount);
    }
    Ok(safe::safe(&m, goal))
}

/// The categories over budget in `month`.
pub fn over_budget(store: &Store, ctx: &Ctx, month: Month) -> Result<Vec<String>> {
    Ok(over(budget_lines(store, ctx, month)?))
}

/// The names of the lines over budget.
fn over(lines: Vec<Line>) -> Vec<String> {
    lines.into_iter().filter(|l| l.over).map(|l| l.category).collect()
}

/// A month's breakdown (spending and housing by category, the top payees)
/// and its categories over budget.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthBreakdown {
    pub breakdown: Breakdown,
    pub over: Vec<String>,
}

pub fn breakdown(store: &Store, ctx: &Ctx, month: Month) -> Result<MonthBreakdown> {
    let sums = store.month_category_sums(month, month, ctx.currency)?;
    let payees = store.top_payees(month, ctx.currency, TOP_PAYEES)?;
    let breakdown = crate::report::breakdown::breakdown(month, &sums, &store.categories(true)?, payees);
    Ok(MonthBreakdown { breakdown, over: over_budget(store, ctx, month)? })
}

/// Money by tag between `from` and `to` (either open): `report tags`.
pub fn tag_report(
    store: &Store,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<crate::report::tags::TagLine>> {
    Ok(tag_sums(store, from, to)?.lines()?)
}

/// Money by tag between `from` and `to`, summed as `report tags` sums it.
fn tag_sums(store: &Store, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<crate::report::tags::TagSums> {
    let mut sums = crate::report::tags::TagSums::default();
    store.for_each_tagged(from, to, |tags, class, amount, currency| sums.add(&tags, class, amount, currency))?;
    Ok(sums)
}

/// `month`'s spending by tag in the context's currency (the Months tab's
/// `g`): the sums of `report tags`, and the untagged rest of the month's
/// housing and spending ([`crate::report::tags::month_shares`]).
pub fn month_tags(store: &Store, ctx: &Ctx, month: Month) -> Result<Vec<crate::report::breakdown::Share>> {
    let sums = tag_sums(store, Some(ctx.cycle.first_day(month)), Some(ctx.cycle.last_day(month)))?;
    let s = &month_summaries(store, ctx, month, month)?[0];
    Ok(crate::report::tags::month_shares(sums, ctx.currency, s.housing.saturating_add(s.spending))?)
}

/// What a projection starts from: the `average` of the context's baseline
/// months before this one, and the balance of every account in its currency.
pub fn plan_inputs(store: &Store, ctx: &Ctx, average: Average) -> Result<PlanInputs> {
    let this_month = ctx.cycle.month_of(ctx.today);
    Ok(store.plan_inputs(this_month, ctx.baseline_months, average, ctx.currency)?)
}

/// The Plan tab's reading: the inputs (mean baseline) and each goal with
/// what its accounts hold now.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanData {
    pub inputs: PlanInputs,
    pub goals: Vec<(Goal, i64)>,
}

pub fn plan(store: &Store, ctx: &Ctx) -> Result<PlanData> {
    let inputs = plan_inputs(store, ctx, Average::Mean)?;
    let goals = store
        .goals()?
        .into_iter()
        .map(|g| {
            // A goal funded by every account counts what is liquid (not a home or its loan).
            let saved = match g.account_ids.is_empty() {
                true => store.liquid_balance(g.currency)?,
                false => store.balance_of(Some(&g.account_ids), g.currency)?,
            };
            Ok((g, saved))
        })
        .collect::<Result<_>>()?;
    Ok(PlanData { inputs, goals })
}

/// Each goal with its status at the ledger's baseline saving (the mean of
/// the context's baseline months, no return): what `nestegg goals` lists and
/// what the Plan tab shows before any what-if change. Without a complete
/// month the saving is nothing, so only goals already reached have a date.
pub fn goal_statuses(store: &Store, ctx: &Ctx) -> Result<Vec<(Goal, GoalStatus)>> {
    let PlanData { inputs, goals } = plan(store, ctx)?;
    let baseline = inputs.baseline.unwrap_or(Baseline::default());
    let a = Tweaks::default().apply(&baseline, inputs.balance, 1);
    let list = statuses(&goals, &a, ctx.cycle.month_of(ctx.today));
    Ok(goals.into_iter().map(|(g, _)| g).zip(list).collect())
}

/// Every recurring rule with its next `n` instances from `today` (within
/// five years of the later of today and its start; skipped ones left out,
/// changed ones at their amount): what the rules screen shows will be posted.
pub fn rules_ahead(
    store: &Store,
    today: chrono::NaiveDate,
    n: usize,
) -> Result<Vec<(crate::recurring::Rule, Vec<crate::recurring::Instance>)>> {
    let rules = store.recurring()?;
    let latest = rules.iter().map(|r| r.schedule.start).max().unwrap_or(today).max(today);
    let upcoming = store.upcoming(today, latest + chrono::Days::new(366 * 5))?;
    Ok(rules
        .into_iter()
        .map(|r| {
            let next = upcoming.iter().filter(|i| i.rule_id == r.id).take(n).cloned().collect();
            (r, next)
        })
        .collect())
}

/// What a comparison needs beyond the ledger: the reference cities (from
/// the user's files, read by the face), where the household lives, and the
/// return and inflation it runs at.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub cities: &'a [City],
    pub home: &'a Home,
    pub economy: Economy,
    /// What turns a city's gross wage into take-home pay (the settings).
    pub pay: crate::salary::Pay,
}

/// The Move tab's reading from the ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct MoveFigures {
    /// Staying first, then each scenario; `None` without a complete month
    /// (there is no staying to compare with).
    pub outcomes: Option<std::result::Result<Vec<Outcome>, MortgageError>>,
    /// Goals (name, target) to time in each scenario.
    pub goals: Vec<(String, i64)>,
    /// Staying, from the ledger: what a new scenario starts as.
    pub stay: Option<Scenario>,
    /// The complete months staying averages (the settings' baseline).
    pub baseline: Option<(Month, Month)>,
    /// The stored scenarios with their ids, in the order of `outcomes[1..]`.
    pub scenarios: Vec<(i64, Scenario)>,
    /// Today's average monthly spending by group and where it is spent,
    /// for cities' cost indices.
    pub living: Living,
}

/// Staying against each stored scenario over `months`: the Move tab's and
/// `relocate compare`'s comparison (see `compare_with_stay`).
pub fn move_figures(store: &Store, ctx: &Ctx, months: u32, place: &Place) -> Result<MoveFigures> {
    let inputs = store.plan_inputs(ctx.cycle.month_of(ctx.today), ctx.baseline_months, Average::Mean, ctx.currency)?;
    let stay = inputs.baseline.map(|b| stay_of(&b));
    let scenarios = store.scenarios()?;
    let living = living_of(store, ctx, stay.as_ref(), place.home, place.pay)?;
    let outcomes = match &stay {
        None => None,
        Some(stay) => {
            let list: Vec<Scenario> = scenarios.iter().map(|(_, s)| s.clone()).collect();
            Some(compare_with_stay(store, ctx, stay, &list, months, place, &living)?)
        }
    };
    Ok(MoveFigures {
        outcomes,
        goals: store.goals()?.into_iter().map(|g| (g.name, g.target)).collect(),
        stay,
        baseline: inputs.months,
        scenarios,
        living,
    })
}

/// A scenario as the comparison takes it: its income today's (staying's),
/// the city's wage carried forward to this year and taken home (after
/// contributions and tax under the household's pay settings), or as typed; its living
/// costs worked out again from today's spending when they follow its city.
pub fn resolve(s: &Scenario, stay: &Scenario, cities: &[City], living: &Living, year: i32) -> Scenario {
    let income = match s.income_from {
        IncomeFrom::Typed => s.income,
        IncomeFrom::Today => stay.income,
        IncomeFrom::CityWage => {
            cities::find(cities, &s.city).and_then(|c| c.take_home(year, &living.pay)).unwrap_or(s.income)
        }
    };
    Scenario { income, ..crate::relocation::edit::refreshed(s, cities, living) }
}

/// Staying, then each of `scenarios`, month by month over `months`, from
/// what the household has in the context's currency (cash to spend from;
/// investments and the home, less what its loans owe, in net worth), at the
/// place's return and inflation: the Move tab's and `relocate compare`'s
/// comparison, with living costs that follow a city scaled from `living`.
/// Each buying plan's price is also put in years of the city's wage, beside
/// the city's own ratio.
fn compare_with_stay(
    store: &Store,
    ctx: &Ctx,
    stay: &Scenario,
    scenarios: &[Scenario],
    months: u32,
    place: &Place,
    living: &Living,
) -> Result<std::result::Result<Vec<Outcome>, MortgageError>> {
    let held = super::worth::holdings_ahead(store, ctx, months)?;
    let year = ctx.today.year();
    let resolved: Vec<Scenario> = scenarios.iter().map(|s| resolve(s, stay, place.cities, living, year)).collect();
    let outcomes = compare(stay, &resolved, &held, months, place.economy, ctx.cycle.month_of(ctx.today));
    Ok(outcomes.map(|mut list| {
        for (o, s) in list.iter_mut().skip(1).zip(&resolved) {
            let Some(city) = cities::find(place.cities, &s.city) else { continue };
            let modelled_rent = city.rent.as_ref().filter(|r| r.model.is_some()).map(|r| r.value * 100);
            o.modelled = Modelled {
                rent: matches!(s.housing, Housing::Rent { monthly, .. } if Some(monthly) == modelled_rent),
                living: s.scaled_living,
                income: s.income_from == IncomeFrom::CityWage,
            };
            o.city_ratio = city.price_to_wage(year);
            o.city_wage_years = o.price.zip(city.monthly_wage(year)).and_then(|(p, w)| cities::years_of(p, w * 12));
        }
        list
    }))
}

/// Staying as the household lives now: the mean of the context's baseline
/// months, the Plan tab's baseline; `None` without a complete month. What a
/// new scenario starts as.
pub fn stay(store: &Store, ctx: &Ctx) -> Result<Option<Scenario>> {
    let inputs = store.plan_inputs(ctx.cycle.month_of(ctx.today), ctx.baseline_months, Average::Mean, ctx.currency)?;
    Ok(inputs.baseline.map(|b| stay_of(&b)))
}

fn stay_of(b: &Baseline) -> Scenario {
    crate::relocation::compare::stay(b.income, b.housing, b.spending, "here")
}

/// What a city's living costs are scaled from: staying's living costs (the
/// baseline's spending), the same by group, and where the household lives;
/// and the pay settings a city's wage is taken home under.
pub fn living(store: &Store, ctx: &Ctx, home: &Home, pay: crate::salary::Pay) -> Result<Living> {
    living_of(store, ctx, stay(store, ctx)?.as_ref(), home, pay)
}

/// [`living`] from staying as already read.
fn living_of(
    store: &Store,
    ctx: &Ctx,
    stay: Option<&Scenario>,
    home: &Home,
    pay: crate::salary::Pay,
) -> Result<Living> {
    let by_group = spending_by_group(store, ctx)?;
    Ok(Living { monthly: stay.map_or(0, |s| s.living), by_group, home: home.clone(), pay })
}

/// Today's average monthly spending by group (food, transport, utilities
/// and heating, other) over the same months as staying: what a city's cost
/// indices scale.
pub fn spending_by_group(store: &Store, ctx: &Ctx) -> Result<[i64; 4]> {
    use crate::relocation::cities::{Group, group_of};
    let history = store.recent_complete_months(ctx.cycle.month_of(ctx.today), ctx.baseline_months, ctx.currency)?;
    let (Some(first), Some(last)) = (history.first(), history.last()) else { return Ok([0; 4]) };
    let cats = store.categories(true)?;
    let mut groups = [0i64; 4];
    for (_, id, sum) in store.month_category_sums(first.month, last.month, ctx.currency)? {
        let Some(c) = cats.iter().find(|c| c.id == id && c.class == Class::Spending) else { continue };
        let slot = match group_of(&c.name) {
            Group::Food => 0,
            Group::Transport => 1,
            Group::Utilities => 2,
            Group::Other => 3,
        };
        groups[slot] -= sum;
    }
    let n = history.len() as i64;
    Ok(groups.map(|g| crate::report::round_ratio(g, n, 1).unwrap_or(0)))
}

#[cfg(test)]
mod tests;
