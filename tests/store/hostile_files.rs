//! Hostile files (issue 20): nothing is ever written over the ledger, its
//! SQLite journal files or any SQLite file, whatever `--force` says;
//! symbolic links are never followed into a temporary file or a `chmod`,
//! and a link in the place of a ledger or a config file behaves as the
//! README says; every file nestegg writes reads back with its own readers;
//! errors blame the right thing; and distinct accounts stay distinct in the
//! exported journal. Each through the real binary, the ledger compared
//! table by table before and after where nothing may change.

use std::collections::BTreeMap;
use std::os::unix::fs::{FileTypeExt, MetadataExt, symlink};
use std::path::{Path, PathBuf};

use crate::common;
use common::Cli;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// (device, inode, length) of a file, not following a link.
fn identity(path: &Path) -> (u64, u64, u64) {
    let m = std::fs::symlink_metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (m.dev(), m.ino(), m.len())
}

/// The names in a folder, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

fn side(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}

fn ledger() -> Cli {
    let l = Cli::new();
    l.ok(&["add", "5000", "-c", "salary", "-d", "2026-10-10", "-p", "厂里"]);
    l.ok(&["add", "25", "-c", "food", "-d", "2026-10-11", "-p", "美团"]);
    l
}

// ---- item 1: never over the ledger's own files ------------------------------------

#[test]
fn no_export_or_backup_lands_on_the_ledger_its_journal_files_or_any_sqlite_file() {
    let l = ledger();
    let dir = l.dir.path();
    // Another connection holds the ledger open (as the interface does), so
    // SQLite's -wal and -shm are there and in use.
    let open = rusqlite::Connection::open(&l.path).unwrap();
    let _: i64 = open.query_row("SELECT count(*) FROM txns", [], |r| r.get(0)).unwrap();
    let (wal, shm, journal) = (side(&l.path, "-wal"), side(&l.path, "-shm"), side(&l.path, "-journal"));
    assert!(wal.exists() && shm.exists() && !journal.exists());
    // A backup, and a name beside it where its own -wal would go.
    let other = dir.join("other.db");
    l.ok(&["backup", other.to_str().unwrap()]);
    // The same files under other names: a hard link, `./`, `..`, a symbolic link.
    std::fs::hard_link(&l.path, dir.join("hard.db")).unwrap();
    std::fs::hard_link(&wal, dir.join("hard-wal")).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    symlink(&shm, dir.join("link.csv")).unwrap();
    symlink(dir.join("ledger.db-journal"), dir.join("dangling.csv")).unwrap();
    let before = l.dump();
    let files = [&l.path, &wal, &shm].map(|p| identity(p));
    let names = listing(dir);

    let cases: [(String, &str); 11] = [
        ("ledger.db-shm".into(), "is the shared-memory index (-shm) of the ledger"),
        ("ledger.db-wal".into(), "is the write-ahead log (-wal) of the ledger"),
        ("ledger.db-journal".into(), "is the rollback journal (-journal) of the ledger"),
        ("./ledger.db".into(), "is the ledger itself"),
        ("sub/../ledger.db-wal".into(), "is the write-ahead log (-wal) of the ledger"),
        ("hard.db".into(), "is the ledger itself"),
        ("hard-wal".into(), "is the write-ahead log (-wal) of the ledger"),
        ("link.csv".into(), "is the shared-memory index (-shm) of the ledger"),
        ("dangling.csv".into(), "is the rollback journal (-journal) of the ledger"),
        ("other.db".into(), "is an SQLite database"),
        ("other.db-wal".into(), "belongs to the SQLite database"),
    ];
    for (target, needle) in &cases {
        for format in ["csv", "json", "ledger"] {
            let err = l.fails(&["export", "-f", format, "--out", target, "--force"], needle);
            assert!(err.contains(target.as_str()) && err.contains("even with --force"), "{err}");
        }
        // A backup refuses any file that is there; the ledger's own say what they are.
        l.fails(&["backup", target], if target == "other.db" { "already exists" } else { needle });
    }
    // Nothing was written: the same rows, the same files (no new inode), no temporary file.
    assert_eq!(l.dump(), before);
    assert_eq!([&l.path, &wal, &shm].map(|p| identity(p).0), files.map(|f| f.0));
    assert_eq!([&l.path, &wal, &shm].map(|p| identity(p).1), files.map(|f| f.1));
    assert!(!journal.exists() && !dir.join("other.db-wal").exists());
    assert_eq!(listing(dir), names);
    drop(open);
    l.ok(&["check"]);
}

