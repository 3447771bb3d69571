//! Claims (issue 26's 报销 and AA) typed in the interface's quick add
//! (`i`): `35*4 火锅 AA:4` writes 140 paid and 105 owed by others in one
//! step, `!报销` marks a row reimbursable; undo takes each away whole.
//! Driven through `Session` on 2026-11-28.

use crate::common;

use common::{Session, screen};
use nestegg::ops::claims;

/// What waits: (kind is a share, by, waiting).
fn waiting(s: &Session) -> Vec<(bool, String, i64)> {
    claims::waiting(&s.store())
        .unwrap()
        .into_iter()
        .map(|w| (w.kind == claims::Waits::Share, w.by, w.waiting))
        .collect()
}

#[test]
fn quick_add_splits_a_hot_pot_and_marks_a_trip_reimbursable() {
    let s = Session::new();
    let shown = screen(&s.run("i35*4 火锅 #food AA:4<Enter>", (100, 30)));
    assert!(shown.contains("¥140.00") || shown.contains("140.00"), "{shown}");
    let rows = s.rows();
    assert_eq!(rows.len(), 2, "the payment and its offset");
    let mut amounts: Vec<i64> = rows.iter().map(|t| t.amount).collect();
    amounts.sort_unstable();
    assert_eq!(amounts, [-14_000, 10_500]);
    assert_eq!(waiting(&s), [(true, "others".to_owned(), 10_500)]);

    s.run("u", (100, 30));
    assert!(s.rows().is_empty(), "one step: the offset goes with the payment");
    assert!(s.store().accounts(true).unwrap().iter().all(|a| a.name != "others"), "and the person made for it");

    s.run("i1200 高铁 #travel !报销:公司<Enter>", (100, 30));
    assert_eq!(waiting(&s), [(false, "公司".to_owned(), 120_000)]);
    // A refusal (income split) writes nothing and says why.
    let shown = screen(&s.run("i5000 工资 #salary AA:2<Enter>", (100, 30)));
    assert!(shown.contains("only a payment"), "{shown}");
    assert_eq!(s.rows().len(), 2);
}

/// The Ledger's `r` marks the selected payment reimbursable (by the name
/// typed, or 报销/reimbursements); `r` again records the money back, here
/// 1,000 of 1,200, so 200 stays spending. `s` splits a payment: `4` ways of
/// 140 leaves 35 mine. Each is one undo step; a payment refused (income)
/// says so. At 60x20, 80x24 and 120x40 the prompts fit and say what to type.
#[test]
fn r_marks_and_reimburses_and_s_splits_the_selected_row() {
    for size in [(60, 20), (80, 24), (120, 40)] {
        let s = Session::new();
        s.add("2026-11-20", "travel", "Bank card", "高铁", -120_000);
        let shown = screen(&s.run("r", size));
        assert!(shown.contains("报销"), "{size:?}: {shown}");
        let shown = screen(&s.run("r公司<Enter>", size));
        assert!(shown.contains("to be reimbursed by 公司"), "{size:?}: {shown}");
        assert_eq!(waiting(&s), [(false, "公司".to_owned(), 120_000)]);

        // The offset (same day, newer id) is selected first: not a payment.
        let shown = screen(&s.run("r", size));
        assert!(shown.contains("only a payment"), "{size:?}: {shown}");
        // One row down is the payment: 1,000 of it came back today.
        let shown = screen(&s.run("jr1000<Enter>", size));
        assert!(shown.contains("reimbursed by 公司"), "{size:?}: {shown}");
        assert!(waiting(&s).is_empty());
        let rows = s.rows();
        assert!(rows.iter().any(|t| t.amount == 100_000 && t.category_id.is_some()), "the offset is 1,000 now");
        let travel: i64 = rows.iter().filter(|t| t.category_id.is_some()).map(|t| t.amount).sum();
        assert_eq!(travel, -20_000, "200 stays spending in travel");
        let shown = screen(&s.run("u", size));
        assert!(shown.contains("reimbursed by 公司"), "{size:?}: {shown}");
        assert_eq!(waiting(&s), [(false, "公司".to_owned(), 120_000)]);
    }
}

/// `s` on a payment splits it; income is refused before anything is typed.
#[test]
fn s_splits_a_payment_and_refuses_income() {
    let s = Session::new();
    s.add("2026-11-20", "food", "Bank card", "火锅", -14_000);
    let shown = screen(&s.run("s", (80, 24)));
    assert!(shown.contains("how many ways"), "{shown}");
    let shown = screen(&s.run("s4<Enter>", (80, 24)));
    assert!(shown.contains("split 4 ways: ¥35.00 is yours, ¥105.00 is owed by others"), "{shown}");
    assert_eq!(waiting(&s), [(true, "others".to_owned(), 10_500)]);
    let shown = screen(&s.run("u", (80, 24)));
    assert!(shown.contains("split 4 ways"), "{shown}");
    assert!(waiting(&s).is_empty());
    let shown = screen(&s.run("sx<Enter>", (80, 24)));
    assert!(shown.contains("not a number of ways"), "{shown}");
    s.add("2026-11-21", "salary", "Bank card", "工资", 500_000);
    let shown = screen(&s.run("s", (80, 24)));
    assert!(shown.contains("only a payment"), "{shown}");
}
