//! Issue 22: an account's balance on any day, from the kept month totals
//! and the date indexes (`Store::balances_on`), equals the plain sum the
//! rule states: the opening balance once its day has come, plus the
//! account's transactions from the opening's day through the day, plus its
//! balance marks through the day. Random ledgers around month ends and
//! opening days, from a fixed seed (`NESTEGG_EXPLORE=1` explores).

use chrono::NaiveDate;
use nestegg::model::NewTxn;
use nestegg::store::{MarkKind, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};

fn config(cases: u32) -> Config {
    let explore = std::env::var_os("NESTEGG_EXPLORE").is_some_and(|v| v == "1");
    let rng_seed = if explore { RngSeed::Random } else { RngSeed::Fixed(0x6e65_7374_6567_6700) };
    Config { cases, rng_seed, failure_persistence: None, ..Config::default() }
}

/// A day within five months around a year end: 2025-11-01 plus `n` days.
fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 1).unwrap() + chrono::Days::new(u64::from(n))
}

#[derive(Debug, Clone)]
struct Ledger {
    /// (day, account 1..=3, amount)
    txns: Vec<(u32, i64, i64)>,
    /// per account 1..=3: (day, amount)
    openings: Vec<Option<(u32, i64)>>,
    /// (day, account, change)
    marks: Vec<(u32, i64, i64)>,
}

fn ledger() -> impl Strategy<Value = Ledger> {
    let txn = (0u32..150, 1i64..=3, -50_000i64..50_000);
    let opening = proptest::option::of((0u32..150, -100_000i64..1_000_000));
    let mark = (0u32..150, 1i64..=3, -10_000i64..10_000);
    (
        proptest::collection::vec(txn, 0..40),
        proptest::collection::vec(opening, 3),
        proptest::collection::vec(mark, 0..4),
    )
        .prop_map(|(txns, openings, marks)| Ledger { txns, openings, marks })
}

fn expected(l: &Ledger, account: i64, on: u32) -> i64 {
    let opening = l.openings[account as usize - 1];
    let from = opening.map_or(0, |(d, _)| d);
    let start = opening.filter(|(d, _)| *d <= on).map_or(0, |(_, a)| a);
    let flows: i64 = l.txns.iter().filter(|(d, a, _)| *a == account && *d <= on && *d >= from).map(|t| t.2).sum();
    let marks: i64 = l.marks.iter().filter(|(d, a, _)| *a == account && *d <= on).map(|m| m.2).sum();
    start + flows + marks
}

#[test]
fn a_balance_on_any_day_is_the_opening_plus_the_rows_and_marks_since() {
    let mut runner = TestRunner::new(config(64));
    runner
        .run(&(ledger(), proptest::collection::vec(0u32..160, 6)), |(l, days)| {
            let mut store = Store::open_in_memory().unwrap();
            let food = store.categories(true).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
            store
                .write(|tx| {
                    for (d, account, amount) in &l.txns {
                        tx.add_txn(&NewTxn {
                            date: day(*d),
                            account_id: *account,
                            category_id: food,
                            payee: String::new(),
                            note: String::new(),
                            amount: *amount,
                            tags: Default::default(),
                        })?;
                    }
                    for (i, o) in l.openings.iter().enumerate() {
                        if let Some((d, amount)) = o {
                            tx.set_opening(i as i64 + 1, Some((*amount, day(*d))))?;
                        }
                    }
                    for (d, account, change) in &l.marks {
                        tx.add_mark(*account, day(*d), MarkKind::Value, 0, *change)?;
                    }
                    Ok(())
                })
                .unwrap();
            for on in days.iter().copied().chain([0, 29, 30, 60, 61, 159]) {
                let got: std::collections::HashMap<i64, i64> =
                    store.balances_on(day(on)).unwrap().into_iter().collect();
                for account in 1..=3 {
                    let want = expected(&l, account, on);
                    prop_assert_eq!(
                        got.get(&account).copied().unwrap_or(0),
                        want,
                        "account {} on {}",
                        account,
                        day(on)
                    );
                }
            }
            // And "now" (every row) is the last day's.
            let now: std::collections::HashMap<i64, i64> = store.account_balances().unwrap().into_iter().collect();
            for account in 1..=3 {
                prop_assert_eq!(now.get(&account).copied().unwrap_or(0), expected(&l, account, 10_000));
            }
            Ok(())
        })
        .unwrap();
}
