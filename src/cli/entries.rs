//! Handlers for transactions: add, transfer, ls, edit, rm, and the demo.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use super::args::{AddArgs, DemoArgs, EditArgs, Format, LsArgs, RmArgs, TransferArgs};
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::demo;
use crate::model::{Month, NewTxn, Txn, TxnFilter, TxnPatch, parse_date};
use crate::money::{Currency, Money};
use crate::store::Store;

fn date_or_today(s: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    s.map(parse_date).transpose().map_err(CliError::Usage).map(|d| d.unwrap_or(today))
}

fn default_account(store: &Store) -> Result<crate::model::Account> {
    store.accounts(false)?.into_iter().next().ok_or_else(|| {
        CliError::Usage("there is no active account; add one with `nestegg accounts add NAME --kind bank`".into())
    })
}

pub fn add(store: &mut Store, a: &AddArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let category = names::category(store, &a.category, Scope::Active)?;
    let account = match &a.account {
        Some(name) => names::account(store, name, Scope::Active)?,
        None => default_account(store)?,
    };
    let typed = Money::parse(&a.amount, account.currency)?;
    if typed.is_zero() {
        return Err(CliError::Usage("the amount is zero; type what was paid or received, e.g. 25".into()));
    }
    // Typed amounts are positive; the class decides the stored sign.
    let amount = typed.minor.checked_mul(category.class.sign()).ok_or(crate::money::MoneyError::Overflow)?;
    let date = date_or_today(a.date.as_deref(), today)?;
    let new = NewTxn {
        date,
        account_id: account.id,
        category_id: category.id,
        payee: a.payee.trim().to_owned(),
        note: a.note.trim().to_owned(),
        amount,
    };
    let id = store.write_undoable(&format!("add {}", category.name), |tx| tx.add_txn(&new))?;
    let shown = Money::new(amount, account.currency);
    let kind = match (amount.signum() == category.class.sign(), category.class) {
        (true, class) => class.as_str(),
        (false, crate::model::Class::Income) => "negative income",
        (false, _) => "refund",
    };
    writeln!(out, "added #{id}: {date} {shown} {} on {} ({kind})", category.name, account.name)?;
    Ok(())
}

pub fn transfer(store: &mut Store, a: &TransferArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let from = names::account(store, &a.from, Scope::Active)?;
    let to = names::account(store, &a.to, Scope::Active)?;
    let amount = Money::parse(&a.amount, from.currency)?;
    if amount.is_zero() {
        return Err(CliError::Usage("the amount is zero; type how much to move, e.g. 1000".into()));
    }
    if amount.minor < 0 {
        return Err(CliError::Usage(format!(
            "a transfer moves a positive amount; to go the other way, swap --from and --to (got {})",
            a.amount.trim()
        )));
    }
    let date = date_or_today(a.date.as_deref(), today)?;
    let (out_id, in_id) =
        store.write_undoable("transfer", |tx| tx.add_transfer(date, from.id, to.id, amount.minor, a.note.trim()))?;
    writeln!(out, "transferred {amount} from {} to {} on {date} (#{out_id}, #{in_id})", from.name, to.name)?;
    Ok(())
}

fn amount_bound(s: Option<&str>, currency: Currency) -> Result<Option<i64>> {
    Ok(s.map(|s| Money::parse(s, currency)).transpose()?.map(|m| m.minor.saturating_abs()))
}

fn filter_from(store: &Store, a: &LsArgs) -> Result<TxnFilter> {
    let mut f = TxnFilter::default();
    if let Some(m) = &a.month {
        let m: Month = m.parse().map_err(CliError::Usage)?;
        f.from = Some(m.first_day());
        f.to = Some(m.last_day());
    }
    if let Some(d) = &a.from {
        f.from = Some(parse_date(d).map_err(CliError::Usage)?);
    }
    if let Some(d) = &a.to {
        f.to = Some(parse_date(d).map_err(CliError::Usage)?);
    }
    if let (Some(from), Some(to)) = (f.from, f.to) {
        if from > to {
            return Err(CliError::Usage(format!("--from {from} is after --to {to}; swap them")));
        }
    }
    if let Some(c) = &a.category {
        f.category_id = Some(names::category(store, c, Scope::All)?.id);
    }
    if let Some(name) = &a.account {
        f.account_id = Some(names::account(store, name, Scope::All)?.id);
    }
    f.search = a.search.clone();
    // Bounds are read in the ledger's main currency (CNY's two decimals).
    f.min_abs = amount_bound(a.min.as_deref(), Currency::CNY)?;
    f.max_abs = amount_bound(a.max.as_deref(), Currency::CNY)?;
    if let (Some(min), Some(max)) = (f.min_abs, f.max_abs) {
        if min > max {
            return Err(CliError::Usage(format!(
                "--min {} is more than --max {}; swap them",
                a.min.as_deref().unwrap_or_default(),
                a.max.as_deref().unwrap_or_default()
            )));
        }
    }
    Ok(f)
}

