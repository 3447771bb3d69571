//! The import preview of an Alipay bill, headless: which account each
//! payment method pays from, `m` to send the selected row's method to
//! another account (kept for the next bill when the import is written).

use crate::common;

use common::{Session, fixture, screen};

fn balance(s: &Session, name: &str) -> i64 {
    s.rows().iter().filter(|t| t.account == name).map(|t| t.amount).sum()
}

#[test]
fn the_preview_lists_the_payment_methods_and_m_changes_one() {
    let s = Session::new();
    let open = format!("I{}<Enter>", fixture("alipay_funding.csv"));
    let text = screen(&s.run(&open, (120, 40)));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("paid from: 招商银行储蓄卡(1234) → 招商银行 1234 (new bank account) · 1 row"), "{text}");
    assert!(flat.contains("花呗 → 花呗 (new credit account) · 2 rows"), "{text}");
    assert!(flat.contains("余额 → Alipay · 2 rows"), "{text}");
    assert!(text.contains("m paid from"), "the footer says the key: {text}");
    // At 60 columns the line numbers give their room to the payee (it had two characters).
    let narrow = screen(&s.run(&open, (60, 20)));
    assert!(narrow.contains("好又多…") && narrow.contains("鹤岗饺…") && !narrow.contains("LINE"), "{narrow}");
    assert!(s.rows().is_empty(), "a preview writes nothing");
    // The second row (鹤岗饺子馆, 花呗&红包): m asks where 花呗 goes (the
    // popup covers the rows, so it names the method)…
    let text = screen(&s.run(&format!("{open}jm"), (120, 40)));
    assert!(text.contains("where 花呗 goes: an account's name"), "{text}");
    // …then Cash: both 花呗 rows go there.
    let change = format!("{open}jm<C-u>Cash<Enter>");
    let text = screen(&s.run(&change, (120, 40)));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("花呗 → Cash (your map) · 2 rows"), "{text}");
    assert!(text.contains("花呗 → Cash; kept for the next bill when you import"), "{text}");
    assert!(s.rows().is_empty(), "changing a mapping writes nothing");
    // A method that is not the selected row's own: the card's row is the first.
    let text = screen(&s.run(&format!("{open}m<C-u>Bank card<Enter>"), (120, 40)));
    assert!(
        text.split_whitespace().collect::<String>().contains("招商银行储蓄卡(1234)→Bankcard(yourmap)·1row"),
        "{text}"
    );
    // Enter imports with the change: −120.00 − 35.50 on Cash; the map is kept.
    s.run(&format!("{change}<Enter>"), (120, 40));
    assert_eq!(balance(&s, "Cash"), -15_550);
    assert_eq!(balance(&s, "Alipay"), 48_000);
    assert_eq!(balance(&s, "招商银行 1234"), -8_800);
    let map = s.store().funding_map("alipay").unwrap();
    assert_eq!(map.get("花呗").map(String::as_str), Some("Cash"));
    // The next preview of the bill finds it by the saved map.
    let text = screen(&s.run(&open, (120, 40)));
    assert!(text.split_whitespace().collect::<String>().contains("花呗→Cash(yourmap)·2rows"), "{text}");
    // u undoes the whole import, the map with it.
    s.run("u", (120, 40));
    assert!(s.rows().is_empty());
    assert!(s.store().funding_map("alipay").unwrap().is_empty());
    assert!(!s.store().accounts(true).unwrap().iter().any(|a| a.name == "招商银行 1234"));
}

#[test]
fn the_help_and_the_chinese_preview_say_the_key() {
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let s = Session::new();
    let open = format!("I{}<Enter>", fixture("alipay_funding.csv"));
    let text = screen(&s.run(&open, (120, 40)));
    let flat = text.split_whitespace().collect::<String>();
    assert!(flat.contains("付款来源：招商银行储蓄卡(1234)→招商银行1234（新银行账户）·1行"), "{text}");
    assert!(flat.contains("花呗→花呗（新信用卡账户）·2行"), "{text}");
    assert!(text.contains("m 付款方式"), "{text}");
    let text = screen(&s.run(&format!("{open}?"), (120, 40)));
    assert!(text.contains("给它的付款方式（花呗、银行卡等）换个账户"), "{text}");
}
