//! Issue 27's funding sources through the real binary: an Alipay bill (the
//! 交易流水证明 layout, GBK) whose rows were paid by 花呗, a debit card and
//! the Alipay balance, and a WeChat Pay bill paid from 零钱 and two cards,
//! each row booked on the account that paid it; the map (`--account-map`)
//! saved per service and used next time; one undo; refusals that write nothing.

use crate::common;

use common::{Cli, fixture, table_rows};

/// An account's balance as `accounts` lists it (its last cell).
fn balance(l: &Cli, name: &str) -> Option<String> {
    let out = l.ok(&["accounts", "list", "--all"]);
    out.lines()
        .find(|line| line.strip_prefix(name).is_some_and(|rest| rest.starts_with("  ")))
        .and_then(|line| line.split_whitespace().last().map(str::to_owned))
}

/// Account names, in order.
fn accounts(l: &Cli) -> Vec<String> {
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    let mut stmt = conn.prepare("SELECT name FROM accounts ORDER BY id").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

/// income, housing, spending, savings of one month.
fn month(l: &Cli, m: &str) -> Vec<String> {
    let out = l.ok(&["report", "monthly", "--from", m, "--to", m, "--format", "csv"]);
    out.lines().nth(1).unwrap().split(',').skip(1).take(4).map(str::to_owned).collect()
}

/// What an import may change: accounts, transactions, saved maps.
fn state(l: &Cli) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    ["accounts", "txns", "import_mappings"].iter().map(|t| table_rows(&conn, t)).collect()
}

#[test]
fn each_alipay_row_goes_to_the_account_that_paid_it() {
    let l = Cli::new();
    let bill = fixture("alipay_funding.csv");
    l.ok(&["accounts"]);
    let before = state(&l);
    // The preview lists each payment method's account; a dry run makes none.
    let out = l.ok(&["import", &bill, "--dry-run"]);
    assert!(out.contains("5 new, 0 already in the ledger, 0 invalid, 0 skipped"), "{out}");
    assert!(out.contains("paid from:"), "{out}");
    assert!(out.contains("花呗 → 花呗 (new credit account) · 2 rows"), "{out}");
    assert!(out.contains("招商银行储蓄卡(1234) → 招商银行 1234 (new bank account) · 1 row"), "{out}");
    assert!(out.contains("余额 → Alipay · 2 rows"), "{out}");
    assert_eq!(state(&l), before, "a dry run writes nothing");
    let out = l.ok(&["import", &bill]);
    assert!(out.contains("imported 5 transactions"), "{out}");
    // 花呗: −120.00 − 35.50 (花呗&红包: the first part pays) = −155.50;
    // the card −88.00; Alipay's balance +500.00 − 20.00 = +480.00.
    assert_eq!(balance(&l, "花呗").as_deref(), Some("-¥155.50"));
    assert_eq!(balance(&l, "招商银行 1234").as_deref(), Some("-¥88.00"));
    assert_eq!(balance(&l, "Alipay").as_deref(), Some("¥480.00"));
    // Spending 120.00 + 35.50 + 88.00 + 20.00 = 263.50, on whichever account;
    // income 500.00; saved 236.50.
    assert_eq!(month(&l, "2026-11"), ["500.00", "0.00", "263.50", "236.50"]);
    // Again: nothing new, and the accounts made are found by name.
    let after = state(&l);
    let out = l.ok(&["import", &bill]);
    assert!(out.contains("0 new, 5 already in the ledger") && out.contains("花呗 → 花呗 · 2 rows"), "{out}");
    assert_eq!(state(&l), after);
    // One undo takes the rows and the accounts the import made.
    l.ok(&["undo"]);
    assert_eq!(state(&l), before);
}

#[test]
fn a_wechat_bill_pays_from_its_change_and_cards_found_by_their_digits() {
    let l = Cli::new();
    l.ok(&["import", &fixture("alipay_funding.csv")]);
    let out = l.ok(&["import", &fixture("wechat_funding.csv")]);
    assert!(out.contains("零钱 → WeChat Pay · 1 row"), "{out}");
    assert!(out.contains("招商银行信用卡(5678) → 招商银行信用卡 5678 (new credit account) · 1 row"), "{out}");
    // WeChat's 招商银行(1234) is the debit card the Alipay bill made: 1234 is in one account's name.
    assert!(out.contains("招商银行储蓄卡(1234) → 招商银行 1234 · 1 row"), "{out}");
    assert_eq!(balance(&l, "WeChat Pay").as_deref(), Some("-¥26.00"));
    assert_eq!(balance(&l, "招商银行信用卡 5678").as_deref(), Some("-¥40.00"));
    // −88.00 (Alipay) − 5.00 (WeChat) = −93.00.
    assert_eq!(balance(&l, "招商银行 1234").as_deref(), Some("-¥93.00"));
    // 263.50 + 26.00 + 40.00 + 5.00 = 334.50.
    assert_eq!(month(&l, "2026-11")[2], "334.50");
}

