//! Writes of plans: relocation scenarios, recurring rules and their
//! instances, monthly budgets. Each is one undoable step. Names, payees and
//! notes are cleaned and held to their limits ([`crate::model::clean`])
//! before anything is written.

use chrono::NaiveDate;

use super::Result;
use super::history::{RuleChange, ScenarioChange, Step, record};
use crate::model::clean::{self, Field, TooLong};
use crate::model::{Category, Month};
use crate::recurring::{Instance, NewRule, Posting, Rule};
use crate::relocation::scenario::Scenario;
use crate::store::Store;

/// How a scenario is saved: the step it makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioSave {
    New,
    /// A copy of the scenario named `of`.
    Copy {
        of: String,
    },
    /// The scenario `id`, shown as `was`, changed.
    Edit {
        id: i64,
        was: Box<Scenario>,
    },
    /// The scenario `id`, shown as `was`, under a new name.
    Rename {
        id: i64,
        was: Box<Scenario>,
    },
}

/// Writes `s` as `save` says; returns the scenario's id. An edit or rename
/// is refused with `StoreError::Changed`, writing nothing, unless the
/// scenario is still as shown (`was`).
pub fn save_scenario(store: &mut Store, save: &ScenarioSave, s: &Scenario) -> Result<i64> {
    let s =
        &Scenario { name: clean::field(Field::Name, &s.name)?, city: clean::field(Field::Name, &s.city)?, ..s.clone() };
    let (change, name, id) = match save {
        ScenarioSave::New => (ScenarioChange::Add, &s.name, None),
        ScenarioSave::Copy { of } => (ScenarioChange::Copy, of, None),
        ScenarioSave::Edit { id, was } => (ScenarioChange::Edit, &was.name, Some((*id, was))),
        ScenarioSave::Rename { id, was } => (ScenarioChange::Rename, &was.name, Some((*id, was))),
    };
    let step = Step::Scenario { change, name: name.clone() };
    Ok(record(store, &step, |tx| match id {
        None => tx.add_scenario(s),
        Some((id, was)) => {
            tx.scenario_as_seen(id, was)?;
            tx.update_scenario(id, s).map(|()| id)
        }
    })?)
}

/// Deletes scenario `id`, shown as `seen`: refused with
/// `StoreError::Changed`, writing nothing, unless it is still as shown.
pub fn delete_scenario(store: &mut Store, id: i64, seen: &Scenario) -> Result<()> {
    let step = Step::Scenario { change: ScenarioChange::Delete, name: seen.name.clone() };
    Ok(record(store, &step, |tx| {
        tx.scenario_as_seen(id, seen)?;
        tx.delete_scenario(id)
    })?)
}

/// Adds a rule; the instances already due by `today` (a start in the past)
/// are posted in the same step, so one undo takes back the rule and what it
/// posted. Returns the rule's id and the instances posted.
pub fn add_rule(store: &mut Store, r: &NewRule, today: NaiveDate) -> Result<(i64, Vec<Instance>)> {
    let r = &cleaned(r)?;
    let step = Step::Recurring { change: RuleChange::Add, name: r.name.clone() };
    Ok(record(store, &step, |tx| {
        let id = tx.add_recurring(r)?;
        Ok((id, tx.post_rule_due(id, today)?))
    })?)
}

/// Changes a rule from now on; instances the change makes due by `today`
/// (a start moved into the past) are posted in the same step. Returns them.
pub fn update_rule(store: &mut Store, rule: &Rule, r: &NewRule, today: NaiveDate) -> Result<Vec<Instance>> {
    let r = &cleaned(r)?;
    let step = Step::Recurring { change: RuleChange::Edit, name: rule.name.clone() };
    Ok(record(store, &step, |tx| {
        tx.update_recurring(rule.id, r)?;
        tx.post_rule_due(rule.id, today)
    })?)
}

/// A rule's name, payee and note as they are stored.
fn cleaned(r: &NewRule) -> Result<NewRule, TooLong> {
    Ok(NewRule {
        name: clean::field(Field::Name, &r.name)?,
        payee: clean::field(Field::Payee, &r.payee)?,
        note: clean::field(Field::Note, &r.note)?,
        ..r.clone()
    })
}

pub fn remove_rule(store: &mut Store, rule: &Rule) -> Result<()> {
    let step = Step::Recurring { change: RuleChange::Remove, name: rule.name.clone() };
    Ok(record(store, &step, |tx| tx.delete_recurring(rule.id))?)
}

/// Sets one instance's amount (`Some`, signed) or skips it (`None`).
pub fn set_instance(store: &mut Store, rule: &Rule, date: NaiveDate, amount: Option<i64>) -> Result<()> {
    let change = match amount {
        Some(_) => RuleChange::Change { date },
        None => RuleChange::Skip { date },
    };
    let step = Step::Recurring { change, name: rule.name.clone() };
    Ok(record(store, &step, |tx| tx.set_instance(rule.id, date, amount))?)
}

/// Posts every instance due by `today` as one step; returns what was
/// posted, and what was held back over the limit.
pub fn post_due(store: &mut Store, today: NaiveDate) -> Result<Posting> {
    let label = |due: &[Instance]| {
        let step = Step::Post { n: due.len(), first: due[0].name.clone(), date: due[0].date };
        step.to_label()
    };
    Ok(store.post_due(today, label)?)
}

/// Makes the budgets in force in month `to` those in force in month
/// `from` (a limit and its rollover; none where `from` had none), writing a
/// limit from `to` on for each category whose budget differs, as one
/// undoable step. Returns how many changed (none: nothing is written).
pub fn copy_budgets(store: &mut Store, from: Month, to: Month) -> Result<usize> {
    let limits = store.budget_limits()?;
    let in_force = |category: i64, month: Month| {
        limits
            .iter()
            .filter(|l| l.category_id == category && l.from <= month)
            .max_by_key(|l| l.from)
            .map_or((0, false), |l| (l.amount, l.rollover))
    };
    let mut categories: Vec<i64> = limits.iter().map(|l| l.category_id).collect();
    categories.dedup();
    let changes: Vec<(i64, (i64, bool))> = categories
        .into_iter()
        .map(|c| (c, in_force(c, from), in_force(c, to)))
        // No limit either way is the same, whatever rollover says.
        .filter(|(_, was, now)| was != now && !(was.0 == 0 && now.0 == 0))
        .map(|(c, was, _)| (c, was))
        .collect();
    if changes.is_empty() {
        return Ok(0);
    }
    let step = Step::BudgetCopy { from, to, n: changes.len() };
    record(store, &step, |tx| {
        for (category, (limit, rollover)) in &changes {
            tx.set_budget(*category, to, *limit, *rollover)?;
        }
        Ok(())
    })?;
    Ok(changes.len())
}

/// Sets `category`'s monthly limit (minor units, 0 ends it) from `from` on.
pub fn set_budget(store: &mut Store, category: &Category, from: Month, limit: i64, rollover: bool) -> Result<()> {
    let step = Step::Budget { category: category.name.clone(), from };
    Ok(record(store, &step, |tx| tx.set_budget(category.id, from, limit, rollover))?)
}
