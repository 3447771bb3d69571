//! The effect runner: the only interface code that calls the store. Each
//! effect becomes one Action (an outcome), which goes back to `App::update`.

use chrono::NaiveDate;

use super::action::{Action, Draft, Effect};
use super::import::ImportView;
use super::relocate::MoveData;
use crate::demo;
use crate::import::plan::Plan;
use crate::model::{Class, Month, TxnFilter};
use crate::money::{Currency, Money};
use crate::ops;
use crate::projection::Average;
use crate::relocation::compare::compare;
use crate::relocation::scenario::Scenario;
use crate::report::breakdown::breakdown;
use crate::report::{MonthSummary, summarize};
use crate::store::{Store, StoreError};
use crate::text;
use std::path::{Path, PathBuf};

/// How much history the welcome panel's demo loads.
const DEMO_MONTHS: u32 = 24;
const DEMO_SEED: u64 = 1;

pub fn run(store: &mut Store, effect: Effect, today: NaiveDate, baseline_months: usize) -> Action {
    match try_run(store, effect, today, baseline_months) {
        Ok(action) => action,
        Err(e) => Action::Failed(e.to_string()),
    }
}

fn try_run(
    store: &mut Store,
    effect: Effect,
    today: NaiveDate,
    baseline_months: usize,
) -> Result<Action, ops::OpError> {
    Ok(match effect {
        Effect::LoadLookups => Action::LookupsLoaded {
            accounts: store.accounts(true)?,
            categories: store.categories(true)?,
            empty: store.txn_count()? == 0,
            upcoming: store.upcoming(today, today + chrono::Days::new(30))?,
        },
        Effect::PostDue => {
            let posted = ops::plans::post_due(store, today)?;
            Action::Posted(match posted.len() {
                0 => None,
                n => Some(text::ui::posted(
                    n,
                    &posted.iter().take(2).map(|i| format!("{} {}", i.name, i.date)).collect::<Vec<_>>().join(", "),
                )),
            })
        }
        Effect::LoadBudget(month) => {
            let lines = store.budget_month(month)?;
            let sums = store.month_class_sums(month, month, Currency::CNY)?;
            let income = summarize(month, month, &sums).map_err(|e| StoreError::Invalid(e.to_string()))?[0].income;
            Action::BudgetLoaded(month, lines, income)
        }
        Effect::LoadPage { filter, request } => {
            let rows = store.txn_page_at(&filter, request.key, request.oldest, request.limit)?;
            Action::PageLoaded { rows, request }
        }
        Effect::LoadSummary { filter, month } => {
            Action::SummaryLoaded(month_summary(store, &filter, month)?, over_budget(store, month)?)
        }
        Effect::LoadPayees(prefix) => Action::PayeesLoaded(store.payees(&prefix, 5)?),
        Effect::Save(draft) => save(store, draft)?,
        Effect::Delete(id) => {
            let gone = ops::entries::delete(store, id)?;
            let what = gone.iter().find(|t| t.id == id).map_or_else(String::new, |t| {
                format!("{} {} {}", t.date, t.payee, Money::new(t.amount, t.currency)).replace("  ", " ")
            });
            Action::Changed { message: text::ui::deleted(&what), select: None }
        }
        Effect::Undo => match ops::history::undo(store)? {
            Some(done) => Action::Changed { message: text::ui::undid(&done.step.to_string()), select: done.txn },
            None => Action::Failed(text::ui::nothing_to_undo().into()),
        },
        Effect::Redo => match ops::history::redo(store)? {
            Some(done) => Action::Changed { message: text::ui::redid(&done.step.to_string()), select: done.txn },
            None => Action::Failed(text::ui::nothing_to_redo().into()),
        },
        Effect::LoadMonths(span) => {
            let cycle = store.cycle();
            let first = store.date_span()?.map(|(first, _)| cycle.month_of(first));
            let (from, to) = span.months(cycle.month_of(today), first);
            let sums = store.month_class_sums(from, to, Currency::CNY)?;
            Action::MonthsLoaded(summarize(from, to, &sums).map_err(|e| StoreError::Invalid(e.to_string()))?)
        }
        Effect::LoadBreakdown(month) => {
            let sums = store.month_category_sums(month, month, Currency::CNY)?;
            let payees = store.top_payees(month, Currency::CNY, 5)?;
            Action::BreakdownLoaded(
                month,
                breakdown(month, &sums, &store.categories(true)?, payees),
                over_budget(store, month)?,
            )
        }
        Effect::LoadPlan => {
            let inputs =
                store.plan_inputs(store.cycle().month_of(today), baseline_months, Average::Mean, Currency::CNY)?;
            let mut goals = Vec::new();
            for g in store.goals()? {
                let saved = store.balance_of(Some(&g.account_ids), g.currency)?;
                goals.push((g, saved));
            }
            Action::PlanLoaded { inputs, goals }
        }
        Effect::LoadMove(months) => Action::MoveLoaded(Box::new(move_data(store, today, months)?)),
        Effect::SaveScenario { save, scenario, message } => {
            ops::plans::save_scenario(store, &save, &scenario)?;
            Action::Changed { message, select: None }
        }
        Effect::ListBills => Action::BillsListed(bills_nearby()),
        Effect::PlanImport { path, account } => {
            Action::ImportPlanned(Box::new(plan_file(store, &path, account).map(|plan| ImportView {
                path,
                plan,
                account,
                selected: 0,
                offset: 0,
                corrected: None,
                corrections: Vec::new(),
            })))
        }
        Effect::RunImport { path, plan } => {
            let name =
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            let step = ops::history::Step::Import { file: name.clone(), rows: plan.new_rows() };
            let n = ops::history::record(store, &step, |tx| tx.import(&plan))?;
            Action::Changed { message: text::ui::imported(n, &name), select: None }
        }
        Effect::SaveRule { payee, category } => match crate::config::add_rule(&payee, &category) {
            Ok(file) => Action::Changed {
                message: text::ui::rule_saved(&payee, &text::names::shown(&category), file.display()),
                select: None,
            },
            Err(e) => Action::Failed(e),
        },
        Effect::DeleteScenario(id, name) => {
            ops::plans::delete_scenario(store, id, &name)?;
            Action::Changed { message: text::ui::scenario_deleted(&name), select: None }
        }
        Effect::LoadDemo => {
            let n = ops::demo::load(store, demo::household(today, DEMO_MONTHS, DEMO_SEED), 0, |_| ())?;
            Action::Changed { message: text::ui::demo_loaded(n), select: None }
        }
    })
}

