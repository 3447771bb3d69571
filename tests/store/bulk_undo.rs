//! Bulk undo and redo (issue 28): an import of 6,000 rows (past the bulk
//! path's 5,000) undone and redone, by changing pages with the twin of
//! `txns` or by moving rows, puts every kept total back exactly, the
//! links to its rows go as the foreign keys take them, a failure midway
//! leaves the ledger (indexes and triggers too) as it was, free pages are
//! given back, and an older ledger is rebuilt once with
//! `auto_vacuum = INCREMENTAL` (migration 17).

use crate::common;

use common::{Cli, table_rows};
use nestegg::store::{Store, Upgrade};

const MAP: &str = "date=date,amount=amount,payee=payee";

fn import(file: &str) -> [&str; 8] {
    ["import", file, "--preset", "generic", "--map", MAP, "--account", "cash"]
}

fn conn(cli: &Cli) -> rusqlite::Connection {
    rusqlite::Connection::open(&cli.path).unwrap()
}

/// The rows and the kept totals, table by table.
fn kept(cli: &Cli) -> Vec<Vec<String>> {
    let c = conn(cli);
    ["txns", "transfers", "month_totals", "month_payees", "payees"].iter().map(|t| table_rows(&c, t)).collect()
}

/// Every object of the schema with its SQL.
fn schema(cli: &Cli) -> Vec<String> {
    let c = conn(cli);
    let mut stmt = c.prepare("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema").unwrap();
    let mut out: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    out.sort();
    out
}

fn one(cli: &Cli, sql: &str) -> i64 {
    conn(cli).query_row(sql, [], |r| r.get(0)).unwrap()
}