#[test]
fn with_the_interface_open_an_export_cannot_split_the_ledger_s_locks() {
    // The loss: `export --out LEDGER-shm --force` replaced the -shm a
    // running nestegg held, and the next writer's rows were lost. Here a
    // writer holds the ledger open the whole time; its rows must all stay.
    let l = ledger();
    let mut open = rusqlite::Connection::open(&l.path).unwrap();
    open.execute_batch("PRAGMA journal_mode = WAL").unwrap();
    l.fails(&["export", "-f", "csv", "--out", "ledger.db-shm", "--force"], "shared-memory index");
    for i in 0..5 {
        l.ok(&["add", "1", "-c", "food", "-p", &format!("after-{i}")]);
        // The open connection writes too (a page rewritten as it was).
        let tx = open.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).unwrap();
        tx.execute("UPDATE txns SET note = note WHERE id = 1", []).unwrap();
        tx.commit().unwrap();
    }
    drop(open);
    let rows = l.ok(&["ls", "-f", "csv"]);
    assert_eq!(rows.lines().filter(|r| r.contains("after-")).count(), 5, "{rows}");
    assert!(l.ok(&["check"]).starts_with("ok"));
}

// ---- item 9: symbolic links --------------------------------------------------------

#[test]
fn an_export_never_follows_a_link_planted_at_a_temporary_name_and_writes_through_a_link_at_its_place() {
    let l = ledger();
    let dir = l.dir.path();
    // Someone else's file, and a link planted where the old code put its
    // temporary file (`.NAME.nestegg-tmp`, a name anyone could guess).
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "not yours\n").unwrap();
    symlink(&victim, dir.join(".books.csv.nestegg-tmp")).unwrap();
    let out = dir.join("books.csv");
    l.ok(&["export", "-f", "csv", "--out", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "not yours\n", "the planted link was followed");
    assert!(std::fs::symlink_metadata(dir.join(".books.csv.nestegg-tmp")).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&out).unwrap().contains("美团"));
    assert_eq!(common::mode(&out), 0o600);

    // A link at the place itself: without --force it counts as a file there;
    // with --force the file it points to is replaced, and the link stays.
    std::fs::create_dir(dir.join("synced")).unwrap();
    let real = dir.join("synced/books.journal");
    std::fs::write(&real, "old\n").unwrap();
    let link = dir.join("books.journal");
    symlink("synced/books.journal", &link).unwrap();
    l.fails(&["export", "-f", "ledger", "--out", "books.journal"], "already exists");
    l.ok(&["export", "-f", "ledger", "--out", "books.journal", "--force"]);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced by a file");
    assert!(std::fs::read_to_string(&real).unwrap().contains("assets:Bank card"));
    assert_eq!(common::mode(&real), 0o600);
    // No temporary file is left anywhere.
    assert!(
        listing(dir)
            .iter()
            .chain(&listing(&dir.join("synced")))
            .all(|n| !n.ends_with("nestegg-tmp") || n == ".books.csv.nestegg-tmp")
    );
}

#[test]
fn an_export_never_replaces_a_device_or_a_pipe() {
    let l = ledger();
    let fifo = l.dir.path().join("pipe");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for target in [fifo.to_str().unwrap(), "/dev/null"] {
        let err = l.fails(&["export", "-f", "csv", "--out", target, "--force"], "not a regular file");
        assert!(err.contains(target), "{err}");
    }
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
}

#[test]
fn a_backup_is_never_made_through_a_link() {
    let l = ledger();
    let dir = l.dir.path();
    let target = dir.join("elsewhere.db");
    symlink(&target, dir.join("backup.db")).unwrap();
    let before = l.dump();
    l.fails(&["backup", "backup.db"], "already exists");
    assert!(!target.exists(), "the backup was made through the link");
    assert_eq!(l.dump(), before);
}

