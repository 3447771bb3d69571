//! Handlers for `export` (CSV, JSON, the journal; to standard output or a
//! private file), `backup` and `restore`.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use super::args::{BackupArgs, ExportArgs, ExportFormat, RestoreArgs};
use super::entries::Row;
use super::{CliError, Result};
use crate::export::Journal;
use crate::files;
use crate::model::{TxnFilter, parse_date};
use crate::ops;
use crate::store::{Store, StoreError};
use crate::text::files as words;

pub fn export(store: &Store, a: &ExportArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let day = |s: &Option<String>| s.as_deref().map(parse_date).transpose().map_err(CliError::Usage);
    let filter = TxnFilter { from: day(&a.from)?, to: day(&a.to)?, ..TxnFilter::default() };
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        if from > to {
            return Err(CliError::Usage(words::export_from_after_to(from, to)));
        }
    }
    let body = |w: &mut dyn Write| -> Result<usize> {
        match a.format {
            ExportFormat::Ledger => journal(store, &filter, today, w),
            ExportFormat::Csv => csv(store, &filter, w),
            ExportFormat::Json => json(store, &filter, w),
        }
    };
    match &a.out {
        None => body(out).map(drop),
        Some(path) => {
            refuse_ledgers(store, path)?;
            if !a.force && std::fs::symlink_metadata(path).is_ok() {
                return Err(CliError::Usage(words::exists(path.display())));
            }
            let n = write_file(path, body)?;
            let hint = match a.format {
                ExportFormat::Ledger => words::hint_hledger(path.display()),
                ExportFormat::Csv => words::hint_import(path.display()),
                ExportFormat::Json => String::new(),
            };
            writeln!(out, "{}", words::wrote(n, path.display(), &hint))?;
            Ok(())
        }
    }
}

/// The columns of `ls --format csv`, newest first: the nestegg import preset.
fn csv(store: &Store, filter: &TxnFilter, out: &mut dyn Write) -> Result<usize> {
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(out);
    w.write_record(crate::import::presets::NESTEGG_HEADER)?;
    let mut n = 0;
    store.for_each_txn(filter, |t| {
        n += 1;
        w.serialize(Row::csv(t)).map_err(|e| StoreError::Invalid(words::cannot_write_csv(e)))
    })?;
    w.flush()?;
    Ok(n)
}

/// A JSON array, one object per transaction, amounts as strings.
fn json(store: &Store, filter: &TxnFilter, out: &mut dyn Write) -> Result<usize> {
    write!(out, "[")?;
    let mut n = 0;
    store.for_each_txn(filter, |t| {
        let line = serde_json::to_string(&Row::from(t)).map_err(|e| StoreError::Invalid(e.to_string()))?;
        write!(out, "{}\n  {line}", if n == 0 { "" } else { "," })
            .map_err(|e| StoreError::Invalid(words::cannot_write_json(e)))?;
        n += 1;
        Ok(())
    })?;
    writeln!(out, "{}]", if n == 0 { "" } else { "\n" })?;
    Ok(n)
}

fn journal(store: &Store, filter: &TxnFilter, today: NaiveDate, out: &mut dyn Write) -> Result<usize> {
    let mut currencies: Vec<_> = store.accounts(true)?.into_iter().map(|a| a.currency).collect();
    currencies.sort_by_key(|c| c.code());
    currencies.dedup();
    let (extras, liabilities) = ops::worth::journal_extras(store, filter.from, filter.to, today)?;
    let mut j = Journal::new(out, &currencies)?.with_extras(extras, liabilities);
    let mut n = 0;
    store.for_each_txn_oldest_first(filter, |t| {
        n += 1;
        j.entry(t).map_err(|e| StoreError::Invalid(words::cannot_write_journal(e)))
    })?;
    j.finish()?;
    Ok(n)
}

/// An export never replaces the ledger, its SQLite files, a backup, or any
/// other SQLite file, whatever `--force` says.
fn refuse_ledgers(store: &Store, path: &Path) -> Result<()> {
    match files::protected(path, store.path()) {
        Some(p) => Err(CliError::Usage(p.to_string())),
        None => Ok(()),
    }
}

/// Writes the whole file beside its final place, then renames it there, so
/// a failure never leaves half a file; the file is private (0600), made
/// under a fresh name that no planted link can catch ([`files::Replacement`]).
fn write_file<T>(path: &Path, fill: impl FnOnce(&mut dyn Write) -> Result<T>) -> Result<T> {
    let io = |e: std::io::Error| CliError::Usage(words::cannot_write(path.display(), e));
    let mut file = files::Replacement::create(path).map_err(|e| match e {
        files::WriteError::Protected(p) => CliError::Usage(p.to_string()),
        files::WriteError::Io(e) => io(e),
    })?;
    let mut w = std::io::BufWriter::new(file.file());
    let value = fill(&mut w)?;
    w.flush().map_err(io)?;
    drop(w);
    file.commit().map_err(io)?;
    Ok(value)
}

