//! Transactions written by hand: add, edit, delete and transfer, for the
//! CLI and the interface alike. The two rules that decide what is stored
//! live here and nowhere else:
//!
//! - the sign rule: amounts are typed positive (what was paid or received)
//!   and the category's class gives the stored sign (`class.sign()`);
//! - the quick-add rule: with no category typed, the payee's last category,
//!   else the category the payee names (`68 groceries`, `68 买菜`), else
//!   the first spending category.
//!
//! Payees and notes are cleaned and held to their limits
//! ([`crate::model::clean`]) before anything is written.
//!
//! Each write is one undoable step ([`Step`]). Names are resolved by the
//! faces (through [`super::names`]) before they come here: these functions
//! take ids.

use chrono::NaiveDate;
use thiserror::Error;

use super::Result;
use super::history::{self, Step};
use super::names;
use crate::model::clean::{self, Field};
use crate::model::{Account, Category, Class, NewTxn, Tags, Txn, TxnPatch};
use crate::money::{Money, MoneyError};
use crate::store::Store;
use crate::text;

/// Why a transaction was refused before anything was written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EntryError {
    /// The amount typed is zero.
    #[error("{}", text::errors::entry_zero())]
    Zero,
    /// A transfer of a negative amount (swap the accounts instead).
    #[error("{}", text::errors::transfer_not_positive())]
    NegativeTransfer,
    /// An edit that changes nothing.
    #[error("{}", text::errors::edit_nothing())]
    NothingToChange,
    /// Quick add with no category, no usual one for the payee, and no
    /// spending category to fall back on.
    #[error("{}", text::ui::no_spending_category())]
    NoSpendingCategory,
}

/// A transaction as typed: the amount positive for what was paid or
/// received; no category for quick add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    pub date: NaiveDate,
    pub account_id: i64,
    /// `None`: the payee's last category, else the first spending one.
    pub category_id: Option<i64>,
    pub payee: String,
    pub note: String,
    /// As typed, in the account's minor units.
    pub typed: i64,
    /// Cleaned by [`Tags::parse`] where they were typed.
    pub tags: Tags,
}

/// What an edit changes; `None` keeps the field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryPatch {
    pub date: Option<NaiveDate>,
    pub account_id: Option<i64>,
    pub category_id: Option<i64>,
    pub payee: Option<String>,
    pub note: Option<String>,
    /// A new amount as typed (positive for what was paid or received).
    pub typed: Option<i64>,
    /// The whole new set of tags (a form's), before `tag` and `untag` apply.
    pub tags: Option<Tags>,
    /// Tags to add to the row's (`edit --tag`).
    pub tag: Tags,
    /// Tags to take away from the row's (`edit --untag`).
    pub untag: Tags,
}

/// Every field as typed: what an edit form saves.
impl From<NewEntry> for EntryPatch {
    fn from(e: NewEntry) -> EntryPatch {
        EntryPatch {
            date: Some(e.date),
            account_id: Some(e.account_id),
            category_id: e.category_id,
            payee: Some(e.payee),
            note: Some(e.note),
            typed: Some(e.typed),
            tags: Some(e.tags),
            ..EntryPatch::default()
        }
    }
}

/// Stored = typed × sign: the sign rule, with overflow refused.
fn signed(typed: i64, sign: i64) -> Result<i64> {
    Ok(typed.checked_mul(sign).ok_or(MoneyError::Overflow)?)
}

/// The category a new transaction goes to: the one chosen, else the
/// payee's last one, else the one the payee names, else the first spending one.
fn category_for(store: &Store, chosen: Option<i64>, payee: &str) -> Result<Category> {
    let id = match chosen {
        Some(id) => id,
        None => match store.last_category_for_payee(payee)? {
            Some(id) => id,
            None => {
                let active = store.categories(false)?;
                match names::named(&active, payee, |c| &c.name) {
                    Some(c) => c.id,
                    None => active
                        .iter()
                        .find(|c| c.class == Class::Spending)
                        .map(|c| c.id)
                        .ok_or(EntryError::NoSpendingCategory)?,
                }
            }
        },
    };
    Ok(store.category(id)?)
}

