//! Handlers for `project` and `goals`: baseline from the ledger (ops, in
//! the settings' currency over the settings' baseline months), overrides
//! from the flags, the projection engine, and the goals' status.

use crate::ops::{self, Ctx};
use std::io::Write;

use serde::Serialize;

use super::args::{Format, GoalsArgs, GoalsCommand, ProjectArgs};
use super::names::{self, Scope};
use super::output::{Align, table};
use super::ranges;
use super::{CliError, Result};
use crate::model::{Goal, Month, Priority};
use crate::money::{Currency, Money};
use crate::ops::names::NameError;
use crate::projection::rate::{parse_percent, percent_dp};
use crate::projection::{Assumptions, Average, MonthPoint, Reach, fi_years, project as run};
use crate::report::Ratio;
use crate::store::{GoalPatch, Store};
use crate::text::safe::escaped;
use crate::text::{self, Lang, terms};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// A figure typed over the baseline's: held to nestegg's one limit.
fn amount(s: &str, currency: Currency) -> Result<i64> {
    Ok(crate::money::limited(Money::parse(s, currency)?)?.minor)
}

fn percent(s: &str) -> Result<Decimal> {
    parse_percent(s).map_err(CliError::Usage)
}

/// The assumptions: the ledger's baseline with every flag applied over it.
struct Plan {
    a: Assumptions,
    /// Where the baseline came from, for the reader.
    source: String,
    /// The same in English, for the json (a contract, like its keys).
    source_en: String,
    withdrawal: Decimal,
}

fn plan(store: &Store, p: &ProjectArgs, ctx: &Ctx) -> Result<Plan> {
    let average = if p.median { Average::Median } else { Average::Mean };
    let ctx = Ctx { baseline_months: p.baseline.map_or(ctx.baseline_months, |n| n as usize), ..*ctx };
    let inputs = ops::views::plan_inputs(store, &ctx, average)?;
    let flag = |v: &Option<String>| v.as_deref().map(|s| amount(s, ctx.currency)).transpose();
    let (income, housing, spending) = (flag(&p.income)?, flag(&p.housing)?, flag(&p.spending)?);
    let saving = flag(&p.saving)?;
    if saving.is_some() && spending.is_some() {
        return Err(CliError::Usage(text::ranges::saving_and_spending().into()));
    }
    for (name, value) in [("income", income), ("housing", housing), ("spending", spending), ("saving", saving)] {
        if value.is_some_and(|v| v < 0) {
            return Err(CliError::Usage(text::reports::flag_negative(name)));
        }
    }
    let base = inputs.baseline;
    let pick = |typed: Option<i64>, from: Option<i64>, what: &str| {
        typed.or(from).ok_or_else(|| CliError::Usage(text::reports::no_complete_month(what)))
    };
    let chosen = if p.accounts.is_empty() {
        inputs.balance
    } else {
        store.balance_of(Some(&account_ids(store, &p.accounts)?), ctx.currency)?
    };
    let a = Assumptions {
        start: flag(&p.balance)?.unwrap_or(chosen),
        income: pick(income, base.map(|b| b.income), terms::income())?,
        housing: pick(housing, base.map(|b| b.housing), terms::housing())?,
        // With --saving, spending is what the saving leaves (set below).
        spending: pick(spending.or(saving.map(|_| 0)), base.map(|b| b.spending), terms::spending())?,
        income_growth: percent(&p.growth)?,
        inflation: crate::projection::rate::parse_inflation(&p.inflation).map_err(CliError::Usage)?,
        annual_return: percent(&p.annual_return)?,
        months: p.months,
    };
    let a = match saving {
        Some(saving) => super::ranges::with_saving(a, saving, ctx.currency)?,
        None => a,
    };
    let describe = || match (base, inputs.months) {
        (Some(b), Some((from, to))) => {
            let how = if p.median { text::reports::median() } else { text::reports::mean() };
            let rules = if inputs.recurring { text::reports::source_rules() } else { "" };
            text::reports::source_months(how, b.months, from, to, rules)
        }
        _ => text::reports::source_typed().to_owned(),
    };
    let (source, source_en) = (describe(), text::in_lang(Lang::En, describe));
    let withdrawal = percent(&p.withdrawal)?;
    if withdrawal <= Decimal::ZERO {
        return Err(CliError::Usage(text::reports::withdrawal_positive().into()));
    }
    Ok(Plan { a, source, source_en, withdrawal })
}

/// The CSV's columns: a contract (new ones go after, see [`ranges::BAND_COLUMNS`]).
const ROW_COLUMNS: [&str; 10] = [
    "month",
    "income",
    "housing",
    "spending",
    "savings",
    "savings_rate",
    "contributed",
    "returns",
    "balance",
    "balance_today",
];

