//! The command line in-process on a fixed day (2026-12-06), for the tests
//! of money with people (`tests/cli/owed.rs`, `tests/cli/claims.rs`): a fresh
//! ledger, a command that must pass or be refused writing nothing, and
//! the month and October of issue 26's worked examples.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Parser;
use nestegg::cli;
use nestegg::text::{self, Lang};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

pub fn now() -> NaiveDateTime {
    today().and_hms_opt(12, 0, 0).unwrap()
}

/// `nestegg --db DB args…` in-process on 2026-12-06, in `lang`.
pub fn run(db: &Path, lang: Lang, args: &[&str]) -> Result<String, String> {
    let argv = ["nestegg", "--db", db.to_str().unwrap()].into_iter().chain(args.iter().copied());
    let parsed = cli::Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    text::in_lang(lang, || cli::run(parsed.command.as_ref().expect("a command"), db, now(), &mut out))
        .map_err(|e| text::in_lang(lang, || e.to_string()))?;
    Ok(String::from_utf8(out).expect("output is UTF-8"))
}

pub fn ok(db: &Path, args: &[&str]) -> String {
    run(db, Lang::En, args).unwrap_or_else(|e| panic!("{args:?} failed: {e}"))
}

/// A refusal containing `needle` that leaves every table as it was.
pub fn refused(db: &Path, args: &[&str], needle: &str) -> String {
    let before = super::dump_file(db);
    let err = run(db, Lang::En, args).expect_err("refused");
    assert!(err.contains(needle), "{args:?}: {err:?} lacks {needle:?}");
    assert_eq!(super::dump_file(db), before, "{args:?} wrote something");
    err
}

pub fn ledger() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    ok(&db, &["accounts"]);
    (dir, db)
}

/// `report monthly --format csv`'s row of `month`, without its month.
pub fn month(db: &Path, month: &str) -> String {
    let csv = ok(db, &["report", "monthly", "--format", "csv"]);
    let row = csv.lines().find(|l| l.starts_with(month)).unwrap_or_else(|| panic!("no {month} in {csv}"));
    row[month.len() + 1..].to_owned()
}

/// October: salary 5,000, rent 600, other spending 1,900: 2,500 saved, 50.0 %.
pub fn october(db: &Path) {
    ok(db, &["add", "5000", "-c", "salary", "-d", "2026-10-10"]);
    ok(db, &["add", "600", "-c", "rent", "-d", "2026-10-01"]);
    ok(db, &["add", "1900", "-c", "food", "-d", "2026-10-12"]);
}
