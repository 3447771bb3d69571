//! The scripting CLI: clap definitions and one handler per command
//! (parse -> store/core -> print). Only this module and `main.rs` print.

mod args;
mod budget;
mod catalog;
mod check;
mod claims;
pub mod credit;
mod entries;
mod export;
mod flows;
pub mod help;
pub(crate) mod import;
pub mod inside;
mod mortgage;
mod names;
mod output;
mod owed;
mod plan;
mod ranges;
mod recurring;
mod relocate;
mod reports;
mod safe;
mod salary;
mod settings;
mod tags;
mod weekly;
mod worth;

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use thiserror::Error;

pub use args::{Cli, Command};
pub use mortgage::mortgage;
pub use output::set_colour;
pub use salary::salary;
pub use settings::{LangSource, SettingRow, SettingsFile, Start, completions, config, start, start_with};

use crate::money::MoneyError;
use crate::ops::owed::Move;
use crate::store::{Store, StoreError};
use crate::text;

/// A command's failure, with the exit code it earns: 2 when the user's input
/// was wrong (fix the command and retry), 1 when something else failed.
#[derive(Debug, Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Store(StoreError),
    #[error("{}", text::cli::cannot_write_output(.0))]
    Output(String),
    /// `check` found the ledger inconsistent.
    #[error("{0}")]
    Inconsistent(String),
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Store(
                StoreError::NotFound { .. }
                | StoreError::Duplicate { .. }
                | StoreError::Invalid(_)
                | StoreError::Amount(_),
            ) => 2,
            CliError::Store(_) | CliError::Output(_) | CliError::Inconsistent(_) => 1,
        }
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        CliError::Store(e)
    }
}

impl From<crate::ops::OpError> for CliError {
    fn from(e: crate::ops::OpError) -> Self {
        use crate::ops::OpError;
        match e {
            OpError::Store(e) => CliError::Store(e),
            OpError::Money(e) => e.into(),
            OpError::Report(e) => CliError::Usage(e.to_string()),
            OpError::Invalid(m) => CliError::Usage(m),
            refused @ (OpError::Name(_)
            | OpError::Entry(_)
            | OpError::TooLong(_)
            | OpError::Tags(_)
            | OpError::Worth(_)
            | OpError::Owed(_)
            | OpError::Claim(_)
            | OpError::Credit(_)) => CliError::Usage(refused.to_string()),
        }
    }
}

impl From<MoneyError> for CliError {
    fn from(e: MoneyError) -> Self {
        CliError::Usage(e.to_string())
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Output(e.to_string())
    }
}

impl From<csv::Error> for CliError {
    fn from(e: csv::Error) -> Self {
        CliError::Output(e.to_string())
    }
}

impl From<serde_json::Error> for CliError {
    fn from(e: serde_json::Error) -> Self {
        CliError::Output(e.to_string())
    }
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;

/// Where the ledger lives: `--db`, else `NESTEGG_DB` (both handled by clap),
/// else the platform data directory (`~/.local/share/nestegg/ledger.db` on Linux).
pub fn ledger_path(cli: &Cli) -> Result<PathBuf> {
    if let Some(p) = &cli.db {
        // An explicit path is taken as typed: a typo must not quietly start a new ledger elsewhere.
        if p.is_dir() {
            return Err(CliError::Usage(text::cli::db_is_folder(p.display(), p.join("ledger.db").display())));
        }
        if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
            return Err(CliError::Usage(text::cli::db_folder_missing(dir.display())));
        }
        return Ok(p.clone());
    }
    directories::ProjectDirs::from("", "", "nestegg")
        .map(|d| d.data_dir().join("ledger.db"))
        .ok_or_else(|| CliError::Usage(text::cli::no_home_dir().into()))
}

/// Where a crash report of the interface goes: `crash-reports/` beside the
/// ledger (its folder is the user's, and private when nestegg made it),
/// named by the time, with the process id so two never collide.
pub fn crash_report_path(ledger: &Path, now: NaiveDateTime) -> PathBuf {
    let dir = ledger.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    dir.join("crash-reports").join(format!("crash-{}-{}.txt", now.format("%Y-%m-%d-%H%M%S"), std::process::id()))
}

/// `relocate cities [QUERY]`: the reference cities; it neither opens nor
/// creates a ledger.
pub fn relocate_cities(a: &args::RelocateArgs, today: chrono::NaiveDate, out: &mut dyn Write) -> Result<()> {
    match &a.command {
        Some(args::RelocateCommand::Cities { query, format }) => {
            relocate::cities(query.as_deref(), *format, today, out)
        }
        _ => Ok(()),
    }
}

/// Runs one subcommand against the ledger at `path`, printing to `out`.
/// `now` is the one clock reading, taken by the caller.
pub fn run(command: &Command, path: &Path, now: NaiveDateTime, out: &mut dyn Write) -> Result<()> {
    run_with(&Start::default(), command, path, now, out)
}

