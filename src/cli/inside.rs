//! The interface's command line (`:`): one line, split into words as a
//! shell would, parsed by the CLI's own parser and run by its own handlers
//! against the interface's ledger, so both accept and refuse the same input
//! with the same words. The output is captured, never printed.

use std::path::Path;

use chrono::NaiveDateTime;
use clap::Parser;

use super::args::{Cli, Command};
use crate::text;

/// What a line did: its output (or error) as text, and whether the settings
/// file was changed (the interface then reads it again).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ran {
    pub ok: bool,
    pub output: String,
    pub settings_changed: bool,
}

/// Runs `line` (`budget set food 1200`; a leading `nestegg` is allowed) on
/// the ledger at `path`, as of `now`.
pub fn run_line(line: &str, path: &Path, now: NaiveDateTime) -> Ran {
    match shlex::split(line) {
        Some(words) => run_words(words, path, now),
        None => Ran { ok: false, output: text::cli::inside_quotes().into(), settings_changed: false },
    }
}

/// Runs a command given as its words (a form's: each value one word,
/// whatever spaces or quotes it holds), as [`run_line`] does.
pub fn run_words(mut words: Vec<String>, path: &Path, now: NaiveDateTime) -> Ran {
    let failed = |output: String| Ran { ok: false, output, settings_changed: false };
    if words.first().is_some_and(|w| w == "nestegg") {
        words.remove(0);
    }
    if words.is_empty() {
        return failed(text::cli::inside_empty().into());
    }
    if words.iter().any(|w| w == "--db" || w.starts_with("--db=")) {
        return failed(text::cli::inside_db().into());
    }
    let args = match super::help::try_parse(std::iter::once("nestegg".to_owned()).chain(words), text::lang()) {
        Ok(args) => args,
        // `--help` and `help` are output, not failures.
        Err(e) => {
            use clap::error::ErrorKind::{DisplayHelp, DisplayHelpOnMissingArgumentOrSubcommand, DisplayVersion};
            let ok = matches!(e.kind(), DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand);
            return Ran { ok, output: e.render().to_string(), settings_changed: false };
        }
    };
    // The environment is the program's own; the settings file is read afresh.
    let (lc_all, lang) = (std::env::var("LC_ALL").ok(), std::env::var("LANG").ok());
    let start = super::start(&args, (lc_all.as_deref(), lang.as_deref()));
    // Tables in the status line or the output panel, never terminal colours.
    super::set_colour(None);
    let mut out = Vec::new();
    let mut settings_changed = false;
    let result = match &args.command {
        None => return failed(text::cli::inside_empty().into()),
        Some(Command::Restore(_)) => return failed(text::cli::inside_restore().into()),
        Some(Command::Config(a)) => {
            settings_changed = true;
            super::config(a, &start, &mut out)
        }
        Some(Command::Completions { shell }) => super::completions(*shell, &mut out),
        Some(Command::Mortgage(a)) => super::mortgage(a, now.date(), &mut out),
        Some(Command::Salary(a)) => super::salary(a, &start.settings.pay, now.date(), &mut out),
        Some(command) => crate::store::Store::open(path).map_err(super::CliError::Store).and_then(|mut store| {
            store.set_cycle(start.cycle());
            super::dispatch(&start, command, &mut store, now, &mut out)
        }),
    };
    let output = String::from_utf8_lossy(&out).trim_end().to_owned();
    match result {
        Ok(()) => Ran { ok: true, output, settings_changed },
        Err(e) => {
            let error = text::safe::escaped_lines(&e.to_string()).into_owned();
            let output = if output.is_empty() { error } else { format!("{output}\n{error}") };
            Ran { ok: false, output, settings_changed }
        }
    }
}

/// Every setting with its value and source, as `config show` reads them
/// (the settings file afresh, the language as the program started).
pub fn settings_rows() -> Vec<super::SettingRow> {
    let (lc_all, lang) = (std::env::var("LC_ALL").ok(), std::env::var("LANG").ok());
    let args = Cli::try_parse_from(["nestegg"]).expect("no arguments always parse");
    let start = super::start(&args, (lc_all.as_deref(), lang.as_deref()));
    let path = crate::config::settings_path().unwrap_or_default();
    super::settings::rows(&path, &start)
}
