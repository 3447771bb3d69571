//! `nestegg check`: the ledger's own consistency, for users and for tests
//! after every kind of write. SQLite's integrity check, then the kept
//! totals (month totals, payees) recomputed from the rows.

use std::io::Write;

use super::{CliError, Result};
use crate::money::Money;
use crate::store::{Figure, Store};

/// How many differences are listed; the count says how many there are.
const SHOWN: usize = 20;

fn figure(f: &Option<Figure>) -> String {
    match f {
        None => "nothing".into(),
        Some(Figure::Sum { total, currency, rows }) => {
            format!("{} over {rows} transaction(s)", Money::new(*total, *currency).display())
        }
        Some(Figure::Uses { uses, last }) => format!("{uses} use(s), the latest {last}"),
    }
}

pub fn check(store: &mut Store, repair: bool, out: &mut dyn Write) -> Result<()> {
    let problems = store.integrity_check()?;
    if !problems.is_empty() {
        for p in &problems {
            writeln!(out, "damaged: {p}")?;
        }
        return Err(CliError::Inconsistent(format!(
            "SQLite found {} problem(s) in the ledger file (listed above); restore a backup with `nestegg restore`",
            problems.len()
        )));
    }
    let differences = store.check()?;
    if differences.is_empty() {
        let n = store.txn_count()?;
        writeln!(out, "ok: {n} transactions; the file is sound and the kept month totals and payees match the rows")?;
        return Ok(());
    }
    for d in differences.iter().take(SHOWN) {
        writeln!(out, "{}: kept {}; the rows give {}", d.what, figure(&d.kept), figure(&d.actual))?;
    }
    if differences.len() > SHOWN {
        writeln!(out, "… and {} more", differences.len() - SHOWN)?;
    }
    if repair {
        store.repair_totals()?;
        let left = store.check()?.len();
        writeln!(out, "rebuilt the kept totals from the rows; {left} difference(s) left")?;
        return Ok(());
    }
    Err(CliError::Inconsistent(format!(
        "{} kept total(s) differ from the rows (listed above); `nestegg check --repair` rebuilds them from the rows",
        differences.len()
    )))
}
