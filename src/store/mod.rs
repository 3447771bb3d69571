//! The ledger file: the ONLY code that speaks SQL. Opens the file safely
//! (permissions, pragmas, migrations), and reads and writes model types.
//!
//! Every write goes through [`Store::write`], one `BEGIN IMMEDIATE`
//! transaction per user action, so a failed action leaves the ledger as it was
//! and two writers wait for each other instead of deadlocking.

mod accounts;
mod aggregates;
mod backup;
mod budgets;
mod categories;
mod claims;
mod credit;
mod demo;
mod filter;
mod goals;
mod history;
mod imports;
mod migrations;
mod recurring;
mod scenarios;
mod schema;
mod totals;
mod txns;
mod weeks;
mod worth;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use thiserror::Error;

use crate::text;

pub use accounts::Opening;
pub use aggregates::{MONTH_CATEGORY_SUMS_SQL, PlanInputs};
pub use claims::{ClaimLine, ClaimRow};
pub use credit::{CreditTerms, InstalmentRow};
pub use demo::PROGRESS_EVERY as DEMO_PROGRESS_EVERY;
pub use goals::GoalPatch;
pub use history::Undone;
pub use imports::{Before, Writing};
pub use migrations::{SCHEMA_VERSION, Upgrade};
pub use schema::{BrokenLink, SchemaDifference, repairable};
pub use totals::{Difference, Figure};
pub use txns::Key;
pub use worth::{LoanTerms, Mark, MarkKind};

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}", text::errors::store_io(.path.display(), .source))]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}", text::errors::not_a_ledger(.path.display()))]
    NotALedger { path: PathBuf },
    #[error("{}", text::errors::newer_schema(*.found, *.known))]
    NewerSchema { found: i64, known: i64 },
    #[error("{}", text::errors::not_found(text::errors::record(.what), *.id))]
    NotFound { what: &'static str, id: i64 },
    #[error("{}", text::errors::duplicate(text::errors::record(.what), .name))]
    Duplicate { what: &'static str, name: String },
    /// The row a screen showed is no longer as it was shown (changed, or
    /// deleted when `gone`): another nestegg wrote meanwhile. Nothing was written.
    #[error("{}", text::errors::meanwhile(text::errors::record(.what), *.id, *.gone))]
    Changed { what: &'static str, id: i64, gone: bool },
    #[error("{0}")]
    Invalid(String),
    #[error("{}", text::errors::busy())]
    Busy,
    /// An amount over [`crate::money::MAX_AMOUNT`]: refused on every path
    /// a row is written by.
    #[error(transparent)]
    Amount(crate::money::MoneyError),
    /// SQLite's integer overflow in a sum (a kept total): only rows over
    /// the limit, written before it existed, can bring one about.
    #[error("{}", text::errors::sum_overflow())]
    Overflow,
    #[error("{}", text::errors::read_only_file(.path.display()))]
    ReadOnlyFile { path: PathBuf },
    #[error("{}", text::errors::read_only())]
    ReadOnly,
    #[error("{}", text::errors::disk_full())]
    DiskFull,
    /// SQLite's I/O error, with what the system said behind it (the
    /// `errno`, when SQLite kept one), worded after its real kind.
    #[error("{}", io_failed(.error, *.reading, *.os))]
    IoFailed { error: String, reading: bool, os: Option<i32> },
    #[error("{}", text::errors::ledger_error(.0))]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as Code;
        match e.sqlite_error_code() {
            Some(Code::DatabaseBusy | Code::DatabaseLocked) => StoreError::Busy,
            Some(Code::ReadOnly) => StoreError::ReadOnly,
            Some(Code::DiskFull) => StoreError::DiskFull,
            // A sum past i64 inside SQLite: `integer overflow` from sum(), or
            // a trigger's `total + x` turned REAL and refused by a STRICT column.
            _ if is_overflow(&e) => StoreError::Overflow,
            Some(Code::SystemIoFailure) => {
                use rusqlite::ffi::{SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ};
                let extended = e.sqlite_error().map(|f| f.extended_code);
                let reading = matches!(extended, Some(SQLITE_IOERR_READ | SQLITE_IOERR_SHORT_READ));
                StoreError::IoFailed { error: e.to_string(), reading, os: None }
            }
            _ => StoreError::Sqlite(e),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Whether SQLite refused a sum that passed what an integer holds.
fn is_overflow(e: &rusqlite::Error) -> bool {
    let text = e.to_string();
    text.contains("integer overflow") || text.contains("cannot store REAL value in INTEGER column")
}

/// An I/O failure as the user reads it: SQLite's words, then the system's
/// reason in plain terms. Only a full disk says the disk is full: a
/// file-size limit, a denied permission or a failing disk each say so.
fn io_failed(error: &str, reading: bool, os: Option<i32>) -> String {
    use std::io::ErrorKind as Kind;
    let cause = match os.filter(|&code| code != 0).map(std::io::Error::from_raw_os_error) {
        None => text::errors::io_cause_unknown().to_owned(),
        Some(e) => match e.kind() {
            Kind::FileTooLarge => text::errors::io_cause_too_large().to_owned(),
            Kind::StorageFull => text::errors::io_cause_no_space().to_owned(),
            Kind::PermissionDenied => text::errors::io_cause_denied().to_owned(),
            Kind::ReadOnlyFilesystem => text::errors::io_cause_read_only().to_owned(),
            // EIO: the device itself reported the failure.
            _ if e.raw_os_error() == Some(5) => text::errors::io_cause_device(&e),
            _ => text::errors::io_cause_os(&e),
        },
    };
    if reading { text::errors::read_failed(error, &cause) } else { text::errors::write_failed(error, &cause) }
}

/// Test-only: with `NESTEGG_TEST_DISK_PAGES=N`, the ledger may grow by at
/// most N pages in this process (SQLite's `max_page_count`), as if the disk
/// filled up then; the fault tests use it to make a write fail midway.
pub const TEST_DISK_PAGES: &str = "NESTEGG_TEST_DISK_PAGES";

/// The fewest free pages (4 KiB each) worth giving back after a write.
const GIVE_BACK_PAGES: i64 = 256;

/// An open ledger.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// This open made the file: there was no ledger at the path before.
    created: bool,
    /// SQLite's `data_version` when last asked: it moves when another
    /// connection (a second nestegg) commits.
    seen_version: Option<i64>,
    /// The day months start on (the user's setting); summaries follow it.
    cycle: crate::model::Cycle,
}

/// A write in progress: every method runs inside the one transaction that
/// [`Store::write`] opened, and nothing is kept unless the whole closure succeeds.
pub struct Tx<'a> {
    tx: Transaction<'a>,
    /// Changes to transaction rows, for the undo history.
    journal: std::cell::RefCell<Vec<history::Change>>,
    /// While a bulk insert runs without the totals' triggers: the totals of
    /// the rows it added, kept in memory and written once at its end.
    bulk: std::cell::RefCell<Option<totals::Bulk>>,
}

impl Tx<'_> {
    fn conn(&self) -> &Connection {
        &self.tx
    }
}

impl Store {
    /// Opens the ledger at `path`, creating it (and its folder) if missing:
    /// the folder 0700 and the file 0600 whatever the umask, then WAL with
    /// `synchronous=FULL`, foreign keys on, a busy timeout, and migrations.
    /// A new ledger gets the default accounts and categories.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_reporting(path, &mut |_| ())
    }

    /// [`Store::open`], telling `notice` when the file is rebuilt once on
    /// the way up to this version (a large ledger takes seconds: the face says so).
    pub fn open_reporting(path: &Path, notice: &mut dyn FnMut(Upgrade)) -> Result<Store> {
        let created = prepare_file(path)?;
        refuse_read_only(path)?;
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .map_err(|_| StoreError::NotALedger { path: path.to_owned() })?;
        let mut store = Store {
            conn,
            path: Some(path.to_owned()),
            created,
            seen_version: None,
            cycle: crate::model::Cycle::default(),
        };
        store.configure(notice).map_err(|e| match e {
            StoreError::Sqlite(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
                ) =>
            {
                StoreError::NotALedger { path: path.to_owned() }
            }
            StoreError::ReadOnly => StoreError::ReadOnlyFile { path: path.to_owned() },
            other => other,
        })?;
        if let Some(extra) = std::env::var(TEST_DISK_PAGES).ok().and_then(|v| v.parse::<i64>().ok()) {
            let pages: i64 = store.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
            store.conn.pragma_update(None, "max_page_count", pages + extra)?;
        }
        Ok(store)
    }

    /// A ledger that lives in memory only, for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            path: None,
            created: true,
            seen_version: None,
            cycle: crate::model::Cycle::default(),
        };
        store.configure(&mut |_| ())?;
        Ok(store)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether another connection (a second nestegg, the command line) has
    /// committed a change since the last time this was asked. The first call
    /// only takes note; this handle's own writes never count.
    pub fn changed_elsewhere(&mut self) -> Result<bool> {
        let now: i64 = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let changed = self.seen_version.is_some_and(|seen| seen != now);
        self.seen_version = Some(now);
        Ok(changed)
    }

    /// Whether this open started a new ledger (there was no file, or an empty one).
    pub fn created(&self) -> bool {
        self.created
    }

    fn configure(&mut self, notice: &mut dyn FnMut(Upgrade)) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(5))?;
        // Refuse a newer ledger before anything (even the journal mode) changes it.
        let found: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema { found, known: SCHEMA_VERSION });
        }
        // A new file gives free pages back from its first table on (migration
        // 17): set before WAL, whose header write would fix the setting.
        if found == 0 {
            migrations::incremental_if_new(&self.conn)?;
        }
        // WAL + FULL: a commit is on disk when it returns, and readers never
        // block the writer. A killed process loses no commit in any mode (its
        // writes are in the OS already); FULL also syncs the WAL at every
        // commit, so a power cut cannot take back a change nestegg reported,
        // as NORMAL could (it syncs only at checkpoints). tests/store/crash.rs.
        let mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if mode != "wal" && mode != "memory" {
            return Err(StoreError::Invalid(text::errors::wal_refused(&mode)));
        }
        self.conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;")?;
        migrations::migrate_reporting(&mut self.conn, notice)
    }

    /// Runs `f` inside one `BEGIN IMMEDIATE` transaction: all of it is
    /// committed, or (on any error) none of it.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let result = (|| {
            let tx = Tx {
                tx: self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?,
                journal: Default::default(),
                bulk: Default::default(),
            };
            let value = f(&tx)?;
            tx.tx.commit()?;
            Ok(value)
        })();
        if result.is_ok() {
            self.give_back();
        }
        result.map_err(|e| self.with_os_error(e))
    }

    /// After a write that left many pages free (a bulk undo or redo, the
    /// demo, many rows removed), hands them back to the file system
    /// (`auto_vacuum = INCREMENTAL`, migration 17): at least a quarter of
    /// the file and [`GIVE_BACK_PAGES`] pages, so small writes never pay
    /// for it. Its own transaction after the write's: the write is kept
    /// whatever happens here, and a failure only leaves the pages for the
    /// next time. When half the file or more is free (an undone import of
    /// a million rows forgotten: 350 MB), the file is written again with
    /// what it keeps (`VACUUM`), which costs what is kept; SQLite's
    /// incremental vacuum takes each free page off its list one at a time,
    /// seconds for that much.
    fn give_back(&self) {
        let count = |pragma: &str| self.conn.query_row(pragma, [], |r| r.get::<_, i64>(0)).unwrap_or(0);
        let (free, pages) = (count("PRAGMA freelist_count"), count("PRAGMA page_count"));
        if free >= GIVE_BACK_PAGES && free * 2 >= pages && self.conn.execute_batch("VACUUM").is_ok() {
            return;
        }
        if free >= GIVE_BACK_PAGES && free * 4 >= pages {
            // One row a page freed: stepped to the end.
            let _ = self.conn.prepare("PRAGMA incremental_vacuum").and_then(|mut stmt| {
                let mut rows = stmt.query([])?;
                while rows.next()?.is_some() {}
                Ok(())
            });
        }
    }

    /// An I/O error with the system's reason that SQLite kept for it.
    fn with_os_error(&self, e: StoreError) -> StoreError {
        match e {
            StoreError::IoFailed { error, reading, os: None } => {
                // SAFETY: the handle is this open connection's, valid for as
                // long as `self.conn` lives; the call only reads a field of it.
                let os = unsafe { rusqlite::ffi::sqlite3_system_errno(self.conn.handle()) };
                StoreError::IoFailed { error, reading, os: Some(os) }
            }
            other => other,
        }
    }

    /// Runs a bulk write (an import, the demo) with a page cache large enough
    /// for the indexes of a million rows (64 MiB instead of SQLite's 2 MiB),
    /// so inserts do not re-read index pages from the OS; the cache goes back
    /// to its usual size afterwards, whatever happened.
    pub fn bulk<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.conn.execute_batch("PRAGMA cache_size = -65536")?;
        let value = f(self);
        self.conn.execute_batch("PRAGMA cache_size = -2000; PRAGMA shrink_memory")?;
        value
    }

    /// From now on, keeps the text of every statement this handle runs (with
    /// its parameters filled in), for tests that check every query's plan.
    #[doc(hidden)]
    pub fn record_statements(&mut self) -> Result<std::sync::Arc<std::sync::Mutex<Vec<String>>>> {
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let keep = std::sync::Arc::clone(&seen);
        self.conn.trace_v2(
            rusqlite::trace::TraceEventCodes::SQLITE_TRACE_STMT,
            Some(move |event: rusqlite::trace::TraceEvent<'_>| {
                if let rusqlite::trace::TraceEvent::Stmt(stmt, sql) = event {
                    // Statements inside triggers come as `-- TRIGGER name` comments.
                    let text =
                        if sql.starts_with("--") { sql.to_owned() } else { stmt.expanded_sql().unwrap_or_default() };
                    keep.lock().expect("statement log").push(text);
                }
            }),
        )?;
        Ok(seen)
    }

    /// Raw access for tests of the schema itself (EXPLAIN QUERY PLAN, pragmas).
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// A ledger file nestegg cannot write is refused up front with its path,
/// rather than failing at the first write with SQLite's "attempt to write a
/// readonly database" (a read-only folder is caught when SQLite opens it).
fn refuse_read_only(path: &Path) -> Result<()> {
    match fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied || e.raw_os_error() == Some(30) => {
            Err(StoreError::ReadOnlyFile { path: path.to_owned() })
        }
        Err(source) => Err(StoreError::Io { path: path.to_owned(), source }),
    }
}

