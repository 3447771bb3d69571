//! Money lent and borrowed (issue 26's IOUs), for the CLI and the interface
//! alike: lending to a person, borrowing from one, collecting and repaying
//! (transfers, so never income nor spending), forgiving (a categorised row
//! on the person, so spending or income on that day only), turning a
//! Ledger row into a loan, and what is open with whom ([`crate::owed`]).
//!
//! A person is an account of kind [`AccountKind::Person`], made on first
//! use in the same step as the money that names them. Each function is one
//! transaction and one undoable [`Step::Owed`]; a refusal writes nothing.

use chrono::NaiveDate;
use thiserror::Error;

use super::Result;
use super::history::{self, OwedChange, Step};
use super::names;
use crate::model::clean::{self, Field};
use crate::model::{Account, AccountKind, Category, NewTxn, Tags, Txn, TxnPatch};
use crate::money::{Currency, Money};
use crate::owed::{Open, open};
use crate::store::{Store, StoreError, Tx};
use crate::text;

/// Which way money between me and a person goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// I lend to them: they owe me more.
    Lend,
    /// I borrow from them: I owe them more.
    Borrow,
    /// They pay me back what they owe.
    Collect,
    /// I pay them back what I owe.
    Repay,
}

impl Move {
    /// Whether the money goes from my account to the person.
    fn to_person(self) -> bool {
        matches!(self, Move::Lend | Move::Repay)
    }

    fn change(self) -> OwedChange {
        match self {
            Move::Lend => OwedChange::Lend,
            Move::Borrow => OwedChange::Borrow,
            Move::Collect => OwedChange::Collect,
            Move::Repay => OwedChange::Repay,
        }
    }
}

/// Why money with a person was refused; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OwedError {
    /// No person is called that (collecting, repaying, forgiving): `closest`
    /// are the people's names nearest to it, for a "did you mean".
    #[error("{}", no_such_person(.typed, .closest))]
    NoSuchPerson { typed: String, closest: Vec<String> },
    /// The name is an account of another kind (a card, a wallet).
    #[error("{}", text::owed::not_a_person(&text::names::shown(.0)))]
    NotAPerson(String),
    /// Collecting from a person who owes nothing (`owes_me`), or repaying
    /// one who is owed nothing.
    #[error("{}", if *.owes_me { text::owed::nothing_to_collect(&text::names::shown(.person)) }
                  else { text::owed::nothing_to_repay(&text::names::shown(.person)) })]
    NothingOpen { person: String, owes_me: bool },
    /// More than is open: `open` is its size.
    #[error("{}", text::owed::too_much(&text::names::shown(.person), .asked, .open))]
    TooMuch { person: String, asked: Money, open: Money },
    /// Forgiving what a person owes takes a spending or housing category;
    /// what I owe, an income one.
    #[error("{}", if *.owes_me { text::owed::forgive_spending(&text::names::shown(.person)) }
                  else { text::owed::forgive_income(&text::names::shown(.person)) })]
    WrongClass { person: String, owes_me: bool },
    /// Only a categorised row becomes a loan (not a transfer, not a person's row).
    #[error("{}", text::owed::not_a_payment())]
    NotAPayment,
    /// Paid back on a day when less than that was open yet (a collection
    /// dated before the loan): `open` is what was open that day.
    #[error("{}", text::owed::not_yet(&text::names::shown(.person), .date, .open))]
    NotYet { person: String, date: NaiveDate, open: Money },
}

fn no_such_person(typed: &str, closest: &[String]) -> String {
    let typed = text::safe::escaped(typed);
    if closest.is_empty() {
        return text::owed::no_such_person_far(&typed);
    }
    let names: Vec<String> = closest.iter().map(|n| text::names::shown(n).into_owned()).collect();
    text::owed::no_such_person(&typed, &names.join(text::cli::list_sep()))
}

/// Money to or from a person, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request<'a> {
    pub how: Move,
    /// As typed: a new name for lending and borrowing (made on first use),
    /// a known person's (or its start) for collecting and repaying.
    pub person: &'a str,
    /// My account the money leaves or arrives in.
    pub account: &'a Account,
    /// Positive, in the account's minor units.
    pub amount: i64,
    pub date: NaiveDate,
    pub note: &'a str,
}

