//! Accounts, categories and goals: add, rename, archive, move, change,
//! delete. Each is one undoable step ([`Step::Catalog`]), so `u` on the
//! interface's screens and `nestegg undo` take it back like any other
//! change. Every name is cleaned and held to its limit
//! ([`crate::model::clean`]) before it is written.

use super::Result;
use super::history::{CatalogChange, Catalogued, Step, record};
use crate::model::clean::{self, Field};
use crate::model::{Account, AccountKind, Category, Class, Goal, Month, Priority};
use crate::money::Currency;
use crate::store::{GoalPatch, Store};

fn step(what: Catalogued, change: CatalogChange, name: &str) -> Step {
    Step::Catalog { what, change, name: name.to_owned() }
}

pub fn add_account(store: &mut Store, name: &str, kind: AccountKind, currency: Currency) -> Result<Account> {
    let name = clean::field(Field::Name, name)?;
    let step = step(Catalogued::Account, CatalogChange::Add, &name);
    Ok(record(store, &step, |tx| tx.add_account(&name, kind, currency))?)
}

pub fn rename_account(store: &mut Store, id: i64, name: &str) -> Result<()> {
    let name = clean::field(Field::Name, name)?;
    let was = store.account(id)?.name;
    let step = step(Catalogued::Account, CatalogChange::Rename { to: name.clone() }, &was);
    Ok(record(store, &step, |tx| tx.rename_account(id, &name))?)
}

/// Sets what account `id` held on a day (`None`: takes the opening
/// balance away), as one undoable step. The amount is in the account's
/// minor units, signed; it is neither income nor spending.
pub fn set_opening(store: &mut Store, id: i64, opening: Option<(i64, chrono::NaiveDate)>) -> Result<()> {
    let step = step(Catalogued::Account, CatalogChange::Opening, &store.account(id)?.name);
    Ok(record(store, &step, |tx| tx.set_opening(id, opening))?)
}

/// A new account with what it held on a day, as one step.
pub fn add_account_with(
    store: &mut Store,
    name: &str,
    kind: AccountKind,
    currency: Currency,
    opening: Option<(i64, chrono::NaiveDate)>,
) -> Result<Account> {
    let name = clean::field(Field::Name, name)?;
    let step = step(Catalogued::Account, CatalogChange::Add, &name);
    Ok(record(store, &step, |tx| {
        let a = tx.add_account(&name, kind, currency)?;
        if opening.is_some() {
            tx.set_opening(a.id, opening)?;
        }
        Ok(a)
    })?)
}

pub fn set_account_archived(store: &mut Store, id: i64, archived: bool) -> Result<()> {
    let change = if archived { CatalogChange::Archive } else { CatalogChange::Unarchive };
    let step = step(Catalogued::Account, change, &store.account(id)?.name);
    Ok(record(store, &step, |tx| tx.set_account_archived(id, archived))?)
}

pub fn add_category(store: &mut Store, name: &str, class: Class, parent: Option<i64>) -> Result<Category> {
    let name = clean::field(Field::Name, name)?;
    let step = step(Catalogued::Category, CatalogChange::Add, &name);
    Ok(record(store, &step, |tx| tx.add_category(&name, class, parent))?)
}

pub fn rename_category(store: &mut Store, id: i64, name: &str) -> Result<()> {
    let name = clean::field(Field::Name, name)?;
    let was = store.category(id)?.name;
    let step = step(Catalogued::Category, CatalogChange::Rename { to: name.clone() }, &was);
    Ok(record(store, &step, |tx| tx.rename_category(id, &name))?)
}

/// Puts category `id` under `parent`, or at the top (`None`).
pub fn move_category(store: &mut Store, id: i64, parent: Option<i64>) -> Result<Category> {
    let step = step(Catalogued::Category, CatalogChange::Move, &store.category(id)?.name);
    Ok(record(store, &step, |tx| tx.move_category(id, parent))?)
}

pub fn set_category_archived(store: &mut Store, id: i64, archived: bool) -> Result<()> {
    let change = if archived { CatalogChange::Archive } else { CatalogChange::Unarchive };
    let step = step(Catalogued::Category, change, &store.category(id)?.name);
    Ok(record(store, &step, |tx| tx.set_category_archived(id, archived))?)
}

/// A new goal: its name, target (minor units), currency, month, the accounts that fund it and its priority.
pub fn add_goal(
    store: &mut Store,
    name: &str,
    target: i64,
    currency: Currency,
    by: Option<Month>,
    accounts: &[i64],
    priority: Priority,
) -> Result<Goal> {
    let name = clean::field(Field::Name, name)?;
    let step = step(Catalogued::Goal, CatalogChange::Add, &name);
    Ok(record(store, &step, |tx| {
        let g = tx.add_goal(&name, target, currency, by, accounts)?;
        match priority {
            Priority::Normal => Ok(g),
            _ => tx.update_goal(g.id, &GoalPatch { priority: Some(priority), ..GoalPatch::default() }),
        }
    })?)
}

pub fn update_goal(store: &mut Store, id: i64, patch: &GoalPatch) -> Result<Goal> {
    let patch = GoalPatch { name: clean::optional(Field::Name, patch.name.as_deref())?, ..patch.clone() };
    let was = store.goals()?.into_iter().find(|g| g.id == id).map_or_else(String::new, |g| g.name);
    let change = match &patch.name {
        Some(to) if *to != was => CatalogChange::Rename { to: to.clone() },
        _ => CatalogChange::Edit,
    };
    let step = step(Catalogued::Goal, change, &was);
    Ok(record(store, &step, |tx| tx.update_goal(id, &patch))?)
}

pub fn delete_goal(store: &mut Store, id: i64) -> Result<()> {
    let was = store.goals()?.into_iter().find(|g| g.id == id).map_or_else(String::new, |g| g.name);
    let step = step(Catalogued::Goal, CatalogChange::Delete, &was);
    Ok(record(store, &step, |tx| tx.delete_goal(id))?)
}
