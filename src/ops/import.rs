//! Importing a bill, one conductor for the command line and the interface.
//! [`plan()`] reads the file's bytes, chooses the account its rows go to,
//! resolves the user's payee rules against the ledger's categories, asks the
//! store what it already has and plans every row; [`commit`] writes the
//! plan's new rows as one undoable step. The face reads the file and the
//! rules file and passes them in: nothing here touches a file.

use thiserror::Error;

use super::Result;
use super::history::{Step, record};
use crate::import::journal_map::{self, AccountMap};
use crate::import::plan::{self, Context, Facts, Plan};
use crate::import::rules::{Rules, ServiceMap};
use crate::import::settle::Person;
use crate::import::{self as imp, ImportError, Mapping, Preset};
use crate::model::clean::{self, Field};
use crate::model::{Account, AccountKind};
use crate::store::{Store, StoreError, Tx};
use crate::text::{self, names::shown};

/// How to read and plan a bill.
#[derive(Debug, Clone, Copy)]
pub struct ImportOptions<'a> {
    /// The kind of file; `None` tells it from the content (a bank CSV when a mapping is given).
    pub preset: Option<Preset>,
    /// A bank CSV's columns.
    pub mapping: Option<&'a Mapping>,
    /// The account the rows go to (already resolved by the face); `None`
    /// takes the bill's own (Alipay, WeChat Pay). A nestegg file names its own.
    pub account: Option<i64>,
    /// The user's payee rules, as read from their file (categories not yet resolved).
    pub rules: &'a Rules,
    /// A journal's accounts as nestegg's, or an Alipay or WeChat Pay bill's
    /// payment methods as accounts (`--account-map`), over the map saved in
    /// the ledger for that kind of file.
    pub account_map: Option<&'a AccountMap>,
    /// The file's lines kept apart from their twins in the ledger
    /// (`--keep-apart`, or the preview's key): booked as they are.
    pub keep_apart: &'a [usize],
}