/// The categories over budget in `month`.
fn over_budget(store: &Store, month: Month) -> Result<Vec<String>, StoreError> {
    Ok(store.budget_month(month)?.into_iter().filter(|l| l.over).map(|l| l.category).collect())
}

/// The header totals: the month's sums under the filter (the filter's own
/// date range narrows the month further).
fn month_summary(store: &Store, filter: &TxnFilter, month: Month) -> Result<MonthSummary, StoreError> {
    let mut f = filter.clone();
    let (first, last) = (store.cycle().first_day(month), store.cycle().last_day(month));
    f.from = Some(filter.from.map_or(first, |d| d.max(first)));
    f.to = Some(filter.to.map_or(last, |d| d.min(last)));
    let sums: Vec<(Month, Class, i64)> = store.class_sums(&f)?.into_iter().map(|(c, s)| (month, c, s)).collect();
    let mut rows = summarize(month, month, &sums).map_err(|e| StoreError::Invalid(e.to_string()))?;
    Ok(rows.remove(0))
}

fn save(store: &mut Store, d: Draft) -> Result<Action, ops::OpError> {
    use ops::entries::{self, EntryPatch, NewEntry};
    let saved = match d.id {
        None => entries::add(
            store,
            NewEntry {
                date: d.date,
                account_id: d.account_id,
                category_id: d.category_id,
                payee: d.payee,
                note: d.note,
                typed: d.typed,
            },
        ),
        Some(id) => {
            let patch = EntryPatch {
                date: Some(d.date),
                account_id: Some(d.account_id),
                category_id: d.category_id,
                payee: Some(d.payee),
                note: Some(d.note),
                typed: Some(d.typed),
            };
            entries::edit(store, id, &patch)
        }
    };
    let txn = match saved {
        Err(ops::OpError::Money(crate::money::MoneyError::Overflow)) => {
            return Ok(Action::Failed(text::ui::amount_too_large().into()));
        }
        other => other?,
    };
    let (amount, name) =
        (Money::new(txn.amount, txn.currency).to_string(), txn.category.as_deref().unwrap_or_default());
    let (name, account) = (text::names::shown(name), text::names::shown(&txn.account));
    let message = if d.id.is_some() {
        text::ui::saved_txn(&amount, &name, txn.date, &account)
    } else {
        text::ui::added_txn(&amount, &name, txn.date, &account)
    };
    Ok(Action::Changed { message, select: Some(txn) })
}

