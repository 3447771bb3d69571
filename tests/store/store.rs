//! The ledger store as a whole, on real files: upgrades from old ledgers,
//! refusing files it must not touch, permissions, atomic writes, keyset
//! pages, month sums, names, and two processes sharing one ledger.
//! (Query plans live in tests/store/store_plan.rs.)

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use nestegg::model::{AccountKind, Class, Month, NewTxn, Txn, TxnFilter};
use nestegg::money::Currency;
use nestegg::report::{MonthSummary, summarize};
use nestegg::store::{SCHEMA_VERSION, Store, StoreError};
use rusqlite::Connection;

const LEDGER_V1: &str = include_str!("../fixtures/ledger_v1.sql");

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn m(s: &str) -> Month {
    s.parse().unwrap()
}

fn new_ledger() -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    let store = Store::open(&path).unwrap();
    (dir, path, store)
}

fn account(store: &Store, name: &str) -> i64 {
    store.accounts(true).unwrap().into_iter().find(|a| a.name == name).unwrap().id
}

fn category(store: &Store, name: &str) -> i64 {
    store.categories(true).unwrap().into_iter().find(|c| c.name == name).unwrap().id
}

fn txn(date: &str, account_id: i64, category_id: i64, amount: i64, payee: &str) -> NewTxn {
    NewTxn {
        date: d(date),
        account_id,
        category_id,
        payee: payee.into(),
        note: String::new(),
        amount,
        tags: Default::default(),
    }
}

fn count(store: &Store, table: &str) -> i64 {
    store.connection().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

fn pragma_text(conn: &Connection, pragma: &str) -> String {
    conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0)).unwrap()
}

/// A real ledger on disk with `rows` expenses, closed (so its WAL is checkpointed away).
fn closed_ledger(dir: &Path, rows: usize) -> PathBuf {
    let path = dir.join("real.db");
    let mut store = Store::open(&path).unwrap();
    let (cash, food) = (account(&store, "Cash"), category(&store, "food"));
    store
        .write(|tx| {
            for i in 0..rows {
                tx.add_txn(&txn("2026-10-01", cash, food, -(i as i64) - 1, &format!("shop {i} 兰州拉面")))?;
            }
            Ok(())
        })
        .unwrap();
    drop(store);
    path
}

/// The names in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

/// `Store::open` must fail on `path` and leave its bytes, and its folder, as they were.
fn refused_untouched(path: &Path) -> StoreError {
    let (before, files) = (fs::read(path).unwrap(), listing(path.parent().unwrap()));
    let err = Store::open(path).err().expect("the file must be refused");
    let after = fs::read(path).unwrap();
    let first_change = before.iter().zip(&after).position(|(a, b)| a != b);
    assert!(
        before == after,
        "refusing it changed {} (length {} -> {}, first change at byte {first_change:?}): {err}",
        path.display(),
        before.len(),
        after.len()
    );
    assert_eq!(listing(path.parent().unwrap()), files, "refusing it left files behind: {err}");
    err
}

/// Two damaged copies of a real ledger: its first 100 bytes, and its first half.
fn truncated_ledgers(dir: &Path) -> [PathBuf; 2] {
    let real = fs::read(closed_ledger(dir, 3_000)).unwrap();
    assert!(real.len() >= 16 * 4096, "big enough to span many pages: {}", real.len());
    let (head, half) = (dir.join("head.db"), dir.join("half.db"));
    fs::write(&head, &real[..100]).unwrap();
    fs::write(&half, &real[..real.len() / 2]).unwrap();
    [head, half]
}

// ---- 2. migrations -------------------------------------------------------