#[derive(Serialize)]
struct Row {
    month: String,
    income: String,
    housing: String,
    spending: String,
    savings: String,
    savings_rate: Option<String>,
    contributed: String,
    returns: String,
    balance: String,
    balance_today: String,
}

fn row(first: Month, p: &MonthPoint, currency: Currency) -> Row {
    let plain = |m| Money::new(m, currency).plain();
    Row {
        month: first.plus(p.index - 1).map_or_else(String::new, |m| m.to_string()),
        income: plain(p.income),
        housing: plain(p.housing),
        spending: plain(p.spending),
        savings: plain(p.savings),
        savings_rate: p.rate.map(Ratio::fraction),
        contributed: plain(p.contributed),
        returns: plain(p.returns),
        balance: plain(p.balance),
        balance_today: plain(p.balance_today),
    }
}

pub fn project(store: &Store, p: &ProjectArgs, ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let plan = plan(store, p, ctx)?;
    let c = ctx.currency;
    let money = |minor| c.show(minor);
    let points = run(&plan.a);
    // Saturated figures would be wrong figures: say so instead of printing them.
    if points.iter().any(|pt| pt.balance == i64::MAX || pt.balance == i64::MIN) {
        return Err(CliError::Usage(text::reports::too_large().into()));
    }
    let first = ctx.cycle.month_of(ctx.today).next();
    let fi = fi_years(&plan.a, plan.withdrawal.to_f64().unwrap_or(0.0));
    let spread = ranges::spread(p)?;
    let bands = spread.as_ref().map(|s| crate::projection::ranges::simulate(&plan.a, s));
    // Independence over the runs: whole years to cover a year's spending at the withdrawal rate.
    let fi_range = spread.as_ref().and_then(|s| {
        let goal = crate::projection::ranges::fi_goal(&plan.a, plan.withdrawal)?;
        Some(crate::projection::ranges::fi(&plan.a, s, goal))
    });
    // The bands are at sample months only (`ranges::is_sample`): month `index`'s, if any.
    let band =
        |index: u32| bands.as_ref().and_then(|b| b.binary_search_by_key(&index, |r| r.index).ok().map(|i| &b[i]));
    let mut targets = Vec::new();
    for typed in &p.goals {
        let target = amount(typed, c)?;
        if target <= 0 {
            return Err(CliError::Usage(text::ranges::goal_not_positive(typed)));
        }
        targets.push(ranges::Target { name: String::new(), target, start: plan.a.start });
    }
    for (g, saved) in ops::views::plan(store, ctx)?.goals {
        if g.currency == c {
            targets.push(ranges::Target { name: g.name, target: g.target, start: saved });
        }
    }
    let timed: Vec<_> = targets
        .into_iter()
        .map(|t| {
            let when = ranges::time(&plan.a, &t, spread.as_ref());
            (t, when)
        })
        .collect();
    match p.format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            if bands.is_none() {
                for pt in &points {
                    w.serialize(row(first, pt, c))?;
                }
            } else {
                // The contract's columns first and in order, the bands after.
                w.write_record(ROW_COLUMNS.iter().chain(&ranges::BAND_COLUMNS))?;
                for pt in &points {
                    let r = row(first, pt, c);
                    let cells = [
                        r.month,
                        r.income,
                        r.housing,
                        r.spending,
                        r.savings,
                        r.savings_rate.unwrap_or_default(),
                        r.contributed,
                        r.returns,
                        r.balance,
                        r.balance_today,
                    ];
                    // Empty cells on the months between samples.
                    let extra = band(pt.index).map(|b| ranges::band_cells(b, c)).unwrap_or_default();
                    w.write_record(cells.iter().chain(&extra))?;
                }
            }
            w.flush()?;
        }
        Format::Json => {
            // As in `report monthly`: amounts are strings, the rate (a ratio, not money) a number.
            let months: Vec<serde_json::Value> = points
                .iter()
                .map(|pt| {
                    let mut v = serde_json::to_value(row(first, pt, c)).unwrap_or_default();
                    v["savings_rate"] = pt.rate.map_or(serde_json::Value::Null, |r| r.fraction_f64().into());
                    if let Some(b) = band(pt.index) {
                        for (key, cell) in ranges::BAND_COLUMNS.iter().zip(ranges::band_cells(b, c)) {
                            v[*key] = cell.into();
                        }
                    } else if bands.is_some() {
                        // Between sample months the band fields are null.
                        for key in ranges::BAND_COLUMNS {
                            v[key] = serde_json::Value::Null;
                        }
                    }
                    v
                })
                .collect();
            let mut json = serde_json::json!({
                "baseline": plan.source_en,
                "start": Money::new(plan.a.start, c).plain(),
                "fi_years": fi.map(|y| (y * 10.0).round() / 10.0),
                "months": months,
                "goals": timed.iter().map(|(t, w)| ranges::timed_json(t, w, first, c)).collect::<Vec<_>>(),
            });
            if let Some(s) = &spread {
                let years = |r: Reach| match r {
                    Reach::Already => Some(0),
                    Reach::In(m) => Some(m / 12),
                    Reach::NotReachable => None,
                };
                json["fi_years_range"] = fi_range.map_or(serde_json::Value::Null, |r| {
                    serde_json::json!({
                        "p10": years(r.p10), "p50": years(r.p50), "p90": years(r.p90), "reached": r.reached,
                    })
                });
                json["ranges"] = serde_json::json!({
                    "paths": s.paths,
                    "seed": s.seed,
                    "volatility": s.volatility.to_string(),
                    "inflation_spread": s.inflation_spread.to_string(),
                });
            }
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            let a = &plan.a;
            let rate = a.rate().map_or("—".to_owned(), Ratio::percent);
            writeln!(out, "{}", text::reports::baseline(&plan.source))?;
            let flows = text::reports::baseline_flows(
                &money(a.income),
                &money(a.housing),
                &money(a.spending),
                &money(a.saving()),
                &rate,
            );
            writeln!(out, "{flows}")?;
            let rates = text::reports::baseline_rates(
                &money(a.start),
                &pct(a.annual_return),
                &pct(a.inflation),
                &pct(a.income_growth),
            );
            writeln!(out, "{rates}")?;
            if let Some(s) = &spread {
                writeln!(out, "{}", ranges::spread_line(s))?;
            }
            writeln!(out)?;
            // One row a year, and the last month.
            let rows: Vec<Vec<String>> = points
                .iter()
                .filter(|pt| pt.index % 12 == 0 || pt.index == a.months)
                .map(|pt| {
                    let r = row(first, pt, c);
                    let rate = pt.rate.map_or("—".to_owned(), Ratio::percent);
                    let mut cells = vec![
                        r.month,
                        money(pt.balance),
                        money(pt.balance_today),
                        money(pt.contributed),
                        money(pt.returns),
                        rate,
                    ];
                    if let Some(b) = band(pt.index) {
                        cells.extend([money(b.balance.p10), money(b.balance.p50), money(b.balance.p90)]);
                    }
                    cells
                })
                .collect();
            let headers = [
                (text::reports::h_month(), Align::Left),
                (text::reports::h_balance(), Align::Right),
                (text::reports::h_today(), Align::Right),
                (text::reports::h_contributed(), Align::Right),
                (text::reports::h_returns(), Align::Right),
                (text::reports::h_rate(), Align::Right),
            ];
            let banded = [
                (text::ranges::h_p10(), Align::Right),
                (text::ranges::h_p50(), Align::Right),
                (text::ranges::h_p90(), Align::Right),
            ];
            let headers: Vec<_> = headers.into_iter().chain(banded.into_iter().filter(|_| bands.is_some())).collect();
            write!(out, "{}", table(&headers, &rows))?;
            writeln!(out)?;
            let fi_text = fi.map_or(text::reports::fi_never().to_owned(), text::reports::fi_years);
            writeln!(out, "{}", text::reports::fi_line(&pct(plan.withdrawal), &fi_text))?;
            if let Some(r) = fi_range {
                writeln!(out, "{}", ranges::fi_range_line(&r))?;
            }
            ranges::goals(out, &timed, first, c)?;
        }
    }
    Ok(())
}

