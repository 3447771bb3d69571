//! Handler for `import`: read the bill, plan every row against the ledger,
//! show what would happen, and write the new rows as one undoable step.

use std::io::Write;

use super::args::ImportArgs;
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::import::plan::{Plan, Planned, Status};
use crate::import::{self as imp, Mapping, Preset};
use crate::money::Currency;
use crate::ops::{self, import::ImportOpError, import::ImportOptions};
use crate::store::Store;
use crate::text::safe::escaped;
use crate::text::{self, files as words, names::shown};

/// The conductor's refusals: a file that is not the bill it should be, or
/// a missing account, is a usage error; the ledger's own errors stay as they are.
impl From<ImportOpError> for CliError {
    fn from(e: ImportOpError) -> Self {
        match e {
            ImportOpError::Store(e) => CliError::Store(e),
            other => CliError::Usage(other.to_string()),
        }
    }
}

/// At most this many problems are listed one by one.
const LISTED: usize = 30;

/// The preset and mapping the flags ask for.
fn preset(store: &Store, a: &ImportArgs) -> Result<(Option<Preset>, Option<Mapping>)> {
    let mut mapping =
        a.map.as_deref().map(Mapping::parse).transpose().map_err(|e| CliError::Usage(format!("--map: {e}")))?;
    let preset = match Preset::named(&a.preset) {
        _ if a.preset.trim().eq_ignore_ascii_case("auto") => None,
        Some(p) => Some(p),
        None => match store.mapping(&a.preset)? {
            Some(saved) => {
                mapping = mapping.or(Some(saved));
                Some(Preset::Generic)
            }
            None => {
                let saved = store.mapping_names()?;
                let known =
                    if saved.is_empty() { String::new() } else { words::or_saved(&saved.join(text::cli::list_sep())) };
                return Err(CliError::Usage(words::not_a_preset(&a.preset, &known)));
            }
        },
    };
    if let (Some(m), Some(f)) = (mapping.as_mut(), &a.date_format) {
        m.date_format = Some(f.clone());
    }
    if let (Some(m), Some(acc)) = (mapping.as_mut(), &a.account) {
        m.account = Some(acc.clone());
    }
    if a.date_format.is_some() && mapping.is_none() {
        return Err(CliError::Usage(words::date_format_needs_map().into()));
    }
    Ok((preset, mapping))
}

/// Lists problems, at most [`LISTED`] of them.
fn list(out: &mut dyn Write, what: &str, problems: &[imp::Problem]) -> Result<()> {
    list_of(out, what, problems, problems.len())
}

/// Lists the first of `total` problems, at most [`LISTED`] of them.
fn list_of(out: &mut dyn Write, what: &str, problems: &[imp::Problem], total: usize) -> Result<()> {
    for p in problems.iter().take(LISTED) {
        writeln!(out, "{}", words::problem_line(p.line, what, &escaped(&p.reason)))?;
    }
    if total > LISTED {
        writeln!(out, "  {}", text::cli::and_more(total - LISTED))?;
    }
    Ok(())
}

/// The refusal of a file with invalid rows: its summary and the first of
/// the `total` rows refused.
fn invalid_rows(summary: &str, invalid: &[imp::Problem], total: usize) -> Result<CliError> {
    let mut listed = Vec::new();
    list_of(&mut listed, "", invalid, total)?;
    Ok(CliError::Usage(words::invalid_rows(summary, total, &String::from_utf8_lossy(&listed))))
}

/// The rows skipped, and those not imported when invalid rows are skipped
/// (each with its total, of which the first are listed).
fn left_out(
    out: &mut dyn Write,
    a: &ImportArgs,
    skipped: (&[imp::Problem], usize),
    invalid: (&[imp::Problem], usize),
) -> Result<()> {
    list_of(out, words::skipped(), skipped.0, skipped.1)?;
    if a.skip_invalid {
        list_of(out, words::not_imported(), invalid.0, invalid.1)?;
    }
    Ok(())
}

/// A dry run's last line.
fn dry_run_done(out: &mut dyn Write, a: &ImportArgs) -> Result<()> {
    let unsaved = if a.save_map.is_some() { words::map_not_saved() } else { "" };
    writeln!(out, "{}", words::dry_run_nothing(unsaved))?;
    Ok(())
}

