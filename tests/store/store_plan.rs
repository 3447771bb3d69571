//! Query plans of the ledger's hot queries: the month aggregation and the
//! newest-first listing (with its keyset condition) must run on indexes, on a
//! fresh, never-analyzed ledger (what users have) as well as after `ANALYZE`;
//! and every statement the interface runs, from start through a key press on
//! every tab, reads the transactions through an index, never a full scan.

use crate::common;
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
                    tags: Default::default(),
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

/// (a) Month summaries read the kept totals (a few rows per month, whatever
/// the size of the ledger) by their primary key, in key order.
fn check_month_sums_plan(store: &Store, label: &str) {
    let p = plan(store, MONTH_CATEGORY_SUMS_SQL, params!["2025-03", "2026-02", "CNY"]);
    assert!(p.contains("SEARCH month_totals USING PRIMARY KEY (month>? AND month<?)"), "{label}: month sums:\n{p}");
    assert!(!p.contains("txns"), "{label}: month sums read the transactions:\n{p}");
    assert_no_temp_sort(&p, &format!("{label}: month sums"));
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
    check_month_sums_plan(&store, "fresh");
}

#[test]
fn listing_and_month_sums_use_their_indexes_after_analyze() {
    let (_dir, store) = ledger(3_000);
    store.connection().execute_batch("ANALYZE").unwrap();
    check_listing_plans(&store, "analyzed");
    check_month_sums_plan(&store, "analyzed");
}

#[test]
fn an_empty_new_ledger_already_plans_on_the_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("ledger.db")).unwrap();
    check_listing_plans(&store, "empty");
    check_month_sums_plan(&store, "empty");
}

/// The names a statement gives the transactions table (`txns`, `t`, `o` …).
fn txn_aliases(sql: &str) -> Vec<String> {
    let words: Vec<&str> = sql.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect();
    let mut names = vec!["txns".to_owned()];
    for w in words.windows(3) {
        if w[0] == "txns" {
            let alias = if w[1].eq_ignore_ascii_case("AS") { w[2] } else { w[1] };
            let keyword = ["WHERE", "JOIN", "ON", "GROUP", "ORDER", "LIMIT", "SET", "VALUES", "LEFT", "USING"]
                .iter()
                .any(|k| alias.eq_ignore_ascii_case(k));
            if !keyword {
                names.push(alias.to_owned());
            }
        }
    }
    names
}

/// Why a plan reads the transactions in full, if it does. The one scan
/// allowed is the newest-first walk of a page: the date index read in
/// order and stopped by the LIMIT.
fn full_scan(sql: &str, plan: &str) -> Option<String> {
    let paged = sql.contains("ORDER BY t.date") && sql.contains("LIMIT");
    for line in plan.lines() {
        for alias in txn_aliases(sql) {
            let scan = format!("SCAN {alias}");
            // A date bound on one side only walks from there to an end of
            // the ledger: all of it, for a bound of "up to today".
            let open_range = [
                format!("SEARCH {alias} USING INDEX txns_by_date (date<?)"),
                format!("SEARCH {alias} USING INDEX txns_by_date (date>?)"),
            ]
            .contains(&line.to_owned());
            if open_range && !paged {
                return Some(line.to_owned());
            }
            if line == scan || line.starts_with(&format!("{scan} ")) {
                let walk = line == format!("SCAN {alias} USING INDEX txns_by_date");
                if !(walk && paged) {
                    return Some(line.to_owned());
                }
            }
        }
    }
    None
}

#[test]
fn the_scan_finder_tells_a_full_scan_from_a_page_walk() {
    let count = "SELECT count(*) FROM txns";
    assert!(full_scan(count, "SCAN txns USING COVERING INDEX txns_by_transfer").is_some());
    let grouped = "SELECT payee FROM txns t WHERE payee LIKE 'a%' GROUP BY payee";
    assert!(full_scan(grouped, "SCAN t\nUSE TEMP B-TREE FOR GROUP BY").is_some());
    let page = format!("{TXN_SELECT} ORDER BY t.date DESC, t.id DESC LIMIT 50");
    assert_eq!(full_scan(&page, "SCAN t USING INDEX txns_by_date\nSEARCH a USING INTEGER PRIMARY KEY (rowid=?)"), None);
    let unbounded = format!("{TXN_SELECT} ORDER BY t.date DESC, t.id DESC");
    assert!(full_scan(&unbounded, "SCAN t USING INDEX txns_by_date").is_some());
    assert_eq!(full_scan(count, "SEARCH month_totals USING PRIMARY KEY (month>?)"), None);
    // The Months tab's claims once walked every row up to today by date.
    let claims = "SELECT o.date FROM claims c JOIN txns o ON o.id = c.offset_id WHERE o.date <= ?1 ORDER BY o.date";
    assert!(
        full_scan(claims, "SEARCH o USING INDEX txns_by_date (date<?)\nSEARCH c USING INTEGER PRIMARY KEY (rowid=?)")
            .is_some()
    );
}

#[test]
fn every_statement_the_interface_runs_reads_the_transactions_through_an_index() {
    let (_dir, mut store) = ledger(2_000);
    let statements = store.record_statements().unwrap();
    let script = [
        // Ledger: paging, jumping, months, a text filter, a category filter.
        "<PgDn><PgDn><Down>Gg][[<Esc>",
        "/payee 1<Enter><Esc>/cat:food<Enter><Esc>",
        // The form's payee suggestions, a quick add, undo and redo, a delete.
        "apay<Esc><Esc>",
        "i25 食堂 #food<Enter>u<C-r>dy",
        // Months (a breakdown), Plan, Move, Budget, and back.
        "2<Left><Right><Enter><Esc>3p4<Right>5<Left>1q",
    ]
    .concat();
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    nestegg::tui::run_app(&mut terminal, &mut store, common::today(), &mut common::keys(&script).into_iter()).unwrap();
    let mut seen: Vec<String> = statements.lock().unwrap().clone();
    seen.sort();
    seen.dedup();
    let queries: Vec<&String> = seen.iter().filter(|s| !s.starts_with("--") && s.contains("txns")).collect();
    assert!(queries.len() >= 15, "the script should reach most of the interface's queries: {queries:#?}");
    for wanted in ["FROM month_totals", "LIMIT", "INSERT INTO txns", "DELETE FROM txns", "FROM payees"] {
        assert!(seen.iter().any(|s| s.contains(wanted)), "no statement with {wanted:?} ran: {seen:#?}");
    }
    let mut scans = Vec::new();
    for sql in &queries {
        let p = plan(&store, sql, []);
        if let Some(line) = full_scan(sql, &p) {
            scans.push(format!("{line}\n  in: {sql}"));
        }
    }
    assert!(scans.is_empty(), "full scans of the transactions:\n{}", scans.join("\n"));
}