/// Reads the bill at `path` and plans it (its preset detected from its content).
fn plan_file(store: &Store, path: &Path, account: Option<i64>) -> Result<Plan, String> {
    let bytes = std::fs::read(path).map_err(|e| text::ui::cannot_read(path.display(), e))?;
    let parsed = crate::import::parse(&bytes, None, None).map_err(|e| match e {
        crate::import::ImportError::Unknown => text::ui::unknown_bill(path.display()),
        other => other.to_string(),
    })?;
    if parsed.preset.default_account().is_some() && account.is_none() {
        let name = parsed.preset.default_account().unwrap_or_default();
        if !store.accounts(false).map_err(|e| e.to_string())?.iter().any(|a| a.name == name) {
            return Err(text::ui::no_bill_account(&text::names::shown(name)));
        }
    }
    let rules = crate::config::load_rules()?;
    store.plan_import(parsed, account, &rules).map_err(|e| e.to_string())
}

/// CSV and XLSX files in this folder and in ~/Downloads, newest first (at most 8).
fn bills_nearby() -> Vec<String> {
    let mut dirs = vec![PathBuf::from(".")];
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join("Downloads"));
    }
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().to_lowercase();
            name.ends_with(".csv") || name.ends_with(".xlsx")
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    // Shown as typed: `~/Downloads/…` (the prompt expands `~/`), `./` dropped.
    let home = std::env::var("HOME").ok().filter(|h| !h.is_empty());
    found
        .into_iter()
        .take(8)
        .map(|(_, p)| {
            let text = p.display().to_string();
            match home.as_deref().and_then(|h| text.strip_prefix(h)) {
                Some(rest) if rest.starts_with('/') => format!("~{rest}"),
                _ => text.trim_start_matches("./").to_owned(),
            }
        })
        .collect()
}

/// Staying against each stored scenario (or why there is nothing to compare
/// yet), the goals to time, and what the scenario form needs.
fn move_data(store: &Store, today: NaiveDate, months: u32) -> Result<MoveData, StoreError> {
    let now = store.cycle().month_of(today);
    let stay = store.stay_scenario(now)?;
    let scenarios = store.scenarios()?;
    let outcomes = match &stay {
        None => Err(text::ui::no_complete_month().into()),
        Some(stay) => {
            let list: Vec<Scenario> = scenarios.iter().map(|(_, s)| s.clone()).collect();
            let savings = store.balance_of(None, Currency::CNY)?;
            compare(stay, &list, savings, months, 0.0, now).map_err(|e| e.to_string())
        }
    };
    let (cities, cities_error) = match crate::config::load_cities() {
        Ok(c) => (c, None),
        Err(e) => (crate::relocation::cities::shipped(), Some(e)),
    };
    Ok(MoveData {
        outcomes,
        goals: store.goals()?.into_iter().map(|g| (g.name, g.target)).collect(),
        stay,
        scenarios,
        cities,
        by_group: store.spending_by_group(now)?,
        cities_error,
    })
}
