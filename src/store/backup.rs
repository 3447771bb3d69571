//! Backups through SQLite's online backup API: a consistent copy even while
//! another connection (the interface) writes; restoring checks the file
//! first and keeps the ledger it replaces.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::migrations::SCHEMA_VERSION;
use super::{Result, Store, StoreError, migrations, prepare_file};
use crate::text;

/// Pages copied per step of the backup, between which writers may go on.
const PAGES_PER_STEP: std::ffi::c_int = 256;

/// Copies `from` into `to` (a connection to the target file) completely.
fn copy(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = Backup::new(from, to)?;
    backup.run_to_completion(PAGES_PER_STEP, Duration::from_millis(1), None)?;
    Ok(())
}

/// A copy of `from` in a fresh private (0600) file at `path`; refuses to
/// overwrite, and removes the file again if the copy fails. The copy is put
/// in rollback-journal mode: one self-contained file (a WAL-mode copy would
/// sprout `-wal` and `-shm` files whenever it is opened, even read-only).
fn copy_to_new(from: &Connection, path: &Path) -> Result<Connection> {
    if path.exists() {
        return Err(StoreError::Invalid(text::errors::path_exists(path.display())));
    }
    prepare_file(path)?;
    let result = Connection::open(path).map_err(StoreError::from).and_then(|mut target| {
        copy(from, &mut target)?;
        target.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
        Ok(target)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(path);
    }
    result
}

impl Store {
    /// Writes a consistent copy of the ledger to a new file at `path` (0600).
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        copy_to_new(&self.conn, path).map(drop)
    }

    /// Replaces the ledger with the one at `from`, after checking that it is
    /// a sound nestegg ledger no newer than this program; the ledger as it
    /// was is first copied to `keep` (0600), if given. An older backup is brought up to
    /// this program's schema in a private scratch copy beside `keep` first,
    /// so the ledger itself changes in one step (one backup-API copy, which
    /// SQLite rolls back if it fails) or not at all; on failure `keep` and
    /// the scratch copy (beside the ledger) are removed again.
    pub fn restore_from(&mut self, from: &Path, keep: Option<&Path>) -> Result<()> {
        // A WAL-mode backup (as older versions wrote them) gets journal files
        // when it is read; those nestegg made are removed afterwards.
        let [_, wal, shm] = crate::files::ledger_files(from);
        let made = [wal, shm].map(|p| (!p.exists()).then_some(p));
        let result = check_backup(from).and_then(|source| {
            if let Some(keep) = keep {
                self.backup_to(keep)?;
            }
            let beside = self.path.clone().unwrap_or_else(|| from.to_owned());
            let scratch = PathBuf::from(format!("{}.upgrading", beside.display()));
            let result = self.replace_with(source, &scratch);
            let _ = std::fs::remove_file(&scratch);
            if let (Err(_), Some(keep)) = (&result, keep) {
                let _ = std::fs::remove_file(keep);
            }
            result
        });
        for path in made.into_iter().flatten() {
            let _ = std::fs::remove_file(path);
        }
        result
    }

    fn replace_with(&mut self, source: Connection, scratch: &Path) -> Result<()> {
        let version: i64 = source.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version == SCHEMA_VERSION {
            return copy(&source, &mut self.conn);
        }
        let mut upgraded = copy_to_new(&source, scratch)?;
        drop(source);
        upgraded.execute_batch("PRAGMA foreign_keys = ON")?;
        migrations::migrate(&mut upgraded)?;
        copy(&upgraded, &mut self.conn)
    }
}

/// Opens `path` read-only and checks it: SQLite, intact, a nestegg ledger,
/// and a schema this program knows.
fn check_backup(path: &Path) -> Result<Connection> {
    let not = || StoreError::Invalid(text::errors::not_a_backup(path.display()));
    if !path.is_file() {
        return Err(StoreError::Invalid(text::errors::backup_missing(path.display())));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|_| not())?;
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|_| not())?;
    if check != "ok" {
        return Err(StoreError::Invalid(text::errors::backup_damaged(path.display(), &check)));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|_| not())?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { found: version, known: SCHEMA_VERSION });
    }
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('accounts', 'categories', 'txns')",
            [],
            |r| r.get(0),
        )
        .map_err(|_| not())?;
    if version < 1 || tables != 3 {
        return Err(not());
    }
    Ok(conn)
}