/// The quick-add rule for accounts: with none typed, the account the payee
/// was last paid from (or into), if it is still open; `None` leaves the
/// caller's default (the settings' account, else the first).
pub fn usual_account(store: &Store, payee: &str) -> Result<Option<i64>> {
    let payee = clean::text(payee);
    let Some(id) = store.last_account_for_payee(&payee)? else { return Ok(None) };
    Ok((!store.account(id)?.archived).then_some(id))
}

/// Adds a transaction; returns it as stored.
pub fn add(store: &mut Store, e: NewEntry) -> Result<Txn> {
    let (new, category) = prepare(store, e)?;
    let step = Step::Add { category: category.name };
    Ok(history::record(store, &step, |tx| tx.add_txn(&new).and_then(|id| tx.txn(id)))?)
}

/// The row a new entry stores (the sign rule and the quick-add rule
/// applied, its words cleaned), and its category; nothing written.
pub(super) fn prepare(store: &Store, e: NewEntry) -> Result<(NewTxn, Category)> {
    if e.typed == 0 {
        return Err(EntryError::Zero.into());
    }
    crate::money::limited(Money::new(e.typed, store.account(e.account_id)?.currency))?;
    let payee = clean::field(Field::Payee, &e.payee)?;
    let note = clean::field(Field::Note, &e.note)?;
    let category = category_for(store, e.category_id, &payee)?;
    let amount = signed(e.typed, category.class.sign())?;
    let new =
        NewTxn { date: e.date, account_id: e.account_id, category_id: category.id, payee, note, amount, tags: e.tags };
    Ok((new, category))
}

/// Changes transaction `id`; returns it as stored.
///
/// A new amount takes the sign of the (new) class; a class change alone
/// keeps the typed amount and flips the sign. A transfer leg has no class:
/// its own direction is its sign.
pub fn edit(store: &mut Store, id: i64, p: &EntryPatch) -> Result<Txn> {
    edit_as(store, id, p, None)
}

/// [`edit`] from a screen that showed `seen`: refused with
/// `StoreError::Changed`, writing nothing, unless the row is still as shown
/// (checked inside the write's transaction).
pub fn edit_seen(store: &mut Store, seen: &Txn, p: &EntryPatch) -> Result<Txn> {
    edit_as(store, seen.id, p, Some(seen))
}

fn edit_as(store: &mut Store, id: i64, p: &EntryPatch, seen: Option<&Txn>) -> Result<Txn> {
    let old = match seen {
        Some(seen) => seen.clone(),
        None => store.txn(id)?,
    };
    let patch = edit_patch(store, &old, p)?;
    if patch == TxnPatch::default() {
        return Err(EntryError::NothingToChange.into());
    }
    Ok(history::record(store, &Step::Edit { id }, |tx| write_edit(tx, id, seen, &patch))?)
}

/// What an edit of `old` writes (nothing changed: the default patch);
/// refuses a zero or too large amount and bad text or tags.
pub(super) fn edit_patch(store: &Store, old: &Txn, p: &EntryPatch) -> Result<TxnPatch> {
    if p.typed == Some(0) {
        return Err(EntryError::Zero.into());
    }
    if let Some(typed) = p.typed {
        crate::money::limited(Money::new(typed, old.currency))?;
    }
    let category = p.category_id.map(|id| store.category(id)).transpose()?;
    let old_sign = old.class.map_or(old.amount.signum(), |c| c.sign());
    let new_sign = category.as_ref().map_or(old_sign, |c| c.class.sign());
    let typed = p.typed.or_else(|| (new_sign != old_sign).then_some(old.amount * old_sign));
    // Tags added and taken away from the row's (or the form's) set; only a
    // set that differs from the row's is written.
    let tags = p.tags.as_ref().unwrap_or(&old.tags).without(&p.untag).with(&p.tag)?;
    Ok(TxnPatch {
        date: p.date,
        account_id: p.account_id,
        category_id: p.category_id,
        payee: clean::optional(Field::Payee, p.payee.as_deref())?,
        note: clean::optional(Field::Note, p.note.as_deref())?,
        amount: typed.map(|t| signed(t, new_sign)).transpose()?,
        tags: (tags != old.tags).then_some(tags),
    })
}