#[test]
fn the_map_sends_a_method_to_an_account_and_is_kept_for_the_next_bill() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "My Huabei", "--kind", "credit"]);
    let before = state(&l);
    let bill = fixture("alipay_funding.csv");
    let out = l.ok(&["import", &bill, "--account-map", "花呗=my huabei"]);
    assert!(out.contains("花呗 → My Huabei (your map) · 2 rows"), "{out}");
    assert!(out.contains("payment methods' accounts kept for the next alipay bill"), "{out}");
    assert_eq!(balance(&l, "My Huabei").as_deref(), Some("-¥155.50"));
    assert!(!accounts(&l).contains(&"花呗".to_owned()));
    // A second bill, December's, without the flag: 花呗 still goes there.
    let dec = l.dir.path().join("alipay_dec.csv");
    std::fs::write(
        &dec,
        "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,\n\
         2026-12-02 12:00:00,餐饮美食,鹤岗饺子馆,/,午餐,支出,42.00,花呗,交易成功,2026120222001400200\t,F200\t,,\n",
    )
    .unwrap();
    let out = l.ok(&["import", dec.to_str().unwrap()]);
    assert!(out.contains("花呗 → My Huabei (your map) · 1 row"), "{out}");
    assert!(!out.contains("kept for the next"), "no map was given: {out}");
    // −155.50 − 42.00 = −197.50.
    assert_eq!(balance(&l, "My Huabei").as_deref(), Some("-¥197.50"));
    // Undo the December bill, then November's: its rows and the map go with it.
    l.ok(&["undo"]);
    l.ok(&["undo"]);
    assert_eq!(state(&l), before);
    let out = l.ok(&["import", &bill, "--dry-run"]);
    assert!(out.contains("花呗 → 花呗 (new credit account)"), "the map was undone: {out}");
}

#[test]
fn account_still_puts_every_row_in_one_account() {
    let l = Cli::new();
    let out = l.ok(&["import", &fixture("alipay_funding.csv"), "--account", "Alipay"]);
    assert!(!out.contains("paid from"), "{out}");
    assert_eq!(balance(&l, "Alipay").as_deref(), Some("¥236.50"));
    assert_eq!(accounts(&l), ["Bank card", "Cash", "Alipay", "WeChat Pay"]);
}

#[test]
fn a_bad_map_or_an_archived_account_is_refused_and_nothing_is_written() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "Old card", "--kind", "credit"]);
    l.ok(&["accounts", "archive", "Old card"]);
    let before = state(&l);
    let bill = fixture("alipay_funding.csv");
    l.fails(&["import", &bill, "--account-map", "花呗"], "'花呗' is not JOURNAL=NESTEGG (for a bill, METHOD=ACCOUNT)");
    assert_eq!(state(&l), before);
    l.fails(&["import", &bill, "--account-map", "花呗=old card"], "Old card");
    assert_eq!(state(&l), before);
    // A map to a name no account has: that account is made on import (not by a dry run).
    let out = l.ok(&["import", &bill, "--account-map", "花呗=Credit line", "--dry-run"]);
    assert!(out.contains("花呗 → Credit line (new credit account) · 2 rows"), "{out}");
    assert_eq!(state(&l), before);
}

#[test]
fn the_summary_in_chinese() {
    let l = Cli::new();
    let out = l.ok(&["--lang", "zh", "import", &fixture("alipay_funding.csv"), "--dry-run"]);
    assert!(out.contains("付款来源："), "{out}");
    assert!(out.contains("花呗 → 花呗（新信用卡账户）· 2 行"), "{out}");
    assert!(out.contains("招商银行储蓄卡(1234) → 招商银行 1234（新银行账户）· 1 行"), "{out}");
    assert!(out.contains("余额 → 支付宝 · 2 行"), "{out}");
    let out = l.ok(&["--lang", "zh", "import", &fixture("alipay_funding.csv"), "--account-map", "花呗=Cash"]);
    assert!(out.contains("花呗 → 现金（你的映射）· 2 行"), "{out}");
    assert!(out.contains("付款方式对应的账户已保存，下次导入支付宝账单时沿用"), "{out}");
}

/// A map's account is picked as every typed account name is: `bank` is
/// Bank card (a unique prefix), `wechat` is WeChat Pay; a name two accounts
/// start with is refused with both named, nothing written; only a name
/// that picks none is a new account.
#[test]
fn a_map_picks_its_account_as_every_name_is_picked() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "招商银行 1234", "--kind", "bank"]);
    l.ok(&["accounts", "add", "招商银行信用卡 5678", "--kind", "credit"]);
    let bill = fixture("alipay_funding.csv");
    let out = l.ok(&["import", &bill, "--account-map", "花呗=bank", "--dry-run"]);
    assert!(out.contains("花呗 → Bank card (your map) · 2 rows"), "{out}");
    let out = l.ok(&["import", &bill, "--account-map", "花呗=wechat", "--dry-run"]);
    assert!(out.contains("花呗 → WeChat Pay (your map) · 2 rows"), "{out}");
    let before = state(&l);
    l.fails(&["import", &bill, "--account-map", "花呗=招商"], "招商银行 1234");
    assert_eq!(state(&l), before);
}
