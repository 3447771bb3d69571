//! Money lent and borrowed (issue 26's IOUs) on the command line: `lend`,
//! `borrow`, `collect`, `repay`, `forgive` and `owed`, run in-process on a
//! fixed day (2026-12-06) with `tests/common/inproc.rs`. Lending and
//! collecting are transfers, so no savings rate moves; forgiving is that
//! day's spending; what is open is aged first in, first out; every refusal
//! writes nothing, and every command is one undo step.

use std::path::Path;

use crate::common;

use common::inproc::{ledger, month, october, ok, refused, run, today};
use nestegg::ops::{self, Ctx};
use nestegg::store::Store;
use nestegg::text::Lang;

/// `networth --format csv`'s net worth at the end of each month, Oct–Dec.
fn net_worth(db: &Path) -> Vec<String> {
    let csv = ok(db, &["networth", "--from", "2026-10", "--to", "2026-12", "--format", "csv"]);
    csv.lines().skip(1).map(|l| l.split(',').nth(3).unwrap().to_owned()).collect()
}

fn liquid(db: &Path) -> i64 {
    let store = Store::open(db).unwrap();
    ops::worth::liquid(&store, &Ctx::new(today())).unwrap()
}

/// Worked example 1: lending 2,000 to 小王 on Oct 15 leaves October's
/// savings rate at 50.0 % and net worth at 2,500 (the bank 500 and 小王's
/// 2,000 receivable); liquid net worth falls by 2,000. Forgiven on Dec 5 in
/// a spending category, it is December's spending of 2,000 and December's
/// net worth falls to 500; October stays as it was.
#[test]
fn lending_keeps_the_rate_and_net_worth_and_forgiving_is_that_days_spending() {
    let (_dir, db) = ledger();
    october(&db);
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,1900.00,2500.00,0.5000");
    assert_eq!(net_worth(&db), ["2500.00", "2500.00", "2500.00"]);
    assert_eq!(liquid(&db), 250_000);

    let out = ok(&db, &["lend", "2000", "--to", "小王", "-d", "2026-10-15"]);
    assert!(
        out.contains("小王 is new") && out.contains("lent ¥2,000.00 to 小王 from Bank card on 2026-10-15"),
        "{out}"
    );
    assert!(out.contains("小王 owes you ¥2,000.00"), "{out}");
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,1900.00,2500.00,0.5000", "a loan is no spending");
    assert_eq!(net_worth(&db), ["2500.00", "2500.00", "2500.00"], "a receivable is an asset");
    assert_eq!(liquid(&db), 50_000, "liquid −2,000");
    let accounts = ok(&db, &["accounts"]);
    assert!(accounts.lines().any(|l| l.starts_with("小王") && l.contains("person") && l.contains("¥2,000.00")));

    let out = ok(&db, &["forgive", "小王", "--category", "gifts", "-d", "2026-12-05"]);
    assert!(out.contains("forgave ¥2,000.00 of 小王 as gifts and red packets on 2026-12-05"), "{out}");
    assert!(out.contains("nothing is open with 小王"), "{out}");
    assert_eq!(month(&db, "2026-12"), "0.00,0.00,2000.00,-2000.00,", "December's spending +2,000 (no income: no rate)");
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,1900.00,2500.00,0.5000");
    assert_eq!(net_worth(&db), ["2500.00", "2500.00", "500.00"]);
    assert_eq!(ok(&db, &["owed"]).trim(), "nothing is lent or borrowed (nestegg lend 2000 --to 小王)");
}

