//! The add/edit form's Tags and AA fields (issue 26): tags typed as quick
//! add's words, an AA split written with the row in one step, an edit that
//! splits a row, and a claimed row's AA field read-only. Driven through
//! `Session` on 2026-11-28; the ledger's first spending category is food.

use crate::common;

use common::{Session, screen};
use nestegg::ops::claims;

/// (category rows' sum, each offset's person and amount), sorted.
fn split(s: &Session) -> (i64, Vec<(String, i64)>) {
    let store = s.store();
    let rows = s.rows();
    let mut owed: Vec<(String, i64)> = rows
        .iter()
        .filter(|t| store.claim_by_offset(t.id).unwrap().is_some())
        .map(|t| (t.account.clone(), t.amount))
        .collect();
    owed.sort();
    (rows.iter().filter(|t| t.category_id.is_some()).map(|t| t.amount).sum(), owed)
}

/// Amount, then Tab to Payee (3), Note (4), Tags (5), AA (6).
const TO_PAYEE: &str = "<Tab><Tab><Tab>";

#[test]
fn add_with_tags_saves_them_with_the_row_in_one_step() {
    let s = Session::new();
    s.run(&format!("a35{TO_PAYEE}午饭<Tab><Tab>旅行 +出差，旅行<Enter>"), (80, 24));
    let rows = s.rows();
    assert_eq!(rows.len(), 1);
    // Sorted and made distinct, as quick add's `+旅行 +出差` would be.
    assert_eq!(rows[0].tags.stored(), "出差 旅行");
    assert_eq!(rows[0].amount, -3_500);
    s.run("u", (80, 24));
    assert!(s.rows().is_empty(), "one step: the row and its tags");
}

#[test]
fn a_bad_tag_is_refused_on_its_field_and_nothing_is_saved() {
    for (typed, why) in [
        ("a:b", "holds a ':'"),
        (&"长".repeat(40) as &str, "is too long"),
        ("a b c d e f g h i", "9 tags are too many"),
    ] {
        let s = Session::new();
        let shown = screen(&s.run(&format!("a35{TO_PAYEE}<Tab><Tab>{typed}<Enter>"), (120, 40)));
        assert!(shown.contains("✗ Tags:") && shown.contains(why), "{typed}: {shown}");
        assert!(s.rows().is_empty(), "{typed}: nothing saved");
    }
}

#[test]
fn edit_shows_the_rows_tags_and_a_change_is_one_step() {
    let s = Session::new();
    s.run(&format!("a35{TO_PAYEE}午饭<Tab><Tab>旅行<Enter>"), (80, 24));
    // Prefilled: the form shows 旅行 in its Tags field.
    let shown = screen(&s.run("e", (80, 24)));
    assert!(shown.contains("Tags      旅行"), "{shown}");
    // Typing adds to the tags; Ctrl-U empties them.
    s.run("e<Tab><Tab><Tab><Tab><Tab> +朋友<Enter>", (80, 24));
    assert_eq!(s.rows()[0].tags.stored(), "旅行 朋友");
    s.run("e<Tab><Tab><Tab><Tab><Tab><C-u><Enter>", (80, 24));
    assert!(s.rows()[0].tags.is_empty());
    // Each change was one step: undo brings the two tags back, then one.
    s.run("u", (80, 24));
    assert_eq!(s.rows()[0].tags.stored(), "旅行 朋友");
    s.run("u", (80, 24));
    assert_eq!(s.rows()[0].tags.stored(), "旅行");
    // A bad tag on an edit changes nothing.
    let shown = screen(&s.run("e<Tab><Tab><Tab><Tab><Tab> x:y<Enter>", (80, 24)));
    assert!(shown.contains("holds a ':'"), "{shown}");
    assert_eq!(s.rows()[0].tags.stored(), "旅行");
}

/// 140 for hot pot, AA 4: 35 is mine (spending), 105 owed by others; undo
/// takes the row, the offset and the person made for it away as one step.
#[test]
fn add_with_aa_four_ways_writes_the_row_and_its_shares_in_one_step() {
    let s = Session::new();
    s.run(&format!("a140{TO_PAYEE}火锅<Tab><Tab><Tab>4<Enter>"), (80, 24));
    assert_eq!(split(&s), (-3_500, vec![("others".to_owned(), 10_500)]));
    let paid = s.rows().into_iter().find(|t| t.amount == -14_000).expect("the 140 paid");
    assert_eq!(paid.payee, "火锅");
    s.run("u", (80, 24));
    assert!(s.rows().is_empty(), "one step");
    assert!(s.store().accounts(true).unwrap().iter().all(|a| a.name != "others"));
}

/// 140 three ways, naming 小王 and 小李: 14,000 fen ÷ 3 = 4,666 each for
/// the others (rounded down), and 14,000 − 2 × 4,666 = 4,668 mine.
#[test]
fn add_with_aa_naming_people_gives_each_a_share_and_me_the_remainder() {
    let s = Session::new();
    s.run(&format!("a140{TO_PAYEE}火锅<Tab><Tab><Tab>3:小王,小李<Enter>"), (80, 24));
    assert_eq!(split(&s), (-4_668, vec![("小李".to_owned(), 4_666), ("小王".to_owned(), 4_666)]));
    let waiting: i64 = claims::waiting(&s.store()).unwrap().iter().map(|w| w.waiting).sum();
    assert_eq!(waiting, 9_332);
}