/// What a move wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    pub person: Account,
    /// The person was made by this step.
    pub made: bool,
    /// The transfer's legs: the one leaving, the one arriving.
    pub ids: (i64, i64),
    /// What is open with them after it.
    pub open: Open,
    /// When the person was made: the people already known whose names are
    /// one slip from theirs ([`names::close_to`]), for a note.
    pub close: Vec<String>,
    /// When money left a cash account (not a card, which may run below
    /// zero) for more than it held: what it held before.
    pub held: Option<i64>,
}

/// What is open with one person, as `owed` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwedLine {
    /// The stored name.
    pub person: String,
    pub open: Open,
    pub currency: Currency,
}

fn people(store: &Store) -> Result<Vec<Account>> {
    Ok(store.accounts(true)?.into_iter().filter(|a| a.kind == AccountKind::Person).collect())
}

/// A known, open person by a typed name (exact, any case, a unique start).
pub fn find_person(store: &Store, typed: &str) -> Result<Account> {
    let all = people(store)?;
    match names::find_active(&all, typed.trim(), |a| &a.name, |a| a.archived) {
        Ok(person) => Ok(person.clone()),
        // An account of another kind by that name is said to be one.
        Err(e) => {
            named(store, typed.trim())?;
            Err(match e {
                names::NameError::Unknown { typed, closest } => OwedError::NoSuchPerson { typed, closest }.into(),
                other => other.into(),
            })
        }
    }
}

/// The person a lending or borrowing names: the account of exactly this
/// name (any case), which must be a person's and open; `None` when there
/// is none (one is made). No start of a name here: `lend 50 --to 小`
/// must not lend to 小王.
pub(super) fn named(store: &Store, cleaned: &str) -> Result<Option<Account>> {
    // A shipped account typed in Chinese (支付宝) is that account (Alipay).
    let stored = text::names::stored(cleaned).unwrap_or(cleaned);
    let found = store.accounts(true)?.into_iter().find(|a| a.name.eq_ignore_ascii_case(stored));
    match found {
        Some(a) if a.kind != AccountKind::Person => Err(OwedError::NotAPerson(a.name).into()),
        Some(a) if a.archived => Err(names::NameError::Archived { name: a.name }.into()),
        other => Ok(other),
    }
}

/// The people already known a newly made person's name comes close to.
fn close_people(store: &Store, made: &str) -> Result<Vec<String>> {
    let all = people(store)?;
    let names: Vec<&str> = all.iter().filter(|p| p.name != made).map(|p| p.name.as_str()).collect();
    Ok(names::close_to(made, &names))
}

/// What cash account `account` held before `amount` left it, when that
/// was less than `amount`: it goes below zero now (a card or a loan may
/// run below zero: `None`). An account already below zero says nothing
/// more: its balance is one nobody keeps (spending logged without an
/// opening balance, on most new ledgers) or was warned of when it crossed.
fn held_less(store: &Store, account: &Account, amount: i64) -> Result<Option<i64>> {
    if !account.kind.is_cash() || account.kind.is_liability() {
        return Ok(None);
    }
    let held = store.account_balances()?.into_iter().find(|(id, _)| *id == account.id).map_or(0, |(_, b)| b);
    Ok((0..amount).contains(&held).then_some(held))
}

/// What is open with person `id`.
pub fn open_with(store: &Store, id: i64) -> Result<Open> {
    Ok(open(&store.movements(id)?))
}

/// Refuses to collect or repay more than is open, or anything when
/// nothing is open that way.
fn check_settle(how: Move, person: &Account, now: Open, amount: i64) -> Result<()> {
    let owes_me = how == Move::Collect;
    let open = if owes_me { now.amount } else { -now.amount };
    if open <= 0 {
        return Err(OwedError::NothingOpen { person: person.name.clone(), owes_me }.into());
    }
    if amount > open {
        let (asked, open) = (Money::new(amount, person.currency), Money::new(open, person.currency));
        return Err(OwedError::TooMuch { person: person.name.clone(), asked, open }.into());
    }
    Ok(())
}