/// First in, first out: 2,000 lent on Oct 15 and 500 on Nov 1; 2,200
/// collected on Nov 20 closes October's 2,000 and 200 of November's, so 300
/// is open since Nov 1: 35 days on Dec 6. Borrowing 1,000 from 老李 on Dec 1
/// and repaying 400 leaves 600 I owe, 5 days old.
#[test]
fn owed_lists_what_is_open_with_its_age_first_in_first_out() {
    let (_dir, db) = ledger();
    ok(&db, &["lend", "2000", "--to", "小王", "-d", "2026-10-15"]);
    ok(&db, &["lend", "500", "--to", "小王", "-d", "2026-11-01", "--account", "alipay"]);
    let out = ok(&db, &["collect", "2200", "--from", "小", "-d", "2026-11-20"]);
    assert!(out.contains("collected ¥2,200.00 from 小王 into Bank card") && out.contains("小王 owes you ¥300.00"));
    ok(&db, &["borrow", "1000", "--from", "老李", "-d", "2026-12-01", "-n", "装修"]);
    let out = ok(&db, &["repay", "400", "--to", "老李", "-d", "2026-12-03"]);
    assert!(out.contains("you owe 老李 ¥600.00"), "{out}");

    let csv = ok(&db, &["owed", "-f", "csv"]);
    assert_eq!(
        csv,
        "person,direction,amount,since,age_days,currency\n\
         小王,owes_me,300.00,2026-11-01,35,CNY\n\
         老李,i_owe,600.00,2026-12-01,5,CNY\n"
    );
    let json: serde_json::Value = serde_json::from_str(&ok(&db, &["owed", "老李", "-f", "json"])).unwrap();
    assert_eq!(
        json,
        serde_json::json!([{"person": "老李", "direction": "i_owe", "amount": "600.00", "since": "2026-12-01",
                            "age_days": 5, "currency": "CNY"}])
    );
    let table = ok(&db, &["owed"]);
    assert!(table.contains("owes me") && table.contains("I owe") && table.contains("35"), "{table}");
    assert!(table.contains("owed to you: ¥300.00") && table.contains("you owe: ¥600.00"), "{table}");
    let zh = run(&db, Lang::Zh, &["owed"]).unwrap();
    assert!(zh.contains("往来人") && zh.contains("欠我") && zh.contains("我欠"), "{zh}");
    // The bank: −2,000 + 2,200 + 1,000 − 400; Alipay −500. No month has
    // income or spending.
    assert_eq!(month(&db, "2026-11"), "0.00,0.00,0.00,0.00,");
    assert_eq!(month(&db, "2026-12"), "0.00,0.00,0.00,0.00,");
    // Collecting the rest closes 小王: the listing leaves them out.
    ok(&db, &["collect", "300", "--from", "小王"]);
    assert_eq!(ok(&db, &["owed", "小王"]).trim(), "nothing is open with 小王");
}

/// Refusals write nothing: collecting more than is owed, from someone who
/// owes nothing, or from no one known; repaying what is not owed; lending
/// to an account that is not a person; zero and negative amounts;
/// forgiving into a category of the wrong class, or more than is open.
#[test]
fn refusals_write_nothing() {
    let (_dir, db) = ledger();
    ok(&db, &["lend", "300", "--to", "小王", "-d", "2026-11-01"]);
    refused(&db, &["collect", "300.01", "--from", "小王"], "more than the ¥300.00 open with 小王");
    refused(&db, &["repay", "10", "--to", "小王"], "you owe 小王 nothing");
    refused(&db, &["collect", "10", "--from", "老李"], "老李");
    refused(&db, &["lend", "10", "--to", "Cash"], "not a person");
    // A shipped account in Chinese is that account, not a new person.
    refused(&db, &["lend", "10", "--to", "支付宝"], "not a person");
    refused(&db, &["collect", "10", "--from", "Alipay"], "not a person");
    refused(&db, &["lend", "0", "--to", "小王"], "zero");
    refused(&db, &["lend", "-5", "--to", "小王"], "positive");
    refused(&db, &["forgive", "小王", "--category", "salary"], "spending category");
    refused(&db, &["forgive", "小王", "301", "--category", "gifts"], "more than");
    refused(&db, &["forgive", "小王", "-1", "--category", "gifts"], "positive");
    refused(&db, &["lend", "10", "--to", &"长".repeat(101)], "100");
    // Nothing is paid back (or forgiven) before it was lent.
    refused(&db, &["collect", "100", "--from", "小王", "-d", "2026-10-20"], "on 2026-10-20 only ¥0.00 was open");
    refused(&db, &["forgive", "小王", "--category", "gifts", "-d", "2026-10-31"], "only ¥0.00 was open");
    ok(&db, &["lend", "200", "--to", "小王", "-d", "2026-11-10"]);
    refused(&db, &["collect", "400", "--from", "小王", "-d", "2026-11-05"], "only ¥300.00 was open");
    ok(&db, &["collect", "200", "--from", "小王", "-d", "2026-11-10"]);
    ok(&db, &["collect", "300", "--from", "小王"]);
    refused(&db, &["collect", "1", "--from", "小王"], "小王 owes you nothing");
    refused(&db, &["forgive", "小王", "--category", "gifts"], "owes you nothing");
    // A person's debt forgiven to me is income, and only income.
    ok(&db, &["borrow", "50", "--from", "老李"]);
    refused(&db, &["forgive", "老李", "--category", "gifts"], "income category");
    let out = ok(&db, &["forgive", "老李", "--category", "side income"]);
    assert!(out.contains("老李 forgave ¥50.00 you owed, as side income"), "{out}");
    assert_eq!(month(&db, "2026-12"), "50.00,0.00,0.00,50.00,1.0000");
}

