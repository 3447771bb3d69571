//! From entries to rows exactly as they will be stored: the account, the
//! category (and why it was chosen), the signed amount, a fingerprint, and
//! whether the row is new, already in the ledger, or cannot be imported.
//! Pure: what the ledger knows arrives as plain data in [`Known`].
//!
//! Fingerprints keep real repeats: a row with an order number is keyed by
//! it, its date and time and its amount (some WeChat exports reuse one order
//! number across rows); a row without one by its date, amount, payee and
//! note. Either way the key ends with the row's occurrence among identical
//! rows of the file, so two identical coffees on one day are two rows, and
//! the same file imported twice adds nothing.

use std::collections::hash_map::Entry as Slot;

// Fx hashing: planning hashes every row's fingerprint and content (a
// million of each for a large bill), where SipHash's flood resistance buys
// nothing; the inputs are the user's own file.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::rules::{Rules, ServiceMap};
use super::{Direction, Entry, Parsed, Preset, Problem};
use crate::model::clean::Field;
use crate::model::{Account, Category, Class};
use crate::money::Money;
use crate::text;

/// What the ledger already has that the plan needs to know.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// Fingerprints already imported.
    pub keys: HashSet<String>,
    /// Order number → category of an earlier import (for refunds of it).
    pub originals: HashMap<String, i64>,
    /// Payee → the category last used for it.
    pub payees: HashMap<String, i64>,
    /// How many rows the ledger already has with each of the file's
    /// contents: a bill whose rows came in another way (typed by hand, or
    /// through a nestegg CSV) adds nothing either.
    pub existing: HashMap<Content, usize>,
    /// The people the file's payees name, with what moved with them: rows
    /// that pay them back settle what is open ([`super::settle`]).
    pub people: Vec<super::settle::Person>,
}

/// What makes two rows the same movement: day, account, signed amount, payee.
pub type Content = (chrono::NaiveDate, i64, i64, String);

/// The account an entry goes to: the file's own, else the import's.
pub fn account_id(e: &Entry, cx: &Context) -> Option<i64> {
    match &e.account {
        Some(name) => cx.account_named(name).map(|a| a.id),
        None => cx.account.map(|a| a.id),
    }
}

/// Every entry's content, with its occurrence among identical contents of
/// the file (1 for the first); `None` where the account is unknown.
pub fn contents(parsed: &Parsed, cx: &Context) -> Vec<Option<(Content, usize)>> {
    let mut seen: HashMap<Content, usize> = HashMap::default();
    parsed
        .entries
        .iter()
        .map(|e| {
            let c = (e.date, account_id(e, cx)?, e.amount, e.payee.clone());
            let n = seen.entry(c.clone()).or_insert(0);
            *n += 1;
            Some((c, *n))
        })
        .collect()
}

/// Whether the ledger already holds this row: its fingerprint, or as many
/// rows of the same content as this one's occurrence in the file.
fn already(known: &Known, key: &str, content: &Option<(Content, usize)>) -> bool {
    known.keys.contains(key)
        || content.as_ref().is_some_and(|(c, n)| known.existing.get(c).is_some_and(|have| have >= n))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    New,
    /// Already in the ledger (imported before, or the same row).
    Duplicate,
    /// Cannot be stored; why.
    Invalid(String),
}

/// One leg as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leg {
    /// The id to keep (nestegg files into a ledger without it), else a new one.
    pub id: Option<i64>,
    pub account_id: i64,
    pub account: String,
    pub amount: i64,
    pub payee: String,
    /// Each leg's own (a transfer's two legs may differ).
    pub tags: crate::model::Tags,
}

/// A row of the plan: one categorised transaction, or both legs of a transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub line: usize,
    pub date: chrono::NaiveDate,
    pub legs: Vec<Leg>,
    /// `None` for a transfer.
    pub category: Option<(i64, String, Class)>,
    /// Why this category: the file, a rule, the service's category, the payee's history, a default.
    pub why: String,
    pub note: String,
    pub key: String,
    pub status: Status,
}

