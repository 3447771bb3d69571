//! Outside tools some tests need: tmux (the real terminal), strace (the
//! privacy checks), hledger and ledger-cli (the exported journal). `cargo
//! test` on a machine with only a Rust toolchain skips those tests with one
//! visible line each; `.ci/run` installs the tools and sets
//! `NESTEGG_REQUIRE_TOOLS=1`, under which a missing tool fails the test.

use std::io::Write;
use std::process::Command;

/// Whether `name` runs (`name probe` succeeds). When it does not: under
/// `NESTEGG_REQUIRE_TOOLS=1` the test fails here; otherwise a line on the
/// terminal (not captured by the test harness) names the tool and how to
/// install it, and the caller returns, skipping the test.
pub fn have(name: &str, probe: &str, package: &str) -> bool {
    if Command::new(name).arg(probe).output().is_ok_and(|o| o.status.success()) {
        return true;
    }
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    if std::env::var_os("NESTEGG_REQUIRE_TOOLS").is_some_and(|v| v == "1") {
        panic!("{name} is not installed and NESTEGG_REQUIRE_TOOLS=1: install it (apt-get install {package})");
    }
    // Straight to stderr: the harness captures print!/eprint!, not this.
    let _ = writeln!(
        std::io::stderr(),
        "skipped {test}: it needs {name}, which is not installed (apt-get install {package}; .ci/run installs it)"
    );
    false
}

pub fn tmux() -> bool {
    have("tmux", "-V", "tmux")
}

pub fn strace() -> bool {
    have("strace", "-V", "strace")
}

pub fn hledger() -> bool {
    have("hledger", "--version", "hledger")
}

pub fn ledger_cli() -> bool {
    have("ledger", "--version", "ledger")
}
