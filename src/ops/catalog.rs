//! Accounts, categories and goals: add, rename, archive, change. Plain
//! writes (not undo steps): they change no money. Every name is cleaned and
//! held to its limit ([`crate::model::clean`]) before it is written.

use super::Result;
use crate::model::clean::{self, Field};
use crate::model::{Account, AccountKind, Category, Class, Goal, Month, Priority};
use crate::money::Currency;
use crate::store::{GoalPatch, Store};

pub fn add_account(store: &mut Store, name: &str, kind: AccountKind, currency: Currency) -> Result<Account> {
    let name = clean::field(Field::Name, name)?;
    Ok(store.write(|tx| tx.add_account(&name, kind, currency))?)
}

pub fn rename_account(store: &mut Store, id: i64, name: &str) -> Result<()> {
    let name = clean::field(Field::Name, name)?;
    Ok(store.write(|tx| tx.rename_account(id, &name))?)
}

pub fn set_account_archived(store: &mut Store, id: i64, archived: bool) -> Result<()> {
    Ok(store.write(|tx| tx.set_account_archived(id, archived))?)
}

pub fn add_category(store: &mut Store, name: &str, class: Class, parent: Option<i64>) -> Result<Category> {
    let name = clean::field(Field::Name, name)?;
    Ok(store.write(|tx| tx.add_category(&name, class, parent))?)
}

pub fn rename_category(store: &mut Store, id: i64, name: &str) -> Result<()> {
    let name = clean::field(Field::Name, name)?;
    Ok(store.write(|tx| tx.rename_category(id, &name))?)
}

/// Puts category `id` under `parent`, or at the top (`None`).
pub fn move_category(store: &mut Store, id: i64, parent: Option<i64>) -> Result<Category> {
    Ok(store.write(|tx| tx.move_category(id, parent))?)
}

pub fn set_category_archived(store: &mut Store, id: i64, archived: bool) -> Result<()> {
    Ok(store.write(|tx| tx.set_category_archived(id, archived))?)
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
    Ok(store.write(|tx| {
        let g = tx.add_goal(&name, target, currency, by, accounts)?;
        match priority {
            Priority::Normal => Ok(g),
            _ => tx.update_goal(g.id, &GoalPatch { priority: Some(priority), ..GoalPatch::default() }),
        }
    })?)
}

pub fn update_goal(store: &mut Store, id: i64, patch: &GoalPatch) -> Result<Goal> {
    let patch = GoalPatch { name: clean::optional(Field::Name, patch.name.as_deref())?, ..patch.clone() };
    Ok(store.write(|tx| tx.update_goal(id, &patch))?)
}

pub fn delete_goal(store: &mut Store, id: i64) -> Result<()> {
    Ok(store.write(|tx| tx.delete_goal(id))?)
}
