//! Claims (issue 26's 报销 and AA), for the CLI and the interface alike:
//! a payment marked reimbursable or split AA, as it is added or later, the
//! money of a reimbursement coming back, and what is waiting.
//!
//! A claim is an offset row on a person ([`AccountKind::Person`], made on
//! first use in the same step): in the paid row's category, on its date,
//! of the part [`crate::claims::offsets`] gives, linked to the paid row in
//! `claims`. The category nets to what is mine, so every savings rate and
//! budget follows with no rule of its own. Shares come back with `collect`
//! (a transfer from the person). Each function is one transaction and one
//! undoable [`Step::Claim`]; a refusal writes nothing.

use chrono::NaiveDate;
use thiserror::Error;

use super::Result;
use super::history::{self, ClaimChange, Step};
use super::owed;
use crate::claims::{ClaimError, Kind, Parts, offsets};
use crate::model::clean::{self, Field};
use crate::model::{Account, AccountKind, Class, NewTxn, Txn};
use crate::money::{Currency, Money};
use crate::store::{Store, StoreError, Tx};
use crate::text;

/// Who pays a payment back, as typed (names cleaned here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// All of it, by `by` (an employer: `text::claims::default_by` when none is typed).
    Reimburse { by: String },
    /// Split `ways` ways: a part each for the people `with` names, the
    /// parts left for `others` (`text::claims::default_others`).
    Share { ways: u32, with: Vec<String>, others: String },
}

/// Why a claim was refused; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ClaimRefused {
    #[error(transparent)]
    Parts(#[from] ClaimError),
    /// More people named than others' parts.
    #[error("{}", text::claims::too_many_people(*.ways, *.named))]
    TooManyPeople { ways: u32, named: usize },
    /// The row already carries a claim, or is one.
    #[error("{}", text::claims::already(*.0))]
    Already(i64),
    /// `reimbursed` on a row with no reimbursement waiting.
    #[error("{}", text::claims::not_reimbursable(*.0))]
    NotReimbursable(i64),
    #[error("{}", text::claims::already_reimbursed(*.0))]
    AlreadyReimbursed(i64),
    /// More back than was claimed.
    #[error("{}", text::claims::too_much(.asked, .claim))]
    TooMuch { asked: Money, claim: Money },
    /// A person keeps one currency.
    #[error("{}", text::claims::currency(&text::names::shown(.person), .code))]
    Currency { person: String, code: String },
}

/// One offset a claim wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offset {
    pub person: Account,
    /// The person was made by this step.
    pub made: bool,
    /// The offset row.
    pub id: i64,
    /// Positive minor units: what they owe of it.
    pub amount: i64,
}

/// What a claim wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    pub paid: Txn,
    pub parts: Parts,
    pub offsets: Vec<Offset>,
}

/// A person a claim names, found before the write or made in it.
struct Who {
    existing: Option<Account>,
    name: String,
    amount: i64,
}

/// The people of a claim and their parts; refuses a name that is an
/// account of another kind or keeps another currency.
fn plan(store: &Store, paid: i64, currency: Currency, claim: &Claim) -> Result<(Kind, Parts, Vec<Who>)> {
    let find = |typed: &str| -> Result<(Option<Account>, String)> {
        let name = clean::field(Field::Name, typed)?;
        let existing = owed::named(store, &name)?;
        if let Some(p) = &existing {
            if p.currency != currency {
                let refused = ClaimRefused::Currency { person: p.name.clone(), code: p.currency.code().to_owned() };
                return Err(refused.into());
            }
        }
        let name = existing.as_ref().map_or(name, |p| p.name.clone());
        Ok((existing, name))
    };
    match claim {
        Claim::Reimburse { by } => {
            let parts = offsets(paid, Kind::Reimburse).map_err(ClaimRefused::from)?;
            let (existing, name) = find(by)?;
            let who = vec![Who { existing, name, amount: parts.owed() }];
            Ok((Kind::Reimburse, parts, who))
        }
        Claim::Share { ways, with, others } => {
            let kind = Kind::Share { ways: *ways };
            let parts = offsets(paid, kind).map_err(ClaimRefused::from)?;
            let mut named: Vec<String> = Vec::new();
            for typed in with.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
                if !named.iter().any(|n| n.eq_ignore_ascii_case(typed)) {
                    named.push(typed.to_owned());
                }
            }
            if named.len() > parts.others.len() {
                return Err(ClaimRefused::TooManyPeople { ways: *ways, named: named.len() }.into());
            }
            let mut who = Vec::new();
            for (typed, &amount) in named.iter().zip(&parts.others) {
                let (existing, name) = find(typed)?;
                who.push(Who { existing, name, amount });
            }
            let rest: i64 = parts.others[named.len()..].iter().sum();
            if rest > 0 {
                let (existing, name) = find(others)?;
                match who.iter_mut().find(|w| w.name.eq_ignore_ascii_case(&name)) {
                    Some(w) => w.amount += rest,
                    None => who.push(Who { existing, name, amount: rest }),
                }
            }
            Ok((kind, parts, who))
        }
    }
}

