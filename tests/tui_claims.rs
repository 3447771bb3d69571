//! Claims (issue 26's 报销 and AA) typed in the interface's quick add
//! (`i`): `35*4 火锅 AA:4` writes 140 paid and 105 owed by others in one
//! step, `!报销` marks a row reimbursable; undo takes each away whole.
//! Driven through `Session` on 2026-11-28.

mod common;

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