#[test]
fn a_version_1_ledger_upgrades_to_the_current_schema_with_its_data_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    Connection::open(&path).unwrap().execute_batch(LEDGER_V1).unwrap();
    let v: i64 = Connection::open(&path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, 1, "the fixture is a version-1 ledger");

    let store = Store::open(&path).unwrap();
    let conn = store.connection();
    assert_eq!(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)).unwrap(), SCHEMA_VERSION);
    assert_eq!(pragma_text(conn, "integrity_check"), "ok");
    assert_eq!(count(&store, "pragma_foreign_key_check"), 0);
    // Same schema as a ledger created today (migrations are append-only).
    let schema = |c: &Connection| -> Vec<(String, String, Option<String>)> {
        let sql = "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name";
        let mut stmt = c.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
    };
    let (_fresh_dir, _, fresh) = new_ledger();
    assert_eq!(schema(conn), schema(fresh.connection()));

    // The data: nothing lost, nothing re-seeded.
    assert_eq!(store.txn_count().unwrap(), 12);
    assert_eq!((store.accounts(true).unwrap().len(), store.categories(true).unwrap().len()), (4, 18));
    let salary = store.txn(17).unwrap();
    assert_eq!(
        (salary.date, salary.account.as_str(), salary.category.as_deref()),
        (d("2026-10-10"), "Bank card", Some("salary"))
    );
    assert_eq!((salary.amount, salary.currency, salary.class), (500_000, Currency::CNY, Some(Class::Income)));
    assert_eq!((salary.payee.as_str(), salary.note.as_str()), ("鹤岗市某机械厂", "工资"));
    let (out, into) = (store.txn(21).unwrap(), store.txn(22).unwrap());
    assert_eq!((out.amount, into.amount, out.transfer_id, into.transfer_id), (-80_000, 80_000, Some(1), Some(1)));
    assert_eq!((out.account.as_str(), into.account.as_str(), out.category.clone()), ("Bank card", "WeChat Pay", None));

    let sums = store.month_class_sums(m("2026-10"), m("2026-11"), Currency::CNY).unwrap();
    let report = summarize(m("2026-10"), m("2026-11"), &sums).unwrap();
    let row = |month, income, housing, spending| MonthSummary {
        month: m(month),
        income,
        housing,
        spending,
        savings: income - housing - spending,
    };
    assert_eq!(report, [row("2026-10", 515_050, 80_000, 173_300), row("2026-11", 500_000, 80_000, 2_200)]);

    // And it takes writes, and opens again without migrating twice.
    let mut store = store;
    let (cash, food) = (account(&store, "Cash"), category(&store, "food"));
    store.write(|tx| tx.add_txn(&txn("2026-11-20", cash, food, -1_500, "食堂"))).unwrap();
    drop(store);
    assert_eq!(Store::open(&path).unwrap().txn_count().unwrap(), 13);
}

#[test]
fn a_ledger_from_a_newer_nestegg_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = closed_ledger(dir.path(), 20);
    Connection::open(&path).unwrap().pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    let err = refused_untouched(&path);
    assert!(
        matches!(err, StoreError::NewerSchema { found, known } if found == SCHEMA_VERSION + 1 && known == SCHEMA_VERSION),
        "{err:?}"
    );
}

#[test]
fn a_newer_ledger_in_rollback_journal_mode_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = closed_ledger(dir.path(), 20);
    let conn = Connection::open(&path).unwrap();
    assert_eq!(pragma_text(&conn, "journal_mode = DELETE"), "delete");
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    drop(conn);
    assert!(matches!(refused_untouched(&path), StoreError::NewerSchema { .. }));
}

// ---- 4. files that are not ledgers -----------------------------------------

#[test]
fn a_text_file_is_refused_as_not_a_ledger_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    fs::write(&path, "rent 800\nfood 25\n这不是账本\n".repeat(20)).unwrap();
    let err = refused_untouched(&path);
    assert!(matches!(err, StoreError::NotALedger { .. }), "{err:?}");
}

#[test]
fn truncated_ledgers_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    for path in truncated_ledgers(dir.path()) {
        let err = refused_untouched(&path);
        // Today: StoreError::Sqlite(DatabaseCorrupt), see the test below.
        assert!(!err.to_string().is_empty(), "{err:?}");
    }
}

#[test]
fn truncated_ledgers_are_reported_as_not_a_ledger() {
    let dir = tempfile::tempdir().unwrap();
    for path in truncated_ledgers(dir.path()) {
        let err = Store::open(&path).err().expect("refused");
        assert!(matches!(err, StoreError::NotALedger { .. }), "{}: {err:?}", path.display());
    }
}

// ---- 5. permissions --------------------------------------------------------

