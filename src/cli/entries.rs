//! Handlers for transactions: add, transfer, ls, edit, rm, and the demo.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use super::args::{AddArgs, DemoArgs, EditArgs, Format, LsArgs, RmArgs, TransferArgs};
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::demo;
use crate::input::parse_date_input;
use crate::model::{Month, Tags, Txn, TxnFilter, parse_date};
use crate::money::{Currency, Money};
use crate::ops::entries::{self, EntryError, EntryPatch, NewEntry};
use crate::ops::{self, OpError};
use crate::store::Store;
use crate::text::safe::escaped;
use crate::text::{self, names::shown};

/// `--date` as the form reads it: `2026-10-03`, `10-03`, `t`, `y`, `-2`, 昨天.
pub(super) fn date_or_today(s: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    Ok(s.map(|s| read_date(s, today)).transpose()?.unwrap_or(today))
}

fn read_date(s: &str, today: NaiveDate) -> Result<NaiveDate> {
    parse_date_input(s, today).map_err(|shortcuts| {
        // A whole date that is no day (2026-02-30) is best told how one is written.
        let t = s.trim();
        let whole = t.len() >= 8 && t.bytes().take(4).all(|b| b.is_ascii_digit());
        CliError::Usage(if whole { parse_date(t).err().unwrap_or(shortcuts) } else { shortcuts })
    })
}

/// The settings' account when it names an open one, else the first open
/// one that is not a person's.
pub(super) fn default_account(store: &Store, wanted: Option<&str>) -> Result<crate::model::Account> {
    if let Some(name) = wanted {
        return names::account(store, name, Scope::Active)
            .map_err(|e| CliError::Usage(text::settings::account_from_settings(e)));
    }
    store
        .accounts(false)?
        .into_iter()
        .find(|a| a.kind.is_payable())
        .ok_or_else(|| CliError::Usage(text::cli::no_active_account().into()))
}

pub fn add(store: &mut Store, a: &AddArgs, today: NaiveDate, account: Option<&str>, out: &mut dyn Write) -> Result<()> {
    let category = names::category(store, &a.category, Scope::Active)?;
    let account = match &a.account {
        Some(name) => names::account(store, name, Scope::Active)?,
        None => default_account(store, account)?,
    };
    let typed = Money::parse(&a.amount, account.currency)?;
    if typed.is_zero() {
        return Err(CliError::Usage(text::cli::add_zero().into()));
    }
    let entry = NewEntry {
        date: date_or_today(a.date.as_deref(), today)?,
        account_id: account.id,
        category_id: Some(category.id),
        payee: a.payee.clone(),
        note: a.note.clone(),
        typed: typed.minor,
        tags: Tags::from_words(a.tag.iter().map(String::as_str)).map_err(OpError::from)?,
    };
    if let Some(claim) = super::claims::typed(a) {
        return super::claims::add(store, entry, &claim, out);
    }
    let t = entries::add(store, entry)?;
    let kind = match (t.amount.signum() == category.class.sign(), category.class) {
        (true, class) => class.word(),
        (false, crate::model::Class::Income) => text::cli::negative_income(),
        (false, _) => text::cli::refund(),
    };
    let (category, account) = (shown(&category.name), shown(&account.name));
    let amount = Money::new(t.amount, t.currency);
    writeln!(out, "{}", text::cli::added(t.id, t.date, amount, &category, &account, kind))?;
    if let Some((owed, limit)) = crate::ops::credit::crossed_limit(store, t.account_id, t.amount)? {
        let show = |m: i64| Money::new(m, t.currency).display();
        writeln!(out, "{}", text::credit::now_over_limit(&account, show(owed), show(limit)))?;
    }
    Ok(())
}

