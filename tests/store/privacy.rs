//! Privacy (issue 10): every file nestegg writes (the ledger, its WAL and
//! shm files, backups, exports, the copy a restore keeps) is 0600 in
//! folders it makes 0700, whatever the umask; and nestegg opens no network
//! connection, on the command line or in the interface (checked with
//! strace, which `.ci/run` installs).

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::mode;
use common::tmux::Tmux;

const BIN: &str = env!("CARGO_BIN_EXE_nestegg");

/// `nestegg args…` on the default ledger of `home`, from inside `home`,
/// under `umask`.
fn nestegg(home: &Path, umask: &str, args: &[&str]) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c").arg(format!("umask {umask}; exec \"$@\"")).arg("sh").arg(BIN).args(args);
    c.env("HOME", home).env_remove("NESTEGG_DB").env_remove("XDG_DATA_HOME").env_remove("XDG_CONFIG_HOME");
    c.current_dir(home);
    c
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Every file and folder under `dir`, with its mode.
fn walk(dir: &Path, into: &mut Vec<(PathBuf, u32)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        into.push((path.clone(), mode(&path)));
        if path.is_dir() {
            walk(&path, into);
        }
    }
}

#[test]
fn every_file_nestegg_writes_is_private_whatever_the_umask() {
    for umask in ["000", "022", "277"] {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("home");
        std::fs::create_dir(&home).unwrap();
        ok(nestegg(&home, umask, &["add", "25", "-c", "food", "--payee", "饺子"]).output().unwrap());
        let ledger = home.join(".local/share/nestegg/ledger.db");
        assert_eq!(mode(&ledger), 0o600, "umask {umask}");
        // A long write, to see the WAL and shm files it makes while it runs.
        let bill = home.join("bill.csv");
        let rows: String = (0..6_000).map(|i| format!("2025-01-{:02},-{}.00,p{i}\n", i % 28 + 1, i % 90 + 1)).collect();
        std::fs::write(&bill, format!("date,amount,payee\n{rows}")).unwrap();
        std::fs::set_permissions(&bill, std::fs::Permissions::from_mode(0o600)).unwrap();
        let map = "date=date,amount=amount,payee=payee";
        let mut import =
            nestegg(&home, umask, &["import", "bill.csv", "--preset", "generic", "--map", map, "--account", "cash"])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap();
        let (wal, shm) =
            (home.join(".local/share/nestegg/ledger.db-wal"), home.join(".local/share/nestegg/ledger.db-shm"));
        let mut seen = None;
        while import.try_wait().unwrap().is_none() {
            if let (Ok(w), Ok(s)) = (std::fs::metadata(&wal), std::fs::metadata(&shm)) {
                seen = Some((w.permissions().mode() & 0o777, s.permissions().mode() & 0o777));
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        assert!(import.wait().unwrap().success());
        assert_eq!(seen, Some((0o600, 0o600)), "umask {umask}: the WAL and shm files while it wrote");
        // Backups, exports (every format), and the copy a restore keeps.
        let out = ok(nestegg(&home, umask, &["backup"]).output().unwrap());
        let backup = out.split_whitespace().nth(5).unwrap().trim_end_matches(';').to_owned();
        for (format, file) in [("csv", "out.csv"), ("json", "out.json"), ("ledger", "out.journal")] {
            ok(nestegg(&home, umask, &["export", "--format", format, "--out", file]).output().unwrap());
        }
        ok(nestegg(&home, umask, &["restore", &backup]).output().unwrap());
        let mut found = Vec::new();
        walk(&home, &mut found);
        let names: Vec<String> =
            found.iter().map(|(p, _)| p.strip_prefix(&home).unwrap().display().to_string()).collect();
        for expected in [".local/share/nestegg/ledger.db", "out.csv", "out.json", "out.journal"] {
            assert!(names.iter().any(|n| n == expected), "umask {umask}: {expected} in {names:?}");
        }
        assert_eq!(names.iter().filter(|n| n.contains("/backups/")).count(), 2, "{names:?}");
        for (path, m) in &found {
            if path == &bill {
                continue; // the test's own file
            }
            let want = if path.is_dir() { 0o700 } else { 0o600 };
            assert_eq!(*m, want, "umask {umask}: {} is {m:o}", path.display());
        }
    }
}

#[test]
fn a_new_ledger_is_announced_and_an_empty_file_made_into_one_becomes_private() {
    let dir = tempfile::tempdir().unwrap();
    let touched = dir.path().join("touched.db");
    std::fs::write(&touched, "").unwrap();
    std::fs::set_permissions(&touched, std::fs::Permissions::from_mode(0o644)).unwrap();
    for (path, fresh) in [(touched.clone(), true), (touched.clone(), false), (dir.path().join("new.db"), true)] {
        let out = Command::new(BIN).env("HOME", dir.path()).arg("--db").arg(&path).arg("ls").output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{err}");
        let note = format!("nestegg: started a new ledger at {}", path.display());
        assert_eq!(err.contains(&note), fresh, "{}: {err:?}", path.display());
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
}

/// The network system calls (socket, connect, bind, sendto, …) in an
/// strace log of nestegg and its threads. A `socketpair(AF_UNIX, …)` is no
/// connection: the terminal's event reader makes one to wake itself up.
fn network_calls(log: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(log).unwrap_or_else(|e| panic!("no strace log at {}: {e}", log.display()));
    let in_process = |call: &str| call.split_whitespace().nth(1).is_some_and(|c| c.starts_with("socketpair(AF_UNIX,"));
    text.lines().filter(|l| !in_process(l)).map(str::to_owned).collect()
}

fn strace() -> Command {
    let available = Command::new("strace").arg("-V").output().is_ok_and(|o| o.status.success());
    assert!(available, "strace is not installed; this test needs it (.ci/run installs it via apt-get)");
    Command::new("strace")
}

#[test]
fn nestegg_opens_no_network_connection() {
    if !(common::tools::strace() && common::tools::tmux()) {
        return;
    }
    let cli = common::Cli::new();
    let log = cli.dir.path().join("strace.log");
    let bill = common::fixture("alipay.csv");
    let backup = cli.dir.path().join("b.db");
    let commands: Vec<Vec<&str>> = vec![
        vec!["demo", "--months", "6"],
        vec!["add", "25", "-c", "food", "--payee", "饺子"],
        vec!["import", &bill],
        vec!["ls", "--limit", "20"],
        vec!["report", "monthly"],
        vec!["project"],
        vec!["relocate", "compare"],
        vec!["export", "--format", "ledger"],
        vec!["backup", backup.to_str().unwrap()],
        vec!["restore", backup.to_str().unwrap()],
        vec!["recurring", "post"],
        vec!["check"],
        vec!["undo"],
    ];
    for args in &commands {
        let inner = cli.command(args);
        let out = strace()
            .args(["-f", "-qq", "-e", "trace=%network", "-o"])
            .arg(&log)
            .arg(inner.get_program())
            .args(inner.get_args())
            .envs(inner.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .current_dir(cli.dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let calls = network_calls(&log);
        assert!(calls.is_empty(), "{args:?} made network calls:\n{}", calls.join("\n"));
    }
    // The interface, in a real terminal: every tab, the help, quit.
    let home = format!("HOME={}", cli.home().display());
    let db = cli.path.to_str().unwrap();
    let script = r#"strace -f -qq -e trace=%network -o "$1" "$2" --db "$3"; echo "nestegg exited"; exec sleep 600"#;
    let tmux = Tmux::start(&["env", &home, "sh", "-c", script, "sh", log.to_str().unwrap(), BIN, db]);
    tmux.wait_for_text("Ledger");
    for tab in ["2", "3", "4", "5", "1", "?"] {
        tmux.keys(&[tab]);
    }
    tmux.wait_for_text("Keys");
    // One key at a time: Escape and q sent together would read as Alt-q.
    tmux.keys(&["q"]);
    tmux.wait_for("the help closed", |s| !s.contains("Keys"));
    tmux.keys(&["q"]);
    tmux.wait_for_text("nestegg exited");
    drop(tmux);
    // The log did trace the interface: its event reader's socketpair is in it.
    let traced = std::fs::read_to_string(&log).unwrap();
    assert!(traced.contains("socketpair(AF_UNIX"), "strace saw no network-class call at all:\n{traced}");
    let calls = network_calls(&log);
    assert!(calls.is_empty(), "the interface made network calls:\n{}", calls.join("\n"));
}