fn integrity(cli: &Cli) -> String {
    conn(cli).query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

/// Where an undone step's rows wait: (`undo_rows`, `undo_swap`, `undo_swapped`).
fn waiting(cli: &Cli) -> (i64, i64, i64) {
    let n = |t: &str| one(cli, &format!("SELECT count(*) FROM {t}"));
    (n("undo_rows"), n("undo_swap"), n("undo_swapped"))
}

/// Both bulk paths: a bill that is most of the ledger has `txns` change
/// pages with its twin (`undo_swap`, which keeps a copy of the other rows
/// beside it); one that is less than half moves by range into `undo_rows`.
#[test]
fn a_bulk_undo_puts_every_kept_total_back_and_its_redo_brings_the_import_back() {
    for earlier in [0, 7_000] {
        let cli = Cli::new();
        if earlier > 0 {
            cli.ok(&import(&cli.bill(earlier, 2023)));
        }
        let uses = 1 + i64::from(earlier > 0);
        // A payee of the bill used before it: row 7 of the bill is imp-7 on
        // 2024-08-08 for -8.07; this one is a week earlier.
        cli.ok(&["add", "25", "-c", "food", "-a", "cash", "-d", "2024-08-01", "--payee", "imp-7"]);
        cli.ok(&["add", "5000", "-c", "salary", "-d", "2024-08-10", "--payee", "厂里"]);
        cli.ok(&["transfer", "300", "--from", "bank", "--to", "wechat", "-d", "2024-08-11"]);
        let hand: i64 = one(&cli, "SELECT id FROM txns WHERE payee = 'imp-7' AND date = '2024-08-01'");
        let others = one(&cli, "SELECT count(*) FROM txns");
        let before = kept(&cli);
        let shape = schema(&cli);
        let bill = cli.bill(6_000, 2024);
        cli.ok(&import(&bill));
        let imported = kept(&cli);
        let payee = |cli: &Cli| table_rows(&conn(cli), "payees").into_iter().find(|r| r.starts_with("imp-7|")).unwrap();
        let latest: i64 = one(&cli, "SELECT id FROM txns WHERE payee = 'imp-7' AND date = '2024-08-08'");
        assert_eq!(payee(&cli), format!("imp-7|Integer({})|2024-08-08|Integer({latest})", uses + 1));

        assert!(cli.ok(&["undo"]).contains("6000"));
        assert_eq!(kept(&cli), before, "the undo left the ledger as it was before the import");
        // The payee's latest use is the hand-made row again, one use fewer.
        assert_eq!(payee(&cli), format!("imp-7|Integer({uses})|2024-08-01|Integer({hand})"));
        assert_eq!(schema(&cli), shape, "indexes and triggers as they were");
        let swapped = if earlier == 0 { (0, 6_000 + others, 1) } else { (6_000, 0, 0) };
        assert_eq!(waiting(&cli), swapped, "{earlier}");
        assert_eq!(integrity(&cli), "ok");
        cli.ok(&["check"]);

        cli.ok(&["redo"]);
        assert_eq!(kept(&cli), imported, "the redo brought back the rows and their totals");
        assert_eq!(payee(&cli), format!("imp-7|Integer({})|2024-08-08|Integer({latest})", uses + 1));
        assert_eq!(schema(&cli), shape);
        assert_eq!(waiting(&cli), (0, 0, 0));
        assert_eq!(integrity(&cli), "ok");
        cli.ok(&["check"]);
        // And again: the steps walk both ways any number of times, with
        // other steps undone and redone under the bulk one.
        cli.ok(&["undo"]);
        cli.ok(&["undo"]);
        cli.ok(&["undo"]);
        assert_eq!(one(&cli, "SELECT count(*) FROM txns"), others - 3);
        cli.ok(&["check"]);
        cli.ok(&["redo"]);
        cli.ok(&["redo"]);
        assert_eq!(kept(&cli), before);
        cli.ok(&["redo"]);
        assert_eq!(kept(&cli), imported);
        assert_eq!(integrity(&cli), "ok");
    }
}

/// Two large steps undone one after the other: the later one waits in the
/// twin, the earlier one (the twin taken) moves into `undo_rows`; redone
/// in turn, each comes back whole.
#[test]
fn a_second_large_undo_moves_its_rows_while_the_first_waits_in_the_twin() {
    let cli = Cli::new();
    cli.ok(&["ls"]);
    let empty = kept(&cli);
    cli.ok(&import(&cli.bill(6_000, 2024)));
    let first = kept(&cli);
    cli.ok(&import(&cli.bill(6_000, 2025)));
    let both = kept(&cli);
    cli.ok(&["undo"]);
    // The twin holds the later step's rows and a copy of the earlier ones.
    assert_eq!((kept(&cli), waiting(&cli)), (first.clone(), (0, 12_000, 1)));
    cli.ok(&["undo"]);
    assert_eq!((kept(&cli), waiting(&cli)), (empty, (6_000, 12_000, 1)));
    cli.ok(&["check"]);
    cli.ok(&["redo"]);
    assert_eq!((kept(&cli), waiting(&cli)), (first, (0, 12_000, 1)));
    cli.ok(&["redo"]);
    assert_eq!((kept(&cli), waiting(&cli)), (both, (0, 0, 0)));
    assert_eq!(integrity(&cli), "ok");
    cli.ok(&["check"]);
}

#[test]
fn a_redo_whose_kept_rows_were_taken_is_refused_and_changes_nothing() {
    let cli = Cli::new();
    cli.ok(&["add", "25", "-c", "food", "-d", "2024-08-01", "--payee", "mine"]);
    cli.ok(&import(&cli.bill(6_000, 2024)));
    cli.ok(&["undo"]);
    // Two of the waiting rows taken by hand (or a damaged file).
    conn(&cli).execute_batch("DELETE FROM undo_swap WHERE payee IN ('imp-1', 'imp-2')").unwrap();
    let all = cli.dump();
    let out = cli.run(&["redo"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2 of the 6000 transactions that step added are gone"), "{err}");
    assert_eq!(cli.dump(), all);
    assert_eq!(one(&cli, "SELECT count(*) FROM txns"), 1);
}

#[test]
fn a_row_changed_under_an_undone_import_is_kept_by_its_redo_and_the_totals_made_again() {
    let cli = Cli::new();
    cli.ok(&["add", "25", "-c", "food", "-d", "2024-08-01", "--payee", "mine"]);
    cli.ok(&["add", "40", "-c", "food", "-d", "2024-08-02", "--payee", "theirs"]);
    cli.ok(&import(&cli.bill(6_000, 2024)));
    cli.ok(&["undo"]);
    assert_eq!(waiting(&cli).2, 1);
    // Another program changes one of the rows the undo kept and removes the
    // other; the twin's copy of them is now stale.
    conn(&cli)
        .execute_batch(
            "UPDATE txns SET amount = -9900, payee = 'changed' WHERE payee = 'mine';
             DELETE FROM txns WHERE payee = 'theirs';",
        )
        .unwrap();
    cli.ok(&["redo"]);
    assert_eq!(one(&cli, "SELECT count(*) FROM txns"), 6_001);
    assert_eq!(one(&cli, "SELECT amount FROM txns WHERE payee = 'changed'"), -9900);
    assert_eq!(one(&cli, "SELECT count(*) FROM txns WHERE payee IN ('mine', 'theirs')"), 0);
    assert_eq!(waiting(&cli), (0, 0, 0));
    assert_eq!(integrity(&cli), "ok");
    // The kept totals were made again from the rows: `check` finds them right.
    cli.ok(&["check"]);
}

#[test]
fn a_page_change_that_fails_leaves_the_same_handle_reading_the_ledger_as_it_was() {
    let cli = Cli::new();
    cli.ok(&["add", "25", "-c", "food", "-d", "2024-08-01", "--payee", "mine"]);
    cli.ok(&import(&cli.bill(6_000, 2024)));
    let imported = kept(&cli);
    let mut store = Store::open(&cli.path).unwrap();
    // Through the payee index (the twin's pages, if the schema were stale)
    // and through the table.
    let read = |store: &Store| -> (i64, i64, i64) {
        let c = store.connection();
        let n = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        (
            n("SELECT count(*) FROM txns INDEXED BY txns_by_payee WHERE payee >= ''"),
            n("SELECT count(*) FROM txns NOT INDEXED"),
            store.txn_count().unwrap(),
        )
    };
    let sound = |store: &Store| {
        assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
        assert!(store.check().unwrap().is_empty());
    };
    // Each fault strikes after the pages changed, before the commit: the
    // undo's last write, then the redo's emptying of the twin.
    for (event, table, undo) in [("INSERT", "undo_swapped", true), ("DELETE", "undo_swap_payees", false)] {
        let (rows, all) = (kept(&cli), cli.dump());
        let counts = read(&store);
        fault(&cli, event, table, "1");
        let err = if undo { store.undo() } else { store.redo() }.unwrap_err();
        assert!(err.to_string().contains("injected fault"), "{err}");
        assert_eq!(read(&store), counts, "{table}: the same handle reads the old pages");
        sound(&store);
        conn(&cli).execute_batch("DROP TRIGGER injected_fault").unwrap();
        assert_eq!((kept(&cli), cli.dump()), (rows, all), "{table}");
        assert!(if undo { store.undo() } else { store.redo() }.unwrap().is_some());
        let now = if undo { 1 } else { 6_001 };
        assert_eq!(read(&store), (now, now, now), "{table}: the same handle reads the new pages");
        sound(&store);
    }
    assert!(store.schema_differences().unwrap().is_empty());
    drop(store);
    assert_eq!(kept(&cli), imported);
}

#[test]
fn links_to_the_rows_of_an_undone_import_go_as_the_foreign_keys_take_them() {
    let cli = Cli::new();
    let bill = cli.bill(6_000, 2024);
    cli.ok(&import(&bill));
    cli.ok(&["add", "12", "-c", "food", "-d", "2024-05-01", "--payee", "mine"]);
    let mine = one(&cli, "SELECT id FROM txns WHERE payee = 'mine'");
    let id = |payee: &str| one(&cli, &format!("SELECT id FROM txns WHERE payee = '{payee}'"));
    let (a, b, c, d) = (id("imp-1"), id("imp-2"), id("imp-3"), id("imp-4"));
    // Links no step recorded (as a later step, undone first, would have
    // taken them): a claim between two imported rows, one from my own row
    // to an imported one, an instalment plan and a recurring instance.
    conn(&cli)
        .execute_batch(&format!(
            "DELETE FROM undo_log WHERE id > (SELECT min(id) FROM undo_log);
             INSERT INTO claims (offset_id, paid_id, kind) VALUES ({a}, {b}, 'share'), ({mine}, {c}, 'share');
             INSERT INTO instalments (txn_id, months) VALUES ({d}, 3);
             INSERT INTO recurring (name, account_id, category_id, amount, schedule)
                  VALUES ('rule', 1, 1, -100, '{{}}');
             INSERT INTO recurring_instances (rule_id, date, status, txn_id)
                  VALUES ((SELECT id FROM recurring), '2024-01-01', 'posted', {c}),
                         ((SELECT id FROM recurring), '2024-02-01', 'posted', {mine});"
        ))
        .unwrap();
    cli.ok(&["undo"]);
    // What ON DELETE CASCADE and SET NULL do: the claims and the plan on
    // the imported rows go, the instance stays without its row; my row's
    // own link stays.
    let c2 = conn(&cli);
    assert_eq!(table_rows(&c2, "claims"), Vec::<String>::new());
    assert_eq!(table_rows(&c2, "instalments"), Vec::<String>::new());
    let instances: Vec<String> = table_rows(&c2, "recurring_instances")
        .into_iter()
        .map(|r| r.split('|').skip(1).step_by(3).collect::<Vec<_>>().join("|"))
        .collect();
    assert_eq!(instances, ["2024-01-01|Null", &format!("2024-02-01|Integer({mine})")]);
    assert_eq!(one(&cli, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    assert_eq!(one(&cli, "SELECT count(*) FROM txns"), 1);
    cli.ok(&["check"]);
}

/// Puts a trigger in the ledger that aborts when `when` holds after
/// `event` on `table`: a failure from outside, midway through the undo.
fn fault(cli: &Cli, event: &str, table: &str, when: &str) {
    conn(cli)
        .execute_batch(&format!(
            "CREATE TRIGGER injected_fault AFTER {event} ON {table} WHEN {when}
             BEGIN SELECT RAISE(ABORT, 'injected fault'); END;"
        ))
        .unwrap();
}

#[test]
fn a_bulk_undo_that_fails_midway_leaves_the_rows_the_indexes_and_the_triggers() {
    let cli = Cli::new();
    // Less than half the ledger: the rows move by range.
    cli.ok(&import(&cli.bill(7_000, 2023)));
    cli.ok(&import(&cli.bill(6_000, 2024)));
    // Early (the 3,001st row into the stash) and late (the payees, after
    // the indexes are made again).
    for (event, table, when) in
        [("INSERT", "undo_rows", "(SELECT count(*) FROM undo_rows) > 3000"), ("UPDATE", "payees", "1")]
    {
        fault(&cli, event, table, when);
        let (rows, shape, all) = (kept(&cli), schema(&cli), cli.dump());
        let out = cli.run(&["undo"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("injected fault"));
        assert_eq!((kept(&cli), schema(&cli)), (rows, shape), "{table}");
        assert_eq!(cli.dump(), all);
        conn(&cli).execute_batch("DROP TRIGGER injected_fault").unwrap();
        cli.ok(&["check"]);
    }
    cli.ok(&["undo"]);
    assert_eq!(one(&cli, "SELECT count(*) FROM txns"), 7_000);
    assert_eq!(waiting(&cli), (6_000, 0, 0));
    cli.ok(&["check"]);
}

/// A new step takes the id of the undone step it forgets (`undo_log` ids
/// are reused): the forgotten step's stashed rows must go with it, or an
/// undo and redo of the new step brings them back as well.
#[test]
fn the_rows_of_a_forgotten_step_never_come_back_with_the_step_that_took_its_id() {
    let cli = Cli::new();
    cli.ok(&import(&cli.bill(7_000, 2023)));
    cli.ok(&import(&cli.bill(6_000, 2024)));
    let step = one(&cli, "SELECT max(id) FROM undo_log");
    cli.ok(&["undo"]);
    assert_eq!(waiting(&cli), (6_000, 0, 0));
    cli.ok(&import(&cli.bill(6_000, 2025)));
    assert_eq!(one(&cli, "SELECT max(id) FROM undo_log"), step, "the new step took the forgotten one's id");
    assert_eq!(waiting(&cli), (0, 0, 0), "the forgotten rows went");
    cli.ok(&["undo"]);
    cli.ok(&["redo"]);
    assert_eq!(one(&cli, "SELECT count(*) FROM txns"), 13_000);
    assert_eq!(one(&cli, "SELECT count(*) FROM txns WHERE date LIKE '2024-%'"), 0);
    cli.ok(&["check"]);
}

#[test]
fn free_pages_are_given_back_after_a_bulk_undo_and_redo() {
    let cli = Cli::new();
    cli.ok(&["demo", "--transactions", "40000", "--seed", "1"]);
    assert_eq!(one(&cli, "PRAGMA auto_vacuum"), 2, "a new ledger gives pages back from the start");
    let size = || std::fs::metadata(&cli.path).unwrap().len();
    let after_demo = size();
    // The undone rows wait in their pages, for the redo.
    cli.ok(&["undo"]);
    assert!(size() * 10 <= after_demo * 11, "{} within 10 % of {after_demo}", size());
    cli.ok(&["redo"]);
    let after_redo = size();
    // The redo frees only the copy of the rows the undo kept (none here).
    assert!(after_redo * 10 <= after_demo * 11, "{after_redo} within 10 % of {after_demo}");
    assert!(one(&cli, "PRAGMA freelist_count") < 256);
    cli.ok(&["check"]);
    // A new step forgets the undone demo: its pages go back to the system.
    cli.ok(&["undo"]);
    cli.ok(&["add", "12", "-c", "food", "--payee", "after"]);
    assert_eq!(waiting(&cli), (0, 0, 0));
    let after_forget = size();
    assert!(after_forget * 4 < after_demo, "{after_forget} well under {after_demo}");
    assert_eq!(integrity(&cli), "ok");
    cli.ok(&["check"]);
}

#[test]
fn an_older_ledger_is_rebuilt_once_to_give_pages_back_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    drop(Store::open(&path).unwrap());
    // A ledger as version 16 made it: no auto_vacuum, no note index (18).
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "DROP INDEX txns_by_note; DROP TABLE undo_swap; DROP TABLE undo_swapped; DROP TABLE undo_swap_month_totals;
             DROP TABLE undo_swap_month_payees; DROP TABLE undo_swap_payees;
             PRAGMA auto_vacuum = NONE; VACUUM; PRAGMA user_version = 16;",
        )
        .unwrap();
    let mode =
        || rusqlite::Connection::open(&path).unwrap().query_row("PRAGMA auto_vacuum", [], |r| r.get::<_, i64>(0));
    assert_eq!(mode().unwrap(), 0);
    let mut told = Vec::new();
    let store = Store::open_reporting(&path, &mut |u| told.push(u)).unwrap();
    assert!(store.schema_differences().unwrap().is_empty());
    drop(store);
    assert!(matches!(told[..], [Upgrade::Rebuilding { .. }, Upgrade::Rebuilt { .. }]), "{told:?}");
    assert_eq!(mode().unwrap(), 2);
    // Once: the next open finds it done.
    told.clear();
    drop(Store::open_reporting(&path, &mut |u| told.push(u)).unwrap());
    assert!(told.is_empty());
    // A ledger past 17 that lost the setting (a copy, a VACUUM by hand) gets it back.
    rusqlite::Connection::open(&path).unwrap().execute_batch("PRAGMA auto_vacuum = NONE; VACUUM;").unwrap();
    drop(Store::open_reporting(&path, &mut |u| told.push(u)).unwrap());
    assert_eq!(told.len(), 2);
    assert_eq!(mode().unwrap(), 2);
}

#[test]
fn a_ledger_with_a_broken_link_takes_the_usual_path_and_keeps_its_foreign_keys_on() {
    let cli = Cli::new();
    let bill = cli.bill(6_000, 2024);
    cli.ok(&import(&bill));
    let imported = kept(&cli);
    // A claim on rows that are not there, written with the keys off: the
    // bulk path's check before its commit finds it, and gives way.
    conn(&cli)
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO claims (offset_id, paid_id, kind) VALUES (999999, 999998, 'share');",
        )
        .unwrap();
    let mut store = Store::open(&cli.path).unwrap();
    assert!(store.undo().unwrap().is_some());
    let keys = |store: &Store| store.connection().query_row("PRAGMA foreign_keys", [], |r| r.get::<_, i64>(0));
    assert_eq!(keys(&store).unwrap(), 1);
    assert_eq!(store.txn_count().unwrap(), 0);
    assert!(store.check().unwrap().is_empty());
    assert!(store.redo().unwrap().is_some());
    assert_eq!(keys(&store).unwrap(), 1);
    drop(store);
    assert_eq!(kept(&cli), imported);
    assert_eq!(table_rows(&conn(&cli), "claims"), ["Integer(999999)|Integer(999998)|share|Null"]);
}