/// The last line: how many transactions were imported.
fn added_line(out: &mut dyn Write, added: usize) -> Result<()> {
    match added {
        0 => writeln!(out, "{}", words::nothing_new())?,
        n => writeln!(out, "{}", words::imported(n))?,
    }
    Ok(())
}

/// Every row as it will be stored.
fn preview(plan: &Plan, out: &mut dyn Write) -> Result<()> {
    preview_rows(&plan.rows, &plan.settled, out)
}

/// `rows` as they will be stored (`settled`: the ones that settle what a person owes).
fn preview_rows(rows: &[Planned], settled: &[imp::settle::Settled], out: &mut dyn Write) -> Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let category = match &r.category {
                Some((_, name, _)) => format!("{} ({})", shown(name), r.why),
                // A row that settles what a person owes says whom.
                None if settled.iter().any(|s| s.row == i) => {
                    format!("{} ({})", text::cli::transfer_label(), r.why)
                }
                None => text::cli::transfer_label().to_owned(),
            };
            // Money's way: a collection comes from the person.
            let mut legs: Vec<_> = r.legs.iter().collect();
            if settled.iter().any(|s| s.row == i) {
                legs.sort_by_key(|l| l.amount);
            }
            let account = legs.iter().map(|l| shown(&l.account)).collect::<Vec<_>>().join(" → ");
            let payee = r.legs.first().map_or(String::new(), |l| l.payee.clone());
            let amount = r.legs.first().map_or(String::new(), |l| Currency::CNY.show(l.amount));
            let status = match &r.status {
                Status::New => words::status_new().to_owned(),
                Status::Duplicate => words::status_duplicate().to_owned(),
                Status::Invalid(why) => words::status_invalid(why),
            };
            vec![r.line.to_string(), r.date.to_string(), account, category, payee, amount, status]
        })
        .collect();
    let headers = [
        (words::h_line(), Align::Right),
        (text::cli::h_date(), Align::Left),
        (text::cli::h_account(), Align::Left),
        (text::cli::h_category(), Align::Left),
        (text::cli::h_payee(), Align::Left),
        (text::cli::h_amount(), Align::Right),
        ("", Align::Left),
    ];
    write!(out, "{}", table(&headers, &rows))?;
    Ok(())
}

/// One source of a bill and the account its rows go to, worded
/// (`招商银行储蓄卡(1234) → CMB · 3 rows`); the interface's preview says the same.
pub(crate) fn route_line(r: &imp::funding::Route) -> String {
    let (source, account) = (escaped(&r.label), shown(&r.account));
    // An account made on commit says so, whether the map named it or not.
    match r.why {
        _ if r.account_id < 0 => text::import::route_new(r.rows, &source, &account, text::terms::kind(r.kind.as_str())),
        imp::funding::Why::Map => text::import::route_mapped(r.rows, &source, &account),
        _ => text::import::route(r.rows, &source, &account),
    }
}

/// The pairs and repayments of matching across sources, worded with
/// their reasons in the file's order (the interface's preview says the same).
pub(crate) fn twin_lines(plan: &Plan) -> Vec<String> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for t in &plan.twins {
        let (payee, date) = (escaped(&t.seen.payee), t.seen.date.to_string());
        let account = shown(&t.seen.account);
        let days = ops::import::twins::days_apart(plan, t);
        out.push((
            t.line,
            if t.replaces {
                text::import::twin_replace(days, t.line, &payee, &date, &account)
            } else {
                text::import::twin_skip(days, t.line, &payee, &date, &account)
            },
        ));
    }
    for r in &plan.repaid {
        let account = shown(&r.account);
        let line = if r.account_id < 0 {
            text::import::repay_new(r.line, &account)
        } else {
            text::import::repay(r.line, &account)
        };
        out.push((r.line, line));
    }
    out.sort_by_key(|(line, _)| *line);
    out.into_iter().map(|(_, l)| l).collect()
}

mod stream;

/// From this many rows on, an import reports its progress on stderr.
const LARGE: usize = 50_000;

