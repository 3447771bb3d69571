//! `nestegg check`: the ledger's own consistency, for users and for tests
//! after every kind of write. SQLite's integrity check, then the kept
//! totals (month totals, payees) recomputed from the rows.

use std::io::Write;

use super::{CliError, Result};
use crate::money::Money;
use crate::store::{Figure, Store};
use crate::text;
use crate::text::safe::escaped;

/// How many differences are listed; the count says how many there are.
const SHOWN: usize = 20;

fn figure(f: &Option<Figure>) -> String {
    match f {
        None => text::cli::figure_nothing().into(),
        Some(Figure::Sum { total, currency, rows }) => {
            text::cli::figure_sum(*rows, &Money::new(*total, *currency).display())
        }
        Some(Figure::Uses { uses, last }) => text::cli::figure_uses(*uses, last),
    }
}

pub fn check(store: &mut Store, repair: bool, out: &mut dyn Write) -> Result<()> {
    let problems = store.integrity_check()?;
    if !problems.is_empty() {
        for p in &problems {
            writeln!(out, "{}", text::cli::damaged(p))?;
        }
        return Err(CliError::Inconsistent(text::cli::sqlite_problems(problems.len())));
    }
    let differences = store.check()?;
    if differences.is_empty() {
        let n = store.txn_count()?;
        writeln!(out, "{}", text::cli::check_ok(n))?;
        return Ok(());
    }
    for d in differences.iter().take(SHOWN) {
        writeln!(out, "{}", text::cli::difference(&escaped(&d.what), &figure(&d.kept), &figure(&d.actual)))?;
    }
    if differences.len() > SHOWN {
        writeln!(out, "{}", text::cli::and_more(differences.len() - SHOWN))?;
    }
    if repair {
        let left = crate::ops::ledger::repair_totals(store)?;
        writeln!(out, "{}", text::cli::rebuilt(left))?;
        return Ok(());
    }
    Err(CliError::Inconsistent(text::cli::totals_differ(differences.len())))
}
