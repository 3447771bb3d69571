//! Query plans of the ledger's hot queries: the month aggregation and the
//! newest-first listing (with its keyset condition) must run on indexes, on a
//! fresh, never-analyzed ledger (what users have) as well as after `ANALYZE`.

use chrono::{Days, NaiveDate};
use nestegg::model::NewTxn;
use nestegg::store::{MONTH_CATEGORY_SUMS_SQL, Store};
use rusqlite::{Params, params};

/// The SELECT that `Store::txn_page` runs (copied from src/store/txns.rs, where
/// it is private); the WHERE clause is the one `where_clause` builds.
const TXN_SELECT: &str = "SELECT t.id, t.date, t.account_id, a.name, t.category_id, c.name, c.class,
       t.payee, t.note, t.amount, t.currency, t.transfer_id
  FROM txns t
  JOIN accounts a ON a.id = t.account_id
  LEFT JOIN categories c ON c.id = t.category_id";

/// A ledger on disk with `rows` transactions spread over two years, every
/// account and category used, and a few transfers.
fn ledger(rows: u64) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("ledger.db")).unwrap();
    let accounts: Vec<i64> = store.accounts(true).unwrap().iter().map(|a| a.id).collect();
    let categories: Vec<_> = store.categories(true).unwrap();
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    store
        .write(|tx| {
            for i in 0..rows {
                let date = start + Days::new(i * 7919 % 730);
                let c = &categories[i as usize % categories.len()];
                let account_id = accounts[i as usize % accounts.len()];
                let amount = c.class.sign() * (100 + (i as i64 * 37) % 50_000);
                tx.add_txn(&NewTxn {
                    date,
                    account_id,
                    category_id: c.id,
                    payee: format!("payee {}", i % 40),
                    note: String::new(),
                    amount,
                })?;
                if i % 50 == 0 {
                    tx.add_transfer(date, accounts[0], accounts[1], 10_000, "")?;
                }
            }
            Ok(())
        })
        .unwrap();
    (dir, store)
}

fn plan(store: &Store, sql: &str, params: impl Params) -> String {
    let mut stmt = store.connection().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    let details = stmt.query_map(params, |r| r.get::<_, String>(3)).unwrap();
    details.map(Result::unwrap).collect::<Vec<_>>().join("\n")
}

fn assert_no_temp_sort(plan: &str, what: &str) {
    assert!(!plan.contains("USE TEMP B-TREE"), "{what}: sorts in a temp b-tree:\n{plan}");
}

/// (a) Month summaries: a range of months, aggregated straight off the index
/// (in index order, so no temp b-tree for GROUP BY). With `covering`, also
/// without touching the table, as the schema's comment promises.
fn check_month_sums_plan(store: &Store, label: &str, covering: bool) {
    let p = plan(store, MONTH_CATEGORY_SUMS_SQL, params!["2025-03", "2026-02", "CNY"]);
    assert!(p.contains("SEARCH txns USING") && p.contains("INDEX txns_by_month_category"), "{label}: month sums:\n{p}");
    assert!(!p.contains("SCAN txns"), "{label}: month sums scan the table:\n{p}");
    assert_no_temp_sort(&p, &format!("{label}: month sums"));
    if covering {
        assert!(p.contains("COVERING INDEX txns_by_month_category"), "{label}: month sums read the table:\n{p}");
    }
}

fn check_listing_plans(store: &Store, label: &str) {
    // (b) One month, newest first, as `txn_page` lists it.
    let month = format!("{TXN_SELECT} WHERE t.date >= ? AND t.date <= ? ORDER BY t.date DESC, t.id DESC LIMIT ?");
    let p = plan(store, &month, params!["2025-10-01", "2025-10-31", 100]);
    assert!(p.contains("SEARCH t USING INDEX txns_by_date (date>? AND date<?)"), "{label}: month page:\n{p}");
    assert!(!p.contains("SCAN"), "{label}: month page scans:\n{p}");
    assert_no_temp_sort(&p, &format!("{label}: month page"));

    // (c) The next page: the keyset condition itself must bound the index
    // search (SEARCH, not SCAN), or each page would cost more than the last.
    // SQLite reports the bound as `(date<?)` (it seeks on the row value).
    let next = format!("{TXN_SELECT} WHERE (t.date, t.id) < (?, ?) ORDER BY t.date DESC, t.id DESC LIMIT ?");
    let p = plan(store, &next, params!["2025-10-15", 1234, 100]);
    assert!(p.contains("SEARCH t USING INDEX txns_by_date (date<?)"), "{label}: next page:\n{p}");
    assert!(!p.contains("SCAN"), "{label}: next page scans:\n{p}");
    assert_no_temp_sort(&p, &format!("{label}: next page"));

    // (b)+(c): the next page within one month.
    let both = format!(
        "{TXN_SELECT} WHERE t.date >= ? AND t.date <= ? AND (t.date, t.id) < (?, ?) \
         ORDER BY t.date DESC, t.id DESC LIMIT ?"
    );
    let p = plan(store, &both, params!["2025-10-01", "2025-10-31", "2025-10-15", 1234, 100]);
    assert!(p.contains("SEARCH t USING INDEX txns_by_date"), "{label}: next page in a month:\n{p}");
    assert!(!p.contains("SCAN"), "{label}: next page in a month scans:\n{p}");
    assert_no_temp_sort(&p, &format!("{label}: next page in a month"));
}

fn fresh_ledger_is_unanalyzed(store: &Store) {
    let stats: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stats, 0, "a fresh ledger has no statistics; this test is about that case");
}

#[test]
fn listing_and_month_sums_use_their_indexes_on_a_fresh_unanalyzed_ledger() {
    let (_dir, store) = ledger(400);
    fresh_ledger_is_unanalyzed(&store);
    check_listing_plans(&store, "fresh");
    check_month_sums_plan(&store, "fresh", false);
}

#[test]
fn listing_and_month_sums_use_their_indexes_after_analyze() {
    let (_dir, store) = ledger(3_000);
    store.connection().execute_batch("ANALYZE").unwrap();
    check_listing_plans(&store, "analyzed");
    check_month_sums_plan(&store, "analyzed", false);
}

#[test]
fn an_empty_new_ledger_already_plans_on_the_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("ledger.db")).unwrap();
    check_listing_plans(&store, "empty");
    check_month_sums_plan(&store, "empty", false);
}

#[test]
fn month_sums_read_only_the_covering_index() {
    let (_dir, store) = ledger(400);
    check_month_sums_plan(&store, "fresh", true);
    store.connection().execute_batch("ANALYZE").unwrap();
    check_month_sums_plan(&store, "analyzed", true);
}
