//! Issue 22, opening balances: what an account held on a day, typed by its
//! owner, is neither income nor spending; the account's balance is that
//! plus its transactions from then on, and every plan starts from it.

use crate::common;
use common::Cli;

fn balance(l: &Cli, account: &str) -> String {
    let list = l.ok(&["accounts"]);
    let row = list.lines().find(|r| r.starts_with(account)).unwrap_or_else(|| panic!("{list}"));
    row.split_whitespace().find(|c| c.contains('¥')).unwrap().to_owned()
}

#[test]
fn an_80000_opening_balance_is_where_the_projection_starts_and_no_savings_rate_sees_it() {
    let l = Cli::new();
    // Five complete months of a saver: 5,000 in, 2,500 spent; the months' rates are 50 %.
    for m in 6..=10 {
        l.ok(&["add", "5000", "-c", "salary", "-a", "bank", "--date", &format!("2026-{m:02}-10")]);
        l.ok(&["add", "2500", "-c", "food", "-a", "bank", "--date", &format!("2026-{m:02}-11")]);
    }
    let before = l.ok(&["report", "monthly", "--format", "csv"]);
    assert_eq!(balance(&l, "Bank card"), "¥12,500.00");
    // He had 80,000 on 1 June, before any of it: the balance is 80,000 + 12,500.
    let out = l.ok(&["accounts", "opening", "bank", "80000", "--as-of", "2026-06-01"]);
    assert!(out.contains("Bank card held ¥80,000.00 on 2026-06-01"), "{out}");
    assert!(out.contains("Bank card's balance now: ¥92,500.00"), "{out}");
    assert_eq!(balance(&l, "Bank card"), "¥92,500.00");
    // Neither income nor spending: every month reads as before.
    assert_eq!(l.ok(&["report", "monthly", "--format", "csv"]), before);
    // The projection starts there: the first month is 92,500 + 2,500 saved
    // (the monthly figures typed, so the day the test runs does not matter).
    let p = l.ok(&[
        "project",
        "--months",
        "1",
        "--income",
        "5000",
        "--housing",
        "0",
        "--spending",
        "2500",
        "--return",
        "0",
        "--inflation",
        "0",
        "--format",
        "csv",
    ]);
    let first = p.lines().nth(1).unwrap();
    assert!(first.ends_with(",95000.00,95000.00"), "{p}");
    // Transactions before the day are in the typed amount: 80,000 as of 1 October
    // counts only October's 2,500 after it.
    l.ok(&["accounts", "opening", "bank", "80000", "--as-of", "2026-10-01"]);
    assert_eq!(balance(&l, "Bank card"), "¥82,500.00");
    // A debt, on a new account; then undo, and none takes it away.
    let out = l.ok(&["accounts", "add", "花呗", "--kind", "credit", "--balance", "-1200.50", "--as-of", "2026-11-01"]);
    assert!(out.contains("花呗 held -¥1,200.50 on 2026-11-01"), "{out}");
    assert!(l.ok(&["undo"]).contains("add account 花呗"));
    assert!(!l.ok(&["accounts"]).contains("花呗"));
    assert!(l.ok(&["undo"]).contains("opening balance of Bank card"));
    assert_eq!(balance(&l, "Bank card"), "¥92,500.00");
    l.ok(&["accounts", "opening", "bank", "none"]);
    assert_eq!(balance(&l, "Bank card"), "¥12,500.00");
    l.ok(&["check"]);
}

#[test]
fn a_bad_opening_is_refused_and_writes_nothing() {
    let l = Cli::new();
    l.ok(&["accounts"]);
    let snapshot = || common::dump_file(&l.path);
    let before = snapshot();
    l.fails(&["accounts", "opening", "bank", "abc"], "'abc' is not an amount");
    l.fails(&["accounts", "opening", "bank", "100", "--as-of", "2026-02-30"], "--as-of");
    l.fails(&["accounts", "opening", "bank", "10000000000.01"], "limit");
    l.fails(&["accounts", "add", "Piggy", "--kind", "savings", "--balance", "x1"], "--balance");
    assert_eq!(snapshot(), before);
}