/// Refuses to settle on `date` more than was open that day (the
/// movements up to it), so nothing is paid back before it was lent.
fn check_on(how: Move, person: &Account, movements: &[(NaiveDate, i64)], date: NaiveDate, amount: i64) -> Result<()> {
    let upto = movements.partition_point(|&(d, _)| d <= date);
    let then = open(&movements[..upto]).amount;
    let then = if how == Move::Collect { then } else { -then };
    if amount > then {
        let (person, open) = (person.name.clone(), Money::new(then.max(0), person.currency));
        return Err(OwedError::NotYet { person, date, open }.into());
    }
    Ok(())
}

/// The row a screen changed meanwhile: another nestegg wrote.
fn changed(person: &Account) -> StoreError {
    StoreError::Changed { what: "account", id: person.id, gone: false }
}

/// The person a move names, before its transaction: for lending and
/// borrowing the one of exactly that name or none (made in the step), with
/// nothing to check; for collecting and repaying a known one, with what is
/// open with them, checked against `amount` (and again in the step).
fn who(
    store: &Store,
    how: Move,
    typed: &str,
    amount: i64,
    date: NaiveDate,
) -> Result<(Option<Account>, String, Option<Open>)> {
    match how {
        Move::Lend | Move::Borrow => {
            let name = clean::field(Field::Name, typed)?;
            let existing = named(store, &name)?;
            let name = existing.as_ref().map_or(name, |p| p.name.clone());
            Ok((existing, name, None))
        }
        Move::Collect | Move::Repay => {
            let person = find_person(store, typed)?;
            let movements = store.movements(person.id)?;
            let now = open(&movements);
            check_settle(how, &person, now, amount)?;
            check_on(how, &person, &movements, date, amount)?;
            Ok((Some(person.clone()), person.name, Some(now)))
        }
    }
}

/// The person of a move inside its transaction: the one found, if what is
/// open with them is still what was checked, else one made now.
fn person_in(
    tx: &Tx,
    existing: Option<&Account>,
    before: Option<Open>,
    name: &str,
    currency: Currency,
) -> crate::store::Result<Account> {
    match existing {
        Some(p) => {
            // What was checked is still so inside the write's lock.
            if let Some(b) = before {
                if b != open(&tx.movements(p.id)?) {
                    return Err(changed(p));
                }
            }
            Ok(p.clone())
        }
        None => tx.add_account(name, AccountKind::Person, currency),
    }
}

/// Lends, borrows, collects or repays: one transfer between `r.account`
/// and the person (made on first use, in the same step).
pub fn settle(store: &mut Store, r: &Request) -> Result<Moved> {
    if r.amount == 0 {
        return Err(super::entries::EntryError::Zero.into());
    }
    if r.amount < 0 {
        return Err(super::entries::EntryError::NegativeTransfer.into());
    }
    crate::money::limited(Money::new(r.amount, r.account.currency))?;
    let note = clean::field(Field::Note, r.note)?;
    let (existing, name, before) = who(store, r.how, r.person, r.amount, r.date)?;
    let held = if r.how.to_person() { held_less(store, r.account, r.amount)? } else { None };
    let step = Step::Owed { change: r.how.change(), person: name.clone() };
    let (account, how, date, amount) = (r.account, r.how, r.date, r.amount);
    let (person, ids) = history::record(store, &step, |tx| {
        let person = person_in(tx, existing.as_ref(), before, &name, account.currency)?;
        let (from, to) = if how.to_person() { (account.id, person.id) } else { (person.id, account.id) };
        let ids = tx.add_transfer(date, from, to, amount, &note)?;
        Ok((person, ids))
    })?;
    let open = open_with(store, person.id)?;
    let close = if existing.is_none() { close_people(store, &person.name)? } else { Vec::new() };
    Ok(Moved { person, made: existing.is_none(), ids, open, close, held })
}

/// Forgiving what is open with a person, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forgive<'a> {
    pub person: &'a str,
    /// `None`: all that is open.
    pub amount: Option<i64>,
    /// Spending (or housing) when they owe me; income when I owe them.
    pub category: &'a Category,
    pub date: NaiveDate,
    pub note: &'a str,
}