/// The whole plan, with the file's own problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub preset: Preset,
    pub encoding: &'static str,
    pub rows: Vec<Planned>,
    /// Rows of the file that cannot be read.
    pub unreadable: Vec<Problem>,
    /// Rows left out on purpose, and why.
    pub skipped: Vec<Problem>,
    /// What to look at before importing (the file's own warnings).
    pub warnings: Vec<String>,
    /// The rows that settle what is open with a person, in row order.
    pub settled: Vec<super::settle::Settled>,
    /// Rows whose payee is a person that stay income or spending, and why
    /// (more than is open with them).
    pub kept: Vec<Problem>,
    /// An Alipay or WeChat Pay bill's sources and the accounts they pay
    /// from, with the accounts to make on commit ([`super::funding`]).
    pub funding: super::funding::Funded,
    /// The source map given for this import (`--account-map`, or changed
    /// on the preview), to keep for the service's next bill on commit.
    pub account_map: Option<super::journal_map::AccountMap>,
    /// The file's rows paired with their twins in the ledger, in row order
    /// ([`super::twins`]).
    pub twins: Vec<super::twins::Twin>,
    /// The bank rows that pay a credit line back, booked as transfers to it.
    pub repaid: Vec<super::twins::Repayment>,
}

impl Plan {
    /// Transactions (a transfer is two) of the rows with this status.
    pub fn count(&self, status: fn(&Status) -> bool) -> usize {
        self.rows.iter().filter(|r| status(&r.status)).map(|r| r.legs.len().max(1)).sum()
    }

    pub fn new_rows(&self) -> usize {
        self.count(|s| *s == Status::New)
    }

    pub fn duplicates(&self) -> usize {
        self.count(|s| *s == Status::Duplicate)
    }

    /// Every row that cannot be imported, with its line and reason, in file order.
    pub fn invalid(&self) -> Vec<Problem> {
        let mut all: Vec<Problem> = self.unreadable.clone();
        all.extend(self.rows.iter().filter_map(|r| match &r.status {
            Status::Invalid(reason) => Some(Problem { line: r.line, reason: reason.clone() }),
            _ => None,
        }));
        all.sort_by_key(|p| p.line);
        all
    }
}

/// The largest amount one imported row may move: nestegg's one limit.
pub const MAX_AMOUNT: u64 = crate::money::MAX_AMOUNT.unsigned_abs();

/// Where the ledger's accounts, categories and the user's rules meet the file.
pub struct Context<'a> {
    pub accounts: &'a [Account],
    pub categories: &'a [Category],
    /// The account rows go to when the file names none.
    pub account: Option<&'a Account>,
    pub rules: &'a Rules,
    pub map: &'a ServiceMap,
}

impl Context<'_> {
    fn category(&self, name: &str) -> Option<&Category> {
        self.categories.iter().find(|c| !c.archived && c.name.eq_ignore_ascii_case(name.trim()))
    }

    fn account_named(&self, name: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.name.eq_ignore_ascii_case(name.trim()))
    }

    /// The first active category of `class`, else none.
    fn first_of(&self, class: Class) -> Option<&Category> {
        self.categories.iter().find(|c| !c.archived && c.class == class)
    }
}

/// Whether a category of `class` can hold money moving `direction`.
fn fits(class: Class, direction: Direction) -> bool {
    match direction {
        Direction::In => class == Class::Income,
        Direction::Out | Direction::Refund => class != Class::Income,
        Direction::Transfer => false,
    }
}

/// The fingerprint's base, before its occurrence in the file. Without an
/// order number it names the account: one coffee on each of two cards is two rows.
pub(crate) fn base_key(preset: Preset, e: &Entry, account: &str) -> String {
    let amount = e.amount;
    match (&e.source_id, preset) {
        (Some(id), _) => format!("{}:{id}|{}|{amount}", preset.name(), e.when),
        (None, Preset::Nestegg) => format!(
            "nestegg:{}|{}|{}|{amount}|{}|{}",
            e.date,
            e.account.as_deref().unwrap_or(""),
            e.category.as_deref().unwrap_or(""),
            e.payee,
            e.note
        ),
        (None, _) => format!("{}:{account}|{}|{amount}|{}|{}", preset.name(), e.date, e.payee, e.note),
    }
}

/// Every entry's fingerprint, in file order: its base and its occurrence
/// among identical bases in the file.
pub fn keys(parsed: &Parsed, cx: &Context) -> Vec<String> {
    let account = cx.account.map_or("", |a| a.name.as_str());
    let mut seen: HashMap<String, usize> = HashMap::default();
    parsed
        .entries
        .iter()
        .map(|e| match seen.entry(base_key(parsed.preset, e, account)) {
            Slot::Occupied(mut o) => {
                *o.get_mut() += 1;
                format!("{}#{}", o.key(), o.get())
            }
            Slot::Vacant(v) => {
                let key = format!("{}#1", v.key());
                v.insert(1);
                key
            }
        })
        .collect()
}