/// Each command is one undo step: a lending that made its person takes the
/// person away with the money; undoing a collection brings back what was open.
#[test]
fn each_command_undoes_as_one_step() {
    let (_dir, db) = ledger();
    let rows = |db: &Path| ok(db, &["ls", "-f", "csv"]).lines().count() - 1;
    ok(&db, &["lend", "2000", "--to", "小王", "-d", "2026-11-01"]);
    assert_eq!(rows(&db), 2);
    assert_eq!(ok(&db, &["undo"]).trim(), "undid: lend to 小王");
    assert_eq!(rows(&db), 0);
    assert!(!ok(&db, &["accounts"]).contains("小王"), "the person made by the step goes with it");
    ok(&db, &["redo"]);
    assert!(ok(&db, &["accounts"]).contains("小王"));
    ok(&db, &["collect", "500", "--from", "小王"]);
    assert_eq!(ok(&db, &["undo"]).trim(), "undid: collect from 小王");
    assert!(ok(&db, &["owed", "-f", "csv"]).contains("小王,owes_me,2000.00,2026-11-01,35,CNY"));
    ok(&db, &["forgive", "小王", "500", "--category", "gifts"]);
    assert_eq!(ok(&db, &["undo"]).trim(), "undid: forgive 小王");
    assert_eq!(rows(&db), 2);
}

/// A person is never the account quick add guesses from a payee, nor the
/// one `add` falls back on: a forgiven loan's row (payee 小王) is on the
/// person's account, and the next `35 小王` is paid from the bank.
#[test]
fn a_person_is_never_the_usual_account() {
    let (_dir, db) = ledger();
    ok(&db, &["accounts", "add", "小王", "--kind", "人"]);
    ok(&db, &["lend", "100", "--to", "小王"]);
    ok(&db, &["forgive", "小王", "--category", "food"]);
    let store = Store::open(&db).unwrap();
    assert_eq!(ops::entries::usual_account(&store, "小王").unwrap(), None);
    drop(store);
    let out = ok(&db, &["add", "35", "-c", "food", "-p", "小王"]);
    assert!(out.contains("Bank card"), "{out}");
}

/// A person's name is cleaned like any name: what a terminal would obey is
/// taken out (so `小<ESC>王` is 小王, the same person), a blank one refused.
#[test]
fn a_persons_name_is_cleaned_like_any_name() {
    let (_dir, db) = ledger();
    ok(&db, &["lend", "10", "--to", "小王"]);
    let out = ok(&db, &["lend", "5", "--to", "  小\u{1b}王\n"]);
    assert!(!out.contains("is new") && out.contains("小王 owes you ¥15.00"), "{out}");
    refused(&db, &["lend", "10", "--to", "   "], "empty");
    let csv = ok(&db, &["owed", "-f", "csv"]);
    assert_eq!(csv.lines().nth(1), Some("小王,owes_me,15.00,2026-12-06,0,CNY"));
}

