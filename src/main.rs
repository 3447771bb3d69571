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
    let Some(command) = &args.command else {
        // Until the interface lands: the help, and where the ledger lives.
        let mut help = Cli::command();
        let _ = help.print_help();
        println!("\nLedger: {}", path.display());
        return ExitCode::SUCCESS;
    };
    let today = chrono::Local::now().date_naive();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = cli::run(command, &path, today, &mut out).and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(e: &cli::CliError) -> ExitCode {
    eprintln!("nestegg: {e}");
    ExitCode::from(e.exit_code() as u8)
}