/// A rate as a percentage with two decimals, rounded half up: `4.13%`.
fn pct(fraction: Decimal) -> String {
    format!("{}%", percent_dp(fraction, 2))
}

fn find_goal(goals: &[Goal], name: &str) -> Result<Goal> {
    match ops::names::find(goals, name, |g| &g.name) {
        Ok(g) => Ok(g.clone()),
        Err(NameError::Ambiguous { candidates, .. }) => {
            Err(CliError::Usage(text::reports::goal_several(name, &candidates.join(text::cli::list_sep()))))
        }
        Err(NameError::Unknown { closest, .. }) if !closest.is_empty() => {
            Err(CliError::Usage(text::reports::goal_none(name, &closest.join(text::cli::list_sep()))))
        }
        // Nothing near it (goals are never archived).
        Err(_) => Err(CliError::Usage(text::reports::goal_none_yet(name))),
    }
}

fn account_ids(store: &Store, names: &[String]) -> Result<Vec<i64>> {
    names.iter().filter(|n| !n.trim().is_empty()).map(|n| Ok(names::account(store, n, Scope::All)?.id)).collect()
}

fn parse_priority(s: &str) -> Result<Priority> {
    s.parse().map_err(|e: String| CliError::Usage(format!("--priority: {e}")))
}