/// One row of `ls` in csv and json: amounts as plain decimal strings, so
/// nothing passes through a float.
#[derive(Serialize)]
pub(super) struct Row {
    id: i64,
    date: NaiveDate,
    account: String,
    category: String,
    class: &'static str,
    payee: String,
    note: String,
    amount: String,
    currency: &'static str,
}

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
            w.write_record(["id", "date", "account", "category", "class", "payee", "note", "amount", "currency"])?;
            each(&mut |t| Ok(w.serialize(Row::from(t))?))?;
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
            let mut rows = Vec::new();
            each(&mut |t| {
                let amount = Money::new(t.amount, t.currency).display();
                let category = match (&t.category, t.transfer_id) {
                    (Some(c), _) => c.clone(),
                    (None, _) => "(transfer)".into(),
                };
                rows.push(vec![t.id.to_string(), t.date.to_string(), t.account, category, t.payee, t.note, amount]);
                Ok(())
            })?;
            if rows.is_empty() && store.txn_count()? == 0 {
                writeln!(out, "no transactions yet; add one with `nestegg add`, or try `nestegg demo`")?;
            } else if rows.is_empty() {
                writeln!(out, "no transactions match")?;
            } else {
                let headers = [
                    ("ID", Align::Right),
                    ("DATE", Align::Left),
                    ("ACCOUNT", Align::Left),
                    ("CATEGORY", Align::Left),
                    ("PAYEE", Align::Left),
                    ("NOTE", Align::Left),
                    ("AMOUNT", Align::Right),
                ];
                write!(out, "{}", table(&headers, &rows))?;
            }
        }
    }
    Ok(())
}

pub fn edit(store: &mut Store, a: &EditArgs, _today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let old = store.txn(a.id)?;
    let mut patch = TxnPatch::default();
    if let Some(d) = &a.date {
        patch.date = Some(parse_date(d).map_err(CliError::Usage)?);
    }
    if let Some(name) = &a.account {
        patch.account_id = Some(names::account(store, name, Scope::Active)?.id);
    }
    let category = match &a.category {
        Some(name) => Some(names::category(store, name, Scope::Active)?),
        None => None,
    };
    patch.category_id = category.as_ref().map(|c| c.id);
    patch.payee = a.payee.as_ref().map(|s| s.trim().to_owned());
    patch.note = a.note.as_ref().map(|s| s.trim().to_owned());
    // Stored = typed × sign(class). A new amount takes the sign of the (new)
    // class; a class change alone keeps the typed amount and flips the sign.
    // A transfer leg has no class: its own direction is its sign.
    let old_sign = old.class.map_or(old.amount.signum(), |c| c.sign());
    let new_sign = category.as_ref().map_or(old_sign, |c| c.class.sign());
    let typed = match &a.amount {
        Some(s) => {
            let m = Money::parse(s, old.currency)?;
            if m.is_zero() {
                return Err(CliError::Usage("the amount is zero; to remove the transaction use `nestegg rm`".into()));
            }
            Some(m.minor)
        }
        None => (new_sign != old_sign).then_some(old.amount * old_sign),
    };
    patch.amount = typed.map(|t| t.checked_mul(new_sign).ok_or(crate::money::MoneyError::Overflow)).transpose()?;
    if patch == TxnPatch::default() {
        return Err(CliError::Usage(
            "nothing to change: pass at least one of --amount, --category, --account, --date, --payee, --note".into(),
        ));
    }
    let t = store.write_undoable(&format!("edit #{}", a.id), |tx| tx.update_txn(a.id, &patch))?;
    writeln!(
        out,
        "edited #{}: {} {} {} on {}",
        t.id,
        t.date,
        Money::new(t.amount, t.currency),
        t.category.as_deref().unwrap_or("(transfer)"),
        t.account
    )?;
    Ok(())
}

pub fn rm(store: &mut Store, a: &RmArgs, out: &mut dyn Write) -> Result<()> {
    let gone = store.write_undoable(&format!("delete #{}", a.id), |tx| tx.delete_txn(a.id))?;
    for t in gone {
        writeln!(
            out,
            "deleted #{}: {} {} {} on {}",
            t.id,
            t.date,
            Money::new(t.amount, t.currency),
            t.payee,
            t.account
        )?;
    }
    Ok(())
}

pub fn demo(store: &mut Store, a: &DemoArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let (added, first) = match a.transactions {
        None => {
            let entries = demo::household(today, a.months, a.seed);
            let first = entries.first().map(|e| e.date().to_string()).unwrap_or_default();
            (store.insert_demo(entries, 0, |_| ())?, first)
        }
        Some(n) => {
            let started = std::time::Instant::now();
            let mut entries = demo::large::entries(today, n, a.seed).peekable();
            let first = entries.peek().map(|e| e.date().to_string()).unwrap_or_default();
            // One line updated in place on a terminal; a line per report in a log.
            let tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
            let added = store.insert_demo(entries, n as usize, |done| {
                let percent = done as u64 * 100 / n;
                let line = format!("writing the demo ledger: {done} of {n} transactions ({percent}%)");
                if tty { eprint!("\r{line}") } else { eprintln!("{line}") }
            })?;
            // Progress was shown only past the first report; end its line.
            if added >= crate::store::DEMO_PROGRESS_EVERY {
                let end = if tty { "\r" } else { "" };
                eprintln!("{end}wrote {added} transactions in {:.1} s{:30}", started.elapsed().as_secs_f64(), "");
            }
            (added, first)
        }
    };
    writeln!(
        out,
        "added the demo household: {added} transactions from {first} to {today} (seed {}); try `nestegg report monthly`",
        a.seed
    )?;
    Ok(())
}

/// `undo` and `redo`: one step of the history the interface shares.
pub fn undo(store: &mut Store, back: bool, out: &mut dyn Write) -> Result<()> {
    let step = if back { store.undo()? } else { store.redo()? };
    match step {
        Some(step) => Ok(writeln!(out, "{}: {}", if back { "undid" } else { "redid" }, step.label)?),
        None => Err(CliError::Usage(format!("nothing to {}", if back { "undo" } else { "redo" }))),
    }
}