#[test]
fn a_bad_aa_is_refused_and_nothing_is_saved() {
    let s = Session::new();
    let shown = screen(&s.run(&format!("a140{TO_PAYEE}<Tab><Tab><Tab>four<Enter>"), (80, 24)));
    assert!(shown.contains("✗ AA:") && shown.contains("'four' is not a number of ways"), "{shown}");
    assert!(s.rows().is_empty());
    // Ways the core refuses (one way, or more people than others' shares):
    // the form comes back, nothing is written.
    for typed in ["1", "2:小王,小李"] {
        s.run(&format!("a140{TO_PAYEE}<Tab><Tab><Tab>{typed}<Enter>"), (80, 24));
        assert!(s.rows().is_empty(), "{typed}");
        assert!(s.store().accounts(true).unwrap().iter().all(|a| a.name != "小王"), "{typed}");
    }
}

/// An edit that fills AA splits the row as the Ledger's `s` does; an edit
/// that changes the amount to 200 and splits it 4 ways writes both in one
/// step: 50 mine, 150 owed; undo restores the 140 with no claim.
#[test]
fn edit_filling_aa_splits_the_row_in_one_step() {
    let s = Session::new();
    s.add("2026-11-20", "food", "Cash", "火锅", -14_000);
    s.run("e<Tab><Tab><Tab><Tab><Tab><Tab>4<Enter>", (80, 24));
    assert_eq!(split(&s), (-3_500, vec![("others".to_owned(), 10_500)]));
    s.run("u", (80, 24));
    assert_eq!(split(&s), (-14_000, vec![]));

    s.run("e200<Tab><Tab><Tab><Tab><Tab><Tab>4<Enter>", (80, 24));
    assert_eq!(split(&s), (-5_000, vec![("others".to_owned(), 15_000)]));
    s.run("u", (80, 24));
    assert_eq!(split(&s), (-14_000, vec![]), "one step: the amount and the split");
    assert_eq!(s.rows().len(), 1);

    // A split refused (two people named for one other share) takes the
    // edit's other changes with it: the row stays 140, no person is made.
    let shown = screen(&s.run("e200<Tab><Tab><Tab><Tab><Tab><Tab>2:小王,小李<Enter>", (80, 24)));
    assert!(shown.contains("2 people named for 2 ways"), "{shown}");
    assert_eq!(split(&s), (-14_000, vec![]));
    assert!(s.store().accounts(true).unwrap().iter().all(|a| a.name != "小王"));
    // An income row is no payment: refused, unchanged.
    s.add("2026-11-21", "salary", "Cash", "工资", 500_000);
    let shown = screen(&s.run("e<Tab><Tab><Tab><Tab><Tab><Tab>2<Enter>", (80, 24)));
    assert!(shown.contains("only a payment"), "{shown}");
    assert_eq!(s.rows().iter().map(|t| t.amount).sum::<i64>(), 500_000 - 14_000);
    assert_eq!(s.rows().len(), 2);
}

/// A row already split shows what it is in the AA field, which takes no
/// typing; its hint says so. The offset row says whose claim it is.
#[test]
fn a_claimed_rows_aa_field_is_read_only() {
    let s = Session::new();
    s.run(&format!("a140{TO_PAYEE}火锅<Tab><Tab><Tab>4<Enter>"), (80, 24));
    // The offset is selected first (same day, newer id); the paid row is below.
    let shown = screen(&s.run("je<Tab><Tab><Tab><Tab><Tab><Tab>", (80, 24)));
    assert!(shown.contains("AA: others owe ¥105.00"), "{shown}");
    assert!(shown.contains("read-only"), "{shown}");
    s.run("je<Tab><Tab><Tab><Tab><Tab><Tab>9<BS><C-u>2<Enter>", (80, 24));
    assert_eq!(split(&s), (-3_500, vec![("others".to_owned(), 10_500)]), "nothing changed");
    let paid = s.rows().into_iter().find(|t| t.amount == -14_000).unwrap();
    let shown = screen(&s.run("e<Tab><Tab><Tab><Tab><Tab><Tab>", (80, 24)));
    assert!(shown.contains(&format!("a claim on #{}", paid.id)), "{shown}");
}

/// Every field is reachable and fits at 60x20, 80x24 and 120x40, in both
/// languages: the eight labels, and the focused field's hint below.
#[test]
fn the_form_fits_every_size_in_both_languages() {
    for zh in [false, true] {
        if zh {
            nestegg::text::set_lang(nestegg::text::Lang::Zh);
        }
        for size in [(60, 20), (80, 24), (120, 40)] {
            let s = Session::new();
            let shown = screen(&s.run(&format!("a{TO_PAYEE}<Tab><Tab><Tab>"), size));
            let labels: &[&str] = if zh {
                &["日期", "金额", "分类", "账户", "商户", "备注", "标签", "AA 分摊"]
            } else {
                &["Date", "Amount", "Category", "Account", "Payee", "Note", "Tags", "AA"]
            };
            for label in labels {
                assert!(shown.contains(&format!("│{label}")), "{size:?} {label}: {shown}");
            }
            let hint = if zh { "留空 = 不分摊" } else { "empty = not split" };
            assert!(shown.contains(hint), "{size:?}: {shown}");
            // The popup's bottom border (with its keys) is on screen.
            assert!(shown.lines().any(|l| l.contains("└") && l.contains("Esc")), "{size:?}: {shown}");
            // Tab wraps round from AA to Date.
            let shown = screen(&s.run(&format!("a{TO_PAYEE}<Tab><Tab><Tab><Tab>"), size));
            let hint = if zh { "t 今天" } else { "t today" };
            assert!(shown.contains(hint), "{size:?}: {shown}");
        }
    }
}