/// Writes the offsets of `paid` (in the step's transaction).
fn write_offsets(tx: &Tx, paid: &Txn, kind: Kind, who: &[Who]) -> crate::store::Result<Vec<Offset>> {
    let category_id = paid.category_id.expect("a claimed row has a category");
    let mut out = Vec::new();
    for w in who {
        let (person, made) = match &w.existing {
            Some(p) => (p.clone(), false),
            None => (tx.add_account(&w.name, AccountKind::Person, paid.currency)?, true),
        };
        let new = NewTxn {
            date: paid.date,
            account_id: person.id,
            category_id,
            payee: paid.payee.clone(),
            note: String::new(),
            amount: w.amount,
            tags: paid.tags.clone(),
        };
        let id = tx.add_txn(&new)?;
        tx.add_claim(id, paid.id, kind.as_str())?;
        out.push(Offset { person, made, id, amount: w.amount });
    }
    Ok(out)
}

fn step(kind: Kind, who: &[Who]) -> Step {
    let change = match kind {
        Kind::Reimburse => ClaimChange::Reimburse,
        Kind::Share { ways } => ClaimChange::Split { ways },
    };
    Step::Claim { change, by: who.first().map(|w| w.name.clone()).unwrap_or_default() }
}

/// A claim is made on my own accounts only: not on a person's.
fn own_account(store: &Store, id: i64) -> Result<Account> {
    let account = store.account(id)?;
    if account.kind == AccountKind::Person {
        return Err(ClaimRefused::Parts(ClaimError::NotAPayment).into());
    }
    Ok(account)
}

/// Adds a payment with its claim: the row and its offsets (and any person
/// made on first use) in one step.
pub fn add(store: &mut Store, e: super::entries::NewEntry, claim: &Claim) -> Result<Claimed> {
    let account = own_account(store, e.account_id)?;
    let (new, category) = super::entries::prepare(store, e)?;
    if category.class == Class::Income {
        return Err(ClaimRefused::Parts(ClaimError::NotAPayment).into());
    }
    let (kind, parts, who) = plan(store, new.amount, account.currency, claim)?;
    let (paid, offsets) = history::record(store, &step(kind, &who), |tx| {
        let paid = tx.add_txn(&new).and_then(|id| tx.txn(id))?;
        let offsets = write_offsets(tx, &paid, kind, &who)?;
        Ok((paid, offsets))
    })?;
    Ok(Claimed { paid, parts, offsets })
}

/// Marks an existing payment `id` reimbursable or splits it AA.
pub fn mark(store: &mut Store, id: i64, claim: &Claim) -> Result<Claimed> {
    let seen = store.txn(id)?;
    if seen.category_id.is_none() || seen.class == Some(Class::Income) {
        return Err(ClaimRefused::Parts(ClaimError::NotAPayment).into());
    }
    let account = own_account(store, seen.account_id)?;
    if !store.claims_of(id)?.is_empty() || store.claim_by_offset(id)?.is_some() {
        return Err(ClaimRefused::Already(id).into());
    }
    let (kind, parts, who) = plan(store, seen.amount, account.currency, claim)?;
    let offsets = history::record(store, &step(kind, &who), |tx| {
        tx.txn_as_seen(&seen)?;
        if !tx.claims_of(id)?.is_empty() {
            return Err(StoreError::Changed { what: "transaction", id, gone: false });
        }
        write_offsets(tx, &seen, kind, &who)
    })?;
    Ok(Claimed { paid: seen, parts, offsets })
}