#[cfg(unix)]
#[test]
fn new_ledgers_and_their_folders_and_wal_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/nestegg/ledger.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(mode(&path), 0o600);
    for sub in ["a", "a/b", "a/b/nestegg"] {
        assert_eq!(mode(&dir.path().join(sub)), 0o700, "{sub}");
    }
    let (cash, food) = (account(&store, "Cash"), category(&store, "food"));
    store.write(|tx| tx.add_txn(&txn("2026-10-01", cash, food, -2_500, "美团外卖"))).unwrap();
    for side in ["-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{side}", path.display()));
        assert_eq!(mode(&file), 0o600, "{side}");
    }
}

// ---- 6. atomicity ----------------------------------------------------------

#[test]
fn a_failing_write_keeps_nothing() {
    let (_dir, _, mut store) = new_ledger();
    let (cash, food) = (account(&store, "Cash"), category(&store, "food"));
    let err = store
        .write(|tx| {
            tx.add_txn(&txn("2026-10-01", cash, food, -2_500, "美团外卖"))?;
            tx.add_txn(&txn("2026-10-01", 9_999, food, -100, "nowhere"))?;
            Ok(())
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { what: "account", id: 9_999 }), "{err:?}");
    let alipay = account(&store, "Alipay");
    let err = store
        .write(|tx| {
            tx.add_transfer(d("2026-10-02"), cash, alipay, 10_000, "")?;
            tx.add_txn(&txn("2026-10-02", cash, 9_999, -100, "no such category"))
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { what: "category", .. }), "{err:?}");
    assert_eq!((store.txn_count().unwrap(), count(&store, "transfers")), (0, 0));
}

#[test]
fn a_transfer_between_currencies_fails_and_leaves_nothing() {
    let (_dir, _, mut store) = new_ledger();
    let usd = store.write(|tx| tx.add_account("US card", AccountKind::Bank, Currency::USD)).unwrap().id;
    let bank = account(&store, "Bank card");
    let err = store.write(|tx| tx.add_transfer(d("2026-10-03"), bank, usd, 10_000, "")).unwrap_err();
    assert!(matches!(err, StoreError::Invalid(ref msg) if msg.contains("CNY") && msg.contains("USD")), "{err:?}");
    let err = store.write(|tx| tx.add_transfer(d("2026-10-03"), usd, bank, 10_000, "")).unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err:?}");
    assert_eq!((store.txn_count().unwrap(), count(&store, "transfers")), (0, 0));
}

#[test]
fn deleting_one_leg_of_a_transfer_deletes_both_and_the_link() {
    let (_dir, _, mut store) = new_ledger();
    let (bank, alipay, cash) = (account(&store, "Bank card"), account(&store, "Alipay"), account(&store, "Cash"));
    let food = category(&store, "food");
    let keep = store.write(|tx| tx.add_txn(&txn("2026-10-01", cash, food, -2_500, "食堂"))).unwrap();
    for delete_incoming in [false, true] {
        let (out, into) = store.write(|tx| tx.add_transfer(d("2026-10-05"), bank, alipay, 100_000, "")).unwrap();
        assert_eq!(count(&store, "transfers"), 1);
        let gone = store.write(|tx| tx.delete_txn(if delete_incoming { into } else { out })).unwrap();
        assert_eq!(gone.iter().map(|t| t.id).collect::<Vec<_>>(), [out, into]);
        assert!(matches!(store.txn(out), Err(StoreError::NotFound { .. })));
        assert!(matches!(store.txn(into), Err(StoreError::NotFound { .. })));
        assert_eq!(count(&store, "transfers"), 0);
    }
    assert_eq!(store.txn_count().unwrap(), 1);
    assert_eq!(store.txn(keep).unwrap().payee, "食堂");
}

// ---- 7. keyset pagination -------------------------------------------------

fn all_pages(store: &Store, filter: &TxnFilter) -> Vec<Txn> {
    let (mut rows, mut before) = (Vec::new(), None);
    loop {
        let page = store.txn_page(filter, before, 100).unwrap();
        assert!(page.len() <= 100);
        let Some(last) = page.last() else { return rows };
        before = Some((last.date, last.id));
        rows.extend(page);
    }
}