/// [`run`] with the settings and language a run started from.
pub fn run_with(start: &Start, command: &Command, path: &Path, now: NaiveDateTime, out: &mut dyn Write) -> Result<()> {
    // A calculator: it neither opens nor creates a ledger.
    if let Command::Mortgage(a) = command {
        return mortgage::mortgage(a, now.date(), out);
    }
    if let Command::Salary(a) = command {
        return salary::salary(a, &start.settings.pay, now.date(), out);
    }
    // The reference cities are a listing of files: no ledger either.
    if let Command::Relocate(a) = command {
        if a.is_cities() {
            return relocate_cities(a, now.date(), out);
        }
    }
    let today = now.date();
    let mut store = match (open_ledger(path), command) {
        (Err(StoreError::NotALedger { .. }), Command::Restore(a)) => {
            return export::restore_over_unreadable(path, a, now, out);
        }
        (store, _) => store?,
    };
    store.set_cycle(start.cycle());
    if store.created() {
        eprintln!("{}", text::cli::started_ledger(path.display()));
    }
    // Due recurring instances are posted at every start, except by the
    // commands that look at or step through history themselves.
    let posts = !matches!(
        command,
        Command::Undo
            | Command::Redo
            | Command::Check { .. }
            | Command::Recurring(args::RecurringArgs { command: Some(args::RecurringCommand::Post { .. }) })
    );
    if posts {
        recurring::post_at_start(&mut store, today);
    }
    dispatch(start, command, &mut store, now, out)
}

/// From this size on, the one rebuild of an older ledger (migration 17) is
/// said on stderr: a few seconds at 100 MB.
const SAY_REBUILD_BYTES: u64 = 16 << 20;

/// Opens the ledger at `path`; a large ledger's one rebuild on its way up
/// to this version is said on stderr, before and after (the interface
/// opens its ledger before it draws, so the lines show there too).
pub fn open_ledger(path: &Path) -> std::result::Result<Store, StoreError> {
    let mut said = false;
    Store::open_reporting(path, &mut |u| match u {
        crate::store::Upgrade::Rebuilding { bytes } if bytes >= SAY_REBUILD_BYTES => {
            said = true;
            eprintln!("{}", text::cli::file_rebuilding(bytes as f64 / 1e6));
        }
        crate::store::Upgrade::Rebuilt { bytes, secs } if said => {
            eprintln!("{}", text::cli::file_rebuilt(bytes as f64 / 1e6, secs));
        }
        _ => {}
    })
}

/// Runs one subcommand on an open ledger (no posting at start, nothing on
/// stderr): the body of [`run_with`], and of the interface's `:` line.
fn dispatch(
    start: &Start,
    command: &Command,
    store: &mut Store,
    now: NaiveDateTime,
    out: &mut dyn Write,
) -> Result<()> {
    let settings = &start.settings;
    let today = now.date();
    // What the use cases read of the settings: the reporting currency and the baseline.
    let ctx = crate::ops::Ctx {
        currency: settings.currency,
        baseline_months: settings.baseline_months as usize,
        ..crate::ops::Ctx::of(store, today)
    };
    match command {
        Command::Add(a) => entries::add(store, a, today, settings.account.as_deref(), out),
        Command::Transfer(a) => entries::transfer(store, a, today, out),
        Command::Lend(a) => {
            owed::settle(store, Move::Lend, &a.person, &a.money, today, settings.account.as_deref(), out)
        }
        Command::Repay(a) => {
            owed::settle(store, Move::Repay, &a.person, &a.money, today, settings.account.as_deref(), out)
        }
        Command::Borrow(a) => {
            owed::settle(store, Move::Borrow, &a.person, &a.money, today, settings.account.as_deref(), out)
        }
        Command::Collect(a) => {
            owed::settle(store, Move::Collect, &a.person, &a.money, today, settings.account.as_deref(), out)
        }
        Command::Forgive(a) => owed::forgive(store, a, today, out),
        Command::Owed(a) => owed::owed(store, a, today, out),
        Command::Reimburse(a) => claims::reimburse(store, a, out),
        Command::Reimbursed(a) => claims::reimbursed(store, a, today, out),
        Command::Claims(a) => claims::claims(store, a, today, out),
        Command::Instalments(a) => credit::instalments(store, a, today, out),
        Command::Ls(a) => entries::ls(store, a, out),
        Command::Edit(a) => entries::edit(store, a, today, out),
        Command::Rm(a) => entries::rm(store, a, out),
        Command::Accounts(a) => catalog::accounts(store, a, settings.currency, now.date(), out),
        Command::Categories(a) => catalog::categories(store, a, out),
        Command::Value(a) => worth::value(store, a, today, out),
        Command::Reconcile(a) => worth::reconcile(store, a, today, out),
        Command::Networth(a) => worth::networth(store, a, &ctx, out),
        Command::Report(a) => reports::report(store, a, settings, today, out),
        Command::Demo(a) => entries::demo(store, a, today, out),
        Command::Export(a) => export::export(store, a, today, out),
        Command::Import(a) => import::import(store, a, out),
        Command::Backup(a) => export::backup(store, a, now, out),
        Command::Restore(a) => export::restore(store, a, now, out),
        Command::Project(a) => plan::project(store, a, &ctx, out),
        Command::Goals(a) => plan::goals(store, a, &ctx, out),
        Command::Relocate(a) => relocate::relocate(store, a, &ctx, settings, out),
        Command::Recurring(a) => recurring::recurring(store, a, today, out),
        Command::Budget(a) => budget::budget(store, a, &ctx, out),
        Command::Check { repair } => check::check(store, *repair, now, out),
        // They need no ledger: `main` runs them before one is opened (and
        // `mortgage` above, for callers of this function).
        Command::Salary(a) => salary::salary(a, &settings.pay, today, out),
        Command::Config(_) | Command::Completions { .. } | Command::Mortgage(_) => Ok(()),
        Command::Undo => entries::undo(store, true, out),
        Command::Redo => entries::undo(store, false, out),
    }
}
