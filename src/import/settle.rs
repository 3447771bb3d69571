//! Imported rows that settle what a person owes (issue 26): a bill row
//! whose payee is a person (an account of kind person, by its exact name,
//! any case; never a start of it nor a near miss) becomes money with them
//! instead of income or spending, when its direction fits what is open on
//! its day: money in while they owe me is collected (a transfer from their
//! account to the imported one), money out while I owe them is repaid.
//!
//! Only up to what is open, then and now, as `nestegg collect` and `repay`
//! refuse more: a larger row stays an ordinary row, and the plan says why
//! (never half booked). Several rows with one person each take from what
//! the earlier ones (by date, then line) left open. Pure: each person's
//! movements come in as data from the use case.

use chrono::NaiveDate;

use super::Problem;
use super::plan::{Leg, Planned, Status};
use crate::model::Account;
use crate::money::{Currency, Money};
use crate::owed::{Open, open};
use crate::text;

/// A person whose name a file's payee matches, with their movements
/// (as [`crate::owed::open`] reads them: dated amounts, oldest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub currency: Currency,
    pub movements: Vec<(NaiveDate, i64)>,
}

/// A row of the plan that settles what is open with a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled {
    /// The row's place in [`super::plan::Plan::rows`].
    pub row: usize,
    /// The person's stored name.
    pub person: String,
    /// Positive, in the person's minor units.
    pub amount: i64,
    pub currency: Currency,
    /// They paid me back (collected); else I paid them back (repaid).
    pub owes_me: bool,
    /// What was open with them before this import: the write checks it is still so.
    pub before: Open,
    pub person_id: i64,
}

/// Which rows settle, and the rows whose payee is a person but which stay
/// ordinary rows, with why. `eligible` are the places in `rows` of money
/// in or out with no category of the file's own (not refunds, not transfers).
pub fn settle(
    rows: &mut [Planned],
    eligible: &[usize],
    people: &[Person],
    accounts: &[Account],
) -> (Vec<Settled>, Vec<Problem>) {
    let (mut settled, mut kept) = (Vec::new(), Vec::new());
    if people.is_empty() {
        return (settled, kept);
    }
    let mut movements: Vec<Vec<(NaiveDate, i64)>> = people.iter().map(|p| p.movements.clone()).collect();
    let mut order: Vec<usize> = eligible.to_vec();
    order.sort_by_key(|&i| (rows[i].date, rows[i].line));
    for i in order {
        let row = &rows[i];
        let [leg] = row.legs.as_slice() else { continue };
        if row.status != Status::New || row.category.is_none() || leg.amount == 0 {
            continue;
        }
        let Some(k) = people.iter().position(|p| p.name.eq_ignore_ascii_case(leg.payee.trim())) else { continue };
        let person = &people[k];
        let Some(account) = accounts.iter().find(|a| a.id == leg.account_id) else { continue };
        if account.id == person.id || account.currency != person.currency {
            continue;
        }
        let owes_me = leg.amount > 0;
        // A row past i64's range one way is more than anyone owes: kept.
        let amount = leg.amount.checked_abs().unwrap_or(i64::MAX);
        // What is open my way, now and on the row's day (the movements up to it).
        let mine = |m: &[(NaiveDate, i64)]| if owes_me { open(m).amount } else { -open(m).amount };
        let all = &movements[k];
        let upto = all.partition_point(|&(d, _)| d <= row.date);
        let open_then = mine(all).min(mine(&all[..upto])).max(0);
        if amount > open_then {
            let money = |m: i64| Money::new(m, person.currency).display();
            let name = text::names::shown(&person.name);
            let reason = match owes_me {
                true => text::core::kept_income(&name, &money(amount), &money(open_then)),
                false => text::core::kept_spending(&name, &money(amount), &money(open_then)),
            };
            kept.push(Problem { line: row.line, reason });
            continue;
        }
        let before = open(&people[k].movements);
        // The person's side: they owe less when they pay, I owe less when I pay.
        let change = if owes_me { -amount } else { amount };
        movements[k].insert(upto, (row.date, change));
        let row = &mut rows[i];
        let tags = row.legs[0].tags.clone();
        row.legs.push(Leg {
            id: None,
            account_id: person.id,
            account: person.name.clone(),
            amount: change,
            payee: account.name.clone(),
            tags,
        });
        row.category = None;
        let name = text::names::shown(&person.name);
        row.why = if owes_me { text::core::why_collects(&name) } else { text::core::why_repays(&name) };
        settled.push(Settled {
            row: i,
            person: person.name.clone(),
            amount,
            currency: person.currency,
            owes_me,
            before,
            person_id: person.id,
        });
    }
    settled.sort_by_key(|s| s.row);
    kept.sort_by_key(|p| p.line);
    (settled, kept)
}

/// "小王 ¥35.00, 小李 ¥35.00": what each person settled, summed, in the
/// order they first come.
pub fn summary(settled: &[Settled]) -> String {
    let mut each: Vec<(&str, Currency, i64)> = Vec::new();
    for s in settled {
        match each.iter_mut().find(|(p, c, _)| *p == s.person && *c == s.currency) {
            Some(e) => e.2 = e.2.saturating_add(s.amount),
            None => each.push((&s.person, s.currency, s.amount)),
        }
    }
    each.iter()
        .map(|(p, c, a)| format!("{} {}", text::names::shown(p), Money::new(*a, *c).display()))
        .collect::<Vec<_>>()
        .join(text::cli::list_sep())
}

#[cfg(test)]
mod tests;