/// [`mark`] with an edit: row `seen` (as a form showed it) changed by
/// `p` and split or marked reimbursable, in one transaction and one
/// undoable step (the claim's). Nothing changed but the claim is the
/// Ledger's `s` (or `r`) on the row as shown.
pub fn edit_and_mark(store: &mut Store, seen: &Txn, p: &super::entries::EntryPatch, claim: &Claim) -> Result<Claimed> {
    let id = seen.id;
    let patch = super::entries::edit_patch(store, seen, p)?;
    let category_id = patch.category_id.or(seen.category_id);
    let class = category_id.map(|c| store.category(c)).transpose()?.map(|c| c.class);
    let amount = patch.amount.unwrap_or(seen.amount);
    if category_id.is_none() || class == Some(Class::Income) || seen.transfer_id.is_some() {
        return Err(ClaimRefused::Parts(ClaimError::NotAPayment).into());
    }
    let account = own_account(store, patch.account_id.unwrap_or(seen.account_id))?;
    if !store.claims_of(id)?.is_empty() || store.claim_by_offset(id)?.is_some() {
        return Err(ClaimRefused::Already(id).into());
    }
    let (kind, parts, who) = plan(store, amount, account.currency, claim)?;
    let (paid, offsets) = history::record(store, &step(kind, &who), |tx| {
        let paid = super::entries::write_edit(tx, id, Some(seen), &patch)?;
        if !tx.claims_of(id)?.is_empty() {
            return Err(StoreError::Changed { what: "transaction", id, gone: false });
        }
        let offsets = write_offsets(tx, &paid, kind, &who)?;
        Ok((paid, offsets))
    })?;
    Ok(Claimed { paid, parts, offsets })
}

/// The claim a row carries, as an edit form shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowClaim {
    /// Split AA: what the others owe of it (positive minor units).
    Share { owed: i64 },
    /// Reimbursable by this person (their stored name).
    Reimburse { by: String },
    /// The row is a claim's offset, on paid row `paid`.
    Offset { paid: i64 },
}

/// Row `id`'s claim, if it has one.
pub fn of_row(store: &Store, id: i64) -> Result<Option<RowClaim>> {
    if let Some(c) = store.claim_by_offset(id)? {
        return Ok(Some(RowClaim::Offset { paid: c.paid_id }));
    }
    let claims = store.claims_of(id)?;
    let Some(first) = claims.first() else { return Ok(None) };
    if first.kind == "reimburse" {
        let offset = store.txn(first.offset_id)?;
        return Ok(Some(RowClaim::Reimburse { by: store.account(offset.account_id)?.name }));
    }
    let mut owed = 0i64;
    for c in &claims {
        owed = owed.saturating_add(store.txn(c.offset_id)?.amount);
    }
    Ok(Some(RowClaim::Share { owed }))
}

/// Money back for a reimbursement, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Back<'a> {
    /// The paid row (or its offset).
    pub id: i64,
    /// Positive minor units; `None`: all that was claimed.
    pub amount: Option<i64>,
    /// Where it arrives; `None`: the account the payment left.
    pub account: Option<&'a Account>,
    pub date: NaiveDate,
}

/// What a reimbursement coming back wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reimbursed {
    pub paid: Txn,
    pub by: Account,
    pub account: Account,
    pub amount: i64,
    /// What was not reimbursed: spending in the paid row's category and month.
    pub rest: i64,
    /// The transfer's legs: from the person, into the account.
    pub ids: (i64, i64),
}

