//! Faults at the edges (issue 10), through the real binary: a full disk, a
//! write the system refuses, a failure injected in the middle of each
//! multi-row action, and ledgers nestegg must not touch (read-only, busy,
//! newer, not SQLite, truncated). Each one gets a clear message, and the
//! ledger is left exactly as it was (every table compared row by row).

use crate::common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Output;

use common::Cli;
use nestegg::store::TEST_DISK_PAGES;

const MAP: &str = "date=date,amount=amount,payee=payee";

fn import(file: &str) -> [&str; 8] {
    ["import", file, "--preset", "generic", "--map", MAP, "--account", "cash"]
}

/// A ledger with a few rows of its own, so "unchanged" means something.
fn ledger() -> Cli {
    let cli = Cli::new();
    cli.ok(&["add", "5000", "-c", "salary", "-d", "2025-01-10", "--payee", "厂里"]);
    cli.ok(&["add", "800", "-c", "rent", "-d", "2025-01-01", "--payee", "房东"]);
    cli.ok(&["transfer", "300", "--from", "bank", "--to", "wechat", "-d", "2025-01-11"]);
    cli
}

/// A command that failed with exit code 1 and a message holding `needle`.
fn failed(out: &Output, needle: &str) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(needle), "{err:?} lacks {needle:?}");
    err
}

fn txns(cli: &Cli) -> i64 {
    rusqlite::Connection::open(&cli.path).unwrap().query_row("SELECT count(*) FROM txns", [], |r| r.get(0)).unwrap()
}

// ---- 1. the disk fills up -------------------------------------------------------