/// A person keeps the currency of the account first lent from: lending
/// from a USD card makes a USD person (`owed` says so), and money between
/// that person and a CNY account is refused, writing nothing. The kept
/// totals agree with the rows after it all (`check`).
#[test]
fn a_person_keeps_one_currency_and_the_totals_stay_kept() {
    let (_dir, db) = ledger();
    ok(&db, &["accounts", "add", "Visa", "--kind", "credit", "--currency", "USD"]);
    ok(&db, &["lend", "12.50", "--to", "Sam", "--account", "Visa", "-d", "2026-12-01"]);
    let csv = ok(&db, &["owed", "-f", "csv"]);
    assert_eq!(csv.lines().nth(1), Some("Sam,owes_me,12.50,2026-12-01,5,USD"));
    refused(&db, &["lend", "10", "--to", "Sam"], "USD");
    refused(&db, &["collect", "10", "--from", "Sam"], "USD");
    ok(&db, &["collect", "2.50", "--from", "Sam", "--account", "Visa"]);
    ok(&db, &["forgive", "Sam", "--category", "gifts"]);
    let check = ok(&db, &["check"]);
    assert!(check.starts_with("ok: 5 transactions"), "{check}");
}

/// What a person owed before the ledger began is their opening balance
/// (`accounts add 老王 --kind person --balance 500 --as-of 2026-09-01`):
/// `owed` counts it from its day, as the balance does, rows dated before
/// it are in it; collecting 200 leaves 300, still since Sep 1 (96 days on
/// Dec 6), and `owed` agrees with the account's balance.
#[test]
fn an_opening_balance_is_what_was_open_before() {
    let (_dir, db) = ledger();
    ok(&db, &["accounts", "add", "老王", "--kind", "person", "--balance", "500", "--as-of", "2026-09-01"]);
    ok(&db, &["lend", "80", "--to", "老王", "-d", "2026-08-20"]);
    ok(&db, &["collect", "200", "--from", "老王", "-d", "2026-10-01"]);
    let csv = ok(&db, &["owed", "-f", "csv"]);
    assert_eq!(csv.lines().nth(1), Some("老王,owes_me,300.00,2026-09-01,96,CNY"));
    let accounts = ok(&db, &["accounts"]);
    assert!(accounts.lines().any(|l| l.starts_with("老王") && l.contains("¥300.00")), "{accounts}");
}

/// A slip in a person's name (issue 26's polish): lending to 小玉 when 小王
/// is known still makes 小玉 (it may be someone else) but says 小王 is
/// near, in both languages (so does ＳＡＭ beside Sam); collecting from
/// 小往, repaying 老季 or forgiving 小王王, who are no one, is refused
/// naming 小王 (老李), writing nothing; lending to a known person says
/// nothing of the others.
#[test]
fn a_slip_in_a_persons_name_says_who_was_meant() {
    let (_dir, db) = ledger();
    ok(&db, &["lend", "100", "--to", "小王"]);
    ok(&db, &["borrow", "50", "--from", "老李"]);
    let out = ok(&db, &["lend", "30", "--to", "小玉"]);
    assert!(out.contains("小玉 is new"), "{out}");
    assert!(out.contains("note: 小王 is already a person here and 小玉 is new"), "{out}");
    assert!(!out.contains("老李"), "two characters away is not near: {out}");
    assert!(ok(&db, &["owed", "-f", "csv"]).contains("小玉,owes_me,30.00"), "still made and lent");
    let zh = run(&db, Lang::Zh, &["lend", "5", "--to", "小汪"]).unwrap();
    assert!(zh.contains("注意：已有往来人 小王") && zh.contains("小玉"), "{zh}");
    let known = ok(&db, &["lend", "5", "--to", "小王"]);
    assert!(!known.contains("note:"), "{known}");
    // Width and case: ＳＡＭ beside Sam.
    ok(&db, &["lend", "1", "--to", "Sam"]);
    let out = ok(&db, &["lend", "1", "--to", "ＳＡＭ"]);
    assert!(out.contains("note: Sam is already a person here"), "{out}");

    let err = refused(&db, &["collect", "10", "--from", "小往"], "no person is named '小往'; did you mean");
    assert!(err.contains("小王"), "{err}");
    let err = refused(&db, &["repay", "10", "--to", "老季"], "did you mean 老李?");
    assert!(!err.contains("nothing to repay"), "{err}");
    refused(&db, &["forgive", "小王王", "--category", "gifts"], "did you mean 小王");
    refused(&db, &["collect", "10", "--from", "Bob"], "no person is named 'Bob'");
    let zh = run(&db, Lang::Zh, &["collect", "10", "--from", "小往"]).unwrap_err();
    assert!(zh.contains("没有名为“小往”的往来人；是不是指") && zh.contains("小王"), "{zh}");
}