/// `backups/<ledger>-YYYY-MM-DD-HHMMSS.db` beside the ledger (`<ledger>` is
/// its file name without `.db`, after `prefix`), with `-2`, `-3` … when a
/// second one comes within the same second.
pub(super) fn dated(store: &Store, prefix: &str, now: NaiveDateTime) -> Result<PathBuf> {
    let ledger = store.path().ok_or_else(|| CliError::Usage(words::no_file_to_back_up().into()))?;
    Ok(dated_beside(ledger, prefix, now))
}

fn dated_beside(ledger: &Path, prefix: &str, now: NaiveDateTime) -> PathBuf {
    let dir = ledger.parent().unwrap_or(Path::new(".")).join("backups");
    let stem = ledger.file_stem().map_or("ledger".into(), |s| s.to_string_lossy().into_owned());
    let base = format!("{prefix}{stem}-{}", now.format("%Y-%m-%d-%H%M%S"));
    (1..)
        .map(|n| dir.join(if n == 1 { format!("{base}.db") } else { format!("{base}-{n}.db") }))
        .find(|p| !p.exists())
        .expect("some name is free")
}

pub fn backup(store: &Store, a: &BackupArgs, now: NaiveDateTime, out: &mut dyn Write) -> Result<()> {
    let path = match &a.path {
        Some(p) => p.clone(),
        None => dated(store, "", now)?,
    };
    ops::ledger::backup(store, &path)?;
    writeln!(out, "{}", words::backed_up(path.display()))?;
    Ok(())
}

pub fn restore(store: &mut Store, a: &RestoreArgs, now: NaiveDateTime, out: &mut dyn Write) -> Result<()> {
    let keep = dated(store, "before-restore-", now)?;
    ops::ledger::restore(store, &a.path, Some(&keep)).map_err(|e| restore_error(e, &a.path))?;
    writeln!(out, "{}", words::restored(a.path.display(), keep.display()))?;
    Ok(())
}

fn restore_error(e: ops::OpError, from: &Path) -> CliError {
    match e {
        ops::OpError::Store(StoreError::NewerSchema { found, known }) => {
            CliError::Usage(words::newer_schema(from.display(), found, known))
        }
        other => other.into(),
    }
}

/// `restore` onto a ledger that cannot be opened (damaged, or not SQLite):
/// the exact moment a backup is needed. The file (and its journal files) is
/// moved aside to `backups/damaged-<ledger>-…`, never deleted, and the backup
/// goes into a new ledger in its place; if that fails, the file comes back.
///
/// A symbolic link in the ledger's place is refused: restore would have to
/// move the file it points to, which the user may not know is behind it.
pub fn restore_over_unreadable(ledger: &Path, a: &RestoreArgs, now: NaiveDateTime, out: &mut dyn Write) -> Result<()> {
    if std::fs::symlink_metadata(ledger).is_ok_and(|m| m.file_type().is_symlink()) {
        let target = files::resolve_links(ledger).unwrap_or_else(|_| ledger.to_owned());
        return Err(CliError::Usage(words::damaged_link(ledger.display(), target.display())));
    }
    let keep = dated_beside(ledger, "damaged-", now);
    let io = |e: std::io::Error| CliError::Usage(words::cannot_move_aside(ledger.display(), e));
    files::create_private_dir(keep.parent().unwrap_or(Path::new("."))).map_err(io)?;
    let moved: Vec<(PathBuf, PathBuf)> = files::ledger_files(ledger)
        .into_iter()
        .zip(files::ledger_files(&keep))
        .filter(|(from, _)| from.exists())
        .collect();
    for (from, to) in &moved {
        std::fs::rename(from, to).map_err(io)?;
        let _ = files::make_private(to);
    }
    let restored = Store::open(ledger)
        .map_err(ops::OpError::from)
        .and_then(|mut store| ops::ledger::restore(&mut store, &a.path, None));
    if let Err(e) = restored {
        for side in files::ledger_files(ledger) {
            let _ = std::fs::remove_file(side);
        }
        for (from, to) in &moved {
            let _ = std::fs::rename(to, from);
        }
        return Err(restore_error(e, &a.path));
    }
    writeln!(out, "{}", words::restored_over_damaged(ledger.display(), keep.display(), a.path.display()))?;
    Ok(())
}