#[test]
fn a_full_disk_stops_imports_a_catch_up_a_demo_and_a_restore_midway_and_changes_nothing() {
    const FULL: &str = "the disk is full, so this change was not saved and the ledger is as it was";
    let cli = ledger();
    let (small, large) = (cli.bill(1_000, 2025), cli.bill(6_000, 2024));
    let backup = cli.dir.path().join("big-backup.db");
    let big = Cli::new();
    big.ok(&["demo", "--transactions", "6000"]);
    big.ok(&["backup", backup.to_str().unwrap()]);
    let due = cli.due_catch_up();
    let before = cli.dump();
    // 8 more pages (32 KiB), then the disk is "full": every action below needs more.
    let full = |args: &[&str]| cli.command(args).env(TEST_DISK_PAGES, "8").output().unwrap();
    for args in [&import(&small)[..], &import(&large), &["recurring", "post"], &["restore", backup.to_str().unwrap()]] {
        failed(&full(args), FULL);
        assert_eq!(cli.dump(), before, "{args:?} changed the ledger");
    }
    // At a start, a catch-up that cannot be written is a note, not a failure.
    let out = full(&["ls", "--limit", "1"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not post recurring instances (the disk is full"));
    assert_eq!(cli.dump(), before);
    // The restore kept no copy of the ledger it did not replace.
    let backups = std::fs::read_dir(cli.dir.path().join("backups")).map_or(0, |d| d.count());
    assert_eq!(backups, 0, "a failed restore leaves no before-restore copy");
    // A demo into an empty ledger.
    let empty = Cli::new();
    empty.ok(&["ls"]);
    let fresh = empty.dump();
    failed(&empty.command(&["demo", "--transactions", "6000"]).env(TEST_DISK_PAGES, "8").output().unwrap(), FULL);
    assert_eq!(empty.dump(), fresh);
    // With room again, everything goes in, and the ledger is sound.
    let out = cli.ok(&["ls", "--limit", "1"]);
    assert!(!out.is_empty());
    cli.ok(&import(&large));
    assert_eq!(txns(&cli), 4 + due as i64 + 6_000);
    cli.ok(&["check"]);
}

#[test]
fn a_write_the_system_refuses_is_reported_and_changes_nothing() {
    // A file-size limit (ulimit -f, with SIGXFSZ ignored) makes the kernel
    // refuse the WAL's growth: SQLite's disk I/O error, midway through.
    let cli = ledger();
    let large = cli.bill(6_000, 2025);
    let before = cli.dump();
    let out = cli.under_shell("trap '' XFSZ; ulimit -f 400", &import(&large)).output().unwrap();
    failed(
        &out,
        "the ledger could not be written (disk I/O error); the change was not saved and the ledger is as it was",
    );
    assert_eq!(cli.dump(), before);
    cli.ok(&import(&large));
    cli.ok(&["check"]);
}

// ---- 2. a failure in the middle of each multi-row action --------------------

/// Puts a trigger into the ledger that aborts the statement when `when`
/// holds after an insert into `table`: a failure injected from outside,
/// in the middle of whatever nestegg is doing.
fn inject(cli: &Cli, table: &str, when: &str) {
    let sql = format!(
        "CREATE TRIGGER injected_fault AFTER INSERT ON {table} WHEN {when}
         BEGIN SELECT RAISE(ABORT, 'injected fault'); END;"
    );
    rusqlite::Connection::open(&cli.path).unwrap().execute_batch(&sql).unwrap();
}

fn heal(cli: &Cli) {
    rusqlite::Connection::open(&cli.path).unwrap().execute_batch("DROP TRIGGER injected_fault").unwrap();
}

/// Runs `args` with the fault in place: it must fail and change nothing;
/// without the fault it must then succeed.
fn fails_whole(cli: &Cli, args: &[&str], table: &str, when: &str) {
    inject(cli, table, when);
    let before = cli.dump();
    failed(&cli.run(args), "injected fault");
    assert_eq!(cli.dump(), before, "{args:?} left part of itself behind");
    heal(cli);
    cli.ok(args);
    cli.ok(&["check"]);
}

#[test]
fn a_failure_in_the_middle_of_a_transfer_an_import_a_catch_up_or_an_undo_leaves_nothing_partial() {
    let cli = ledger();
    let n = txns(&cli);
    // A transfer's second side.
    let second = format!("(SELECT count(*) FROM txns) > {}", n + 1);
    fails_whole(&cli, &["transfer", "50", "--from", "bank", "--to", "cash"], "txns", &second);
    // The 501st row of a 1,000-row import (row by row).
    let n = txns(&cli);
    let small = cli.bill(1_000, 2025);
    fails_whole(&cli, &import(&small), "txns", &format!("(SELECT count(*) FROM txns) > {}", n + 500));
    // A 6,000-row import takes the bulk path (its triggers are set aside and
    // its totals written at the end): the fault strikes there, after every row.
    let large = cli.bill(6_000, 2024);
    fails_whole(&cli, &import(&large), "month_totals", "NEW.month LIKE '2024-%'");
    // The undo of that import (most of the ledger) has `txns` change pages
    // with its twin: fail after the change, at the step's last write.
    fails_whole(&cli, &["undo"], "undo_swapped", "1");
    // A catch-up of recurring instances, failing at its 1,001st.
    let due = cli.due_catch_up() as i64;
    let n = txns(&cli);
    inject(&cli, "txns", &format!("(SELECT count(*) FROM txns) > {}", n + 1_000));
    let before = cli.dump();
    failed(&cli.run(&["recurring", "post"]), "injected fault");
    let out = cli.run(&["ls", "--limit", "1"]);
    assert!(
        out.status.success() && String::from_utf8_lossy(&out.stderr).contains("could not post recurring instances")
    );
    assert_eq!(cli.dump(), before);
    heal(&cli);
    cli.ok(&["ls", "--limit", "1"]);
    assert_eq!(txns(&cli), n + due);
    cli.ok(&["check"]);
}

#[test]
fn a_restore_whose_upgrade_fails_midway_leaves_the_ledger_and_an_old_backup_upgrades_in_one_step() {
    let cli = ledger();
    // A version-1 backup (a ledger from the first nestegg), and a copy that
    // would upgrade until migration 8 found a table in its way: since issue
    // 20 (item 3) the foreign table is refused before the upgrade starts.
    let (old, blocked) = (cli.dir.path().join("v1.db"), cli.dir.path().join("v1-blocked.db"));
    let fixture = std::fs::read_to_string(format!("{}/tests/fixtures/ledger_v1.sql", env!("CARGO_MANIFEST_DIR")));
    rusqlite::Connection::open(&old).unwrap().execute_batch(&fixture.unwrap()).unwrap();
    std::fs::copy(&old, &blocked).unwrap();
    rusqlite::Connection::open(&blocked).unwrap().execute_batch("CREATE TABLE month_totals (x)").unwrap();
    let before = cli.dump();
    let out = cli.run(&["restore", blocked.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("not nestegg's: table 'month_totals'") && err.contains("nothing was changed"), "{err}");
    assert_eq!(cli.dump(), before);
    let restore = ["restore", old.to_str().unwrap()];
    let leftovers: Vec<_> = std::fs::read_dir(cli.dir.path().join("backups")).map_or(vec![], |d| d.collect());
    assert!(leftovers.is_empty(), "no before-restore copy or scratch file stays: {leftovers:?}");
    let out = cli.ok(&restore);
    assert!(out.contains("restored the ledger"), "{out}");
    assert_eq!(txns(&cli), 12, "the old ledger's 12 transactions");
    let conn = rusqlite::Connection::open(&cli.path).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, nestegg::store::SCHEMA_VERSION, "upgraded on the way in");
    cli.ok(&["check"]);
    let left: Vec<String> = std::fs::read_dir(cli.dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.len() == 1 && left[0].starts_with("before-restore-"), "{left:?}");
}

// ---- 3. ledgers nestegg must not touch -----------------------------------------

/// Every byte of the file, and whether SQLite's journal files exist.
fn snapshot(path: &Path) -> (Vec<u8>, bool) {
    let journal = ["-wal", "-shm", "-journal"].iter().any(|s| Path::new(&format!("{}{s}", path.display())).exists());
    (std::fs::read(path).unwrap(), journal)
}

#[test]
fn a_read_only_ledger_or_folder_is_refused_with_its_path_and_left_as_it_was() {
    // As root, permissions do not stop writes: run nestegg as `nobody`
    // against root's files; as anyone else, take the write bits away.
    for case in ["file", "folder"] {
        let cli = ledger();
        let root = std::fs::metadata(cli.dir.path()).unwrap().uid() == 0;
        let chmod = |p: &Path, mode| std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
        let (file_mode, dir_mode) = match (case, root) {
            ("file", true) => (0o644, 0o755),
            ("file", false) => (0o444, 0o755),
            (_, true) => (0o666, 0o755),
            (_, false) => (0o644, 0o555),
        };
        chmod(&cli.path, file_mode);
        chmod(&cli.home(), 0o755);
        chmod(cli.dir.path(), dir_mode);
        let before = snapshot(&cli.path);
        for args in [&["ls"][..], &["add", "25", "-c", "food"]] {
            let mut command = cli.command(args);
            if root {
                std::os::unix::process::CommandExt::uid(&mut command, 65534);
                std::os::unix::process::CommandExt::gid(&mut command, 65534);
            }
            let err = failed(&command.output().unwrap(), &format!("{} is read-only", cli.path.display()));
            assert!(err.contains("nothing was changed") && err.contains("permissions"), "{err}");
            assert_eq!(snapshot(&cli.path), before, "{case}: {args:?}");
        }
        chmod(cli.dir.path(), 0o700);
    }
}

#[test]
fn a_ledger_another_writer_holds_fails_after_waiting_and_writes_nothing() {
    let cli = ledger();
    let before = cli.dump();
    let holder = rusqlite::Connection::open(&cli.path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let start = std::time::Instant::now();
    let err = failed(&cli.run(&["add", "25", "-c", "food"]), "the ledger is busy: another nestegg is writing to it");
    assert!(err.contains("nothing was changed"), "{err}");
    eprintln!("the add waited {:.1?} before giving up", start.elapsed());
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(cli.dump(), before);
    cli.ok(&["add", "25", "-c", "food"]);
}

#[test]
fn newer_foreign_and_truncated_ledgers_are_refused_untouched() {
    let cli = Cli::new();
    cli.ok(&["demo", "--transactions", "4000"]);
    let real = std::fs::read(&cli.path).unwrap();
    let dir = cli.dir.path();
    let newer = dir.join("newer.db");
    std::fs::write(&newer, &real).unwrap();
    let conn = rusqlite::Connection::open(&newer).unwrap();
    conn.pragma_update(None, "user_version", nestegg::store::SCHEMA_VERSION + 1).unwrap();
    drop(conn);
    let cases = [
        ("newer.db", "was written by a newer nestegg", None),
        ("notes.txt", "is not a nestegg ledger", Some("rent 800\nfood 25\n这不是账本\n".repeat(50).into_bytes())),
        ("head.db", "is not a nestegg ledger", Some(real[..100].to_vec())),
        ("half.db", "is not a nestegg ledger", Some(real[..real.len() / 2].to_vec())),
        ("empty-header.db", "is not a nestegg ledger", Some(vec![0; 8192])),
    ];
    for (name, needle, bytes) in cases {
        let path = dir.join(name);
        if let Some(bytes) = bytes {
            std::fs::write(&path, bytes).unwrap();
        }
        let before = snapshot(&path);
        for args in [&["ls"][..], &["add", "25", "-c", "food"], &["check"]] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_nestegg"))
                .env("HOME", cli.home())
                .arg("--db")
                .arg(&path)
                .args(args)
                .output()
                .unwrap();
            let err = failed(&out, needle);
            assert!(
                err.contains("nothing was changed")
                    || err.contains("the file was not touched")
                    || err.contains("pass another file"),
                "{name}: {err}"
            );
            assert_eq!(snapshot(&path), before, "{name}: {args:?} touched it");
        }
    }
}

#[test]
fn restore_puts_a_backup_in_place_of_a_ledger_that_cannot_be_opened() {
    let cli = ledger();
    let backup = cli.dir.path().join("b.db");
    cli.ok(&["backup", backup.to_str().unwrap()]);
    let good = cli.dump();
    let real = std::fs::read(&cli.path).unwrap();
    let damaged = real[..real.len() / 2].to_vec();
    std::fs::write(&cli.path, &damaged).unwrap();
    let err = failed(&cli.run(&["ls"]), "is not a nestegg ledger");
    assert!(err.contains("nestegg restore BACKUP"), "the message points at restore: {err}");
    // A restore from something that is no backup: the damaged file stays where it was.
    let junk = cli.dir.path().join("junk.db");
    std::fs::write(&junk, "not a backup").unwrap();
    assert_eq!(cli.run(&["restore", junk.to_str().unwrap()]).status.code(), Some(2));
    assert_eq!(std::fs::read(&cli.path).unwrap(), damaged);
    assert!(
        !cli.dir.path().join("backups").exists()
            || std::fs::read_dir(cli.dir.path().join("backups")).unwrap().count() == 0
    );
    // From the backup: the ledger is back, and the damaged file is kept aside, private.
    let out = cli.ok(&["restore", backup.to_str().unwrap()]);
    assert!(out.contains("could not be opened") && out.contains("backups/damaged-ledger-"), "{out}");
    assert_eq!(cli.dump(), good);
    cli.ok(&["check"]);
    let kept: Vec<_> = std::fs::read_dir(cli.dir.path().join("backups")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(&kept[0]).unwrap(), damaged, "kept byte for byte");
    assert_eq!(common::mode(&kept[0]), 0o600);
}