/// A filter and the rows it should keep, decided in Rust.
type Keep = Box<dyn Fn(&Txn) -> bool>;

fn streamed(store: &Store, filter: &TxnFilter) -> Vec<Txn> {
    let mut rows = Vec::new();
    store
        .for_each_txn(filter, |t| {
            rows.push(t);
            Ok(())
        })
        .unwrap();
    rows
}

#[test]
fn keyset_pages_visit_every_row_once_in_order_with_and_without_filters() {
    let (_dir, _, mut store) = new_ledger();
    let (cash, alipay) = (account(&store, "Cash"), account(&store, "Alipay"));
    let (food, salary) = (category(&store, "food"), category(&store, "salary"));
    let takeout = store.write(|tx| tx.add_category("takeout", Class::Spending, Some(food))).unwrap().id;
    let payees = ["美团外卖", "100% cotton", "100x cotton", "snake_case", "snakexcase", "50%_off"];
    store
        .write(|tx| {
            for i in 0..2_500u64 {
                let cat = [food, takeout, salary, food][i as usize % 4];
                let size = 1 + (i as i64 * 37) % 20_000;
                let amount = if cat == salary || i % 13 == 0 { size } else { -size };
                let mut t = txn("2024-01-01", [cash, alipay][i as usize % 2], cat, amount, payees[i as usize % 6]);
                t.date = t.date + Days::new(i * 7_919 % 365); // about 7 rows a day, ids out of date order
                t.note = if i % 9 == 0 { "see 5%_note".into() } else { String::new() };
                tx.add_txn(&t)?;
            }
            Ok(())
        })
        .unwrap();

    let everything = streamed(&store, &TxnFilter::default());
    assert_eq!(everything.len(), 2_500);
    let key = |t: &Txn| (t.date, t.id);
    assert!(everything.windows(2).all(|w| key(&w[0]) > key(&w[1])), "strictly newest first");
    let splits_a_day = |k: usize| everything[k * 100 - 1].date == everything[k * 100].date;
    assert!((1..25).filter(|&k| splits_a_day(k)).count() > 10, "page boundaries fall inside days");

    let text = |t: &Txn, s: &str| t.payee.contains(s) || t.note.contains(s);
    let cases: Vec<(TxnFilter, Keep)> = vec![
        (TxnFilter::default(), Box::new(|_| true)),
        // A parent category also finds its sub-categories (food: food and takeout).
        (TxnFilter { category_id: Some(food), ..Default::default() }, Box::new(move |t| t.category_id != Some(salary))),
        // `%` and `_` are literal characters, not LIKE wildcards.
        (TxnFilter { search: Some("%".into()), ..Default::default() }, Box::new(move |t| text(t, "%"))),
        (TxnFilter { search: Some("_".into()), ..Default::default() }, Box::new(move |t| text(t, "_"))),
        (TxnFilter { search: Some("%_".into()), ..Default::default() }, Box::new(move |t| text(t, "%_"))),
        (
            TxnFilter { min_abs: Some(5_000), max_abs: Some(12_000), ..Default::default() },
            Box::new(|t| (5_000..=12_000).contains(&t.amount.abs())),
        ),
        (
            TxnFilter {
                from: Some(d("2024-03-01")),
                to: Some(d("2024-06-30")),
                category_id: Some(takeout),
                search: Some("cotton".into()),
                min_abs: Some(1_000),
                ..Default::default()
            },
            Box::new(move |t| {
                (d("2024-03-01")..=d("2024-06-30")).contains(&t.date)
                    && t.category_id == Some(takeout)
                    && text(t, "cotton")
                    && t.amount.abs() >= 1_000
            }),
        ),
    ];
    for (filter, keep) in cases {
        let expected: Vec<Txn> = everything.iter().filter(|t| keep(t)).cloned().collect();
        assert!(!expected.is_empty(), "{filter:?} should match something");
        if filter != TxnFilter::default() {
            assert!(expected.len() < everything.len(), "{filter:?} should not match everything");
        }
        assert_eq!(streamed(&store, &filter), expected, "for_each_txn with {filter:?}");
        assert_eq!(all_pages(&store, &filter), expected, "txn_page with {filter:?}");
    }
}