/// Creates the folder (0700) and an empty file (0600) before SQLite sees
/// them, so SQLite's `-wal` and `-shm` files inherit the private mode; an
/// empty file already there (made by `touch`) is made private too, since it
/// is about to become a ledger. Returns whether the ledger is new.
fn prepare_file(path: &Path) -> Result<bool> {
    let io = |source| StoreError::Io { path: path.to_owned(), source };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        crate::files::create_private_dir(dir).map_err(|source| StoreError::Io { path: dir.to_owned(), source })?;
    }
    match fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            crate::files::create_private(path, false).map_err(io)?;
            Ok(true)
        }
        Ok(m) if m.len() == 0 && m.is_file() => {
            // A symbolic link to the ledger is followed (README): the file it names is made private.
            crate::files::make_private(&crate::files::resolve_links(path).map_err(io)?).map_err(io)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Maps a UNIQUE violation to a friendly duplicate-name error.
/// A name that is another row's shipped name in the reader's other
/// language (支付宝 beside the stored "Alipay") would show twice in both:
/// refused as a duplicate, like the same name twice.
fn translated_twin(conn: &Connection, named: Named, name: &str, id: Option<i64>) -> Result<()> {
    let Some(stored) = text::names::stored(name) else { return Ok(()) };
    let sql = format!("SELECT count(*) FROM {} WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2", named.table());
    let n: i64 = conn.query_row(&sql, rusqlite::params![stored, id], |r| r.get(0))?;
    if n > 0 {
        return Err(StoreError::Duplicate { what: named.what(), name: name.trim().to_owned() });
    }
    Ok(())
}

fn unique_violation(e: rusqlite::Error, what: &'static str, name: &str) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) if e.to_string().contains("UNIQUE") => {
            StoreError::Duplicate { what, name: name.to_owned() }
        }
        _ => e.into(),
    }
}