pub fn transfer(store: &mut Store, a: &TransferArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let from = names::account(store, &a.from, Scope::Active)?;
    let to = names::account(store, &a.to, Scope::Active)?;
    let amount = Money::parse(&a.amount, from.currency)?;
    let date = date_or_today(a.date.as_deref(), today)?;
    let (out_id, in_id) = entries::transfer(store, date, &from, &to, amount.minor, &a.note).map_err(|e| match e {
        OpError::Entry(EntryError::Zero) => CliError::Usage(text::cli::transfer_zero().into()),
        OpError::Entry(EntryError::NegativeTransfer) => CliError::Usage(text::cli::transfer_negative(a.amount.trim())),
        other => other.into(),
    })?;
    let (from, to) = (shown(&from.name), shown(&to.name));
    writeln!(out, "{}", text::cli::transferred(amount, &from, &to, date, out_id, in_id))?;
    Ok(())
}

/// One tag to filter by, cleaned as tags are stored (`+旅行` finds 旅行).
fn tag_filter(s: &str) -> Result<String> {
    let tags = Tags::parse(s).map_err(OpError::from)?;
    match tags.len() {
        1 => Ok(tags.stored()),
        _ => Err(CliError::Usage(text::tags::one_tag(s))),
    }
}

fn amount_bound(s: Option<&str>, currency: Currency) -> Result<Option<i64>> {
    Ok(s.map(|s| Money::parse(s, currency)).transpose()?.map(|m| m.minor.saturating_abs()))
}

fn filter_from(store: &Store, a: &LsArgs) -> Result<TxnFilter> {
    let mut f = TxnFilter::default();
    if let Some(m) = &a.month {
        let m: Month = m.parse().map_err(CliError::Usage)?;
        f.from = Some(store.cycle().first_day(m));
        f.to = Some(store.cycle().last_day(m));
    }
    if let Some(d) = &a.from {
        f.from = Some(parse_date(d).map_err(CliError::Usage)?);
    }
    if let Some(d) = &a.to {
        f.to = Some(parse_date(d).map_err(CliError::Usage)?);
    }
    if let (Some(from), Some(to)) = (f.from, f.to) {
        if from > to {
            return Err(CliError::Usage(text::cli::from_after_to(from, to)));
        }
    }
    if let Some(c) = &a.category {
        f.category_id = Some(names::category(store, c, Scope::All)?.id);
    }
    if let Some(name) = &a.account {
        f.account_id = Some(names::account(store, name, Scope::All)?.id);
    }
    f.search = a.search.clone();
    f.tag = a.tag.as_deref().map(tag_filter).transpose()?;
    // Bounds are read in the ledger's main currency (CNY's two decimals).
    f.min_abs = amount_bound(a.min.as_deref(), Currency::CNY)?;
    f.max_abs = amount_bound(a.max.as_deref(), Currency::CNY)?;
    if let (Some(min), Some(max)) = (f.min_abs, f.max_abs) {
        if min > max {
            return Err(CliError::Usage(text::cli::min_over_max(
                a.min.as_deref().unwrap_or_default(),
                a.max.as_deref().unwrap_or_default(),
            )));
        }
    }
    Ok(f)
}

/// One row of `ls` in csv and json: amounts as plain decimal strings, so
/// nothing passes through a float; the tags a list in JSON, one cell
/// ([`CsvRow`]) in CSV.
#[derive(Serialize)]
pub(super) struct Row<Tags = Vec<String>> {
    id: i64,
    date: NaiveDate,
    account: String,
    category: String,
    class: &'static str,
    payee: String,
    note: String,
    amount: String,
    currency: &'static str,
    tags: Tags,
}

/// [`Row`] as nestegg's CSV writes it: the tags in one cell, joined by a space.
pub(super) type CsvRow = Row<String>;

impl From<Txn> for Row {
    fn from(t: Txn) -> Row {
        Row {
            id: t.id,
            date: t.date,
            class: t.class.map_or("transfer", |c| c.as_str()),
            category: t.category.unwrap_or_default(),
            account: t.account,
            payee: t.payee,
            note: t.note,
            amount: Money::new(t.amount, t.currency).plain(),
            currency: t.currency.code(),
            tags: t.tags.into(),
        }
    }
}

impl Row {
    /// The row as nestegg's CSV writes it: no text cell starts a
    /// spreadsheet formula (`export::csv_text`, which the import undoes).
    pub(super) fn csv(t: Txn) -> CsvRow {
        let text = |s: String| crate::export::csv_text(&s).into_owned();
        let row = Row::from(t);
        Row {
            id: row.id,
            date: row.date,
            account: text(row.account),
            category: text(row.category),
            class: row.class,
            payee: text(row.payee),
            note: text(row.note),
            amount: row.amount,
            currency: row.currency,
            tags: text(row.tags.join(" ")),
        }
    }
}

