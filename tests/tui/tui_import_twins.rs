//! The import preview of an Alipay bill after its bank statement, headless:
//! each pair of twins with its reason, `p` to keep the selected row's pair
//! apart (planned again, booked as it is), the footer and `?` saying so.
//! Fixtures: `alipay_twins.csv` and `cmb_twins.csv` (see tests/import/import_twins.rs).

use crate::common;

use common::{Session, fixture, screen};
use nestegg::import::rules::Rules;
use nestegg::model::AccountKind;
use nestegg::money::Currency;
use nestegg::ops::import::{ImportOptions, commit, plan};

/// A ledger with the CMB statement imported into 招商银行 1234.
fn statement_in(s: &Session) {
    let mut store = s.store();
    let card = store.write(|tx| tx.add_account("招商银行 1234", AccountKind::Bank, Currency::CNY)).unwrap().id;
    let bytes = std::fs::read(fixture("cmb_twins.csv")).unwrap();
    let rules = Rules::default();
    let opts = ImportOptions {
        preset: None,
        mapping: None,
        account: Some(card),
        rules: &rules,
        account_map: None,
        keep_apart: &[],
    };
    let p = plan(&store, &bytes, &opts, |_| ()).unwrap();
    assert_eq!(commit(&mut store, &p, "cmb_twins.csv", None).unwrap(), 5);
}

fn spent(s: &Session) -> i64 {
    s.rows().iter().filter(|t| t.class.is_some_and(|c| c != nestegg::model::Class::Income)).map(|t| -t.amount).sum()
}

#[test]
fn the_preview_lists_the_pairs_and_p_keeps_one_apart() {
    let s = Session::new();
    statement_in(&s);
    let open = format!("I{}<Enter>", fixture("alipay_twins.csv"));
    let text = screen(&s.run(&open, (120, 40)));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("booked once (each purchase on the account that paid it):"), "{text}");
    assert!(
        flat.contains("line 17: takes the place of its twin 支付宝（中国）网络技术有限公司 on 2026-11-22"),
        "{text}"
    );
    assert!(flat.contains("line 18: takes the place of its twin"), "{text}");
    assert!(text.contains("p apart"), "the footer says the key: {text}");
    // The first row (新华书店 42.00, line 17): p keeps it apart, planned again.
    let text = screen(&s.run(&format!("{open}p"), (120, 40)));
    assert!(text.contains("line 17 kept apart from its twin: booked as it is"), "{text}");
    assert!(!text.contains("line 17: takes"), "{text}");
    assert!(text.contains("line 18: takes the place"), "{text}");
    // A row with no twin (the 花呗 ones): said so.
    let text = screen(&s.run(&format!("{open}jjp"), (120, 40)));
    assert!(text.contains("this row has no twin to keep apart"), "{text}");
    // Enter imports: 42.00 twice (kept apart), 88.00 once.
    // By hand: 120.00 + 35.50 + 88.00 + 42.00 + 20.00 + 42.00 = 347.50.
    s.run(&format!("{open}p<Enter>"), (120, 40));
    assert_eq!(spent(&s), 34_750);
}

#[test]
fn the_help_says_the_key_in_both_languages() {
    let s = Session::new();
    let open = format!("I{}<Enter>", fixture("alipay_twins.csv"));
    let text = screen(&s.run(&format!("{open}?"), (120, 40)));
    // A long row wraps in its column: read without the spaces and borders.
    let flat: String = text.chars().filter(|c| !c.is_whitespace() && *c != '│').collect();
    assert!(flat.contains("keepitapartfromitstwin(bookedasis)"), "{text}");
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let text = screen(&s.run(&format!("{open}?"), (120, 40)));
    let flat: String = text.chars().filter(|c| !c.is_whitespace() && *c != '│').collect();
    assert!(flat.contains("不与同一笔合并（照原样记账）"), "{text}");
}