#[test]
fn config_set_writes_through_a_symlinked_config_and_follows_no_planted_link() {
    let l = Cli::new();
    l.ok(&["ls"]);
    let config = l.home().join(".config/nestegg");
    std::fs::create_dir_all(&config).unwrap();
    // Dotfiles kept elsewhere and linked in, as stow or a dotfile manager does.
    let dotfiles = l.dir.path().join("dotfiles");
    std::fs::create_dir(&dotfiles).unwrap();
    std::fs::write(dotfiles.join("config.toml"), "# mine\ntheme = \"none\"\n").unwrap();
    symlink(dotfiles.join("config.toml"), config.join("config.toml")).unwrap();
    // And a link planted at the old temporary name.
    let victim = l.dir.path().join("victim.txt");
    std::fs::write(&victim, "not yours\n").unwrap();
    symlink(&victim, config.join("config.toml.nestegg-tmp")).unwrap();

    l.ok(&["config", "set", "month_start", "10"]);
    let link = std::fs::symlink_metadata(config.join("config.toml")).unwrap();
    assert!(link.file_type().is_symlink(), "config set replaced the link with a plain file");
    let written = std::fs::read_to_string(dotfiles.join("config.toml")).unwrap();
    assert_eq!(written, "# mine\ntheme = \"none\"\nmonth_start = 10\n");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "not yours\n");
    let show = l.ok(&["config", "show"]);
    assert!(show.contains("month_start = 10") && show.contains("theme = \"none\""), "{show}");
    // And unset writes through the link too.
    l.ok(&["config", "unset", "theme"]);
    assert!(std::fs::symlink_metadata(config.join("config.toml")).unwrap().file_type().is_symlink());
    let written = std::fs::read_to_string(dotfiles.join("config.toml")).unwrap();
    assert!(written.contains("month_start = 10") && !written.contains("theme"), "{written}");
}

#[test]
fn a_symlinked_ledger_is_used_in_place_and_restore_never_moves_or_chmods_what_a_link_points_to() {
    let l = ledger();
    let dir = l.dir.path();
    let backup = dir.join("b.db");
    l.ok(&["backup", backup.to_str().unwrap()]);
    // A ledger kept elsewhere (a synced folder) and linked in.
    std::fs::create_dir(dir.join("synced")).unwrap();
    let real = dir.join("synced/real.db");
    std::fs::rename(&l.path, &real).unwrap();
    symlink("synced/real.db", &l.path).unwrap();
    l.ok(&["add", "7", "-c", "food", "-p", "through the link"]);
    assert!(l.ok(&["ls"]).contains("through the link"));
    // restore writes the backup into the file the link points to; the link stays.
    l.ok(&["restore", backup.to_str().unwrap()]);
    assert!(std::fs::symlink_metadata(&l.path).unwrap().file_type().is_symlink());
    assert!(!l.ok(&["ls"]).contains("through the link"));
    assert_eq!(common::mode(&real), 0o600);

    // A link to a file that is not a ledger: `restore` refuses it, moving
    // and chmodding nothing (the old code moved the link aside and made its
    // target 0600).
    let victim = dir.join("notes.txt");
    std::fs::write(&victim, "my notes\n").unwrap();
    let mut perms = std::fs::metadata(&victim).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o644);
    std::fs::set_permissions(&victim, perms).unwrap();
    let link = dir.join("linked.db");
    symlink("notes.txt", &link).unwrap();
    let backups = listing(&dir.join("backups"));
    let out = l.command(&["restore", backup.to_str().unwrap()]).arg("--db").arg(&link).output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("linked.db is a symbolic link to") && err.contains("nothing was changed"), "{err}");
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_link(&link).unwrap(), Path::new("notes.txt"));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "my notes\n");
    assert_eq!(common::mode(&victim), 0o644, "restore changed the mode of the file behind the link");
    assert_eq!(listing(&dir.join("backups")), backups);

    // A link to an empty file starts a ledger there, private; the link stays.
    let empty = dir.join("synced/new.db");
    std::fs::write(&empty, "").unwrap();
    let link = dir.join("new-link.db");
    symlink("synced/new.db", &link).unwrap();
    let out = l.command(&["ls"]).arg("--db").arg(&link).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(common::mode(&empty), 0o600);
    assert!(std::fs::metadata(&empty).unwrap().len() > 0);
}

