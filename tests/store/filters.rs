//! Filters at any size (issue 28): every filter finds exactly the rows a
//! row-by-row reading finds (searches of any length and script, category
//! trees, accounts, dates, keyset pages both ways, the header's sums), and
//! its query plan is pinned: search, category and account filters read the
//! transactions only through the indexes that serve "newest first, stop at
//! the limit", never in full.

use chrono::{Days, NaiveDate};
use nestegg::model::{Class, NewTxn, Tags, Txn, TxnFilter};
use nestegg::store::{Key, Store};

const PAYEES: [&str; 9] =
    ["午饭 食堂", "房东 王姐", "饿了么", "Starbucks", "STARBUCKS Reserve", "美团外卖", "100%_club", "Bank card", "a"];
const NOTES: [&str; 8] = ["", "", "午饭", "和同事吃午饭", "房", "rent for 房", "x%y", "a_b"];

struct Ledger {
    _dir: tempfile::TempDir,
    store: Store,
    /// Every row, newest first, read with no filter.
    all: Vec<Txn>,
    /// (category, parent).
    tree: Vec<(i64, Option<i64>)>,
}

/// A ledger of `rows` rows over two years: payees and notes in Chinese and
/// English (with LIKE's wildcards in them), a category two levels deep, a
/// few transfers and tags.
fn ledger(rows: u64) -> Ledger {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("ledger.db")).unwrap();
    let accounts: Vec<i64> = store.accounts(true).unwrap().iter().map(|a| a.id).collect();
    let food = store.categories(true).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
    store
        .write(|tx| {
            let lunch = tx.add_category("lunch", Class::Spending, Some(food))?;
            tx.add_category("canteen", Class::Spending, Some(lunch.id))?;
            Ok(())
        })
        .unwrap();
    let categories = store.categories(true).unwrap();
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    store
        .write(|tx| {
            for i in 0..rows {
                let date = start + Days::new(i * 7919 % 730);
                let c = &categories[(i * 13 % categories.len() as u64) as usize];
                tx.add_txn(&NewTxn {
                    date,
                    account_id: accounts[(i * 7 % accounts.len() as u64) as usize],
                    category_id: c.id,
                    payee: PAYEES[(i * 5 % 9) as usize].to_owned(),
                    note: NOTES[(i * 3 % 8) as usize].to_owned(),
                    amount: c.class.sign() * (100 + (i as i64 * 37) % 50_000),
                    tags: if i % 11 == 0 { Tags::parse("trip").unwrap() } else { Tags::default() },
                })?;
                if i % 40 == 0 {
                    tx.add_transfer(date, accounts[0], accounts[1], 10_000, if i % 80 == 0 { "房" } else { "" })?;
                }
            }
            Ok(())
        })
        .unwrap();
    read_back(dir, store)
}

/// The ledger with every row read back, newest first, and its category tree.
fn read_back(dir: tempfile::TempDir, store: Store) -> Ledger {
    let mut all = Vec::new();
    store
        .for_each_txn(&TxnFilter::default(), |t| {
            all.push(t);
            Ok(())
        })
        .unwrap();
    let tree = store.categories(true).unwrap().iter().map(|c| (c.id, c.parent_id)).collect();
    Ledger { _dir: dir, store, all, tree }
}

/// SQLite's `LIKE '%s%'`: ASCII letters in either case, everything else exact.
fn like(text: &str, s: &str) -> bool {
    text.to_ascii_lowercase().contains(&s.to_ascii_lowercase())
}

fn under(tree: &[(i64, Option<i64>)], id: Option<i64>, top: i64) -> bool {
    let mut at = id;
    while let Some(c) = at {
        if c == top {
            return true;
        }
        at = tree.iter().find(|(i, _)| *i == c).and_then(|(_, p)| *p);
    }
    false
}

/// The rows `f` selects, by reading every row.
fn expected(l: &Ledger, f: &TxnFilter) -> Vec<i64> {
    l.all
        .iter()
        .filter(|t| f.from.is_none_or(|d| t.date >= d) && f.to.is_none_or(|d| t.date <= d))
        .filter(|t| f.account_id.is_none_or(|a| t.account_id == a))
        .filter(|t| f.category_id.is_none_or(|c| under(&l.tree, t.category_id, c)))
        .filter(|t| f.search.as_deref().is_none_or(|s| like(&t.payee, s) || like(&t.note, s)))
        .filter(|t| f.min_abs.is_none_or(|m| t.amount.abs() >= m))
        .filter(|t| f.tag.as_deref().is_none_or(|g| Vec::<String>::from(t.tags.clone()).iter().any(|x| x == g)))
        .map(|t| t.id)
        .collect()
}

fn ids(rows: &[Txn]) -> Vec<i64> {
    rows.iter().map(|t| t.id).collect()
}