pub fn ls(store: &Store, a: &LsArgs, out: &mut dyn Write) -> Result<()> {
    let filter = filter_from(store, a)?;
    let limit = a.limit.unwrap_or(usize::MAX);
    let each = |visit: &mut dyn FnMut(Txn) -> Result<()>| -> Result<()> {
        let mut failure = None;
        store.for_each_txn_up_to(&filter, limit, |t| {
            if failure.is_none() {
                if let Err(e) = visit(t) {
                    failure = Some(e);
                }
            }
            Ok(())
        })?;
        failure.map_or(Ok(()), Err)
    };
    match a.format {
        Format::Csv => {
            let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(out);
            // The header is a contract, written even when no row matches.
            w.write_record(crate::import::presets::NESTEGG_HEADER)?;
            each(&mut |t| Ok(w.serialize(Row::csv(t))?))?;
            w.flush()?;
        }
        Format::Json => {
            write!(out, "[")?;
            let mut first = true;
            each(&mut |t| {
                write!(out, "{}\n  {}", if first { "" } else { "," }, serde_json::to_string(&Row::from(t))?)?;
                first = false;
                Ok(())
            })?;
            writeln!(out, "{}]", if first { "" } else { "\n" })?;
        }
        Format::Table => {
            let reconciled: std::collections::HashMap<i64, NaiveDate> =
                store.reconciled_through()?.into_iter().collect();
            let mut rows = Vec::new();
            each(&mut |t| {
                let mark = if reconciled.get(&t.account_id).is_some_and(|d| t.date <= *d) { "✓" } else { "" };
                let amount = Money::new(t.amount, t.currency).display();
                let category = match (&t.category, t.transfer_id) {
                    (Some(c), _) => shown(c).into_owned(),
                    (None, _) => text::cli::transfer_label().into(),
                };
                let account = shown(&t.account).into_owned();
                // A transfer's payee is the other account's stored name: shown
                // as that account is (银行卡 in Chinese, not Bank card).
                let payee = if t.category_id.is_none() { shown(&t.payee).into_owned() } else { t.payee };
                rows.push(vec![
                    t.id.to_string(),
                    t.date.to_string(),
                    account,
                    category,
                    payee,
                    t.note,
                    t.tags.to_string(),
                    amount,
                    mark.into(),
                ]);
                Ok(())
            })?;
            if rows.is_empty() && store.txn_count()? == 0 {
                writeln!(out, "{}", text::cli::no_txns_yet())?;
            } else if rows.is_empty() {
                writeln!(out, "{}", text::cli::no_txns_match())?;
            } else {
                let mut headers = vec![
                    (text::cli::h_id(), Align::Right),
                    (text::cli::h_date(), Align::Left),
                    (text::cli::h_account(), Align::Left),
                    (text::cli::h_category(), Align::Left),
                    (text::cli::h_payee(), Align::Left),
                    (text::cli::h_note(), Align::Left),
                    (text::cli::h_tags(), Align::Left),
                    (text::cli::h_amount(), Align::Right),
                    (text::worth::h_reconciled(), Align::Left),
                ];
                // The reconciled column only when a row shown is reconciled,
                // the tags column only when a row shown has tags.
                for column in [8, 6] {
                    if rows.iter().all(|r| r[column].is_empty()) {
                        headers.remove(column);
                        rows.iter_mut().for_each(|r| drop(r.remove(column)));
                    }
                }
                write!(out, "{}", table(&headers, &rows))?;
            }
        }
    }
    Ok(())
}