/// The prefix every fingerprint of the order `order` starts with.
pub fn order_prefix(preset: Preset, order: &str) -> String {
    format!("{}:{order}|", preset.name())
}

/// What planning a file asks of the ledger: its entries' fingerprints and
/// contents, in file order (computed once: both the ledger's lookups and the
/// plan need them), the orders its refunds refer to, and the payees whose
/// usual category it needs. The store looks these up; it decides nothing.
pub struct Facts {
    pub keys: Vec<String>,
    pub contents: Vec<Option<(Content, usize)>>,
    /// Each refunded order once: (order number, the prefix of its rows' fingerprints).
    pub refunds: Vec<(String, String)>,
    /// Each payee once whose rows have neither a category of their own nor are transfers.
    pub payees: Vec<String>,
}

impl Facts {
    pub fn of(parsed: &Parsed, cx: &Context) -> Facts {
        Facts { keys: keys(parsed, cx), contents: contents(parsed, cx), ..Facts::of_rest(parsed) }
    }

    /// The refunded orders and the payees, without the keys and contents
    /// (`stream::Seen` numbers those across a file's chunks).
    pub(crate) fn of_rest(parsed: &Parsed) -> Facts {
        let mut orders: HashSet<&str> = HashSet::default();
        let mut payees: HashSet<&str> = HashSet::default();
        let (mut refunds, mut wanted) = (Vec::new(), Vec::new());
        for e in &parsed.entries {
            if let Some(order) = e.refund_of.as_deref().filter(|o| orders.insert(o)) {
                refunds.push((order.to_owned(), order_prefix(parsed.preset, order)));
            }
            let needs_payee = e.direction != Direction::Transfer && e.category.is_none() && !e.payee.is_empty();
            if needs_payee && payees.insert(&e.payee) {
                wanted.push(e.payee.clone());
            }
        }
        Facts { keys: Vec::new(), contents: Vec::new(), refunds, payees: wanted }
    }
}

/// Plans every entry of `parsed` against the ledger.
pub fn plan(parsed: Parsed, cx: &Context, known: &Known) -> Plan {
    let facts = Facts::of(&parsed, cx);
    plan_with(parsed, cx, known, facts)
}

/// [`plan`] with the entries' facts already worked out.
pub fn plan_with(parsed: Parsed, cx: &Context, known: &Known, Facts { keys, contents, .. }: Facts) -> Plan {
    let mut rows: Vec<Planned> = Vec::with_capacity(parsed.entries.len());
    // Categories chosen for this file's orders and payees, for refunds of them.
    let mut by_order: HashMap<String, i64> = HashMap::default();
    let mut by_payee: HashMap<String, i64> = HashMap::default();
    // Refunds without a category of their own come last, so they can follow
    // an original that the file lists after them (bills are newest first).
    let (later, now): (Vec<_>, Vec<_>) = parsed
        .entries
        .into_iter()
        .zip(keys.into_iter().zip(contents))
        .partition(|(e, _)| e.direction == Direction::Refund && e.category.is_none());
    let mut pending_leg: Option<(Entry, String, bool)> = None;
    // Money in or out with no category of the file's own: it may settle what a person owes.
    let mut eligible: Vec<usize> = Vec::new();
    for (e, (key, content)) in now.into_iter().chain(later) {
        let here = already(known, &key, &content);
        if e.direction == Direction::Transfer {
            match pending_leg.take() {
                None => pending_leg = Some((e, key, here)),
                Some((first, first_key, first_here)) => {
                    // The fingerprint sits on the first leg; by content, both legs must be there.
                    let duplicate = known.keys.contains(&first_key) || (first_here && here);
                    rows.push(transfer(first, e, first_key, cx, duplicate))
                }
            }
            continue;
        }
        if let Some((lone, lone_key, _)) = pending_leg.take() {
            rows.push(lone_leg(lone, lone_key));
        }
        let row = one(&e, key, here, parsed.preset, cx, known, (&by_order, &by_payee));
        let plain = matches!(e.direction, Direction::In | Direction::Out) && e.refund_of.is_none();
        if plain && e.category.is_none() && !known.people.is_empty() {
            eligible.push(rows.len());
        }
        if let Some((id, _, _)) = &row.category {
            if let Some(order) = &e.source_id {
                by_order.insert(order.clone(), *id);
            }
            if e.direction == Direction::Out {
                by_payee.insert(e.payee.clone(), *id);
            }
        }
        rows.push(row);
    }
    if let Some((lone, lone_key, _)) = pending_leg {
        rows.push(lone_leg(lone, lone_key));
    }
    let (settled, kept) = super::settle::settle(&mut rows, &eligible, &known.people, cx.accounts);
    // Sorted by line, the settled rows' places follow their rows.
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| rows[i].line);
    let mut place = vec![0; rows.len()];
    for (to, &from) in order.iter().enumerate() {
        place[from] = to;
    }
    let mut settled: Vec<_> = settled.into_iter().map(|s| super::settle::Settled { row: place[s.row], ..s }).collect();
    settled.sort_by_key(|s| s.row);
    let mut rows: Vec<Option<Planned>> = rows.into_iter().map(Some).collect();
    let rows: Vec<Planned> = order.iter().filter_map(|&i| rows[i].take()).collect();
    Plan {
        preset: parsed.preset,
        encoding: parsed.encoding,
        rows,
        unreadable: parsed.invalid,
        skipped: parsed.skipped,
        warnings: parsed.warnings,
        settled,
        kept,
        funding: Default::default(),
        account_map: None,
        twins: Vec::new(),
        repaid: Vec::new(),
    }
}

