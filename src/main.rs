//! The `nestegg` binary: parse arguments, read the clock once, open the
//! ledger, hand over to the CLI. Errors become one line on stderr.

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use nestegg::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    let path = match cli::ledger_path(&args) {
        Ok(p) => p,
        Err(e) => return fail(&e),
    };
    let now = chrono::Local::now().naive_local();
    let Some(command) = &args.command else {
        return interface(&path, now);
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = cli::run(command, &path, now, &mut out).and_then(|()| Ok(out.flush()?));
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
    eprintln!("nestegg: {e}");
    ExitCode::from(e.exit_code() as u8)
}

/// No subcommand: the interface, on a terminal; otherwise the help.
fn interface(path: &std::path::Path, now: chrono::NaiveDateTime) -> ExitCode {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        let _ = Cli::command().print_help();
        println!("\nLedger: {}", path.display());
        println!("(the interface opens when nestegg runs in a terminal)");
        return ExitCode::SUCCESS;
    }
    let mut store = match nestegg::store::Store::open(path) {
        Ok(s) => s,
        Err(e) => return fail(&cli::CliError::Store(e)),
    };
    match nestegg::tui::run(&mut store, now.date(), cli::crash_report_path(path, now)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("nestegg: the interface failed: {e}");
            ExitCode::FAILURE
        }
    }
}
