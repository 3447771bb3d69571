//! Handlers for money lent and borrowed: `lend`, `borrow`, `collect`,
//! `repay` and `forgive` (each one [`crate::ops::owed`] call), and `owed`
//! (what is open per person, as a table, CSV or JSON).

use std::io::Write;

use chrono::NaiveDate;

use super::args::{ForgiveArgs, Format, MoveArgs, OwedArgs};
use super::entries::{date_or_today, default_account};
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::export::csv_text;
use crate::money::Money;
use crate::ops::OpError;
use crate::ops::entries::EntryError;
use crate::ops::owed::{self as ops, Forgive, Move, Moved, OwedLine, Request};
use crate::owed::Open;
use crate::store::Store;
use crate::text::{self, names::shown};

/// `owed --format csv`'s header: a contract for scripts.
pub const OWED_HEADER: [&str; 6] = ["person", "direction", "amount", "since", "age_days", "currency"];

/// `lend`, `borrow`, `collect` and `repay`: `how` with `person`.
pub fn settle(
    store: &mut Store,
    how: Move,
    person: &str,
    t: &MoveArgs,
    today: NaiveDate,
    settings_account: Option<&str>,
    out: &mut dyn Write,
) -> Result<()> {
    let account = match t.account.as_deref() {
        Some(name) => names::account(store, name, Scope::Active)?,
        None => default_account(store, settings_account)?,
    };
    let amount = Money::parse(&t.amount, account.currency)?;
    let date = date_or_today(t.date.as_deref(), today)?;
    let request = Request { how, person, account: &account, amount: amount.minor, date, note: &t.note };
    let moved = ops::settle(store, &request).map_err(|e| match e {
        OpError::Entry(EntryError::Zero) => CliError::Usage(text::owed::amount_zero().into()),
        OpError::Entry(EntryError::NegativeTransfer) => CliError::Usage(text::owed::amount_positive(t.amount.trim())),
        other => other.into(),
    })?;
    let Moved { person, made, ids: (out_id, in_id), open, close, held } = &moved;
    let (who, acct) = (shown(&person.name), shown(&account.name));
    if *made {
        writeln!(out, "{}", text::owed::made_person(&who))?;
    }
    let line = match how {
        Move::Lend => text::owed::lent(amount, &who, &acct, date, *out_id, *in_id),
        Move::Borrow => text::owed::borrowed(amount, &who, &acct, date, *out_id, *in_id),
        Move::Collect => text::owed::collected(amount, &who, &acct, date, *out_id, *in_id),
        Move::Repay => text::owed::repaid(amount, &who, &acct, date, *out_id, *in_id),
    };
    writeln!(out, "{line}")?;
    writeln!(out, "{}", standing(&who, *open, person.currency))?;
    for near in close {
        writeln!(out, "{}", text::owed::close_person(&who, &shown(near)))?;
    }
    if let Some(held) = held {
        let now = Money::new(held.saturating_sub(amount.minor), account.currency);
        writeln!(out, "{}", text::owed::held_less(&acct, Money::new(*held, account.currency), amount, now))?;
    }
    Ok(())
}

/// Where things stand with a person after a move.
fn standing(who: &str, open: Open, currency: crate::money::Currency) -> String {
    let size = Money::new(open.amount.abs(), currency);
    match open.amount.signum() {
        1 => text::owed::now_owes_me(who, size),
        -1 => text::owed::now_i_owe(who, size),
        _ => text::owed::now_settled(who),
    }
}

pub fn forgive(store: &mut Store, a: &ForgiveArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let category = names::category(store, &a.category, Scope::Active)?;
    // The amount is read in the person's currency: find them first.
    let person = ops::find_person(store, &a.person)?;
    let amount = a.amount.as_deref().map(|s| Money::parse(s, person.currency)).transpose()?;
    if amount.is_some_and(|m| m.minor <= 0) {
        return Err(CliError::Usage(text::owed::amount_positive(a.amount.as_deref().unwrap_or_default().trim())));
    }
    let f = Forgive {
        person: &person.name,
        amount: amount.map(|m| m.minor),
        category: &category,
        date: date_or_today(a.date.as_deref(), today)?,
        note: &a.note,
    };
    let (txn, open) = ops::forgive(store, &f)?;
    let who = shown(&person.name);
    let size = Money::new(txn.amount.abs(), txn.currency);
    // A forgiven loan is spending (they owed me); a forgiven debt, income.
    let said = if txn.amount < 0 { text::owed::forgave } else { text::owed::forgiven };
    writeln!(out, "{}", said(size, &who, &shown(&category.name), txn.date, txn.id))?;
    writeln!(out, "{}", standing(&who, open, person.currency))?;
    Ok(())
}

/// The direction's token in CSV and JSON (a contract, not prose).
fn token(open: Open) -> &'static str {
    if open.amount > 0 { "owes_me" } else { "i_owe" }
}

pub fn owed(store: &Store, a: &OwedArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let lines = ops::owed(store, a.person.as_deref())?;
    let size = |l: &OwedLine| Money::new(l.open.amount.abs(), l.currency);
    let since = |l: &OwedLine| l.open.since.map(|d| d.to_string()).unwrap_or_default();
    match a.format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(OWED_HEADER)?;
            for l in &lines {
                w.write_record([
                    csv_text(&l.person).into_owned(),
                    token(l.open).to_owned(),
                    size(l).plain(),
                    since(l),
                    l.open.age_days(today).to_string(),
                    l.currency.code().to_owned(),
                ])?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json: Vec<_> = lines
                .iter()
                .map(|l| {
                    serde_json::json!({"person": l.person, "direction": token(l.open), "amount": size(l).plain(),
                                       "since": since(l), "age_days": l.open.age_days(today),
                                       "currency": l.currency.code()})
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            if lines.is_empty() {
                let line = match &a.person {
                    Some(p) => text::owed::nothing_open_with(&text::safe::escaped(p.trim())),
                    None => text::owed::nothing_open().to_owned(),
                };
                writeln!(out, "{line}")?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = lines
                .iter()
                .map(|l| {
                    let direction = if l.open.amount > 0 { text::owed::owes_me() } else { text::owed::i_owe() };
                    vec![
                        shown(&l.person).into_owned(),
                        direction.to_owned(),
                        size(l).display(),
                        since(l),
                        l.open.age_days(today).to_string(),
                    ]
                })
                .collect();
            let headers = [
                (text::owed::col_person(), Align::Left),
                (text::owed::col_direction(), Align::Left),
                (text::owed::col_amount(), Align::Right),
                (text::owed::col_since(), Align::Left),
                (text::owed::col_age(), Align::Right),
            ];
            write!(out, "{}", table(&headers, &rows))?;
            // Totals per currency and direction, under the table.
            for t in crate::owed::totals(lines.iter().map(|l| (l.currency, l.open.amount))) {
                if t.owed_to_me > 0 {
                    writeln!(out, "{}", text::owed::total_owes_me(Money::new(t.owed_to_me, t.currency)))?;
                }
                if t.i_owe > 0 {
                    writeln!(out, "{}", text::owed::total_i_owe(Money::new(t.i_owe, t.currency)))?;
                }
            }
        }
    }
    Ok(())
}