fn parse_by(s: &str) -> Result<Option<Month>> {
    if s.trim().eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    s.parse::<Month>().map(Some).map_err(CliError::Usage)
}

pub fn goals(store: &mut Store, a: &GoalsArgs, ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let c = ctx.currency;
    match a.command.as_ref().unwrap_or(&GoalsCommand::List) {
        GoalsCommand::List => {
            // The same statuses as the Plan tab's before any what-if change.
            let list = ops::views::goal_statuses(store, ctx)?;
            if list.is_empty() {
                writeln!(out, "{}", text::reports::no_goals())?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|(g, s)| {
                    let filled = (s.progress.bp() / 1000) as usize;
                    let bar = format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled.min(10)));
                    let when = match (s.reach, s.projected) {
                        (Reach::Already, _) => text::reports::reached().to_owned(),
                        (Reach::In(n), Some(m)) => text::reports::reach_in(m, n),
                        _ => text::reports::not_at_this_rate().to_owned(),
                    };
                    let needed = match (g.by, s.needed_monthly) {
                        (Some(by), Some(n)) => text::reports::needed_by(&g.currency.show(n), by),
                        (Some(by), None) => text::reports::has_passed(by),
                        (None, _) => String::new(),
                    };
                    let progress = format!("{bar} {}", s.progress.percent());
                    let goal_money = |minor| g.currency.show(minor);
                    let name = g.name.clone();
                    vec![
                        name,
                        text::terms::priority(text::lang(), g.priority.as_str()).into(),
                        goal_money(g.target),
                        progress,
                        goal_money(s.remaining),
                        when,
                        needed,
                    ]
                })
                .collect();
            let headers = [
                (text::reports::h_goal(), Align::Left),
                (text::reports::h_priority(), Align::Left),
                (text::reports::h_target(), Align::Right),
                (text::reports::h_progress(), Align::Left),
                (text::reports::h_to_go(), Align::Right),
                (text::reports::h_at_rate(), Align::Left),
                (text::reports::h_to_make(), Align::Left),
            ];
            write!(out, "{}", table(&headers, &rows))?;
            // Which months "the current rate" is: the baseline every plan shares.
            if let Some((from, to)) = ops::views::plan(store, ctx)?.inputs.months {
                writeln!(out, "{}", text::reports::goals_baseline(from.months_until(to) + 1, from, to))?;
            }
        }
        GoalsCommand::Add { name, target, by, accounts, priority } => {
            let target = amount(target, c)?;
            let by = by.as_deref().map(parse_by).transpose()?.flatten();
            let ids = account_ids(store, accounts)?;
            let priority = priority.as_deref().map(parse_priority).transpose()?.unwrap_or_default();
            let g = ops::catalog::add_goal(store, name, target, c, by, &ids, priority)?;
            let by = by.map_or(String::new(), text::reports::goal_by);
            writeln!(out, "{}", escaped(&text::reports::goal_added(&g.name, &g.currency.show(g.target), &by)))?;
        }
        GoalsCommand::Edit { name, rename, target, by, accounts, priority } => {
            let g = find_goal(&store.goals()?, name)?;
            let all = |v: &Vec<String>| v.len() == 1 && v[0].trim().eq_ignore_ascii_case("all");
            let patch = GoalPatch {
                name: rename.clone(),
                target: target.as_deref().map(|t| amount(t, g.currency)).transpose()?,
                by: by.as_deref().map(parse_by).transpose()?,
                account_ids: match accounts {
                    Some(v) if all(v) => Some(Vec::new()),
                    Some(v) => Some(account_ids(store, v)?),
                    None => None,
                },
                priority: priority.as_deref().map(parse_priority).transpose()?,
            };
            if patch == GoalPatch::default() {
                return Err(CliError::Usage(text::reports::goal_nothing().into()));
            }
            let g = ops::catalog::update_goal(store, g.id, &patch)?;
            writeln!(out, "{}", escaped(&text::reports::goal_changed(&g.name, &g.currency.show(g.target))))?;
        }
        GoalsCommand::Rm { name } => {
            let g = find_goal(&store.goals()?, name)?;
            ops::catalog::delete_goal(store, g.id)?;
            writeln!(out, "{}", escaped(&text::reports::goal_deleted(&g.name)))?;
        }
    }
    Ok(())
}
