//! Undo history as data: every undoable write is recorded as a typed
//! [`Step`] (what kind of change, with its values), serialised into the undo
//! log, and worded only when shown, in the reader's language. Labels written
//! as free text by versions before this one read as [`Step::Legacy`].

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Result;
use crate::model::{Month, Txn};
use crate::money::{Currency, Money};
use crate::store::{Store, StoreError, Tx};
use crate::text::{self, names::shown};

/// One undoable step, as the undo log keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// A transaction added, in a category (its stored name).
    Add { category: String },
    /// A transaction changed.
    Edit { id: i64 },
    /// A transaction removed: what it was, so the step reads as the row did.
    Delete { id: i64, date: NaiveDate, payee: String, amount: i64, currency: Currency },
    /// A transfer between two own accounts (their stored names).
    Transfer { from: String, to: String },
    /// A bill imported from a file (its name), and how many rows it added.
    Import { file: String, rows: usize },
    /// The demo household loaded.
    Demo,
    /// Recurring instances posted: how many, and the first one's rule and date.
    Post { n: usize, first: String, date: NaiveDate },
    /// A recurring rule (by name) added, changed or ended, or one of its instances.
    Recurring { change: RuleChange, name: String },
    /// A category's monthly budget set or ended from a month on.
    Budget { category: String, from: Month },
    /// The budgets of month `to` made those of month `from`: how many changed.
    BudgetCopy { from: Month, to: Month, n: usize },
    /// A relocation scenario (by name) added, changed, copied or deleted.
    Scenario { change: ScenarioChange, name: String },
    /// An account, a category or a goal (by its stored name) added or changed.
    Catalog { what: Catalogued, change: CatalogChange, name: String },
    /// Money lent, borrowed, collected, repaid or forgiven with a person
    /// (their stored name), or a row turned into a loan.
    Owed { change: OwedChange, person: String },
    /// A payment marked reimbursable, split AA, or reimbursed: who pays
    /// back (a person's stored name; "others" or the first named for AA).
    Claim { change: ClaimChange, by: String },
    /// A purchase (by id) made into monthly instalments.
    Instalments { id: i64, months: u32 },
    /// A purchase's instalments cancelled (`instalments ID --none`).
    InstalmentsOff { id: i64 },
    /// A label written as free text before steps were typed: shown as it was.
    #[serde(skip)]
    Legacy(String),
}

/// What happened to a recurring rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RuleChange {
    Add,
    Edit,
    Remove,
    /// One instance's amount changed.
    Change {
        date: NaiveDate,
    },
    /// One instance skipped.
    Skip {
        date: NaiveDate,
    },
}

/// What a [`Step::Catalog`] changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Catalogued {
    Account,
    Category,
    Goal,
}

impl Catalogued {
    fn word(self) -> &'static str {
        match self {
            Catalogued::Account => text::errors::record_account(),
            Catalogued::Category => text::errors::record_category(),
            Catalogued::Goal => text::errors::record_goal(),
        }
    }
}

/// What happened to an account, a category or a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CatalogChange {
    Add,
    Rename {
        to: String,
    },
    Archive,
    Unarchive,
    /// A category put under another parent.
    Move,
    /// A goal's target, date, accounts or priority.
    Edit,
    /// An account's opening balance set, changed or taken away.
    Opening,
    /// An investment or a home valued.
    Value,
    /// An account reconciled with a statement (with its adjustment, if any).
    Reconcile,
    /// A loan account's terms set or taken away.
    Loan,
    Delete,
    /// A credit account's terms set or taken away.
    Credit,
}

/// What a [`Step::Owed`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OwedChange {
    Lend,
    Borrow,
    Collect,
    Repay,
    Forgive,
    /// A Ledger row turned into a lending (or a collection).
    Loan,
}

/// What a [`Step::Claim`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClaimChange {
    /// Marked reimbursable (added so, or later).
    Reimburse,
    /// Split AA this many ways (added so, or later).
    Split { ways: u32 },
    /// The money came back.
    Reimbursed,
}

/// What happened to a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScenarioChange {
    Add,
    Edit,
    Copy,
    Rename,
    Delete,
}

impl Step {
    /// The form kept in the undo log.
    pub(crate) fn to_label(&self) -> String {
        match self {
            Step::Legacy(label) => label.clone(),
            typed => serde_json::to_string(typed).expect("a step serialises"),
        }
    }

    /// Reads a label from the undo log: a typed step, or a free-text label
    /// written by an older version.
    pub fn from_label(label: &str) -> Step {
        serde_json::from_str(label).unwrap_or_else(|_| Step::Legacy(label.to_owned()))
    }
}