fn invalid(e: &Entry, key: String, reason: String) -> Planned {
    Planned {
        line: e.line,
        date: e.date,
        legs: Vec::new(),
        category: None,
        why: String::new(),
        note: e.note.clone(),
        key,
        status: Status::Invalid(reason),
    }
}

fn lone_leg(e: Entry, key: String) -> Planned {
    invalid(&e, key, text::bills::lone_leg().into())
}

/// Why a row's payee or note cannot be stored: longer than the field holds
/// (`model::clean`), as every other way in refuses it.
fn too_long(e: &Entry) -> Option<String> {
    [(Field::Payee, &e.payee), (Field::Note, &e.note)].into_iter().find_map(|(field, s)| {
        let chars = s.chars().count();
        (chars > field.limit()).then(|| text::bills::row_too_long(text::errors::field(field), chars, field.limit()))
    })
}

/// The account of an entry: the file's own, else the one chosen for the import.
fn account_for<'a>(e: &Entry, cx: &'a Context) -> Result<&'a Account, String> {
    match &e.account {
        Some(name) => cx.account_named(name).ok_or_else(|| text::bills::no_account_named(name)),
        None => cx.account.ok_or_else(|| text::bills::no_import_account().to_owned()),
    }
}

/// What this file has chosen so far: categories by order number and by payee.
type Chosen<'a> = (&'a HashMap<String, i64>, &'a HashMap<String, i64>);

#[allow(clippy::too_many_arguments)] // the row, its two dedup facts, and what planning knows
fn one(e: &Entry, key: String, here: bool, preset: Preset, cx: &Context, known: &Known, chosen: Chosen) -> Planned {
    if let Some(reason) = too_long(e) {
        return invalid(e, key, reason);
    }
    let account = match account_for(e, cx) {
        Ok(a) => a,
        Err(reason) => return invalid(e, key, reason),
    };
    if let Some(code) = &e.currency {
        if code != account.currency.code() {
            let reason = text::bills::row_currency(code, &text::names::shown(&account.name), account.currency);
            return invalid(e, key, reason);
        }
    }
    if e.amount.unsigned_abs() > MAX_AMOUNT {
        let reason = text::bills::row_too_large(
            &Money::new(e.amount, account.currency).display(),
            &Money::new(MAX_AMOUNT as i64, account.currency).display(),
        );
        return invalid(e, key, reason);
    }
    // Money in, in a spending column of a bank CSV: a refund of that spending.
    let refund;
    let e = match (&e.category, e.direction) {
        (Some(name), Direction::In) if cx.category(name).is_some_and(|c| c.class != Class::Income) => {
            refund = Entry { direction: Direction::Refund, ..e.clone() };
            &refund
        }
        _ => e,
    };
    let category = match choose(e, preset, cx, known, chosen) {
        Ok(c) => c,
        Err(reason) => return invalid(e, key, reason),
    };
    let duplicate = here;
    let (c, why) = category;
    Planned {
        line: e.line,
        date: e.date,
        legs: vec![Leg {
            id: e.id,
            account_id: account.id,
            account: account.name.clone(),
            amount: e.amount,
            payee: e.payee.clone(),
            tags: e.tags.clone(),
        }],
        category: Some((c.id, c.name.clone(), c.class)),
        why,
        note: e.note.clone(),
        key,
        status: if duplicate { Status::Duplicate } else { Status::New },
    }
}

