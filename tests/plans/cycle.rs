//! Months that start on the user's day (`month_start`): summaries, top
//! payees and the projection's history follow the cycle, computed from a
//! worked example; with day 1 they are the calendar's (the kept totals).

use chrono::NaiveDate;
use nestegg::model::{Class, Cycle, Month, NewTxn};
use nestegg::money::Currency;
use nestegg::report::summarize;
use nestegg::store::Store;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn m(s: &str) -> Month {
    s.parse().unwrap()
}

/// Salary on the 10th, rent on the 1st, food around both boundaries.
fn ledger() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let cats = store.categories(true).unwrap();
    let cat = |n: &str| cats.iter().find(|c| c.name == n).unwrap().id;
    let account = store.accounts(true).unwrap()[0].id;
    let rows = [
        ("2026-09-10", "salary", 500_000, ""),
        ("2026-10-01", "rent", -120_000, "landlord"),
        ("2026-10-09", "food", -3_000, "美团外卖"),
        ("2026-10-10", "salary", 500_000, ""),
        ("2026-10-10", "food", -2_000, "美团外卖"),
        ("2026-11-01", "rent", -120_000, "landlord"),
        ("2026-11-09", "food", -4_000, "面馆"),
        ("2026-11-10", "food", -1_000, "面馆"),
    ];
    store
        .write(|tx| {
            for (date, c, amount, payee) in rows {
                let payee = payee.to_owned();
                tx.add_txn(&NewTxn {
                    date: d(date),
                    account_id: account,
                    category_id: cat(c),
                    payee,
                    note: String::new(),
                    amount,
                    tags: Default::default(),
                })?;
            }
            Ok(())
        })
        .unwrap();
    store
}

fn summaries(store: &Store, from: &str, to: &str) -> Vec<(String, i64, i64, i64, i64)> {
    let sums = store.month_class_sums(m(from), m(to), Currency::CNY).unwrap();
    summarize(m(from), m(to), &sums)
        .unwrap()
        .into_iter()
        .map(|s| (s.month.to_string(), s.income, s.housing, s.spending, s.savings))
        .collect()
}

#[test]
fn months_from_the_10th_hold_one_salary_and_one_rent_each() {
    let mut store = ledger();
    // Calendar months: October has a salary, a rent and 50 yuan of food;
    // September a salary alone.
    assert_eq!(
        summaries(&store, "2026-09", "2026-11"),
        [
            ("2026-09".into(), 500_000, 0, 0, 500_000),
            ("2026-10".into(), 500_000, 120_000, 5_000, 375_000),
            ("2026-11".into(), 0, 120_000, 5_000, -125_000),
        ]
    );
    store.set_cycle(Cycle::new(10).unwrap());
    // 10 Sep – 9 Oct: salary 5,000, rent 1,200, food 30 -> saved 3,770.
    // 10 Oct – 9 Nov: salary 5,000, rent 1,200, food 20 + 40 -> saved 3,740.
    // 10 Nov on: food 10.
    assert_eq!(
        summaries(&store, "2026-09", "2026-11"),
        [
            ("2026-09".into(), 500_000, 120_000, 3_000, 377_000),
            ("2026-10".into(), 500_000, 120_000, 6_000, 374_000),
            ("2026-11".into(), 0, 0, 1_000, -1_000),
        ]
    );
    assert_eq!(
        store.top_payees(m("2026-10"), Currency::CNY, 5).unwrap(),
        [("面馆".to_owned(), 4_000), ("美团外卖".to_owned(), 2_000)]
    );
    store.set_cycle(Cycle::default());
    assert_eq!(store.top_payees(m("2026-10"), Currency::CNY, 5).unwrap(), [("美团外卖".to_owned(), 5_000)]);
}

#[test]
fn the_projection_history_counts_cycle_months() {
    let mut store = ledger();
    store.set_cycle(Cycle::new(10).unwrap());
    // On 20 Nov the month is 2026-11 (from 10 Nov); the complete ones
    // before it are 2026-09 and 2026-10, the first holding the first row.
    let today = d("2026-11-20");
    let this = store.cycle().month_of(today);
    assert_eq!(this, m("2026-11"));
    let months: Vec<_> = store
        .recent_complete_months(this, 6, Currency::CNY)
        .unwrap()
        .into_iter()
        .map(|s| (s.month.to_string(), s.savings))
        .collect();
    assert_eq!(months, [("2026-09".into(), 377_000), ("2026-10".into(), 374_000)]);
    // The same by class, for the classes a month holds.
    let sums = store.month_class_sums(m("2026-10"), m("2026-10"), Currency::CNY).unwrap();
    assert!(sums.contains(&(m("2026-10"), Class::Spending, -6_000)), "{sums:?}");
}

/// Issue 20 item 4: SQLite's month of a date (`Cycle::sql_month`) is the
/// core's (`Cycle::month_of`) at both edges of the years a ledger holds,
/// for every start day; a day before the first start day of year 1 is in
/// 0001-01 (a row on 0001-01-01 with `month_start = 28` broke the reports).
#[test]
fn sqlite_finds_the_same_month_as_the_core_at_the_edges() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    for start in 1..=28 {
        let cycle = Cycle::new(start).unwrap();
        let sql = format!("SELECT {}", cycle.sql_month("?1"));
        for (from, days) in [(d("0001-01-01"), 60), (d("9999-11-02"), 60)] {
            for n in 0..days {
                let date = from + chrono::Days::new(n);
                let in_sql: String = conn.query_row(&sql, [date.to_string()], |r| r.get(0)).unwrap();
                assert_eq!(in_sql, cycle.month_of(date).to_string(), "{date} start {start}");
            }
        }
    }
}