/// Worded at display time, in the reader's language.
impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use text::steps as w;
        let line = match self {
            Step::Add { category } => w::add(&shown(category)),
            Step::Edit { id } => w::edit(*id),
            Step::Delete { id: _, date, payee, amount, currency } => {
                w::delete(*date, payee, Money::new(*amount, *currency)).replace("  ", " ")
            }
            Step::Transfer { from, to } => w::transfer(&shown(from), &shown(to)),
            Step::Import { file, rows } => w::import(*rows, file),
            Step::Demo => w::demo().to_owned(),
            Step::Post { n: 1, first, date } => w::post_one(first, *date),
            Step::Post { n, .. } => w::post_many(*n),
            Step::Recurring { change, name } => match change {
                RuleChange::Add => w::rule_add(name),
                RuleChange::Edit => w::rule_edit(name),
                RuleChange::Remove => w::rule_remove(name),
                RuleChange::Change { date } => w::rule_change(name, *date),
                RuleChange::Skip { date } => w::rule_skip(name, *date),
            },
            Step::Budget { category, from } => w::budget(&shown(category), *from),
            Step::BudgetCopy { from, to, n } => w::budget_copy(*n, *from, *to),
            Step::Scenario { change, name } => match change {
                ScenarioChange::Add => w::scenario_add(name),
                ScenarioChange::Edit => w::scenario_edit(name),
                ScenarioChange::Copy => w::scenario_copy(name),
                ScenarioChange::Rename => w::scenario_rename(name),
                ScenarioChange::Delete => w::scenario_delete(name),
            },
            Step::Catalog { what, change, name } => {
                let (what, name) = (what.word(), shown(name));
                match change {
                    CatalogChange::Add => w::catalog_add(what, &name),
                    CatalogChange::Rename { to } => w::catalog_rename(what, &name, &shown(to)),
                    CatalogChange::Archive => w::catalog_archive(what, &name),
                    CatalogChange::Unarchive => w::catalog_unarchive(what, &name),
                    CatalogChange::Move => w::catalog_move(what, &name),
                    CatalogChange::Edit => w::catalog_edit(what, &name),
                    CatalogChange::Opening => w::catalog_opening(&name),
                    CatalogChange::Value => w::catalog_value(&name),
                    CatalogChange::Reconcile => w::catalog_reconcile(&name),
                    CatalogChange::Loan => w::catalog_loan(&name),
                    CatalogChange::Delete => w::catalog_delete(what, &name),
                    CatalogChange::Credit => w::catalog_credit(&name),
                }
            }
            Step::Owed { change, person } => {
                let person = shown(person);
                match change {
                    OwedChange::Lend => w::owed_lend(&person),
                    OwedChange::Borrow => w::owed_borrow(&person),
                    OwedChange::Collect => w::owed_collect(&person),
                    OwedChange::Repay => w::owed_repay(&person),
                    OwedChange::Forgive => w::owed_forgive(&person),
                    OwedChange::Loan => w::owed_loan(&person),
                }
            }
            Step::Claim { change, by } => match change {
                ClaimChange::Reimburse => w::claim_reimburse(&shown(by)),
                ClaimChange::Split { ways } => w::claim_split(*ways),
                ClaimChange::Reimbursed => w::claim_reimbursed(&shown(by)),
            },
            Step::Instalments { id, months } => w::instalments(*id, *months),
            Step::InstalmentsOff { id } => w::instalments_off(*id),
            Step::Legacy(label) => label.clone(),
        };
        // A payee or name of an older ledger may hold what a terminal would
        // obey: both faces show the step through here.
        f.write_str(&text::safe::escaped(&line))
    }
}

/// Runs `f` in one transaction and records its changes as `step`.
pub(crate) fn record<T>(
    store: &mut Store,
    step: &Step,
    f: impl FnOnce(&Tx) -> crate::store::Result<T>,
) -> Result<T, StoreError> {
    store.write_undoable(&step.to_label(), f)
}

/// Like [`record`], the step made from what the write did, in its transaction.
pub(crate) fn record_then<T>(
    store: &mut Store,
    step: impl FnOnce(&T) -> Step,
    f: impl FnOnce(&Tx) -> crate::store::Result<T>,
) -> Result<T, StoreError> {
    store.write_undoable_then(|value| step(value).to_label(), f)
}

/// What an undo or redo did: the step, and a transaction it restored or
/// changed (none when it only removed rows), for the faces to select.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    pub step: Step,
    pub txn: Option<Txn>,
}

/// Reverses the latest step not yet undone; `None` when there is none.
pub fn undo(store: &mut Store) -> Result<Option<Undone>> {
    Ok(store.undo()?.map(|u| Undone { step: Step::from_label(&u.label), txn: u.txn }))
}

/// Re-applies the step undone last; `None` when there is none.
pub fn redo(store: &mut Store) -> Result<Option<Undone>> {
    Ok(store.redo()?.map(|u| Undone { step: Step::from_label(&u.label), txn: u.txn }))
}

#[cfg(test)]
mod tests;
