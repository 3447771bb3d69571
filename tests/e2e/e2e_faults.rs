//! Faults in a real terminal (issue 10), through the real binary under tmux:
//! a panic inside the interface (forced by the test-only switch) restores
//! the terminal and says where its details went; the interface and the
//! command line write to one ledger at once, and a writer that holds the
//! ledger too long gets a clear message on both, with nothing lost.

use crate::common;

use std::path::Path;

use common::tmux::Tmux;
use common::{Cli, mode};
use nestegg::tui::crash::TEST_PANIC;

/// A shell around nestegg: once it exits, report its status and the tty
/// modes, then stay alive so the pane can be read afterwards. `$3` is run
/// first (a umask, a variable).
const SCRIPT: &str =
    r#"eval "$3"; "$1" --db "$2"; echo "nestegg exited with status $?"; stty -a; echo "end of report"; exec sleep 600"#;

fn start(cli: &Cli, setup: &str) -> Tmux {
    let home = format!("HOME={}", cli.home().display());
    let bin = env!("CARGO_BIN_EXE_nestegg");
    Tmux::start(&["env", &home, "sh", "-c", SCRIPT, "sh", bin, cli.path.to_str().unwrap(), setup])
}

/// The terminal as nestegg left it: cooked mode, main screen, no mouse
/// capture, cursor shown.
fn assert_restored(tmux: &Tmux, after: &str) {
    let tty: Vec<&str> = after.split(|c: char| c.is_whitespace() || c == ';').collect();
    for mode in ["icanon", "echo", "isig", "opost"] {
        assert!(tty.contains(&mode), "raw mode left on ({mode} is off):\n{after}");
    }
    let flags = tmux.run(&["display-message", "-p", "-t", "e2e", "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"]);
    assert_eq!(flags.trim(), "0 0 1", "alternate screen, mouse capture, cursor visible:\n{after}");
}

#[test]
fn a_panic_in_the_interface_restores_the_terminal_and_says_where_the_details_are() {
    if !common::tools::tmux() {
        return;
    }
    let cli = Cli::new();
    cli.ok(&["add", "25", "-c", "food", "--payee", "饺子"]);
    let tmux = start(&cli, &format!("umask 000; export {TEST_PANIC}=1"));
    tmux.wait_for_text("饺子");
    tmux.keys(&["j"]);
    let after = tmux.wait_for_text("end of report");
    assert!(after.contains("nestegg exited with status 101"), "{after}");
    assert_restored(&tmux, &after);
    // One short message, on the main screen, naming the file with the details.
    let message = after.lines().find(|l| l.contains("the interface hit a bug")).unwrap_or_else(|| panic!("{after}"));
    assert!(message.contains("The terminal was restored and every saved change is in the ledger"), "{message}");
    assert!(!after.contains("stack backtrace") && !after.contains("RUST_BACKTRACE"), "no raw panic dump:\n{after}");
    let report = message.split("Details: ").nth(1).and_then(|s| s.split(" — ").next()).unwrap();
    let report = Path::new(report);
    assert!(report.starts_with(cli.dir.path().join("crash-reports")), "{}", report.display());
    let details = std::fs::read_to_string(report).unwrap();
    assert!(details.contains(&format!("panic: {TEST_PANIC} is set")) && details.contains("backtrace:"), "{details}");
    // Private, though the umask was 000.
    assert_eq!((mode(report), mode(report.parent().unwrap())), (0o600, 0o700));
    drop(tmux);
    // The ledger is whole and keeps what was saved.
    assert!(cli.ok(&["ls"]).contains("饺子"));
    cli.ok(&["check"]);
}

#[test]
fn the_interface_and_the_command_line_write_to_one_ledger_at_once() {
    if !common::tools::tmux() {
        return;
    }
    let cli = Cli::new();
    cli.ok(&["add", "5000", "-c", "salary", "--payee", "厂里"]);
    let tmux = start(&cli, "");
    tmux.wait_for_text("厂里");
    // The command line writes while the interface is open, and the
    // interface shows it within a second, with no key pressed…
    cli.ok(&["add", "12", "-c", "food", "--payee", "from-the-cli"]);
    let screen = tmux.wait_for_text("from-the-cli");
    assert!(screen.contains("changed outside this window"), "{screen}");
    // …and the interface writes too.
    tmux.keys(&["i"]);
    tmux.wait_for_text("Quick add");
    tmux.type_text("35 lunch");
    tmux.keys(&["Enter"]);
    let row = |s: &str, payee: &str, amount: &str| s.lines().any(|l| l.contains(payee) && l.contains(amount));
    tmux.wait_for("both rows", |s| row(s, "lunch", "-¥35.00") && row(s, "from-the-cli", "-¥12.00"));

    // Someone holds the write lock longer than nestegg waits (5 s): each
    // says the ledger is busy, writes nothing, and can try again.
    let holder = rusqlite::Connection::open(&cli.path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    tmux.keys(&["i"]);
    tmux.wait_for_text("Quick add");
    tmux.type_text("36 dinner");
    tmux.keys(&["Enter"]);
    let err = String::from_utf8_lossy(&cli.run(&["add", "7", "-c", "food", "--payee", "blocked"]).stderr).into_owned();
    assert!(err.contains("the ledger is busy"), "{err}");
    // What was typed is given back, so Enter tries again once the lock is gone.
    let screen = tmux.wait_for_text("the ledger is busy");
    assert!(screen.contains("> 36 dinner") && screen.contains("not saved, Enter tries again"), "{screen}");
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the retried row", |s| row(s, "dinner", "-¥36.00") && !s.contains("Quick add"));
    cli.ok(&["add", "7", "-c", "food", "--payee", "after-the-lock"]);
    tmux.keys(&["q"]);
    let after = tmux.wait_for_text("end of report");
    assert!(after.contains("nestegg exited with status 0"), "{after}");
    let ls = cli.ok(&["ls", "--format", "csv"]);
    for payee in ["厂里", "from-the-cli", "lunch", "dinner", "after-the-lock"] {
        assert_eq!(ls.matches(payee).count(), 1, "{payee}:\n{ls}");
    }
    assert!(!ls.contains("blocked"), "{ls}");
    cli.ok(&["check"]);
}

#[test]
fn the_interface_ends_when_its_terminal_goes_away() {
    if !common::tools::tmux() {
        return;
    }
    let cli = Cli::new();
    cli.ok(&["add", "25", "-c", "food", "--payee", "饺子"]);
    let tmux = start(&cli, "");
    tmux.wait_for_text("饺子");
    let shell = tmux.run(&["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).trim().to_owned();
    let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap();
    let pid = children.split_whitespace().next().expect("nestegg runs under the pane's shell").to_owned();
    // The terminal disappears (as when a window closes or an SSH link drops).
    drop(tmux);
    let gone = || {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .map_or(true, |s| s.lines().any(|l| l.starts_with("State:") && l.contains('Z')))
    };
    let start = std::time::Instant::now();
    while !gone() {
        assert!(start.elapsed().as_secs() < 10, "nestegg (pid {pid}) still runs without a terminal");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    eprintln!("ended {:.1?} after its terminal went away", start.elapsed());
    cli.ok(&["check"]);
}