/// Writes an edit's patch (in the step's transaction), refused unless row
/// `id` is still as `seen` showed it; an empty patch writes nothing.
pub(super) fn write_edit(
    tx: &crate::store::Tx,
    id: i64,
    seen: Option<&Txn>,
    patch: &TxnPatch,
) -> crate::store::Result<Txn> {
    if let Some(seen) = seen {
        tx.txn_as_seen(seen)?;
    }
    if *patch == TxnPatch::default() {
        return tx.txn(id);
    }
    let before = tx.txn(id)?;
    let txn = tx.update_txn(id, patch)?;
    super::credit::still_on_card(tx, &before, &txn)?;
    align_offsets(tx, &txn)?;
    Ok(txn)
}

/// Keeps the offsets of a paid row (its claims) on its category and date,
/// and refuses an amount below what they claim, or a payment turned into
/// income (inside the edit's transaction, so a refusal writes nothing).
fn align_offsets(tx: &crate::store::Tx, paid: &Txn) -> crate::store::Result<()> {
    let claims = tx.claims_of(paid.id)?;
    if claims.is_empty() {
        return Ok(());
    }
    let offsets = claims.iter().map(|c| tx.txn(c.offset_id)).collect::<crate::store::Result<Vec<_>>>()?;
    let claimed: i64 = offsets.iter().map(|o| o.amount).sum();
    if paid.amount >= 0 || paid.amount.unsigned_abs() < claimed.unsigned_abs() {
        let claimed = Money::new(claimed, paid.currency);
        return Err(crate::store::StoreError::Invalid(text::claims::below_claims(paid.id, claimed)));
    }
    for o in offsets {
        if o.date != paid.date || o.category_id != paid.category_id {
            let patch = TxnPatch {
                date: (o.date != paid.date).then_some(paid.date),
                category_id: paid.category_id.filter(|&c| Some(c) != o.category_id),
                ..TxnPatch::default()
            };
            tx.update_txn(o.id, &patch)?;
        }
    }
    Ok(())
}

/// Deletes transaction `id` (both legs of a transfer); returns what was
/// deleted.
pub fn delete(store: &mut Store, id: i64) -> Result<Vec<Txn>> {
    let t = store.txn(id)?;
    delete_as(store, &t, false)
}

/// [`delete`] from a screen that showed `seen`: refused with
/// `StoreError::Changed`, writing nothing, unless the row is still as shown.
pub fn delete_seen(store: &mut Store, seen: &Txn) -> Result<Vec<Txn>> {
    delete_as(store, seen, true)
}

fn delete_as(store: &mut Store, t: &Txn, check: bool) -> Result<Vec<Txn>> {
    let id = t.id;
    let step = Step::Delete { id, date: t.date, payee: t.payee.clone(), amount: t.amount, currency: t.currency };
    Ok(history::record(store, &step, |tx| {
        if check {
            tx.txn_as_seen(t)?;
        }
        delete_in(tx, id)
    })?)
}

/// Deletes row `id` and what goes with it, inside a step's transaction: a
/// paid row's claims (their offsets first) and the rule posting its
/// instalments' fee (its plan goes by the cascade); returns what was deleted.
pub(super) fn delete_in(tx: &crate::store::Tx, id: i64) -> crate::store::Result<Vec<Txn>> {
    let mut offsets = Vec::new();
    for c in tx.claims_of(id)? {
        offsets.extend(tx.delete_txn(c.offset_id)?);
    }
    super::credit::drop_fee_rule(tx, id)?;
    let mut gone = tx.delete_txn(id)?;
    gone.extend(offsets);
    Ok(gone)
}

/// Moves `amount` (minor units of `from`'s currency, positive) between two
/// own accounts; returns the ids of the outgoing and incoming legs.
pub fn transfer(
    store: &mut Store,
    date: NaiveDate,
    from: &Account,
    to: &Account,
    amount: i64,
    note: &str,
) -> Result<(i64, i64)> {
    if amount == 0 {
        return Err(EntryError::Zero.into());
    }
    if amount < 0 {
        return Err(EntryError::NegativeTransfer.into());
    }
    crate::money::limited(Money::new(amount, from.currency))?;
    let note = clean::field(Field::Note, note)?;
    let step = Step::Transfer { from: from.name.clone(), to: to.name.clone() };
    Ok(history::record(store, &step, |tx| tx.add_transfer(date, from.id, to.id, amount, &note))?)
}

#[cfg(test)]
mod tests;