/// Lending (or repaying) more than a cash account holds is written, with a
/// warning: the bank holds 500 (an opening balance); lending 300 says
/// nothing, lending 300 more warns that it held 200 and now shows −100;
/// 10 more says nothing again (it was already below zero).
/// A credit card runs below zero by nature: no warning. Nor when money
/// comes in (collecting).
#[test]
fn lending_more_than_the_account_holds_warns_and_writes() {
    let (_dir, db) = ledger();
    ok(&db, &["accounts", "opening", "Bank card", "500", "--as-of", "2026-12-01"]);
    let out = ok(&db, &["lend", "300", "--to", "小王"]);
    assert!(!out.contains("warning"), "{out}");
    let out = ok(&db, &["lend", "300", "--to", "小王"]);
    assert!(
        out.contains("warning: Bank card held ¥200.00, less than the ¥300.00 that left it; it now shows -¥100.00"),
        "{out}"
    );
    assert!(out.contains("小王 owes you ¥600.00"), "written all the same: {out}");
    // Already below zero (as on a ledger whose spending is logged without
    // an opening balance): no warning again.
    let out = ok(&db, &["lend", "10", "--to", "小王"]);
    assert!(!out.contains("warning"), "{out}");
    let zh = run(&db, Lang::Zh, &["repay", "1", "--to", "小王"]).unwrap_err();
    assert!(zh.contains("没有欠"), "{zh}");
    ok(&db, &["borrow", "50", "--from", "老李", "--account", "Cash"]);
    let zh = run(&db, Lang::Zh, &["repay", "80", "--to", "老李", "--account", "Cash"]).unwrap_err();
    assert!(zh.contains("超过"), "{zh}");
    let zh = run(&db, Lang::Zh, &["lend", "60", "--to", "小王", "--account", "Cash"]).unwrap();
    assert!(zh.contains("警告：现金原有 ¥50.00，少于转出的 ¥60.00；现在显示为 -¥10.00"), "{zh}");
    ok(&db, &["accounts", "add", "Visa", "--kind", "credit"]);
    let out = ok(&db, &["lend", "1000", "--to", "小王", "--account", "Visa"]);
    assert!(!out.contains("warning"), "a card has no such limit: {out}");
    let out = ok(&db, &["collect", "100", "--from", "小王"]);
    assert!(!out.contains("warning"), "{out}");
}

/// Shipped account names are shown in the reader's language wherever a
/// row names one: a transfer's payee is the other account (银行卡, 现金
/// under --lang zh, not Bank card, Cash); a person's name is theirs.
#[test]
fn a_transfers_other_account_is_shown_in_the_readers_language() {
    let (_dir, db) = ledger();
    ok(&db, &["lend", "100", "--to", "小王"]);
    ok(&db, &["transfer", "20", "--from", "Cash", "--to", "Alipay"]);
    let zh = run(&db, Lang::Zh, &["ls"]).unwrap();
    let line = |needle: &str| zh.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle}: {zh}"));
    assert!(line("-¥100.00").contains("银行卡") && line("-¥100.00").contains("小王"), "{zh}");
    assert!(line(" ¥100.00").contains("小王") && line(" ¥100.00").contains("银行卡"), "{zh}");
    assert!(line("-¥20.00").contains("支付宝"), "{zh}");
    assert!(!zh.contains("Bank card") && !zh.contains("Cash") && !zh.contains("Alipay"), "{zh}");
    // The CSV keeps the stored names (a contract).
    assert!(ok(&db, &["ls", "-f", "csv"]).contains(",Bank card,"));
}
