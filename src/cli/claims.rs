//! Handlers for claims (issue 26's 报销 and AA): `reimburse`, `reimbursed`,
//! `add --reimburse`/`--split` (each one [`crate::ops::claims`] call), and
//! `claims` (what is waiting, as a table, CSV or JSON).

use std::io::Write;

use chrono::NaiveDate;

use super::args::{AddArgs, ClaimsArgs, Format, ReimburseArgs, ReimbursedArgs};
use super::entries::date_or_today;
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::export::csv_text;
use crate::money::Money;
use crate::ops::OpError;
use crate::ops::claims::{self as ops, Back, Claim, Claimed, Waiting, Waits};
use crate::ops::entries::{EntryError, NewEntry};
use crate::store::Store;
use crate::text::{self, names::shown};

/// `claims --format csv`'s header: a contract for scripts.
pub const CLAIMS_HEADER: [&str; 10] =
    ["id", "date", "payee", "category", "kind", "by", "amount", "waiting", "age_days", "currency"];

/// The claim `add` typed, if any.
pub fn typed(a: &AddArgs) -> Option<Claim> {
    if let Some(ways) = a.split {
        let others = text::claims::default_others().to_owned();
        return Some(Claim::Share { ways, with: a.with.clone(), others });
    }
    a.reimburse.as_deref().map(reimburser)
}

/// Who reimburses: the name typed, else the language's default.
fn reimburser(typed: &str) -> Claim {
    let by = if typed.trim().is_empty() { text::claims::default_by() } else { typed };
    Claim::Reimburse { by: by.to_owned() }
}

/// `add … --reimburse` or `add … --split N`.
pub fn add(store: &mut Store, entry: NewEntry, claim: &Claim, out: &mut dyn Write) -> Result<()> {
    let done = ops::add(store, entry, claim)?;
    said(&done, out)
}

pub fn reimburse(store: &mut Store, a: &ReimburseArgs, out: &mut dyn Write) -> Result<()> {
    let claim = reimburser(a.by.as_deref().unwrap_or_default());
    let done = ops::mark(store, a.id, &claim)?;
    said(&done, out)
}

/// What a claim wrote, in words.
fn said(done: &Claimed, out: &mut dyn Write) -> Result<()> {
    let Claimed { paid, parts, offsets } = done;
    for o in offsets.iter().filter(|o| o.made) {
        writeln!(out, "{}", text::claims::made_person(&shown(&o.person.name)))?;
    }
    let money = |m: i64| Money::new(m, paid.currency);
    let line = match (offsets.as_slice(), parts.others.len()) {
        ([one], 1) if parts.mine == 0 => {
            text::claims::marked(paid.id, money(one.amount), &shown(&one.person.name), one.id)
        }
        _ => {
            let who: Vec<String> = offsets.iter().map(|o| shown(&o.person.name).into_owned()).collect();
            let ways = parts.others.len() as u32 + 1;
            text::claims::split(paid.id, ways, money(parts.mine), money(parts.owed()), &who.join(", "))
        }
    };
    writeln!(out, "{line}")?;
    Ok(())
}

pub fn reimbursed(store: &mut Store, a: &ReimbursedArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let account = a.account.as_deref().map(|n| names::account(store, n, Scope::Active)).transpose()?;
    let paid = store.txn(a.id)?;
    let currency = account.as_ref().map_or(paid.currency, |acc| acc.currency);
    let amount = a.amount.as_deref().map(|s| Money::parse(s, currency)).transpose()?;
    let back = Back {
        id: a.id,
        amount: amount.map(|m| m.minor),
        account: account.as_ref(),
        date: date_or_today(a.date.as_deref(), today)?,
    };
    let r = ops::reimbursed(store, &back).map_err(|e| match e {
        OpError::Entry(EntryError::Zero | EntryError::NegativeTransfer) => {
            CliError::Usage(text::claims::amount_positive(a.amount.as_deref().unwrap_or_default().trim()))
        }
        other => other.into(),
    })?;
    let money = |m: i64| Money::new(m, r.paid.currency);
    let (by, acct) = (shown(&r.by.name), shown(&r.account.name));
    writeln!(out, "{}", text::claims::reimbursed(money(r.amount), &by, &acct, back.date, r.ids.0, r.ids.1))?;
    if r.rest > 0 {
        let category = shown(r.paid.category.as_deref().unwrap_or_default()).into_owned();
        writeln!(out, "{}", text::claims::not_reimbursed(money(r.rest), &category, r.paid.id))?;
    }
    Ok(())
}

/// The kind's token in CSV and JSON (a contract, not prose).
fn token(kind: Waits) -> &'static str {
    match kind {
        Waits::Reimburse => "reimburse",
        Waits::Share => "share",
    }
}

pub fn claims(store: &Store, a: &ClaimsArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let lines = ops::waiting(store)?;
    let money = |l: &Waiting, m: i64| Money::new(m, l.paid.currency);
    let age = |l: &Waiting| (today - l.paid.date).num_days().max(0);
    let category = |l: &Waiting| l.paid.category.clone().unwrap_or_default();
    match a.format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(CLAIMS_HEADER)?;
            for l in &lines {
                w.write_record([
                    l.paid.id.to_string(),
                    l.paid.date.to_string(),
                    csv_text(&l.paid.payee).into_owned(),
                    csv_text(&category(l)).into_owned(),
                    token(l.kind).to_owned(),
                    csv_text(&l.by).into_owned(),
                    money(l, l.amount).plain(),
                    money(l, l.waiting).plain(),
                    age(l).to_string(),
                    l.paid.currency.code().to_owned(),
                ])?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json: Vec<_> = lines
                .iter()
                .map(|l| {
                    serde_json::json!({"id": l.paid.id, "date": l.paid.date.to_string(), "payee": l.paid.payee,
                                       "category": category(l), "kind": token(l.kind), "by": l.by,
                                       "amount": money(l, l.amount).plain(),
                                       "waiting": money(l, l.waiting).plain(), "age_days": age(l),
                                       "currency": l.paid.currency.code()})
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            if lines.is_empty() {
                writeln!(out, "{}", text::claims::nothing_waiting())?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = lines
                .iter()
                .map(|l| {
                    let kind = match l.kind {
                        Waits::Reimburse => text::claims::kind_reimburse(),
                        Waits::Share => text::claims::kind_share(),
                    };
                    vec![
                        l.paid.id.to_string(),
                        l.paid.date.to_string(),
                        shown(&l.paid.payee).into_owned(),
                        shown(&category(l)).into_owned(),
                        kind.to_owned(),
                        shown(&l.by).into_owned(),
                        money(l, l.amount).display(),
                        money(l, l.waiting).display(),
                        age(l).to_string(),
                    ]
                })
                .collect();
            use text::claims as w;
            let headers = [
                (w::col_id(), Align::Right),
                (w::col_date(), Align::Left),
                (w::col_payee(), Align::Left),
                (w::col_category(), Align::Left),
                (w::col_kind(), Align::Left),
                (w::col_by(), Align::Left),
                (w::col_amount(), Align::Right),
                (w::col_waiting(), Align::Right),
                (w::col_age(), Align::Right),
            ];
            write!(out, "{}", table(&headers, &rows))?;
        }
    }
    Ok(())
}
