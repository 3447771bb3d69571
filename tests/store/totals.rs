//! The kept totals (month totals and payees, kept by triggers) stay equal to
//! what the rows say after every kind of write: `nestegg check` recomputes
//! them from the rows after each, through the real binary. And the reports
//! that read them give the figures of a worked example.

use crate::common;

use common::{Cli, fixture};

fn checked(l: &Cli, after: &str) {
    let out = l.run(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.starts_with("ok: "),
        "after {after}: {text} {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs one write and checks the ledger after it, then after undoing it and
/// redoing it.
fn write_undo_redo(l: &Cli, args: &[&str]) {
    l.ok(args);
    checked(l, &format!("{args:?}"));
    l.ok(&["undo"]);
    checked(l, &format!("undo of {args:?}"));
    l.ok(&["redo"]);
    checked(l, &format!("redo of {args:?}"));
}

#[test]
fn every_kind_of_write_keeps_the_totals_equal_to_the_rows() {
    let l = Cli::new();
    checked(&l, "a new ledger");
    write_undo_redo(&l, &["demo", "--months", "3"]);
    write_undo_redo(&l, &["add", "25", "-c", "food", "-p", "食堂", "-d", "2026-10-03"]);
    write_undo_redo(&l, &["add", "5000", "-c", "salary", "-d", "2026-10-10"]);
    write_undo_redo(&l, &["transfer", "300", "--from", "bank", "--to", "alipay", "-d", "2026-10-11"]);
    let id = |l: &Cli, payee: &str| {
        let csv = l.ok(&["ls", "--format", "csv", "--search", payee]);
        csv.lines().nth(1).unwrap().split(',').next().unwrap().to_owned()
    };
    let food = id(&l, "食堂");
    // Each field that a total depends on: amount, month, account, category, payee.
    for change in [
        vec!["--amount", "30"],
        vec!["--date", "2026-09-30"],
        vec!["--account", "wechat"],
        vec!["--category", "groceries"],
        vec!["--category", "side income"],
        vec!["--payee", "沙县小吃"],
        vec!["--payee", ""],
    ] {
        let mut args = vec!["edit", food.as_str()];
        args.extend(change);
        write_undo_redo(&l, &args);
    }
    // A transfer leg: its payee is the other account.
    let leg = id(&l, "Alipay");
    write_undo_redo(&l, &["edit", &leg, "--amount", "450", "--date", "2026-08-01"]);
    write_undo_redo(&l, &["rm", &leg]);
    write_undo_redo(&l, &["rm", &food]);
    write_undo_redo(&l, &["import", &fixture("alipay.csv")]);
    write_undo_redo(&l, &["import", &fixture("wechat.xlsx")]);
    let export = l.dir.path().join("all.csv");
    l.ok(&["export", "--format", "csv", "--out", export.to_str().unwrap()]);
    let report = l.ok(&["report", "monthly", "--format", "csv"]);
    // A recurring rule started two years back: a catch-up of 24 instances.
    l.ok(&[
        "recurring",
        "add",
        "rent",
        "--amount",
        "1500",
        "--category",
        "rent",
        "--day",
        "1",
        "--start",
        "2024-12-01",
    ]);
    l.ok(&["accounts"]);
    checked(&l, "a catch-up of recurring instances");
    l.ok(&["undo"]);
    checked(&l, "undo of the catch-up");
    // Backup, change, restore: the restored file's totals are its own.
    let backup = l.ok(&["backup"]);
    let file = backup.split_whitespace().find(|w| w.ends_with(".db")).expect("the backup's path").to_owned();
    l.ok(&["add", "99", "-c", "food", "-d", "2026-11-02"]);
    l.ok(&["restore", &file]);
    checked(&l, "restore");
    // An export imported into an empty ledger.
    let other = Cli::new();
    // nestegg's CSV names its accounts and makes none: those the Alipay
    // bill's payment methods made (issue 27) are added first.
    for (name, kind) in [("花呗", "credit"), ("余额宝", "savings"), ("储蓄卡", "bank")] {
        other.ok(&["accounts", "add", name, "--kind", kind]);
    }
    other.ok(&["import", export.to_str().unwrap()]);
    checked(&other, "an import of a nestegg export");
    assert_eq!(other.ok(&["report", "monthly", "--format", "csv"]), report, "the same rows give the same report");
}

#[test]
fn a_bulk_step_is_a_few_bytes_of_history_and_refuses_to_undo_over_rows_changed_behind_its_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = nestegg::store::Store::open(&dir.path().join("l.db")).unwrap();
    let today = common::today();
    let n =
        nestegg::ops::demo::load(&mut store, nestegg::demo::large::entries(today, 5_000, 1), 5_000, |_| ()).unwrap();
    assert_eq!(n, 5_000);
    let history: i64 = store.connection().query_row("SELECT length(changes) FROM undo_log", [], |r| r.get(0)).unwrap();
    assert!(history < 100, "5,000 rows in {history} bytes of history");
    // Undo and redo bring back every row exactly.
    let sum = |s: &nestegg::store::Store| -> (i64, i64) {
        s.connection()
            .query_row("SELECT count(*), total(amount) FROM txns", [], |r| Ok((r.get(0)?, r.get::<_, f64>(1)? as i64)))
            .unwrap()
    };
    let before = sum(&store);
    store.undo().unwrap();
    assert_eq!(sum(&store), (0, 0));
    store.redo().unwrap();
    assert_eq!(sum(&store), before);
    assert!(store.check().unwrap().is_empty());
    // A row deleted outside the history: undo would not give the step back whole.
    store.connection().execute("DELETE FROM txns WHERE id = 10", []).unwrap();
    let err = store.undo().unwrap_err().to_string();
    assert!(err.contains("1 of the 5000 transactions that step added were deleted since"), "{err}");
    assert_eq!(sum(&store).0, 4_999, "nothing was undone");
}

#[test]
fn a_large_import_takes_the_set_based_path_and_keeps_the_same_totals() {
    // 6,000 rows: past the bulk threshold, so the totals' triggers are set
    // aside and the totals added in a few statements; they must match the rows.
    let a = Cli::new();
    a.ok(&["demo", "--transactions", "6000", "--seed", "4"]);
    checked(&a, "a large demo");
    let csv = a.dir.path().join("all.csv");
    a.ok(&["export", "--format", "csv", "--out", csv.to_str().unwrap()]);
    let b = Cli::new();
    b.ok(&["add", "18", "-c", "food", "-p", "美团外卖", "-d", "2020-05-05"]);
    assert!(b.ok(&["import", csv.to_str().unwrap()]).contains("imported 6000 transactions"));
    checked(&b, "a large import over a ledger with a row of its own");
    // The triggers are back: a later single write keeps the totals too.
    b.ok(&["add", "7", "-c", "food", "-p", "美团外卖", "-d", "2026-11-02"]);
    checked(&b, "an add after a large import");
    b.ok(&["undo"]);
    b.ok(&["undo"]);
    checked(&b, "undo of the large import");
    assert_eq!(
        b.ok(&["check"]),
        "ok: 1 transaction; the file is sound and the kept month totals and payees match the rows\n"
    );
    b.ok(&["redo"]);
    checked(&b, "redo of the large import");
    let report = |l: &Cli| l.ok(&["report", "monthly", "--format", "csv", "--from", "2021-01", "--to", "2026-10"]);
    assert_eq!(report(&a), report(&b), "the same rows give the same months");
}

#[test]
fn header_sums_from_the_kept_totals_equal_those_from_the_rows_for_every_filter() {
    use nestegg::model::{Month, TxnFilter};
    let l = Cli::new();
    l.ok(&["demo", "--months", "4", "--seed", "2"]);
    l.ok(&["categories", "add", "coffee", "--class", "spending", "--parent", "food"]);
    l.ok(&["add", "18", "-c", "coffee", "-p", "瑞幸", "-d", "2026-10-08"]);
    let store = nestegg::store::Store::open(&l.path).unwrap();
    let id = |name: &str| store.categories(true).unwrap().into_iter().find(|c| c.name == name).unwrap().id;
    let wechat = store.accounts(true).unwrap().into_iter().find(|a| a.name == "WeChat Pay").unwrap().id;
    let october: Month = "2026-10".parse().unwrap();
    let filters = [
        TxnFilter::default(),
        TxnFilter { from: Some(october.first_day()), to: Some(october.last_day()), ..Default::default() },
        TxnFilter { from: Some(october.first_day()), ..Default::default() },
        TxnFilter { account_id: Some(wechat), ..Default::default() },
        TxnFilter { category_id: Some(id("food")), ..Default::default() },
        TxnFilter {
            from: Some(october.first_day()),
            to: Some(october.last_day()),
            account_id: Some(wechat),
            category_id: Some(id("food")),
            ..Default::default()
        },
    ];
    for f in filters {
        // `min_abs: 0` matches every row but sends the sums to the rows themselves.
        let from_rows = TxnFilter { min_abs: Some(0), ..f.clone() };
        let mut kept = store.class_sums(&f).unwrap();
        let mut rows = store.class_sums(&from_rows).unwrap();
        kept.sort();
        rows.sort();
        assert!(!rows.is_empty(), "{f:?} matches rows");
        assert_eq!(kept, rows, "{f:?}");
    }
}

#[test]
fn check_names_a_damaged_total_in_words_and_repair_mends_it() {
    let l = Cli::new();
    l.ok(&["add", "25", "-c", "food", "-a", "wechat", "-p", "食堂", "-d", "2026-10-03"]);
    checked(&l, "one add");
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    conn.execute("UPDATE month_totals SET total = total - 100 WHERE month = '2026-10'", []).unwrap();
    drop(conn);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text,
        "2026-10 · WeChat Pay · food: kept -¥26.00 over 1 transaction; the rows give -¥25.00 over 1 transaction\n"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("1 kept total differs from the rows (listed above); `nestegg check --repair`")
    );
    let repaired = l.ok(&["check", "--repair"]);
    assert!(repaired.ends_with("rebuilt the kept totals from the rows; 0 differences left\n"), "{repaired}");
    checked(&l, "a repair");
}

#[test]
fn check_finds_a_damaged_month_payee_and_payee_list() {
    let l = Cli::new();
    l.ok(&["add", "25", "-c", "food", "-a", "wechat", "-p", "食堂", "-d", "2026-10-03"]);
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    conn.execute_batch("UPDATE month_payees SET rows = 2; DELETE FROM payees;").unwrap();
    drop(conn);
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    // The ledger's one transaction has id 1.
    assert_eq!(
        text,
        "2026-10 · food · 食堂: kept -¥25.00 over 2 transactions; the rows give -¥25.00 over 1 transaction\n\
         payee 食堂: kept nothing; the rows give 1 use, the latest 2026-10-03 #1\n"
    );
    l.ok(&["check", "--repair"]);
    checked(&l, "a repair of both");
}