// ---- 8. month sums and the monthly report -----------------------------------

#[test]
fn month_sums_count_refunds_and_sub_categories_and_skip_transfers_and_other_currencies() {
    let (_dir, _, mut store) = new_ledger();
    let (bank, alipay) = (account(&store, "Bank card"), account(&store, "Alipay"));
    let (salary, rent, food) = (category(&store, "salary"), category(&store, "rent"), category(&store, "food"));
    let (bonus, takeout, usd) = store
        .write(|tx| {
            let bonus = tx.add_category("bonus", Class::Income, Some(salary))?.id;
            let takeout = tx.add_category("takeout", Class::Spending, Some(food))?.id;
            Ok((bonus, takeout, tx.add_account("US card", AccountKind::Bank, Currency::USD)?.id))
        })
        .unwrap();
    let err = store.write(|tx| tx.add_category("heating", Class::Housing, Some(food))).unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "a sub-category has its parent's class: {err:?}");
    store
        .write(|tx| {
            tx.add_txn(&txn("2026-09-30", bank, food, -99_900, "before the range"))?;
            tx.add_txn(&txn("2026-10-10", bank, salary, 500_000, "工厂"))?;
            tx.add_txn(&txn("2026-10-10", bank, bonus, 50_000, "工厂"))?;
            tx.add_txn(&txn("2026-10-01", bank, rent, -120_000, "房东"))?;
            tx.add_txn(&txn("2026-10-03", alipay, food, -10_000, "大润发"))?;
            tx.add_txn(&txn("2026-10-04", alipay, food, 3_000, "大润发 refund"))?;
            tx.add_txn(&txn("2026-10-05", alipay, takeout, -2_000, "美团外卖"))?;
            tx.add_transfer(d("2026-10-11"), bank, alipay, 100_000, "top up")?;
            tx.add_txn(&txn("2026-10-12", usd, salary, 99_999, "US client"))?;
            tx.add_txn(&txn("2026-10-13", usd, food, -5_000, "diner"))?;
            tx.add_txn(&txn("2026-11-02", alipay, food, -7_000, "食堂"))?;
            tx.add_transfer(d("2026-11-20"), alipay, bank, 30_000, "")?;
            Ok(())
        })
        .unwrap();

    let mut by_category = store.month_category_sums(m("2026-10"), m("2026-12"), Currency::CNY).unwrap();
    by_category.sort();
    let mut want = vec![
        (m("2026-10"), salary, 500_000),
        (m("2026-10"), bonus, 50_000),
        (m("2026-10"), rent, -120_000),
        (m("2026-10"), food, -7_000),
        (m("2026-10"), takeout, -2_000),
        (m("2026-11"), food, -7_000),
    ];
    want.sort();
    assert_eq!(by_category, want, "sub-categories keep their own rows; transfers and USD are absent");

    let sums = store.month_class_sums(m("2026-10"), m("2026-12"), Currency::CNY).unwrap();
    let report = summarize(m("2026-10"), m("2026-12"), &sums).unwrap();
    let oct =
        MonthSummary { month: m("2026-10"), income: 550_000, housing: 120_000, spending: 9_000, savings: 421_000 };
    let nov = MonthSummary { month: m("2026-11"), income: 0, housing: 0, spending: 7_000, savings: -7_000 };
    let dec = MonthSummary { month: m("2026-12"), income: 0, housing: 0, spending: 0, savings: 0 };
    assert_eq!(report, [oct, nov, dec]);
    assert_eq!((report[0].rate().map(|r| r.bp()), report[1].rate()), (Some(7_655), None));

    let usd_sums = store.month_class_sums(m("2026-10"), m("2026-10"), Currency::USD).unwrap();
    let usd_report = summarize(m("2026-10"), m("2026-10"), &usd_sums).unwrap()[0];
    assert_eq!((usd_report.income, usd_report.spending, usd_report.savings), (99_999, 5_000, 94_999));
}

// ---- 9. names ----------------------------------------------------------------

