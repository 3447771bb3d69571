//! Handlers for credit lines (issue 27): `accounts credit` and
//! `instalments`, and the words of a card's bill, which the accounts list
//! and the interface's accounts screen share.

use std::io::Write;

use chrono::NaiveDate;

use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::credit::Terms;
use crate::money::{Currency, Money};
use crate::ops;
use crate::ops::credit::{CardBill, NewInstalments};
use crate::store::Store;
use crate::text::{credit as w, names::shown, safe::escaped};

/// A card's bill in a line: "bill ¥155.50 due 2026-11-09 · owed ¥155.50
/// of ¥5,000.00" (the next statement so far when nothing is due, and the
/// instalments' principal left when there is some).
pub fn bill_line(card: &CardBill, today: NaiveDate) -> String {
    let (b, cur) = (&card.bill, card.account.currency);
    let show = |m: i64| Money::new(m, cur).display();
    let first = if b.overdue(today) {
        w::bill_overdue(show(b.due), b.due_on)
    } else if b.due > 0 {
        w::bill_due(show(b.due), b.due_on)
    } else {
        w::bill_next(show(b.next_so_far), b.next)
    };
    let mut parts = vec![first, w::owed_of(show(b.owed), show(b.limit))];
    if b.instalments_left > 0 {
        parts.push(w::instalments_left(show(b.instalments_left)));
    }
    parts.join(" · ")
}

/// `accounts credit NAME …`: sets or takes away a credit account's terms.
pub struct CreditWords<'a> {
    pub name: &'a str,
    pub limit: Option<&'a str>,
    pub statement_day: Option<u32>,
    pub due_day: Option<u32>,
    pub none: bool,
}

pub fn credit(store: &mut Store, a: CreditWords, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let acc = names::account(store, a.name, Scope::All)?;
    let name = shown(&acc.name).into_owned();
    if a.none {
        ops::credit::set_terms(store, acc.id, None)?;
        writeln!(out, "{}", w::credit_removed(&name))?;
        return Ok(());
    }
    let (Some(limit), Some(statement_day), Some(due_day)) = (a.limit, a.statement_day, a.due_day) else {
        return Err(CliError::Usage(w::limit_not_positive().into()));
    };
    let limit = Money::parse(limit, acc.currency).map_err(|e| CliError::Usage(format!("--limit: {e}")))?.minor;
    let terms = Terms { limit, statement_day, due_day };
    ops::credit::set_terms(store, acc.id, Some(terms))?;
    writeln!(out, "{}", w::credit_set(&name, Money::new(limit, acc.currency).display(), statement_day, due_day))?;
    if let Some(card) = ops::credit::bills(store, today)?.into_iter().find(|c| c.account.id == acc.id) {
        writeln!(out, "{name}: {}", bill_line(&card, today))?;
    }
    Ok(())
}

/// `instalments [ID N [--fee X]]`.
pub fn instalments(
    store: &mut Store,
    a: &super::args::InstalmentsArgs,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    let (Some(id), Some(months)) = (a.id, a.months) else {
        return list(store, today, out);
    };
    let currency = store.txn(id).map(|t| t.currency).unwrap_or(Currency::CNY);
    let fee = match a.fee.as_deref() {
        Some(f) => Money::parse(f, currency).map_err(|e| CliError::Usage(format!("--fee: {e}")))?.minor,
        None => 0,
    };
    let req = NewInstalments { txn_id: id, months, fee, fee_rule: w::fee_rule(id) };
    let done = ops::credit::add(store, &req, today)?;
    let show = |m: i64| Money::new(m, done.line.txn.currency).display();
    writeln!(out, "{}", w::made(id, months, show(done.line.part), done.first_statement))?;
    if done.rule_id.is_some() {
        writeln!(out, "{}", w::made_fee(show(fee), &req.fee_rule))?;
    }
    if done.fees_posted > 0 {
        writeln!(out, "{}", w::fees_posted(done.fees_posted))?;
    }
    Ok(())
}

fn list(store: &Store, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let lines = ops::credit::instalments(store, today)?;
    if lines.is_empty() {
        writeln!(out, "{}", w::none_instalments())?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = lines
        .iter()
        .map(|l| {
            let show = |m: i64| Money::new(m, l.txn.currency).display();
            vec![
                l.txn.id.to_string(),
                l.txn.date.to_string(),
                escaped(&l.txn.payee).into_owned(),
                shown(&l.txn.account).into_owned(),
                show(l.txn.amount.saturating_neg()),
                l.months.to_string(),
                l.billed.to_string(),
                if l.fee > 0 { show(l.fee) } else { String::new() },
                show(l.left),
            ]
        })
        .collect();
    let headers = [
        (w::h_id(), Align::Right),
        (w::h_date(), Align::Left),
        (w::h_payee(), Align::Left),
        (w::h_account(), Align::Left),
        (w::h_principal(), Align::Right),
        (w::h_months(), Align::Right),
        (w::h_billed(), Align::Right),
        (w::h_fee(), Align::Right),
        (w::h_left(), Align::Right),
    ];
    write!(out, "{}", table(&headers, &rows))?;
    Ok(())
}