pub fn import(store: &mut Store, a: &ImportArgs, out: &mut dyn Write) -> Result<()> {
    let (file, size) = crate::files::open_regular(&a.file).map_err(|e| CliError::Usage(e.to_string()))?;
    let (preset, mapping) = preset(store, a)?;
    // A nestegg CSV streams, a chunk at a time, whatever its size (issue 28).
    if matches!(preset, None | Some(Preset::Nestegg)) && mapping.is_none() && a.account_map.is_none() {
        let mut input = std::io::BufReader::with_capacity(1 << 16, file);
        if stream::is_nestegg(&mut input) && stream::import(store, a, input, size, out)? {
            return Ok(());
        }
    }
    let bytes = crate::files::read_limited(&a.file, crate::files::BILL_MAX_BYTES)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    // The account: --account, else the saved mapping's, else the bill's own.
    let named = a.account.as_deref().or(mapping.as_ref().and_then(|m| m.account.as_deref()));
    let account = named.map(|name| names::account(store, name, Scope::Active)).transpose()?.map(|acc| acc.id);
    let rules = crate::config::load_rules().map_err(CliError::Usage)?;
    let file = a.file.display().to_string();
    let account_map = a
        .account_map
        .as_deref()
        .map(imp::journal_map::parse)
        .transpose()
        .map_err(|e| CliError::Usage(format!("--account-map: {e}")))?;
    let options = ImportOptions {
        preset,
        mapping: mapping.as_ref(),
        account,
        rules: &rules,
        account_map: account_map.as_ref(),
        keep_apart: &a.keep_apart,
    };
    // A large bill takes seconds: say what is going on, on stderr.
    let mut large = false;
    let plan = ops::import::plan(store, &bytes, &options, |rows| {
        large = rows >= LARGE;
        if large {
            eprintln!("{}", words::reading(rows, a.file.display()));
        }
    })?;
    let journal = matches!(plan.preset, Preset::Ledger | Preset::Beancount);
    let bill = plan.preset.default_account().is_some();
    if account_map.is_some() && !journal && !bill {
        return Err(CliError::Usage(text::journal::map_not_journal().into()));
    }
    let invalid = plan.invalid();
    let summary = words::import_summary(
        &file,
        plan.preset.name(),
        plan.encoding,
        plan.new_rows(),
        plan.duplicates(),
        invalid.len(),
        plan.skipped.len(),
    );
    if !invalid.is_empty() && !a.skip_invalid {
        return Err(invalid_rows(&summary, &invalid, invalid.len())?);
    }
    writeln!(out, "{summary}")?;
    for warning in &plan.warnings {
        writeln!(out, "{}", escaped(warning))?;
    }
    if !plan.settled.is_empty() {
        writeln!(out, "{}", text::core::settles(plan.settled.len(), &imp::settle::summary(&plan.settled)))?;
    }
    list(out, "", &plan.kept)?;
    if !plan.funding.routes.is_empty() {
        writeln!(out, "{}", text::import::paid_from().trim_end())?;
        for r in &plan.funding.routes {
            writeln!(out, "  {}", route_line(r))?;
        }
    }
    if !plan.twins.is_empty() || !plan.repaid.is_empty() {
        writeln!(out, "{}", text::import::booked_once())?;
        for line in twin_lines(&plan) {
            writeln!(out, "  {line}")?;
        }
        if !plan.twins.is_empty() {
            writeln!(out, "  ({})", text::import::keep_apart_hint())?;
        }
    }
    if a.dry_run {
        preview(&plan, out)?;
    }
    left_out(out, a, (&plan.skipped, plan.skipped.len()), (&invalid, invalid.len()))?;
    if a.dry_run {
        return dry_run_done(out, a);
    }
    if large {
        eprintln!("{}", words::writing(plan.new_rows()));
    }
    let name = a.file.file_name().map_or(file.clone(), |n| n.to_string_lossy().into_owned());
    let save_map = a.save_map.as_deref().zip(mapping.as_ref());
    let added = if journal {
        ops::import::commit_journal(store, &plan, &name, account_map.as_ref())?
    } else {
        ops::import::commit(store, &plan, &name, save_map)?
    };
    if journal && account_map.is_some() {
        writeln!(out, "{}", text::journal::map_kept(plan.preset.name()))?;
    }
    if plan.account_map.is_some() {
        writeln!(out, "{}", text::import::map_kept(plan.preset.label(text::lang())))?;
    }
    if let (Some(name), None) = (&a.save_map, &mapping) {
        writeln!(out, "{}", words::no_map_to_save(name))?;
    } else if let Some(name) = &a.save_map {
        writeln!(out, "{}", words::map_saved(name))?;
    }
    added_line(out, added)
}
