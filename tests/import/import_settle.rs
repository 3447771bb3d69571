//! Issue 26 through the real binary: an imported payment from a person
//! settles what they owe. The worked example: 140 paid for hotpot on
//! Oct 25, split AA four ways with 小王, 小李 and 小张 (35 each, 35 mine);
//! a WeChat bill (`wechat_settle.csv`, newest first) has 小王 +35.00 on
//! Oct 26, 小李 +35.00 on Oct 27 and 小王 +100.00 on Oct 28. The first two
//! collect (only 小张's 35 is open after), the 100 is more than the 0 小王
//! owes by then and stays income, with why. October: income 100 (the 100
//! only), spending 35 (my share), saved 65, 65.0 %.

use crate::common;

use common::{Cli, fixture};

/// income, housing, spending, savings, rate of one month.
fn month(l: &Cli, m: &str) -> String {
    let csv = l.ok(&["report", "monthly", "--from", m, "--to", m, "--format", "csv"]);
    let row = csv.lines().nth(1).unwrap_or_else(|| panic!("no {m} in {csv}"));
    row[m.len() + 1..].to_owned()
}

/// `owed` as csv rows: person, direction, amount, since (not the age: the
/// binary's clock is today's).
fn owed(l: &Cli) -> Vec<String> {
    let csv = l.ok(&["owed", "--format", "csv"]);
    csv.lines().skip(1).map(|r| r.split(',').take(4).collect::<Vec<_>>().join(",")).collect()
}

fn hotpot(l: &Cli) {
    l.ok(&["add", "140", "-c", "food", "-d", "2026-10-25", "-p", "火锅", "--split", "4", "--with", "小王,小李,小张"]);
}

#[test]
fn a_wechat_bill_collects_shares_up_to_what_is_open() {
    let l = Cli::new();
    hotpot(&l);
    let before = l.dump();
    let rows = l.ok(&["ls", "--format", "csv"]);
    // The dry run says it all and writes nothing.
    let out = l.ok(&["import", &fixture("wechat_settle.csv"), "--dry-run"]);
    assert!(out.contains("wechat (UTF-8 with BOM); 5 new, 0 already in the ledger"), "{out}");
    assert!(out.contains("2 rows settle what people owe: 小李 ¥35.00, 小王 ¥35.00"), "{out}");
    assert!(out.contains("line 16: from 小王, ¥100.00 is more than the ¥0.00 小王 owes you: kept as income"), "{out}");
    assert!(out.contains("小王 → WeChat Pay  (transfer) (collects what 小王 owes)"), "{out}");
    assert!(out.contains("side income (default)"), "{out}");
    assert!(out.contains("dry run: nothing was written"), "{out}");
    assert_eq!(l.dump(), before, "a dry run writes nothing");

    let out = l.ok(&["import", &fixture("wechat_settle.csv")]);
    assert!(out.contains("2 rows settle what people owe: 小李 ¥35.00, 小王 ¥35.00"), "{out}");
    assert!(out.contains("imported 5 transactions"), "{out}");
    // Only 小张's 35 is open; owed and claims agree.
    assert_eq!(owed(&l), ["小张,owes_me,35.00,2026-10-25"]);
    let claims = l.ok(&["claims", "--format", "csv"]);
    assert!(claims.contains(",share,小张,35.00,35.00,"), "{claims}");
    assert!(!claims.contains("小王") && !claims.contains("小李"), "{claims}");
    // Collections are neither income nor spending: October's income is the 100.
    assert_eq!(month(&l, "2026-10"), "100.00,0.00,35.00,65.00,0.6500");

    // The same file again adds nothing, and settles nobody twice.
    let out = l.ok(&["import", &fixture("wechat_settle.csv")]);
    assert!(out.contains("0 new, 3 already in the ledger"), "{out}");
    assert!(!out.contains("what people owe"), "{out}");
    assert!(out.contains("nothing new to import"), "{out}");
    assert_eq!(owed(&l).len(), 1);

    // One undo takes the whole import back.
    assert_eq!(l.ok(&["undo"]), "undid: import wechat_settle.csv (5 transactions)\n");
    assert_eq!(l.ok(&["ls", "--format", "csv"]), rows);
    assert_eq!(owed(&l).len(), 3, "小王, 小李 and 小张 owe 35 each again");
    assert_eq!(month(&l, "2026-10"), "0.00,0.00,35.00,-35.00,");
}

/// Lent 500 to 小王 on Oct 20; a WeChat bill's 小王 +200 on Oct 26
/// collects 200: 300 is open. In Chinese the preview says so too.
#[test]
fn a_lending_paid_back_in_part_through_an_import() {
    let l = Cli::new();
    l.ok(&["lend", "500", "--to", "小王", "-d", "2026-10-20"]);
    let out = l.ok(&["import", &fixture("wechat_lend.csv"), "--dry-run", "--lang", "zh"]);
    assert!(out.contains("1 行结清欠款：小王 ¥200.00"), "{out}");
    assert!(out.contains("收回小王欠的钱"), "{out}");
    let out = l.ok(&["import", &fixture("wechat_lend.csv")]);
    assert!(out.contains("1 row settles what people owe: 小王 ¥200.00"), "{out}");
    assert_eq!(owed(&l), ["小王,owes_me,300.00,2026-10-20"]);
    assert_eq!(month(&l, "2026-10"), "0.00,0.00,0.00,0.00,");
}

/// Nobody owes anything: the row from 小王 stays income, and says why in
/// Chinese too.
#[test]
fn a_payment_from_a_person_who_owes_nothing_stays_income() {
    let l = Cli::new();
    l.ok(&["lend", "50", "--to", "小王", "-d", "2026-10-20"]);
    let out = l.ok(&["import", &fixture("wechat_lend.csv"), "--lang", "zh"]);
    assert!(out.contains("第 16 行：来自小王的 ¥200.00 超过了小王欠你的 ¥50.00：仍记为收入"), "{out}");
    assert_eq!(owed(&l), ["小王,owes_me,50.00,2026-10-20"]);
    assert_eq!(month(&l, "2026-10"), "200.00,0.00,0.00,200.00,1.0000");
}