/// Every way the store reads `f`: whole, up to a limit, in pages of 7 both
/// ways, oldest first, and the header's sums.
fn check(l: &Ledger, f: &TxnFilter) {
    check_paged(l, f, 7);
}

fn check_paged(l: &Ledger, f: &TxnFilter, size: usize) {
    let want = expected(l, f);
    let mut got = Vec::new();
    l.store
        .for_each_txn(f, |t| {
            got.push(t.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(got, want, "{f:?}: every row");
    let mut first = Vec::new();
    l.store
        .for_each_txn_up_to(f, 5, |t| {
            first.push(t.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(first, want.iter().copied().take(5).collect::<Vec<_>>(), "{f:?}: up to 5");
    let mut oldest = Vec::new();
    l.store
        .for_each_txn_oldest_first(f, |t| {
            oldest.push(t.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(oldest, want.iter().rev().copied().collect::<Vec<_>>(), "{f:?}: oldest first");
    // Keyset pages: down from the newest, then back up from the oldest.
    let (mut down, mut key) = (Vec::new(), None);
    loop {
        let page = l.store.txn_page_at(f, key, false, size).unwrap();
        let Some(last) = page.last() else { break };
        key = Some(Key::Before(last.date, last.id));
        down.extend(ids(&page));
    }
    assert_eq!(down, want, "{f:?}: pages down");
    let (mut up, mut key) = (Vec::new(), None);
    loop {
        let page = l.store.txn_page_at(f, key, key.is_none(), size).unwrap();
        let Some(first) = page.first() else { break };
        key = Some(Key::After(first.date, first.id));
        up.splice(0..0, ids(&page));
    }
    assert_eq!(up, want, "{f:?}: pages up");
    let mut sums: Vec<(Class, i64)> = Class::ALL
        .iter()
        .map(|&c| {
            let rows = l.all.iter().filter(|t| want.contains(&t.id) && t.class == Some(c));
            (c, rows.map(|t| t.amount).sum())
        })
        .filter(|(c, _)| l.all.iter().any(|t| want.contains(&t.id) && t.class == Some(*c)))
        .collect();
    let mut got_sums = l.store.class_sums(f).unwrap();
    sums.sort_by_key(|(c, _)| c.sign() * 10 + *c as i64);
    got_sums.sort_by_key(|(c, _)| c.sign() * 10 + *c as i64);
    assert_eq!(got_sums, sums, "{f:?}: sums");
}

fn search(s: &str) -> TxnFilter {
    TxnFilter { search: Some(s.to_owned()), ..TxnFilter::default() }
}

#[test]
fn every_filter_finds_exactly_what_reading_every_row_finds() {
    let l = ledger(1_500);
    let id = |name: &str| l.store.categories(true).unwrap().into_iter().find(|c| c.name == name).unwrap().id;
    let accounts: Vec<i64> = l.store.accounts(true).unwrap().iter().map(|a| a.id).collect();
    let from = NaiveDate::from_ymd_opt(2025, 6, 1);
    let to = NaiveDate::from_ymd_opt(2025, 9, 30);
    let mut filters = vec![TxnFilter::default()];
    for s in ["午饭", "房", "饿", "饿了么", "star", "STAR", "%", "_", "x%y", "a_b", "no such", "a", "RENT", " "]
    {
        filters.push(search(s));
        filters.push(TxnFilter { category_id: Some(id("food")), ..search(s) });
        filters.push(TxnFilter { account_id: Some(accounts[1]), from, to, ..search(s) });
    }
    for c in ["food", "lunch", "canteen", "travel", "salary"] {
        filters.push(TxnFilter { category_id: Some(id(c)), ..TxnFilter::default() });
        filters.push(TxnFilter { category_id: Some(id(c)), from, to, min_abs: Some(20_000), ..TxnFilter::default() });
        filters.push(TxnFilter { category_id: Some(id(c)), account_id: Some(accounts[0]), ..TxnFilter::default() });
    }
    for &a in &accounts {
        filters.push(TxnFilter { account_id: Some(a), ..TxnFilter::default() });
    }
    filters.push(TxnFilter { tag: Some("trip".into()), category_id: Some(id("food")), ..TxnFilter::default() });
    filters.push(TxnFilter { tag: Some("trip".into()), ..search("房") });
    for f in &filters {
        check(&l, f);
    }
    // The worked example: a search no payee or note contains finds nothing,
    // one character finds rows by payee (房东 王姐) and by note (房) alike.
    assert!(expected(&l, &search("no such")).is_empty());
    let fang = expected(&l, &search("房"));
    assert!(fang.iter().any(|i| l.all.iter().any(|t| t.id == *i && t.payee == "房东 王姐")));
    assert!(fang.iter().any(|i| l.all.iter().any(|t| t.id == *i && t.note == "房" && t.payee != "房东 王姐")));
}

/// A ledger of `n` food rows on one account, row `i` with `text(i)`'s payee and note.
fn food_rows(n: i64, text: impl Fn(i64) -> (String, String)) -> Ledger {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("ledger.db")).unwrap();
    let account = store.accounts(true).unwrap()[0].id;
    let food = store.categories(true).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
    store
        .write(|tx| {
            for i in 0..n {
                let (payee, note) = text(i);
                tx.add_txn(&NewTxn {
                    date: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(i as u64 % 300),
                    account_id: account,
                    category_id: food,
                    payee,
                    note,
                    amount: -(100 + i),
                    tags: Tags::default(),
                })?;
            }
            Ok(())
        })
        .unwrap();
    read_back(dir, store)
}

#[test]
fn a_search_matching_many_distinct_texts_walks_the_dates_and_stays_exact() {
    // 250 distinct payees contain "shop", more than a search branches on.
    let l = food_rows(600, |i| (format!("shop {}", i % 250), String::new()));
    for s in ["shop", "shop 1", "shop 24", "shop 249", "SHOP 7"] {
        check(&l, &search(s));
    }
}

#[test]
fn a_ledger_that_notes_every_row_is_searched_through_its_note_index() {
    // More distinct notes than a search seeks through, one by one.
    let l = food_rows(2_100, |i| ("食堂".into(), format!("{}号 {}", i, if i % 100 == 7 { "午饭" } else { "早饭" })));
    // 21 rows say 午饭 (7, 107, … 2007); none says 晚饭.
    assert_eq!(expected(&l, &search("午饭")).len(), 21);
    assert!(expected(&l, &search("晚饭")).is_empty());
    for s in ["午饭", "晚饭", "7号", "食堂", "饭", "1"] {
        check_paged(&l, &search(s), 300);
    }
}

/// The plan of every statement `read` runs that reads the transactions.
fn plans(store: &mut Store, read: impl FnOnce(&Store)) -> Vec<(String, String)> {
    let seen = store.record_statements().unwrap();
    read(store);
    let statements: Vec<String> = seen.lock().unwrap().drain(..).filter(|s| s.contains("txns")).collect();
    statements
        .into_iter()
        .map(|sql| {
            let mut stmt = store.connection().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let lines = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
            let plan = lines.map(Result::unwrap).collect::<Vec<_>>().join("\n");
            (sql, plan)
        })
        .collect()
}

/// A plan line that reads the transactions in full or walks an index from end to end.
fn scans(plan: &str) -> Vec<&str> {
    plan.lines()
        .map(str::trim)
        .filter(|l| l.starts_with("SCAN t ") || *l == "SCAN t" || l.starts_with("SCAN txns"))
        .collect()
}

#[test]
fn search_category_and_account_filters_read_only_through_their_indexes() {
    let mut l = ledger(600);
    let food = l.store.categories(true).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
    let account = l.store.accounts(true).unwrap()[1].id;
    let cases: Vec<(TxnFilter, &[&str])> = vec![
        (search("午饭"), &["txns_by_payee (payee=?)", "txns_by_note (note=?)"]),
        (search("房"), &["txns_by_payee (payee=?)", "txns_by_note (note=?)"]),
        (search("no such"), &["txns_by_payee (payee>?)", "txns_by_note (note>?)"]),
        (TxnFilter { category_id: Some(food), ..TxnFilter::default() }, &["txns_by_category (category_id=?)"]),
        (TxnFilter { account_id: Some(account), ..TxnFilter::default() }, &["txns_by_account (account_id=?)"]),
        (TxnFilter { category_id: Some(food), ..search("饿") }, &["txns_by_payee (payee=?)"]),
    ];
    for (f, wanted) in cases {
        let run = plans(&mut l.store, |s| {
            s.txn_page_at(&f, None, false, 50).unwrap();
            s.txn_page_at(&f, Some(Key::Before(NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(), 400)), false, 50)
                .unwrap();
            s.txn_page_at(&f, None, true, 50).unwrap();
            s.for_each_txn_up_to(&f, 50, |_| Ok(())).unwrap();
            s.class_sums(&f).unwrap();
        });
        assert!(!run.is_empty(), "{f:?}: no statement read the transactions");
        let all_plans: String = run.iter().map(|(_, p)| p.as_str()).collect::<Vec<_>>().join("\n");
        for w in wanted {
            assert!(all_plans.contains(w), "{f:?}: no use of {w}:\n{all_plans}");
        }
        for (sql, plan) in &run {
            assert!(scans(plan).is_empty(), "{f:?}: reads the transactions in full:\n{plan}\n  in: {sql}");
        }
    }
}
