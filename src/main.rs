//! The `nestegg` binary: parse arguments, read the settings and pick the
//! language, read the clock once, open the ledger, hand over to the CLI or
//! the interface. Errors become one line on stderr.

use std::io::Write;
use std::process::ExitCode;

use nestegg::cli::{self, Command};
use nestegg::text;

fn main() -> ExitCode {
    let lc_all = std::env::var("LC_ALL").ok();
    let lang = std::env::var("LANG").ok();
    let locale = (lc_all.as_deref(), lang.as_deref());
    // `--help` prints while the arguments are read: its language first,
    // from the settings file read once for both.
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let file = cli::SettingsFile::read();
    let help_lang = cli::help::lang_before_parse(&argv, file.language(), locale);
    let args = cli::help::parse(argv, help_lang);
    let start = cli::start_with(&args, file, locale);
    text::set_lang(start.lang);
    use std::io::IsTerminal;
    let no_colour = nestegg::tui::theme::no_colour_requested(std::env::var_os("NO_COLOR").as_deref());
    // Tables are coloured only on a terminal: a pipe or a file gets plain text.
    if std::io::stdout().is_terminal() && !no_colour {
        cli::set_colour(Some(start.settings.theme));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // The one clock reading of the run.
    let now = chrono::Local::now().naive_local();
    // Commands that need no ledger, so they work even when it cannot open.
    let early = match &args.command {
        Some(Command::Config(a)) => Some(cli::config(a, &start, &mut out)),
        Some(Command::Completions { shell }) => Some(cli::completions(*shell, &mut out)),
        Some(Command::Mortgage(a)) => Some(cli::mortgage(a, now.date(), &mut out)),
        Some(Command::Salary(a)) => Some(cli::salary(a, &start.settings.pay, now.date(), &mut out)),
        Some(Command::Relocate(a)) if a.is_cities() => Some(cli::relocate_cities(a, now.date(), &mut out)),
        _ => None,
    };
    if let Some(result) = early {
        return finish(result.and_then(|()| Ok(out.flush()?)));
    }
    if let (Some(warning), Some(_)) = (&start.warning, &args.command) {
        eprintln!("{}", text::common::error_prefix(warning));
    }
    let path = match cli::ledger_path(&args) {
        Ok(p) => p,
        Err(e) => return fail(&e),
    };
    let Some(command) = &args.command else {
        drop(out);
        return interface(&path, now, start, no_colour);
    };
    finish(cli::run_with(&start, command, &path, now, &mut out).and_then(|()| Ok(out.flush()?)))
}

fn finish(result: Result<(), cli::CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(e: &cli::CliError) -> ExitCode {
    // A reader that stopped early (`nestegg ls | head`) is not an error: the
    // output it wanted was written. Rust ignores SIGPIPE, so it arrives as EPIPE.
    if e.to_string().contains("Broken pipe") {
        return ExitCode::SUCCESS;
    }
    // A message may quote a name or a cell of an older ledger: what a
    // terminal would obey in it is shown as an escape (its lines are ours).
    eprintln!("{}", text::safe::escaped_lines(&text::common::error_prefix(e)));
    ExitCode::from(e.exit_code() as u8)
}

/// No subcommand: the interface, on a terminal; otherwise the help.
fn interface(path: &std::path::Path, now: chrono::NaiveDateTime, start: cli::Start, no_colour: bool) -> ExitCode {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        let _ = cli::help::command(start.lang).print_help();
        println!("\n{}", text::common::ledger_at(path.display()));
        println!("{}", text::common::needs_terminal());
        return ExitCode::SUCCESS;
    }
    let mut store = match cli::open_ledger(path) {
        Ok(s) => s,
        Err(e) => return fail(&cli::CliError::Store(e)),
    };
    store.set_cycle(start.cycle());
    let s = &start.settings;
    let prefs = nestegg::tui::Prefs {
        palette: nestegg::tui::theme::palette(s.theme, no_colour),
        baseline_months: s.baseline_months as usize,
        currency: s.currency,
        account: s.account.clone(),
        note: start.warning.clone(),
        home_city: s.home_city.clone(),
        home_cost_index: s.home_cost_index,
        pay: s.pay,
        savings_goal: s.savings_goal,
        no_colour,
    };
    match nestegg::tui::run(&mut store, now.date(), cli::crash_report_path(path, now), prefs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", text::common::interface_failed(e));
            ExitCode::FAILURE
        }
    }
}
