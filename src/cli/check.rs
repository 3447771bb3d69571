//! `nestegg check`: the ledger's own consistency, for users and for tests
//! after every kind of write. SQLite's integrity and foreign-key checks,
//! the schema against nestegg's own, then the kept totals (month totals,
//! payees) recomputed from the rows.

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

pub fn check(store: &mut Store, repair: bool, now: chrono::NaiveDateTime, out: &mut dyn Write) -> Result<()> {
    let problems = store.integrity_check()?;
    if !problems.is_empty() {
        for p in &problems {
            writeln!(out, "{}", text::cli::damaged(p))?;
        }
        return Err(CliError::Inconsistent(text::cli::sqlite_problems(problems.len())));
    }
    // Rows pointing at rows that are not there (written with foreign keys
    // off, by another tool or an older restore): no repair can guess them.
    let (links, all) = store.broken_links(SHOWN)?;
    if all > 0 {
        for l in &links {
            writeln!(out, "{}", text::cli::damaged(&text::errors::broken_link(l)))?;
        }
        if all > links.len() {
            writeln!(out, "{}", text::cli::and_more(all - links.len()))?;
        }
        return Err(CliError::Inconsistent(text::cli::sqlite_problems(all)));
    }
    schema(store, repair, now, out)?;
    over_limit(store, out)?;
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

/// The schema against nestegg's own: every difference listed; with
/// `repair`, the ledger is backed up (`backups/before-repair-…`), then what
/// is foreign goes and missing or changed indexes and triggers come back. A
/// missing or changed table is left for a restore.
fn schema(store: &mut Store, repair: bool, now: chrono::NaiveDateTime, out: &mut dyn Write) -> Result<()> {
    let differences = store.schema_differences()?;
    if differences.is_empty() {
        return Ok(());
    }
    for d in &differences {
        writeln!(out, "{}", text::errors::schema_difference(d))?;
    }
    if !repair {
        return Err(CliError::Inconsistent(text::cli::schema_differs(differences.len())));
    }
    let keep = super::export::dated(store, "before-repair-", now)?;
    crate::ops::ledger::backup(store, &keep)?;
    let mended = crate::ops::ledger::repair_schema(store)?;
    writeln!(out, "{}", text::cli::schema_repaired(mended.len(), keep.display()))?;
    let left = differences.iter().filter(|d| !crate::store::repairable(d)).count();
    if left > 0 {
        return Err(CliError::Inconsistent(text::cli::schema_needs_restore(left)));
    }
    Ok(())
}

/// Rows over nestegg's one limit (written before it existed, or by hand):
/// each by id, with what to do; no repair guesses what they should be.
fn over_limit(store: &Store, out: &mut dyn Write) -> Result<()> {
    let rows = store.amounts_over_limit()?;
    if rows.is_empty() {
        return Ok(());
    }
    let max = Money::new(crate::money::MAX_AMOUNT, crate::money::Currency::CNY);
    for t in rows.iter().take(SHOWN) {
        let limit = Money::new(max.minor, t.currency).display();
        writeln!(
            out,
            "{}",
            text::cli::over_limit_row(t.id, t.date, &Money::new(t.amount, t.currency).display(), &limit)
        )?;
    }
    if rows.len() > SHOWN {
        writeln!(out, "{}", text::cli::and_more(rows.len() - SHOWN))?;
    }
    Err(CliError::Inconsistent(text::cli::over_limit(rows.len())))
}
