//! Backups through SQLite's online backup API: a consistent copy even while
//! another connection (the interface) writes; restoring checks the file
//! first and keeps the ledger it replaces.

use std::path::Path;
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::migrations::SCHEMA_VERSION;
use super::{Result, Store, StoreError, migrations};
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
/// overwrite anything there (a symbolic link too: a new file is never made
/// through a link), and removes the file again if the copy fails.
fn copy_to_new(from: &Connection, path: &Path) -> Result<Connection> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(StoreError::Invalid(text::errors::path_exists(path.display())));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        crate::files::create_private_dir(dir).map_err(|e| cannot_write(dir, e))?;
    }
    crate::files::create_private(path, false).map_err(|e| cannot_write(path, e))?;
    let result = copy_into(from, path);
    if result.is_err() {
        let _ = std::fs::remove_file(path);
    }
    result
}

fn cannot_write(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Invalid(text::files::cannot_write(path.display(), e))
}

/// Copies `from` into the empty private file at `path`, and puts the copy
/// in rollback-journal mode: one self-contained file (a WAL-mode copy would
/// sprout `-wal` and `-shm` files whenever it is opened, even read-only).
fn copy_into(from: &Connection, path: &Path) -> Result<Connection> {
    let mut target = Connection::open(path)?;
    copy(from, &mut target)?;
    target.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
    Ok(target)
}

impl Store {
    /// Writes a consistent copy of the ledger to a new file at `path` (0600).
    /// Never over anything (it refuses a file that exists), and never at
    /// the place of the ledger's SQLite files or beside another database as
    /// its journal ([`crate::files::protected`]), even before they exist.
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        use crate::files::ProtectedKind::{Ledger, LedgerFile};
        let exists = std::fs::symlink_metadata(path).is_ok();
        match crate::files::protected(path, self.path.as_deref()) {
            Some(p) if !exists || matches!(p.kind, Ledger(_) | LedgerFile { .. }) => {
                Err(StoreError::Invalid(p.to_string()))
            }
            _ => copy_to_new(&self.conn, path).map(drop),
        }
    }

    /// Replaces the ledger with the one at `from`, after checking that it is
    /// a sound nestegg ledger no newer than this program; the ledger as it
    /// was is first copied to `keep` (0600), if given. An older backup is brought up to
    /// this program's schema in a private scratch copy first (beside the
    /// ledger, under a fresh name made exclusively), so the ledger itself
    /// changes in one step (one backup-API copy, which SQLite rolls back if
    /// it fails) or not at all; on failure `keep` is removed again, and the
    /// scratch copy always is.
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
            let result = self.replace_with(source, &beside);
            if let (Err(_), Some(keep)) = (&result, keep) {
                let _ = std::fs::remove_file(keep);
            }
            result
        });
        for path in made.into_iter().flatten() {
            let _ = std::fs::remove_file(path);
        }
        result.map_err(|e| self.with_os_error(e))
    }

    fn replace_with(&mut self, source: Connection, beside: &Path) -> Result<()> {
        let version: i64 = source.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version == SCHEMA_VERSION {
            return copy(&source, &mut self.conn);
        }
        let dir = beside.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = beside.file_name().map_or("ledger".into(), |n| n.to_string_lossy().into_owned());
        // Made 0600 and exclusively; removed when dropped, whatever happens.
        let scratch = tempfile::Builder::new()
            .prefix(&format!(".{name}.upgrading."))
            .tempfile_in(dir)
            .map_err(|e| cannot_write(dir, e))?
            .into_temp_path();
        let mut upgraded = copy_into(&source, &scratch)?;
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
    // Exactly the schema nestegg's migrations make for its version: a
    // foreign trigger would run on every later write, a non-STRICT table
    // would hold what no read expects.
    let differences = super::schema::differences(&conn, version)?;
    if !differences.is_empty() {
        // The first few, and how many in all (a crafted file may hold thousands).
        let mut what: Vec<String> = differences.iter().take(5).map(text::errors::schema_difference).collect();
        if differences.len() > 5 {
            what.push(text::errors::schema_more(differences.len() - 5));
        }
        let what = what.join("; ");
        return Err(StoreError::Invalid(text::errors::backup_foreign_schema(path.display(), &what)));
    }
    Ok(conn)
}