/// Forgives a debt: a row in `f.category` on the person's account, dated
/// `f.date`, so a forgiven loan is that day's spending (a forgiven debt of
/// mine, its income), and what is open shrinks by it. Returns the row and
/// what is open after.
pub fn forgive(store: &mut Store, f: &Forgive) -> Result<(Txn, Open)> {
    let person = find_person(store, f.person)?;
    let movements = store.movements(person.id)?;
    let now = open(&movements);
    let owes_me = now.amount > 0;
    if now.amount == 0 {
        return Err(OwedError::NothingOpen { person: person.name, owes_me: true }.into());
    }
    // They owe me: the row takes from their balance, so spending; I owe
    // them: it adds to it, so income.
    if (f.category.class.sign() < 0) != owes_me {
        return Err(OwedError::WrongClass { person: person.name, owes_me }.into());
    }
    let amount = f.amount.unwrap_or(now.amount.abs());
    if amount <= 0 {
        return Err(super::entries::EntryError::Zero.into());
    }
    let how = if owes_me { Move::Collect } else { Move::Repay };
    check_settle(how, &person, now, amount)?;
    check_on(how, &person, &movements, f.date, amount)?;
    let note = clean::field(Field::Note, f.note)?;
    let new = NewTxn {
        date: f.date,
        account_id: person.id,
        category_id: f.category.id,
        payee: person.name.clone(),
        note,
        amount: amount * f.category.class.sign(),
        tags: Tags::default(),
    };
    let step = Step::Owed { change: OwedChange::Forgive, person: person.name.clone() };
    let txn = history::record(store, &step, |tx| {
        if open(&tx.movements(person.id)?) != now {
            return Err(changed(&person));
        }
        tx.add_txn(&new).and_then(|id| tx.txn(id))
    })?;
    let open = open_with(store, person.id)?;
    Ok((txn, open))
}

/// "This was a loan to …": turns the categorised row `seen` (as a screen
/// showed it) into a transfer with a person, the same day, amount and
/// note: an outgoing row becomes a lending, an incoming one a collection
/// (refused beyond what they owe). One step; the row gets new ids.
pub fn loan_from_row(store: &mut Store, seen: &Txn, person: &str) -> Result<Moved> {
    if seen.category_id.is_none() || seen.amount == 0 {
        return Err(OwedError::NotAPayment.into());
    }
    let account = store.account(seen.account_id)?;
    if !account.kind.is_payable() {
        return Err(OwedError::NotAPayment.into());
    }
    let how = if seen.amount < 0 { Move::Lend } else { Move::Collect };
    let amount = seen.amount.abs();
    let (existing, name, before) = who(store, how, person, amount, seen.date)?;
    // The money already left (or came): the row only changes its meaning.
    let held = None;
    let step = Step::Owed { change: OwedChange::Loan, person: name.clone() };
    let (person, ids) = history::record(store, &step, |tx| {
        tx.txn_as_seen(seen)?;
        let person = person_in(tx, existing.as_ref(), before, &name, account.currency)?;
        tx.delete_txn(seen.id)?;
        let (from, to) = if how.to_person() { (account.id, person.id) } else { (person.id, account.id) };
        // The payee, unless it was the person, stays readable in the note.
        let note = match seen.note.is_empty() && !seen.payee.eq_ignore_ascii_case(&person.name) {
            true => &seen.payee,
            false => &seen.note,
        };
        let ids = tx.add_transfer(seen.date, from, to, amount, note)?;
        // Its tags go with it (a trip's loan stays the trip's).
        if !seen.tags.is_empty() {
            let patch = TxnPatch { tags: Some(seen.tags.clone()), ..TxnPatch::default() };
            for id in [ids.0, ids.1] {
                tx.update_txn(id, &patch)?;
            }
        }
        Ok((person, ids))
    })?;
    let open = open_with(store, person.id)?;
    let close = if existing.is_none() { close_people(store, &person.name)? } else { Vec::new() };
    Ok(Moved { person, made: existing.is_none(), ids, open, close, held })
}

/// What is open with each person (or with the one `person` names, archived
/// too), in the accounts' order; people with nothing open are left out.
pub fn owed(store: &Store, person: Option<&str>) -> Result<Vec<OwedLine>> {
    let all = people(store)?;
    let chosen: Vec<&Account> = match person {
        Some(typed) => vec![names::find(&all, typed.trim(), |a| &a.name)?],
        None => all.iter().collect(),
    };
    let mut out = Vec::new();
    for p in chosen {
        let open = open_with(store, p.id)?;
        if open.amount != 0 {
            out.push(OwedLine { person: p.name.clone(), open, currency: p.currency });
        }
    }
    Ok(out)
}
