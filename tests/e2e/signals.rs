//! Signals and a shared terminal (issue 20 item 11), through the real binary
//! under tmux: every catchable signal that ends a program leaves the terminal
//! restored (cooked mode, main screen, no mouse reporting, cursor shown) and
//! the ledger whole; Ctrl-Z (and SIGTSTP from outside) hands the terminal
//! back to the shell, stops, and `fg` brings the interface back as it was.

use crate::common;

use common::Cli;
use common::tmux::Tmux;

/// Like tests/e2e_faults.rs: after nestegg exits, report its status and the
/// tty modes, then stay alive so the pane can be read.
const SCRIPT: &str =
    r#""$1" --db "$2"; echo "nestegg exited with status $?"; stty -a; echo "end of report"; exec sleep 600"#;

fn ledger() -> Cli {
    let l = Cli::new();
    l.ok(&["add", "5000", "-c", "salary", "-d", "2026-10-10", "-p", "厂里"]);
    l.ok(&["add", "12", "-c", "food", "-d", "2026-10-12", "-p", "Coffee"]);
    l
}

fn flags(tmux: &Tmux) -> String {
    tmux.run(&["display-message", "-p", "-t", "e2e", "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"])
        .trim()
        .to_owned()
}

/// The pane's modes come to `want` (within the tmux helper's wait): the
/// screen may show the interface a moment before its last mode is set
/// (the caret is shown after the frame is drawn), so a check read at once
/// could pass or fail by the machine's load.
fn expect_flags(tmux: &Tmux, want: &str, why: &str) {
    let start = std::time::Instant::now();
    let mut got = flags(tmux);
    while got != want && start.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(20));
        got = flags(tmux);
    }
    assert_eq!(got, want, "{why}");
}

/// The tty modes `stty -a` printed are those of a shell: not raw.
fn assert_cooked(report: &str) {
    let tty: Vec<&str> = report.split(|c: char| c.is_whitespace() || c == ';').collect();
    for mode in ["icanon", "echo", "isig", "opost"] {
        assert!(tty.contains(&mode), "raw mode left on ({mode} is off):\n{report}");
    }
}

/// The pid of the nestegg running in the pane (the child of its shell).
fn nestegg_pid(tmux: &Tmux) -> String {
    let shell = tmux.run(&["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).trim().to_owned();
    let out = std::process::Command::new("pgrep").args(["-P", &shell, "-f", "nestegg"]).output().unwrap();
    let pid = String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or_default().to_owned();
    assert!(!pid.is_empty(), "no nestegg under the pane's shell {shell}");
    pid
}

fn kill(signal: &str, pid: &str) {
    assert!(std::process::Command::new("kill").args([&format!("-{signal}"), pid]).status().unwrap().success());
}

#[test]
fn every_signal_that_ends_the_interface_restores_the_terminal() {
    if !common::tools::tmux() {
        return;
    }
    for signal in ["INT", "QUIT", "TERM", "HUP"] {
        let l = ledger();
        let before = l.dump();
        let home = format!("HOME={}", l.home().display());
        let bin = env!("CARGO_BIN_EXE_nestegg");
        let tmux = Tmux::start(&["env", &home, "sh", "-c", SCRIPT, "sh", bin, l.path.to_str().unwrap()]);
        tmux.wait_for_text("Coffee");
        expect_flags(&tmux, "1 1 0", "the interface is up, with mouse reporting");
        kill(signal, &nestegg_pid(&tmux));
        let report = tmux.wait_for_text("end of report");
        assert!(report.contains("nestegg exited with status"), "SIG{signal}:\n{report}");
        assert_cooked(&report);
        expect_flags(&tmux, "0 0 1", &format!("SIG{signal}: alternate screen, mouse reporting, cursor:\n{report}"));
        drop(tmux);
        assert_eq!(l.dump(), before, "SIG{signal}");
        l.ok(&["check"]);
    }
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_brings_the_interface_back_as_it_was() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    let home = format!("HOME={}", l.home().display());
    // An interactive shell with job control, as a user's.
    let tmux = Tmux::start(&["env", &home, "PS1=shell$ ", "bash", "--norc", "--noprofile", "-i"]);
    tmux.wait_for_text("shell$");
    tmux.type_text(&format!("'{}' --db '{}'", env!("CARGO_BIN_EXE_nestegg"), l.path.display()));
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("Coffee");
    // Something half typed in the quick-add line.
    tmux.keys(&["i"]);
    tmux.type_text("35 lunch");
    tmux.wait_for_text("35 lunch");

    // Ctrl-Z: the shell's prompt on the main screen, the tty a shell's own.
    tmux.keys(&["C-z"]);
    let screen = tmux.wait_for_text("Stopped");
    expect_flags(&tmux, "0 0 1", &format!("suspended, the terminal is the shell's:\n{screen}"));
    tmux.type_text("stty -a; echo end-of-stty");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("stty's report", |s| s.matches("end-of-stty").count() >= 2);
    assert_cooked(&screen);

    // fg: the interface again, redrawn whole, with the typed line kept.
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("35 lunch");
    tmux.wait_for_text("Coffee");
    // (The cursor shows: it is the quick-add line's caret.)
    expect_flags(&tmux, "1 1 1", "back on the alternate screen with mouse reporting");

    // SIGTSTP from outside does the same.
    kill("TSTP", &nestegg_pid(&tmux));
    tmux.wait_for("a second stop", |s| s.matches("Stopped").count() >= 2);
    expect_flags(&tmux, "0 0 1", "");
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("35 lunch");
    expect_flags(&tmux, "1 1 1", "");

    // And the interface works: the line is added, then quit.
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("lunch");
    tmux.keys(&["q"]);
    tmux.wait_for("the shell after quitting", |s| s.trim_end().ends_with("shell$"));
    expect_flags(&tmux, "0 0 1", "");
    drop(tmux);
    let rows = l.ok(&["ls", "-f", "csv"]);
    assert!(rows.lines().any(|r| r.contains("lunch") && r.contains("-35.00")), "{rows}");
    l.ok(&["check"]);
}
