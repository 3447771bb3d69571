//! When the interface panics: the terminal is restored first (ratatui's
//! hook, which runs before this one), then the details go to a private file
//! and stderr gets a short note saying where. Saved changes are safe: each
//! was its own committed transaction, and an open one rolls back.

use std::io::Write;
use std::panic::PanicHookInfo;
use std::path::{Path, PathBuf};

use crate::text;

/// The environment variable that makes the interface panic at its first key,
/// so tests can watch the real binary restore the terminal. Test-only.
pub const TEST_PANIC: &str = "NESTEGG_TEST_PANIC";

/// Installs the hook that writes a crash report to `report` (a new file)
/// and tells the user where it is. Must be installed before ratatui's own
/// hook, which restores the terminal and then calls this one.
pub fn install(report: PathBuf) {
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(
            std::io::stdout(),
            crossterm::event::DisableMouseCapture,
            crossterm::event::DisableBracketedPaste
        );
        let (message, at) = describe(info);
        match write_report(&report, &message, &at) {
            Ok(()) => eprintln!("{}", text::ui::crashed(&message, report.display())),
            Err(e) => eprintln!("{}", text::ui::crashed_unwritten(&message, &at, report.display(), e)),
        }
    }));
}

fn describe(info: &PanicHookInfo) -> (String, String) {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into());
    let at = info.location().map_or_else(|| "an unknown place".into(), |l| format!("{}:{}", l.file(), l.line()));
    (message, at)
}

fn write_report(path: &Path, message: &str, at: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        crate::files::create_private_dir(dir)?;
    }
    let mut file = crate::files::create_private(path, false)?;
    let backtrace = std::backtrace::Backtrace::force_capture();
    write!(
        file,
        "nestegg {} crashed in the interface\npanic: {message}\nat: {at}\nthread: {}\n\nbacktrace:\n{backtrace}\n",
        env!("CARGO_PKG_VERSION"),
        std::thread::current().name().unwrap_or("unnamed"),
    )
}