// ---- item 10: every file nestegg writes reads back ---------------------------------

#[test]
fn a_rule_with_no_payee_is_refused_and_the_rules_file_stays_readable() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("nestegg/rules.toml");
    for payee in ["", "   "] {
        let e = nestegg::config::add_rule_to(&rules, payee, "food").unwrap_err();
        assert!(e.contains("no payee"), "{e}");
        assert!(!rules.exists(), "a rule with payee {payee:?} was written");
    }
    // Payees TOML must quote, and a file that already has a byte-order mark.
    std::fs::create_dir_all(rules.parent().unwrap()).unwrap();
    std::fs::write(&rules, "\u{feff}[[rule]]\ncontains = \"滴滴\"\ncategory = \"transport\"\n").unwrap();
    let payees = ["菜市场 \"老王\"", "a\\b", "[[rule]]", "# not a comment", "tab\there", "'single'"];
    for p in payees {
        nestegg::config::add_rule_to(&rules, p, "groceries").unwrap();
    }
    let read = nestegg::import::rules::Rules::parse(&std::fs::read_to_string(&rules).unwrap(), "rules.toml").unwrap();
    for p in payees {
        assert_eq!(read.category_for(p, "").map(|r| r.0), Some("groceries"), "{p}");
    }
    assert_eq!(read.category_for("滴滴出行", "").map(|r| r.0), Some("transport"));
    assert_eq!(common::mode(&rules), 0o600);
    // A broken file is named, not added to.
    std::fs::write(&rules, "[[rule]]\ncontains = \"\"\ncategory = \"food\"\n").unwrap();
    let e = nestegg::config::add_rule_to(&rules, "美团", "food").unwrap_err();
    assert!(e.contains("rule 1") && e.contains("fix the file first"), "{e}");
}

#[test]
fn a_rule_saved_from_a_row_with_no_payee_in_the_interface_writes_nothing() {
    if !common::tools::tmux() {
        return;
    }
    // A nestegg CSV whose only row has no payee (and a category, so c works).
    let source = Cli::new();
    source.ok(&["add", "12", "-c", "food", "-d", "2026-10-01"]);
    let l = Cli::new();
    let bill = l.dir.path().join("nopayee.csv");
    source.ok(&["export", "-f", "csv", "--out", bill.to_str().unwrap()]);
    let home_var = format!("HOME={}", l.home().display());
    let bin = env!("CARGO_BIN_EXE_nestegg");
    let tmux = common::tmux::Tmux::start(&["env", &home_var, bin, "--db", l.path.to_str().unwrap()]);
    tmux.wait_for_text("Your ledger is empty");
    tmux.keys(&["I"]);
    tmux.type_text(bill.to_str().unwrap());
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("1 new");
    tmux.keys(&["c"]);
    tmux.wait_for_text("Category for this payee");
    tmux.type_text("groceries");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("goes to groceries");
    tmux.keys(&["R"]);
    tmux.wait_for_text("this row has no payee");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("imported 1 transaction");
    tmux.keys(&["q"]);
    drop(tmux);
    let rules = l.home().join(".config/nestegg/rules.toml");
    assert!(!rules.exists(), "{}", std::fs::read_to_string(&rules).unwrap_or_default());
    // Later imports still read the rules (there are none) and work.
    let out = l.ok(&["import", bill.to_str().unwrap(), "--dry-run"]);
    assert!(out.contains("0 new, 1 already in the ledger"), "{out}");
}