/// Records a reimbursement coming back, in full or in part: a transfer
/// from the person to the account, and the offset shrunk to the amount
/// back (what is not reimbursed becomes spending where the payment was),
/// the claim closed by the transfer. Refuses more than was claimed.
pub fn reimbursed(store: &mut Store, b: &Back) -> Result<Reimbursed> {
    let claim = match store.claims_of(b.id)?.into_iter().find(|c| c.kind == "reimburse") {
        Some(c) => c,
        None => match store.claim_by_offset(b.id)? {
            Some(c) if c.kind == "reimburse" => c,
            _ => return Err(ClaimRefused::NotReimbursable(b.id).into()),
        },
    };
    if claim.closed_by.is_some() {
        return Err(ClaimRefused::AlreadyReimbursed(claim.paid_id).into());
    }
    let paid = store.txn(claim.paid_id)?;
    let offset = store.txn(claim.offset_id)?;
    let by = store.account(offset.account_id)?;
    let account = match b.account {
        Some(a) => a.clone(),
        None => store.account(paid.account_id)?,
    };
    let amount = b.amount.unwrap_or(offset.amount);
    if amount == 0 {
        return Err(super::entries::EntryError::Zero.into());
    }
    if amount < 0 {
        return Err(super::entries::EntryError::NegativeTransfer.into());
    }
    if amount > offset.amount {
        let (asked, claim) = (Money::new(amount, offset.currency), Money::new(offset.amount, offset.currency));
        return Err(ClaimRefused::TooMuch { asked, claim }.into());
    }
    if account.currency != offset.currency {
        return Err(ClaimRefused::Currency { person: by.name.clone(), code: by.currency.code().to_owned() }.into());
    }
    let step = Step::Claim { change: ClaimChange::Reimbursed, by: by.name.clone() };
    let ids = history::record(store, &step, |tx| {
        tx.txn_as_seen(&offset)?;
        if tx.claim_by_offset(offset.id)?.and_then(|c| c.closed_by).is_some() {
            return Err(StoreError::Changed { what: "transaction", id: offset.id, gone: false });
        }
        let ids = tx.add_transfer(b.date, by.id, account.id, amount, "")?;
        if amount < offset.amount {
            let patch = crate::model::TxnPatch { amount: Some(amount), ..Default::default() };
            tx.update_txn(offset.id, &patch)?;
        }
        let transfer = tx.txn(ids.0)?.transfer_id.expect("a transfer leg");
        tx.close_claim(offset.id, transfer)?;
        Ok(ids)
    })?;
    Ok(Reimbursed { paid, by, account, amount, rest: offset.amount - amount, ids })
}

/// What kind of claim a line of `claims` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waits {
    Reimburse,
    Share,
}

/// One claim still waiting for money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub paid: Txn,
    pub kind: Waits,
    /// The person's stored name.
    pub by: String,
    /// What was claimed (positive minor units).
    pub amount: i64,
    /// What of it is still to come.
    pub waiting: i64,
}

/// What is waiting, oldest payment first: reimbursements not yet back,
/// and shares not yet collected. A share is paid back by `collect` from
/// its person (a transfer, linked to no claim): what is open with the
/// person ([`crate::owed`], first in, first out) covers their
/// reimbursements, then their newest shares, so the oldest are the ones
/// collected ([`crate::claims::cover`]).
pub fn waiting(store: &Store) -> Result<Vec<Waiting>> {
    // Three queries whatever the count: the claims, the rows they name and
    // their people's movements (not one of each per claim).
    let claims = store.claims()?;
    let mut rows = store.claimed_txns()?;
    let movements = store.claimants_movements()?;
    let row = |rows: &std::collections::HashMap<i64, Txn>, id: i64| {
        rows.get(&id).cloned().ok_or(StoreError::NotFound { what: "transaction", id })
    };
    // (person, line), and what is open with each person.
    let mut lines: Vec<(i64, Waiting)> = Vec::new();
    let mut open: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
    for c in claims {
        let kind = if c.kind == "reimburse" { Waits::Reimburse } else { Waits::Share };
        if kind == Waits::Reimburse && c.closed_by.is_some() {
            continue;
        }
        let offset = rows.remove(&c.offset_id).ok_or(StoreError::NotFound { what: "transaction", id: c.offset_id })?;
        let person = offset.account_id;
        open.entry(person)
            .or_insert_with(|| crate::owed::open(movements.get(&person).map_or(&[][..], Vec::as_slice)).amount.max(0));
        let paid = row(&rows, c.paid_id)?;
        let line = Waiting { paid, kind, by: offset.account, amount: offset.amount, waiting: offset.amount };
        lines.push((person, line));
    }
    // What is open with each person covers their claims: reimbursements
    // whole, then the newest shares (`claims::cover`).
    for (person, open) in open {
        let theirs: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].0 == person).collect();
        let claims: Vec<(bool, i64)> =
            theirs.iter().map(|&i| (lines[i].1.kind == Waits::Share, lines[i].1.amount)).collect();
        for (&i, waiting) in theirs.iter().zip(crate::claims::cover(open, &claims).waiting) {
            lines[i].1.waiting = waiting;
        }
    }
    Ok(lines.into_iter().map(|(_, l)| l).filter(|l| l.waiting > 0).collect())
}