/// Reads a currency code column.
/// A table's, index's or trigger's name as SQL writes it: in double quotes,
/// any quote in it doubled.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn currency_at(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<crate::money::Currency> {
    let code: String = row.get(idx)?;
    crate::money::Currency::from_code(&code)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

/// Reads an enum stored as its lowercase name.
fn parsed_at<T: std::str::FromStr<Err = String>>(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    text.parse()
        .map_err(|e: String| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into()))
}

/// The tables whose rows have a user-facing name.
#[derive(Clone, Copy)]
enum Named {
    Account,
    Category,
}

impl Named {
    fn table(self) -> &'static str {
        match self {
            Named::Account => "accounts",
            Named::Category => "categories",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Named::Account => "account",
            Named::Category => "category",
        }
    }
}

fn rename(conn: &Connection, named: Named, id: i64, name: &str) -> Result<()> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::Invalid(text::errors::new_name_empty(text::errors::record(named.what()))));
    }
    translated_twin(conn, named, name, Some(id))?;
    let sql = format!("UPDATE {} SET name = ?1 WHERE id = ?2", named.table());
    let changed =
        conn.execute(&sql, rusqlite::params![name, id]).map_err(|e| unique_violation(e, named.what(), name))?;
    if changed == 0 {
        return Err(StoreError::NotFound { what: named.what(), id });
    }
    Ok(())
}

fn set_archived(conn: &Connection, named: Named, id: i64, archived: bool) -> Result<()> {
    let sql = format!("UPDATE {} SET archived = ?1 WHERE id = ?2", named.table());
    if conn.execute(&sql, rusqlite::params![archived, id])? == 0 {
        return Err(StoreError::NotFound { what: named.what(), id });
    }
    Ok(())
}
