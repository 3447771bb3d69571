//! The Import screen's preview of rows that settle what people owe (issue
//! 26): 小王 and 小李 each owe 35 from Oct 25 (lent, as their AA shares
//! would be); the WeChat bill's 小王 +35 (Oct 26) and 小李 +35 (Oct 27)
//! collect, its 小王 +100 (Oct 28) stays income and says why; Enter
//! imports, and u takes the whole import back.

use crate::common;

use common::{Session, fixture, screen};
use nestegg::ops::owed::{Move, Request, owed, settle};

/// 小王 and 小李 owe 35 each, from Oct 25.
fn shares(s: &Session) {
    let mut store = s.store();
    let cash = store.accounts(true).unwrap().into_iter().find(|a| a.name == "Cash").unwrap();
    for person in ["小王", "小李"] {
        let date = "2026-10-25".parse().unwrap();
        let r = Request { how: Move::Lend, person, account: &cash, amount: 3_500, date, note: "" };
        settle(&mut store, &r).unwrap();
    }
}

fn open(s: &Session) -> Vec<(String, i64)> {
    owed(&s.store(), None).unwrap().into_iter().map(|l| (l.person, l.open.amount)).collect()
}

#[test]
fn the_preview_says_which_rows_settle_whom() {
    let s = Session::new();
    shares(&s);
    let script = format!("I{}<Enter>", fixture("wechat_settle.csv"));
    let text = screen(&s.run(&script, (120, 40)));
    assert!(text.contains("5 new · 0 already in the ledger"), "{text}");
    assert!(text.contains("2 rows settle what people owe: 小李 ¥35.00, 小王 ¥35.00"), "{text}");
    assert!(text.contains("(transfer) (collects what 小王 owes)"), "{text}");
    assert!(
        text.contains("line 16: from 小王, ¥100.00 is more than the ¥0.00 小王 owes you: kept as income"),
        "{text}"
    );
    assert_eq!(open(&s).len(), 2, "a preview writes nothing");
    insta::assert_snapshot!("import_settle_80x24", screen(&s.run(&script, (80, 24))));
    s.run(&format!("{script}<Enter>"), (120, 40));
    assert!(open(&s).is_empty(), "both shares are collected");
    s.run("u", (120, 40));
    assert_eq!(open(&s), [("小王".into(), 3_500), ("小李".into(), 3_500)]);
}

#[test]
fn the_preview_in_chinese() {
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let s = Session::new();
    shares(&s);
    let text = screen(&s.run(&format!("I{}<Enter>", fixture("wechat_settle.csv")), (120, 40)));
    assert!(text.contains("2 行结清欠款：小李 ¥35.00、小王 ¥35.00"), "{text}");
    assert!(text.contains("第 16 行：来自小王的 ¥100.00 超过了小王欠你的 ¥0.00：仍记为收入"), "{text}");
}