#[test]
fn every_file_nestegg_writes_reads_back_with_its_own_readers() {
    let l = ledger();
    let dir = l.dir.path();
    l.ok(&["accounts", "add", "Bank \"A\" #1", "--kind", "bank"]);
    l.ok(&["add", "3.5", "-c", "food", "-a", "Bank \"A\"", "-d", "2026-10-12", "-p", "菜市场, \"老王\"", "-n", "a;b"]);
    l.ok(&["add", "9", "-c", "transport", "-d", "2026-10-13"]);
    l.ok(&["transfer", "100", "--from", "Bank card", "--to", "Cash", "-d", "2026-10-14"]);

    // config.toml: every key, values TOML must quote; each reads back as set.
    let values = [
        ("language", "zh"),
        ("currency", "USD"),
        ("account", "Bank \"A\" #1"),
        ("week_start", "sunday"),
        ("month_start", "10"),
        ("baseline_months", "12"),
        ("theme", "high-contrast"),
    ];
    for (key, value) in values {
        l.ok(&["config", "set", key, value, "--lang", "en"]);
    }
    let config = l.home().join(".config/nestegg/config.toml");
    let (settings, problems) = nestegg::config::settings::parse(&std::fs::read_to_string(&config).unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(settings.account.as_deref(), Some("Bank \"A\" #1"));
    assert_eq!((settings.month_start, settings.baseline_months), (10, 12));
    let out = l.run(&["ls", "--lang", "en"]);
    assert!(out.status.success() && text(&out.stderr).is_empty(), "{}", text(&out.stderr));
    for (key, _) in values {
        l.ok(&["config", "unset", key, "--lang", "en"]);
    }
    assert!(nestegg::config::settings::parse(&std::fs::read_to_string(&config).unwrap()).1.is_empty());

    // CSV: nestegg's import reads it into an empty ledger, and the same
    // export comes out again, byte for byte.
    let csv = dir.join("all.csv");
    l.ok(&["export", "-f", "csv", "--out", csv.to_str().unwrap()]);
    let copy = Cli::new();
    copy.ok(&["accounts", "add", "Bank \"A\" #1", "--kind", "bank"]);
    copy.ok(&["import", csv.to_str().unwrap()]);
    let again = dir.join("again.csv");
    copy.ok(&["export", "-f", "csv", "--out", again.to_str().unwrap()]);
    let body = |p: &Path| {
        // Ids differ between ledgers; everything else must not.
        std::fs::read_to_string(p).unwrap().lines().map(|l| l.split_once(',').unwrap().1.to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(body(&again), body(&csv));

    // JSON: one object per row, amounts as written.
    let json = dir.join("all.json");
    l.ok(&["export", "-f", "json", "--out", json.to_str().unwrap()]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(rows.len(), body(&csv).len() - 1);

    // A backup: restore reads it, and the ledger comes back as it was.
    let backup = dir.join("all.db");
    l.ok(&["backup", backup.to_str().unwrap()]);
    let before = l.dump();
    l.ok(&["add", "1", "-c", "food"]);
    l.ok(&["restore", backup.to_str().unwrap()]);
    assert_eq!(l.dump(), before);
    for file in [&csv, &json, &backup, &config] {
        assert_eq!(common::mode(file), 0o600, "{}", file.display());
    }
}

// ---- item 13: errors blame the right thing; accounts stay distinct -------------------

#[test]
fn a_file_size_limit_is_not_blamed_on_a_full_disk() {
    let l = ledger();
    let bill = l.bill(6_000, 2025);
    let before = l.dump();
    let map = "date=date,amount=amount,payee=payee";
    let args = ["import", &bill, "--preset", "generic", "--map", map, "--account", "cash"];
    let out = l.under_shell("trap '' XFSZ; ulimit -f 400", &args).output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the change was not saved and the ledger is as it was"), "{err}");
    assert!(err.contains("a file-size limit is set for this process (ulimit -f)"), "{err}");
    assert!(!err.contains("disk is full") && !err.contains("free some space"), "blames the disk: {err}");
    assert_eq!(l.dump(), before);
}

/// The postings of a journal: account → its sum in fen.
fn postings(journal: &str) -> BTreeMap<String, i64> {
    let mut sums = BTreeMap::new();
    for line in journal.lines().filter(|l| l.starts_with("    ")) {
        let (account, amount) = line.trim().rsplit_once("  ").unwrap();
        let amount = amount.trim().strip_prefix("CNY ").unwrap().replace('.', "");
        *sums.entry(account.trim().to_owned()).or_insert(0) += amount.parse::<i64>().unwrap();
    }
    sums
}

#[test]
fn accounts_whose_names_differ_only_in_what_a_journal_cannot_hold_stay_distinct() {
    let l = Cli::new();
    // Beside the shipped "Bank card": names that only differ in a colon, a
    // second space, or an escape the export itself might use.
    let names = ["Bank card", "Bank:card", "Bank-card", "Bank  card", "Bank%3Acard"];
    for name in &names[1..] {
        l.ok(&["accounts", "add", name, "--kind", "bank"]);
    }
    // A spending category named like the housing group, beside a housing one.
    l.ok(&["categories", "add", "housing", "--class", "spending"]);
    let mut ours: BTreeMap<String, i64> = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        let amount = 100 * (i as i64 + 1);
        l.ok(&["add", &amount.to_string(), "-c", "salary", "-a", name, "-d", "2026-10-01"]);
        ours.insert(name.to_string(), amount * 100);
    }
    l.ok(&["add", "30", "-c", "rent", "-a", "Bank card", "-d", "2026-10-02"]);
    l.ok(&["add", "7", "-c", "housing", "-a", "Bank card", "-d", "2026-10-03"]);
    *ours.get_mut("Bank card").unwrap() -= 3_700;
    // nestegg's own balances, from its CSV.
    let mut listed: BTreeMap<String, i64> = BTreeMap::new();
    let csv = l.ok(&["ls", "-f", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for r in reader.records() {
        let r = r.unwrap();
        *listed.entry(r[2].to_owned()).or_default() += r[7].replace('.', "").parse::<i64>().unwrap();
    }
    assert_eq!(listed, ours);
    let journal_path = l.dir.path().join("books.journal");
    l.ok(&["export", "-f", "ledger", "--out", journal_path.to_str().unwrap()]);
    let journal = std::fs::read_to_string(&journal_path).unwrap();
    let sums = postings(&journal);
    let assets: BTreeMap<&String, &i64> = sums.iter().filter(|(a, _)| a.starts_with("assets:")).collect();
    assert_eq!(assets.len(), ours.len(), "{} accounts became {}:\n{journal}", ours.len(), assets.len());
    let mut balances: Vec<i64> = assets.values().map(|v| **v).collect();
    let mut want: Vec<i64> = ours.values().copied().collect();
    balances.sort();
    want.sort();
    assert_eq!(balances, want, "{journal}");
    assert_eq!(sums["expenses:housing:rent"], 3_000);
    // The spending category "housing" is not the parent of the housing ones.
    let (spending, _) = sums.iter().find(|(_, v)| **v == 700).expect("the spending housing posting");
    assert!(!spending.starts_with("expenses:housing"), "{journal}");

    // The tools read the same: one account per nestegg account, same balances.
    if common::tools::hledger() {
        let out = std::process::Command::new("hledger")
            .args(["-f", journal_path.to_str().unwrap(), "balance", "--flat", "-N", "-O", "csv", "assets"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        let rows = text(&out.stdout);
        let hledger: Vec<i64> = rows
            .lines()
            .skip(1)
            .map(|l| l.rsplit_once(',').unwrap().1.trim_matches('"').replace("CNY ", "").replace('.', ""))
            .map(|a| a.parse().unwrap())
            .collect();
        let mut hledger = hledger;
        hledger.sort();
        assert_eq!(hledger, want, "{rows}");
        let expenses = std::process::Command::new("hledger")
            .args(["-f", journal_path.to_str().unwrap(), "balance", "--flat", "-N", "expenses:housing"])
            .output()
            .unwrap();
        let shown = text(&expenses.stdout);
        assert_eq!(shown.lines().map(str::trim).collect::<Vec<_>>(), ["CNY 30.00  expenses:housing:rent"], "{shown}");
    }
    if common::tools::ledger_cli() {
        let out = std::process::Command::new("ledger")
            .args(["-f", journal_path.to_str().unwrap(), "balance", "--flat", "--no-total", "assets"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout).lines().count(), ours.len(), "{}", text(&out.stdout));
    }
}