/// Why a bill cannot be planned. Worded by `Display` in the reader's language.
#[derive(Debug, Error)]
pub enum ImportOpError {
    /// The bytes are not the bill they should be (or no known bill at all).
    #[error(transparent)]
    File(#[from] ImportError),
    /// The bill's own account (its stored name) is not in the ledger.
    #[error("{}", text::bills::no_bill_account(&shown(.0)))]
    NoBillAccount(&'static str),
    /// A bank CSV, and no account named for its rows.
    #[error("{}", text::bills::bank_needs_account())]
    NeedsAccount,
    /// An OFX or QIF file (its kind, worded), and no account named for its rows.
    #[error("{}", text::bills::file_needs_account_of(|lang| .0.label(lang)))]
    FileNeedsAccount(Preset),
    /// The account the rows would go to (its stored name) is archived.
    #[error("{}", text::errors::account_archived(&shown(.0)))]
    Archived(String),
    /// A payee rule names no category of the ledger (worded by the rules,
    /// with the rule's place and the closest names).
    #[error("{0}")]
    Rules(String),
    /// An `--account-map` target that cannot be an account's name (worded).
    #[error("--account-map: {0}")]
    BadMap(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Plans the bill in `bytes` against the ledger: every row as it will be
/// stored, new, already here or invalid. `read` hears how many rows the file
/// has once they are read, before the ledger is asked (a large bill takes
/// seconds, and the command line says so).
pub fn plan(
    store: &Store,
    bytes: &[u8],
    opts: &ImportOptions,
    read: impl FnOnce(usize),
) -> Result<Plan, ImportOpError> {
    let (parsed, saved) = match imp::parse(bytes, opts.preset, opts.mapping) {
        // Not a bill nestegg knows by its header: a bank CSV read the way a
        // mapping saved with `--save-map` reads it (the interface has no
        // `--preset NAME`, so it finds the saved mapping this way).
        Err(e @ (ImportError::Unknown | ImportError::UnknownLayout(_)))
            if opts.preset.is_none() && opts.mapping.is_none() =>
        {
            saved_mapping(store, bytes)?.ok_or(e)?
        }
        other => (other?, None),
    };
    read(parsed.entries.len());
    let accounts = store.accounts(true)?;
    let mut parsed = parsed;
    if matches!(parsed.preset, Preset::Ledger | Preset::Beancount) {
        journal_names(store, &mut parsed, opts.account_map, &accounts)?;
    }
    // The saved mapping's account, when the face named none.
    let saved_account = saved
        .and_then(|m| m.account)
        .and_then(|name| crate::model::names::find(&accounts, &name, |a| &a.name).ok().map(|a| a.id));
    let account = match (opts.account.or(saved_account), parsed.preset.default_account()) {
        (Some(id), _) => {
            Some(accounts.iter().find(|a| a.id == id).ok_or(StoreError::NotFound { what: "account", id })?)
        }
        (None, Some(own)) => Some(accounts.iter().find(|a| a.name == own).ok_or(ImportOpError::NoBillAccount(own))?),
        (None, None) if parsed.preset == Preset::Generic => return Err(ImportOpError::NeedsAccount),
        (None, None) if parsed.preset.needs_account() => {
            return Err(ImportOpError::FileNeedsAccount(parsed.preset));
        }
        (None, None) => None,
    };
    if let Some(a) = account.filter(|a| a.archived) {
        return Err(ImportOpError::Archived(a.name.clone()));
    }
    // An Alipay or WeChat Pay bill with no account named: each row on the
    // account that paid it, accounts to make on commit beside the ledger's.
    let funds = opts.account.or(saved_account).is_none() && parsed.preset.default_account().is_some();
    let mut all = accounts.clone();
    let mut funded = None;
    if let Some(own) = account.filter(|_| funds) {
        let map = funding::merged(store, parsed.preset.name(), opts.account_map)?;
        let f = funding::route(store, &mut parsed, own, &accounts, &map)?;
        all.extend(f.new_accounts.iter().cloned());
        funded = Some((f, opts.account_map.map(|_| map)));
    }
    let categories = store.categories(true)?;
    let mut rules = opts.rules.clone();
    let names: Vec<&str> = categories.iter().filter(|c| !c.archived).map(|c| c.name.as_str()).collect();
    rules.resolve(&names).map_err(ImportOpError::Rules)?;
    let map = ServiceMap::shipped();
    let cx = Context { accounts: &all, categories: &categories, account, rules: &rules, map: &map };
    let facts = Facts::of(&parsed, &cx);
    let mut known = store.import_known(&facts)?;
    known.people = people(store, &accounts, &facts.payees)?;
    let mut plan = plan::plan_with(parsed, &cx, &known, facts);
    if let Some((f, given)) = funded {
        (plan.funding, plan.account_map) = (f, given);
    }
    twins::find(store, &mut plan, &accounts, opts.keep_apart)?;
    Ok(plan)
}

/// The open people the file's payees name (exactly, any case), with what
/// moved with them, for rows that settle what is open.
fn people(store: &Store, accounts: &[Account], payees: &[String]) -> Result<Vec<Person>, ImportOpError> {
    let mut out = Vec::new();
    for a in accounts.iter().filter(|a| a.kind == AccountKind::Person && !a.archived) {
        if payees.iter().any(|p| a.name.eq_ignore_ascii_case(p.trim())) {
            let movements = store.movements(a.id)?;
            out.push(Person { id: a.id, name: a.name.clone(), currency: a.currency, movements });
        }
    }
    Ok(out)
}

/// Inside the write: what is open with each person a row settles is still
/// what the plan saw (another nestegg may have written meanwhile).
fn still_open(tx: &Tx, plan: &Plan) -> crate::store::Result<()> {
    for s in &plan.settled {
        if crate::owed::open(&tx.movements(s.person_id)?) != s.before {
            return Err(StoreError::Changed { what: "account", id: s.person_id, gone: false });
        }
    }
    Ok(())
}

/// A journal's accounts and categories as nestegg's: the map given over
/// the one saved for this kind of journal, then nestegg's own names. A
/// name that maps to nothing refuses the file (nothing is written).
fn journal_names(
    store: &Store,
    parsed: &mut imp::Parsed,
    given: Option<&AccountMap>,
    accounts: &[crate::model::Account],
) -> Result<(), ImportOpError> {
    let mut map = store.journal_map(parsed.preset.name())?;
    for (from, to) in given.into_iter().flatten() {
        map.retain(|k, _| !k.eq_ignore_ascii_case(from));
        map.insert(from.clone(), to.clone());
    }
    let categories = store.categories(true)?;
    journal_map::resolve(&mut parsed.entries, &map, accounts, &categories)
        .map_err(|why| ImportOpError::File(ImportError::WrongPreset(why)))
}

/// [`commit`] for a journal, keeping `account_map` (the `--account-map`
/// given) with the map saved for `preset`'s journals in the same step.
pub fn commit_journal(store: &mut Store, plan: &Plan, file: &str, account_map: Option<&AccountMap>) -> Result<usize> {
    let step = Step::Import { file: clean::text(file), rows: plan.new_rows() };
    let preset = plan.preset.name();
    Ok(store.bulk(|store| {
        record(store, &step, |tx| {
            if let Some(map) = account_map {
                tx.save_journal_map(preset, map)?;
            }
            still_open(tx, plan)?;
            tx.import(plan)
        })
    })?)
}

/// The first mapping saved in the ledger (by name) that reads rows from
/// `bytes`, with the file read by it.
fn saved_mapping(store: &Store, bytes: &[u8]) -> Result<Option<(imp::Parsed, Option<Mapping>)>, ImportOpError> {
    for name in store.mapping_names()? {
        let Some(m) = store.mapping(&name)? else { continue };
        if let Ok(parsed) = imp::parse(bytes, Some(Preset::Generic), Some(&m)) {
            if !parsed.entries.is_empty() {
                return Ok(Some((parsed, Some(m))));
            }
        }
    }
    Ok(None)
}

/// Writes `plan`'s new rows (all of them or, on any error, none) as one
/// undoable step named after `file`, saving the column mapping `save_map`
/// (name, mapping) in the same step; returns how many transactions were added.
pub fn commit(store: &mut Store, plan: &Plan, file: &str, save_map: Option<(&str, &Mapping)>) -> Result<usize> {
    // The plan's payees and notes were cleaned as the file was read; the
    // names given here are cleaned like every other.
    let step = Step::Import { file: clean::text(file), rows: plan.new_rows() };
    let save_map = save_map.map(|(name, m)| clean::field(Field::Name, name).map(|name| (name, m))).transpose()?;
    Ok(store.bulk(|store| {
        record(store, &step, |tx| {
            if let Some((name, mapping)) = &save_map {
                tx.save_mapping(name, mapping)?;
            }
            still_open(tx, plan)?;
            let plan = funding::settle_accounts(tx, plan)?;
            twins::settle(tx, &plan)?;
            tx.import(&plan)
        })
    })?)
}

mod funding;
pub mod stream;
pub mod twins;

#[cfg(test)]
mod tests;