pub fn edit(store: &mut Store, a: &EditArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    // Read first: a missing id is said before anything else, and a new
    // amount is read in the transaction's currency.
    let old = store.txn(a.id)?;
    refuse_reconciled(store, &old, a.force)?;
    let mut patch = EntryPatch::default();
    if let Some(d) = &a.date {
        patch.date = Some(read_date(d, today)?);
    }
    if let Some(name) = &a.account {
        patch.account_id = Some(names::account(store, name, Scope::Active)?.id);
    }
    if let Some(name) = &a.category {
        patch.category_id = Some(names::category(store, name, Scope::Active)?.id);
    }
    patch.payee = a.payee.clone();
    patch.note = a.note.clone();
    patch.typed = a.amount.as_deref().map(|s| Money::parse(s, old.currency)).transpose()?.map(|m| m.minor);
    patch.tag = Tags::from_words(a.tag.iter().map(String::as_str)).map_err(OpError::from)?;
    patch.untag = Tags::from_words(a.untag.iter().map(String::as_str)).map_err(OpError::from)?;
    let t = entries::edit(store, a.id, &patch).map_err(|e| match e {
        OpError::Entry(EntryError::Zero) => CliError::Usage(text::cli::edit_zero().into()),
        OpError::Entry(EntryError::NothingToChange) => CliError::Usage(text::cli::edit_nothing().into()),
        other => other.into(),
    })?;
    let category = t.category.as_deref().map_or(text::cli::transfer_label().into(), shown);
    let line = text::cli::edited(t.id, t.date, Money::new(t.amount, t.currency), &category, &shown(&t.account));
    writeln!(out, "{line}")?;
    Ok(())
}

/// A reconciled row is changed only when asked twice (`--force`): its
/// account's balance was confirmed by a statement.
fn refuse_reconciled(store: &Store, t: &Txn, force: bool) -> Result<()> {
    if force {
        return Ok(());
    }
    match ops::worth::reconciled_through(store, t.account_id)? {
        Some(day) if t.date <= day => Err(CliError::Usage(text::worth::edit_reconciled(t.id, day))),
        _ => Ok(()),
    }
}

pub fn rm(store: &mut Store, a: &RmArgs, out: &mut dyn Write) -> Result<()> {
    refuse_reconciled(store, &store.txn(a.id)?, a.force)?;
    for t in entries::delete(store, a.id)? {
        let line =
            text::cli::deleted(t.id, t.date, Money::new(t.amount, t.currency), &escaped(&t.payee), &shown(&t.account));
        writeln!(out, "{line}")?;
    }
    Ok(())
}

pub fn demo(store: &mut Store, a: &DemoArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let (added, first) = match a.transactions {
        None => {
            let entries = demo::household(today, a.months, a.seed);
            let first = entries.first().map(|e| e.date().to_string()).unwrap_or_default();
            (ops::demo::load(store, entries, 0, |_| ())?, first)
        }
        Some(n) => {
            let started = std::time::Instant::now();
            let mut entries = demo::large::entries(today, n, a.seed).peekable();
            let first = entries.peek().map(|e| e.date().to_string()).unwrap_or_default();
            // One line updated in place on a terminal; a line per report in a log.
            let tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
            let added = ops::demo::load(store, entries, n as usize, |done| {
                let percent = done as u64 * 100 / n;
                let line = text::cli::demo_progress(done, n, percent);
                if tty { eprint!("\r{line}") } else { eprintln!("{line}") }
            })?;
            // Progress was shown only past the first report; end its line.
            if added >= crate::store::DEMO_PROGRESS_EVERY {
                let end = if tty { "\r" } else { "" };
                eprintln!("{end}{}{:30}", text::cli::demo_wrote(added, started.elapsed().as_secs_f64()), "");
            }
            (added, first)
        }
    };
    writeln!(out, "{}", text::cli::demo_added(added, &first, today, a.seed))?;
    Ok(())
}

/// `undo` and `redo`: one step of the history the interface shares.
pub fn undo(store: &mut Store, back: bool, out: &mut dyn Write) -> Result<()> {
    let step = if back { ops::history::undo(store)? } else { ops::history::redo(store)? };
    match step {
        Some(done) => {
            let label = done.step.to_string();
            let line = if back { text::cli::undid(&label) } else { text::cli::redid(&label) };
            Ok(writeln!(out, "{line}")?)
        }
        None => {
            Err(CliError::Usage(if back { text::cli::nothing_to_undo() } else { text::cli::nothing_to_redo() }.into()))
        }
    }
}
