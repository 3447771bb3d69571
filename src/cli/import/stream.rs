//! `import` of a nestegg CSV, streamed (issue 28): the same summary, lists
//! and refusals as a whole file's, from counts and the first rows; progress
//! on stderr when it is a terminal.

use std::io::{BufRead, IsTerminal, Write};

use super::super::names::{self, Scope};
use super::super::{CliError, Result};
use super::{added_line, dry_run_done, invalid_rows, left_out, preview_rows};
use crate::cli::args::ImportArgs;
use crate::import::{presets, table};
use crate::ops::import::ImportOptions;
use crate::ops::import::stream::{self, CHUNK_ROWS, Mode};
use crate::text::{self, files as words};

/// Whether the file starts with a nestegg CSV's header (the first line,
/// within its first 4 KB), left unread for the import.
pub(super) fn is_nestegg(input: &mut impl BufRead) -> bool {
    let Ok(head) = input.fill_buf() else { return false };
    let line = match head.iter().position(|&b| b == b'\n') {
        Some(end) => &head[..end],
        None if head.len() < 4096 => head,
        None => return false,
    };
    let line = &line[..line.len().min(4096)];
    let (text, _) = table::decode(line);
    table::rows(&text).is_ok_and(|rows| rows.first().is_some_and(|r| presets::is_nestegg_header(&r.cells)))
}

/// Imports the nestegg CSV `input` of `size` bytes; `false` when it is not
/// in date order and nothing was done (the caller reads it whole).
pub(super) fn import(
    store: &mut crate::store::Store,
    a: &ImportArgs,
    input: impl BufRead,
    size: u64,
    out: &mut dyn Write,
) -> Result<bool> {
    let account = a.account.as_deref().map(|name| names::account(store, name, Scope::Active)).transpose()?;
    let rules = crate::config::load_rules().map_err(CliError::Usage)?;
    let options = ImportOptions {
        preset: None,
        mapping: None,
        account: account.map(|acc| acc.id),
        rules: &rules,
        account_map: None,
        keep_apart: &a.keep_apart,
    };
    let file = a.file.display().to_string();
    let name = a.file.file_name().map_or(file.clone(), |n| n.to_string_lossy().into_owned());
    let mode = if a.dry_run { Mode::DryRun } else { Mode::Write { skip_invalid: a.skip_invalid } };
    // Progress only on a terminal: scripts and tests read the same as ever.
    let terminal = std::io::stderr().is_terminal();
    let total = text::files::size(size);
    let progress = |rows: usize, read: u64| {
        if terminal {
            eprint!("\r{}\x1b[K", text::import::progress(rows, &text::files::size(read), &total));
        }
    };
    let streamed = stream::stream(store, input, &options, &name, mode, CHUNK_ROWS, progress);
    if terminal {
        eprint!("\r\x1b[K");
    }
    let Some(s) = streamed? else { return Ok(false) };
    let summary = words::import_summary(
        &file,
        crate::import::Preset::Nestegg.name(),
        s.encoding,
        s.new,
        s.duplicates,
        s.invalid_count,
        s.skipped_count,
    );
    if s.invalid_count > 0 && !a.skip_invalid {
        return Err(invalid_rows(&summary, &s.invalid, s.invalid_count)?);
    }
    writeln!(out, "{summary}")?;
    if a.dry_run {
        preview_rows(&s.first, &[], out)?;
        if s.rows > s.first.len() {
            writeln!(out, "  {}", text::cli::and_more(s.rows - s.first.len()))?;
        }
    }
    left_out(out, a, (&s.skipped, s.skipped_count), (&s.invalid, s.invalid_count))?;
    if a.dry_run {
        dry_run_done(out, a)?;
        return Ok(true);
    }
    if let Some(name) = &a.save_map {
        writeln!(out, "{}", words::no_map_to_save(name))?;
    }
    added_line(out, s.added)?;
    Ok(true)
}