#[test]
fn names_are_unique_ignoring_case_and_archived_ones_leave_the_pickers() {
    let (_dir, _, mut store) = new_ledger();
    let dup = |r: Result<_, StoreError>, what| matches!(r, Err(StoreError::Duplicate { what: w, .. }) if w == what);
    assert!(dup(store.write(|tx| tx.add_account("cash", AccountKind::Cash, Currency::CNY)).map(|_| ()), "account"));
    assert!(dup(store.write(|tx| tx.add_account(" CASH ", AccountKind::Cash, Currency::CNY)).map(|_| ()), "account"));
    assert!(dup(store.write(|tx| tx.add_category("FOOD", Class::Spending, None)).map(|_| ()), "category"));
    let (alipay, groceries) = (account(&store, "Alipay"), category(&store, "groceries"));
    assert!(dup(store.write(|tx| tx.rename_account(alipay, "wechat pay")), "account"));
    assert!(dup(store.write(|tx| tx.rename_category(groceries, "Food")), "category"));
    assert_eq!(
        (store.account(alipay).unwrap().name, store.category(groceries).unwrap().name),
        ("Alipay".into(), "groceries".into())
    );
    store.write(|tx| tx.rename_account(alipay, "ALIPAY")).unwrap();
    assert_eq!(store.account(alipay).unwrap().name, "ALIPAY", "a name may change its own case");
    assert!(matches!(store.write(|tx| tx.rename_account(9_999, "x")), Err(StoreError::NotFound { .. })));

    let cash = account(&store, "Cash");
    let food = category(&store, "food");
    let id = store.write(|tx| tx.add_txn(&txn("2026-10-01", cash, food, -2_500, "食堂"))).unwrap();
    store
        .write(|tx| {
            tx.set_account_archived(cash, true)?;
            tx.set_category_archived(food, true)
        })
        .unwrap();
    assert!(!store.accounts(false).unwrap().iter().any(|a| a.id == cash));
    assert!(store.accounts(true).unwrap().iter().any(|a| a.id == cash && a.archived));
    assert!(!store.categories(false).unwrap().iter().any(|c| c.id == food));
    assert!(store.categories(true).unwrap().iter().any(|c| c.id == food && c.archived));
    let kept = store.txn(id).unwrap();
    assert_eq!((kept.account.as_str(), kept.category.as_deref()), ("Cash", Some("food")), "history keeps them");
    store.write(|tx| tx.set_account_archived(cash, false)).unwrap();
    assert!(store.accounts(false).unwrap().iter().any(|a| a.id == cash && !a.archived));
}

// ---- 10. two processes ---------------------------------------------------------

#[test]
fn two_handles_on_one_ledger_take_turns_and_wait_for_each_other() {
    let (_dir, path, mut a) = new_ledger();
    let mut b = Store::open(&path).unwrap();
    let (cash, food) = (account(&a, "Cash"), category(&a, "food"));
    for i in 0..3 {
        a.write(|tx| tx.add_txn(&txn("2026-10-01", cash, food, -100 - i, "a"))).unwrap();
        b.write(|tx| tx.add_txn(&txn("2026-10-01", cash, food, -200 - i, "b"))).unwrap();
    }
    assert_eq!((a.txn_count().unwrap(), b.txn_count().unwrap()), (6, 6));

    let (locked, is_locked) = mpsc::channel();
    let holder = thread::spawn(move || {
        a.write(|tx| {
            let id = tx.add_txn(&txn("2026-10-02", cash, food, -300, "a holds the lock"))?;
            locked.send(()).unwrap();
            thread::sleep(Duration::from_millis(200));
            Ok(id)
        })
        .unwrap()
    });
    is_locked.recv().unwrap();
    assert_eq!(b.txn_count().unwrap(), 6, "a reader is not blocked and sees the last commit");
    let waited = b
        .write(|tx| tx.add_txn(&txn("2026-10-02", cash, food, -400, "b waited")))
        .expect("the second writer waits for the lock (busy_timeout) instead of failing");
    let held = holder.join().unwrap();
    assert!(waited > held, "b's row went in after a committed");
    assert_eq!(b.txn_count().unwrap(), 8);
}
