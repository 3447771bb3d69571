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
    /// a sound nestegg ledger no newer than this program, with exactly the
    /// schema nestegg makes for its version; the ledger as it was is first
    /// copied to `keep` (0600), if given. The backup is copied into a
    /// private scratch file first (beside the ledger, under a fresh name
    /// made exclusively): there SQLite checks every row against the schema
    /// (a read-only file skips its CHECK constraints) and every foreign key,
    /// and an older backup is brought up to this program's schema. The
    /// ledger itself then changes in one step (one backup-API copy, which
    /// SQLite rolls back if it fails) or not at all; on failure `keep` is
    /// removed again, and the scratch copy always is.
    pub fn restore_from(&mut self, from: &Path, keep: Option<&Path>) -> Result<()> {
        // A WAL-mode backup (as older versions wrote them) gets journal files
        // when it is read; those nestegg made are removed afterwards.
        let [_, wal, shm] = crate::files::ledger_files(from);
        let made = [wal, shm].map(|p| (!p.exists()).then_some(p));
        let result = check_backup(from).and_then(|source| {
            let beside = self.path.clone().unwrap_or_else(|| from.to_owned());
            let (_scratch, mut checked) = scratch_copy(source, &beside)?;
            check_rows(&checked, from)?;
            if let Some(keep) = keep {
                self.backup_to(keep)?;
            }
            let result = self.replace_with(&mut checked);
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

    /// Brings the checked scratch copy up to this program's schema, if it is
    /// older, and copies it over the ledger.
    fn replace_with(&mut self, checked: &mut Connection) -> Result<()> {
        let version: i64 = checked.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version < SCHEMA_VERSION {
            checked.execute_batch("PRAGMA foreign_keys = ON")?;
            migrations::migrate(checked)?;
        }
        copy(checked, &mut self.conn)
    }
}

/// A private copy of `source` beside `beside`, made 0600 and exclusively;
/// the file goes when the returned path is dropped, whatever happens.
fn scratch_copy(source: Connection, beside: &Path) -> Result<(tempfile::TempPath, Connection)> {
    let dir = beside.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = beside.file_name().map_or("ledger".into(), |n| n.to_string_lossy().into_owned());
    let scratch = tempfile::Builder::new()
        .prefix(&format!(".{name}.restoring."))
        .tempfile_in(dir)
        .map_err(|e| cannot_write(dir, e))?
        .into_temp_path();
    // Not synced: the scratch file is thrown away whatever happens, and the
    // ledger's own copy from it is synced.
    let mut copy = Connection::open(&scratch)?;
    copy.execute_batch("PRAGMA synchronous = OFF")?;
    self::copy(&source, &mut copy)?;
    copy.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
    Ok((scratch, copy))
}

/// SQLite's full integrity check, on a copy it may write to (so that it
/// checks CHECK constraints too), and every foreign key: a file whose rows
/// break its own schema's rules is damaged, however exact the schema.
fn check_rows(copy: &Connection, path: &Path) -> Result<()> {
    let check: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        // SQLite may put every finding in one text: the first few say enough.
        let lines: Vec<&str> = check.lines().filter(|l| !l.starts_with("***")).collect();
        let mut what = lines.iter().take(3).copied().collect::<Vec<_>>().join("; ");
        if lines.len() > 3 {
            what = format!("{what}; {}", text::errors::integrity_more(lines.len() - 3));
        }
        return Err(StoreError::Invalid(text::errors::backup_damaged(path.display(), &what)));
    }
    let (first, all) = super::schema::broken_links(copy, 3)?;
    if all > 0 {
        let mut what: Vec<String> = first.iter().map(text::errors::broken_link).collect();
        if all > first.len() {
            what.push(text::errors::broken_links_more(all - first.len()));
        }
        return Err(StoreError::Invalid(text::errors::backup_broken_links(path.display(), &what.join("; "))));
    }
    Ok(())
}

/// Opens `path` read-only and checks it: SQLite, a nestegg ledger no newer
/// than this program, with exactly the schema nestegg's migrations make for
/// its version ([`check_rows`] then checks its rows, on a copy).
fn check_backup(path: &Path) -> Result<Connection> {
    let not = || StoreError::Invalid(text::errors::not_a_backup(path.display()));
    if !path.is_file() {
        return Err(StoreError::Invalid(text::errors::backup_missing(path.display())));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|_| not())?;
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
    let damaged = |e: StoreError| match e {
        StoreError::Sqlite(e) => StoreError::Invalid(text::errors::backup_damaged(path.display(), &e.to_string())),
        other => other,
    };
    let differences = super::schema::differences(&conn, version).map_err(damaged)?;
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