/// The category for a row, first that fits its direction: the file's own;
/// a payee rule; for a refund, the original's; the service's category; the
/// payee's last one; else a default.
fn choose<'a>(
    e: &Entry,
    preset: Preset,
    cx: &'a Context,
    known: &Known,
    (by_order, by_payee): Chosen,
) -> Result<(&'a Category, String), String> {
    let fit = |c: &'a Category| fits(c.class, e.direction).then_some(c);
    let by_id = |id: i64| cx.categories.iter().find(|c| c.id == id && !c.archived).and_then(fit);
    if let Some(name) = &e.category {
        match cx.category(name) {
            Some(c) if e.class.is_none_or(|k| k == c.class) && fit(c).is_some() => {
                return Ok((c, text::core::why_file().into()));
            }
            Some(c) if preset == Preset::Nestegg => {
                return Err(text::bills::category_class_differs(
                    &text::names::shown(&c.name),
                    c.class.word(),
                    e.class.map_or("?", |k| k.as_str()),
                ));
            }
            None if preset == Preset::Nestegg => {
                let class = e.class.map_or("spending", |k| k.as_str());
                return Err(text::bills::no_category_named(name, class));
            }
            _ => {}
        }
    }
    if let Some((name, why)) = cx.rules.category_for(&e.payee, &e.note) {
        if let Some(c) = cx.category(name).and_then(fit) {
            return Ok((c, why));
        }
    }
    if let Some(order) = &e.refund_of {
        if let Some(c) = by_order.get(order).or(known.originals.get(order)).and_then(|id| by_id(*id)) {
            return Ok((c, text::core::why_refund_of(order)));
        }
    }
    if let Some(service) = &e.service_category {
        if let Some(c) = cx.map.get(preset, service).and_then(|n| cx.category(n)).and_then(fit) {
            return Ok((c, text::core::why_service(preset.name(), service)));
        }
    }
    // A refund without an order to follow goes where this payee's spending went.
    if e.direction == Direction::Refund {
        if let Some(c) = by_payee.get(&e.payee).and_then(|id| by_id(*id)) {
            return Ok((c, text::core::why_refund_payee().into()));
        }
    }
    if let Some(c) = known.payees.get(&e.payee).and_then(|id| by_id(*id)) {
        return Ok((c, text::core::why_payee_last().into()));
    }
    let fallback = match e.direction {
        Direction::In => cx.category("side income").or(cx.first_of(Class::Income)),
        _ => cx.category("other").or(cx.first_of(Class::Spending)),
    };
    fallback.map(|c| (c, text::core::why_default().to_owned())).ok_or_else(|| {
        let class = if e.direction == Direction::In { "income" } else { "spending" };
        text::bills::no_class_category(text::terms::class(class))
    })
}

/// Two rows of class `transfer` in a nestegg file: one movement between two
/// of the user's accounts, the amounts opposite.
fn transfer(a: Entry, b: Entry, key: String, cx: &Context, duplicate: bool) -> Planned {
    for e in [&a, &b] {
        if let Some(reason) = too_long(e) {
            return invalid(e, key, reason);
        }
    }
    let legs: Result<Vec<Leg>, String> = [&a, &b]
        .iter()
        .map(|e| {
            account_for(e, cx).map(|acc| Leg {
                id: e.id,
                account_id: acc.id,
                account: acc.name.clone(),
                amount: e.amount,
                payee: e.payee.clone(),
                tags: e.tags.clone(),
            })
        })
        .collect();
    let legs = match legs {
        Ok(l) if a.amount != -b.amount || a.date != b.date => {
            let _ = l;
            let money = |m| Money::new(m, crate::money::Currency::CNY).plain();
            return invalid(
                &b,
                key,
                text::bills::transfer_rows_differ(a.date, &money(a.amount), b.date, &money(b.amount)),
            );
        }
        Ok(l) if l[0].account_id == l[1].account_id => {
            return invalid(&b, key, text::bills::transfer_rows_same_account().into());
        }
        Ok(l) => l,
        Err(reason) => return invalid(&a, key, reason),
    };
    Planned {
        line: a.line,
        date: a.date,
        legs,
        category: None,
        why: text::core::why_transfer().into(),
        note: a.note.clone(),
        key,
        status: if duplicate { Status::Duplicate } else { Status::New },
    }
}
