//! Money lent and borrowed in the interface (issue 26): `l` on a Ledger
//! row ("this was a loan to …"), and the screen of who owes whom (`O`)
//! with its forms (`a` lend, `c` collect or repay, `f` forgive), at
//! 60x20, 80x24 and 120x40. Driven through `Session` on 2026-11-28.

use crate::common;

use common::{Session, screen};
use nestegg::model::AccountKind;
use nestegg::ops::owed;

/// What is open with each person: (name, signed amount, since).
fn open(s: &Session) -> Vec<(String, i64, String)> {
    owed::owed(&s.store(), None)
        .unwrap()
        .into_iter()
        .map(|l| (l.person, l.open.amount, l.open.since.map(|d| d.to_string()).unwrap_or_default()))
        .collect()
}

/// A tagged payment (quick add's `+旅行`) turned into a loan keeps its
/// tags on both legs: the trip's money stays the trip's (`tag:` finds it).
#[test]
fn l_keeps_the_rows_tags() {
    let s = Session::new();
    s.run("i35 午饭 +旅行<Enter>", (100, 30));
    s.run("l小王<Enter>", (100, 30));
    let rows = s.rows();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|t| t.category_id.is_none() && t.tags.stored() == "旅行"), "{rows:?}");
    s.run("u", (100, 30));
    let rows = s.rows();
    assert_eq!((rows.len(), rows[0].tags.stored().as_str()), (1, "旅行"));
}

/// A payment of 2,000 (food, 小王 as payee) was a loan: `l` and a name
/// turn it into a transfer to 小王, made on the spot; the month's spending
/// loses it. Undo brings the payment back as it was, and the person with
/// it. An incoming 500 then becomes 小王 paying back; one more than is
/// open is refused and leaves the row alone.
#[test]
fn l_turns_a_payment_into_a_loan_and_an_income_into_a_collection() {
    let s = Session::new();
    let paid = s.add("2026-11-20", "food", "Bank card", "小王", -200_000);
    let shown = screen(&s.run("l小王<Enter>", (100, 30)));
    assert!(shown.contains("is now ¥2,000.00 lent to 小王"), "{shown}");
    assert!(s.rows().iter().all(|t| t.category_id.is_none()), "the payment is a transfer now");
    assert!(s.rows().iter().all(|t| t.note.is_empty()), "the payee was the person: no note repeats it");
    assert_eq!(open(&s), [("小王".to_owned(), 200_000, "2026-11-20".to_owned())]);
    let store = s.store();
    let person = store.accounts(true).unwrap().into_iter().find(|a| a.name == "小王").unwrap();
    assert_eq!(person.kind, AccountKind::Person);
    drop(store);

    s.run("u", (100, 30));
    let rows = s.rows();
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].id, rows[0].amount, rows[0].payee.as_str()), (paid, -200_000, "小王"));
    assert!(s.store().accounts(true).unwrap().iter().all(|a| a.name != "小王"), "one step: the person goes too");
    s.run("<C-r>", (100, 30));

    // An income row of 500 from 小王: a collection (newest, so selected).
    s.add("2026-11-25", "side income", "Bank card", "小王", 50_000);
    let shown = screen(&s.run("l小<Enter>", (100, 30)));
    assert!(shown.contains("¥500.00 小王 paid back"), "{shown}");
    assert_eq!(open(&s), [("小王".to_owned(), 150_000, "2026-11-20".to_owned())]);
    // A payee other than the person stays in the note.
    s.add("2026-11-26", "food", "Bank card", "医院", -1_000);
    s.run("l小王<Enter>", (100, 30));
    assert!(s.rows().iter().any(|t| t.amount == -1_000 && t.note == "医院" && t.category_id.is_none()));
    s.run("u", (100, 30));
    // 1,600 more than the 1,500 open: refused, the row stays income.
    s.add("2026-11-26", "side income", "Bank card", "x", 160_000);
    let shown = screen(&s.run("l小王<Enter>", (100, 30)));
    assert!(shown.contains("more than the ¥1,500.00 open with 小王"), "{shown}");
    assert!(s.rows().iter().any(|t| t.amount == 160_000 && t.category_id.is_some()));
    // A transfer leg is no payment.
    let shown = screen(&s.run("jjl", (100, 30)));
    assert!(shown.contains("only a payment or an income row"), "{shown}");
    let help = screen(&s.run("?", (120, 60)));
    assert!(help.contains("this was a loan"), "{help}");
}

/// The screen lists each person with what is open, its direction and age
/// (小王 owes 2,000 since Nov 1: 27 days; I owe 老李 300 since Nov 20: 8),
/// whole at every size; `c` collects with the amount filled in, `f`
/// forgives into a spending category, `a` lends to someone new.
#[test]
fn the_screen_of_who_owes_whom_collects_forgives_and_lends() {
    let s = Session::new();
    s.run("", (80, 24));
    let store_lend = |how, person: &str, amount, date: &str| {
        let mut store = s.store();
        let account = store.accounts(false).unwrap().into_iter().next().unwrap();
        let r = owed::Request { how, person, account: &account, amount, date: date.parse().unwrap(), note: "" };
        owed::settle(&mut store, &r).unwrap();
    };
    store_lend(owed::Move::Lend, "小王", 200_000, "2026-11-01");
    store_lend(owed::Move::Borrow, "老李", 30_000, "2026-11-20");
    for size in [(60, 20), (80, 24), (120, 40)] {
        let shown = screen(&s.run("O", size));
        let line = |who: &str| shown.lines().find(|l| l.contains(who)).unwrap_or_else(|| panic!("{who}: {shown}"));
        for (who, direction, amount, age) in [("小王", "owes me", "¥2,000.00", "27"), ("老李", "I owe", "¥300.00", "8")]
        {
            let l = line(who);
            assert!(
                l.contains(direction) && l.contains(amount) && l.trim_end_matches('│').trim_end().ends_with(age),
                "{size:?}: {l}"
            );
        }
        assert!(shown.contains("Who owes whom"), "{shown}");

        s.run("<Esc>", size);
    }
    // `c` on 小王: collect 500 of the 2,000 (the field holds 2000.00).
    let form = screen(&s.run("Oc", (80, 24)));
    assert!(form.contains("2000.00") && form.contains("小王"), "{form}");
    s.run("Oc<C-u>500<Enter>", (80, 24));
    assert_eq!(open(&s)[0], ("小王".to_owned(), 150_000, "2026-11-01".to_owned()));
    // More than is open comes back to the form, nothing written.
    let refused = screen(&s.run("Oc<C-u>9999<Enter>", (80, 24)));
    assert!(refused.contains("more than"), "{refused}");
    assert_eq!(open(&s)[0].1, 150_000);
    // `f`: forgive the rest as gifts (spending), dated today.
    s.run("Of<Tab>gifts<Enter>", (80, 24));
    assert_eq!(open(&s), [("老李".to_owned(), -30_000, "2026-11-20".to_owned())]);
    let forgiven = s.rows().into_iter().find(|t| t.category_id.is_some()).unwrap();
    assert_eq!((forgiven.amount, forgiven.date.to_string()), (-150_000, "2026-11-28".to_owned()));
    // `c` on 老李 repays; `a` lends to someone new; `u` undoes it.
    s.run("Oc<Enter>", (80, 24));
    assert!(open(&s).is_empty(), "{:?}", open(&s));
    s.run("Oa100<Tab>阿张<Enter>", (80, 24));
    assert_eq!(open(&s), [("阿张".to_owned(), 10_000, "2026-11-28".to_owned())]);
    s.run("Ou", (80, 24));
    assert!(open(&s).is_empty());
    let help = screen(&s.run("?", (120, 60)));
    assert!(help.contains("who owes whom"), "{help}");
}

/// The form's account picker offers no person: typing a person's name
/// finds nothing, and the form says so on the field, writing nothing.
#[test]
fn the_forms_account_picker_leaves_people_out() {
    let s = Session::new();
    {
        let mut store = s.store();
        let account = store.accounts(false).unwrap().into_iter().next().unwrap();
        let date = "2026-10-01".parse().unwrap();
        let r = owed::Request { how: owed::Move::Lend, person: "Ada", account: &account, amount: 100, date, note: "" };
        owed::settle(&mut store, &r).unwrap();
    }
    let shown = screen(&s.run("a35<Tab><Tab>Ad", (80, 24)));
    assert!(shown.contains("nothing matches what is typed"), "{shown}");
    let shown = screen(&s.run("a35<Tab><Tab>Ad<Enter>", (80, 24)));
    assert!(shown.contains("no account matches"), "{shown}");
    assert!(s.rows().iter().all(|t| t.category_id.is_none()), "nothing was written");
}

/// The screen of who owes whom and its collect form at 80x24, in both
/// languages.
#[test]
fn the_screen_of_who_owes_whom_in_both_languages() {
    use nestegg::text::{Lang, set_lang};
    let s = Session::new();
    {
        let mut store = s.store();
        let account = store.accounts(false).unwrap().into_iter().next().unwrap();
        for (how, person, amount, date) in
            [(owed::Move::Lend, "小王", 200_000, "2026-10-15"), (owed::Move::Borrow, "Lee", 45_050, "2026-11-27")]
        {
            let date = date.parse().unwrap();
            let r = owed::Request { how, person, account: &account, amount, date, note: "" };
            owed::settle(&mut store, &r).unwrap();
        }
    }
    for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        set_lang(lang);
        insta::assert_snapshot!(format!("owed_{tag}"), screen(&s.run("O", (80, 24))));
        insta::assert_snapshot!(format!("owed_collect_{tag}"), screen(&s.run("Oc", (80, 24))));
    }
    set_lang(Lang::En);
}

/// The screen's totals and `b`: 小王 owes 2,000 and I owe 老李 300, so
/// the last row reads owed to you 2,000, you owe 300, net 1,700 at every
/// size; `b` borrows 450.50 from Lee (new), and it reads you owe 750.50,
/// net 1,249.50; `u` (listed in the footer at 80 columns) takes it back.
#[test]
fn the_screen_of_who_owes_whom_totals_and_borrows() {
    let s = Session::new();
    {
        let mut store = s.store();
        let account = store.accounts(false).unwrap().into_iter().next().unwrap();
        for (how, person, amount) in [(owed::Move::Lend, "小王", 200_000), (owed::Move::Borrow, "老李", 30_000)] {
            let date = "2026-11-01".parse().unwrap();
            let r = owed::Request { how, person, account: &account, amount, date, note: "" };
            owed::settle(&mut store, &r).unwrap();
        }
    }
    for size in [(60, 20), (80, 24), (120, 40)] {
        let shown = screen(&s.run("O", size));
        assert!(shown.contains("owed to you ¥2,000.00 · you owe ¥300.00 · net ¥1,700.00"), "{size:?}: {shown}");
        s.run("<Esc>", size);
    }
    let shown = screen(&s.run("O", (80, 24)));
    assert!(shown.contains("b borrow") && shown.contains("u undo"), "{shown}");
    let form = screen(&s.run("Ob", (80, 24)));
    assert!(form.contains("Borrow from a person"), "{form}");
    let shown = screen(&s.run("Ob450.50<Tab>Lee<Enter>", (80, 24)));
    assert_eq!(open(&s)[2], ("Lee".to_owned(), -45_050, "2026-11-28".to_owned()));
    let shown = if shown.contains("net ¥1,249.50") { shown } else { screen(&s.run("O", (80, 24))) };
    assert!(shown.contains("owed to you ¥2,000.00 · you owe ¥750.50 · net ¥1,249.50"), "{shown}");
    s.run("Ou", (80, 24));
    assert_eq!(open(&s).len(), 2, "undone");
    let zh = {
        nestegg::text::set_lang(nestegg::text::Lang::Zh);
        let shown = screen(&s.run("O", (80, 24)));
        nestegg::text::set_lang(nestegg::text::Lang::En);
        shown
    };
    assert!(zh.contains("别人欠你 ¥2,000.00 · 你欠别人 ¥300.00 · 净额 ¥1,700.00") && zh.contains("b 借入"), "{zh}");
    let help = screen(&s.run("O?", (120, 60)));
    assert!(help.contains("borrow from a person"), "{help}");
}

/// A transfer's other account is shown in the reader's language on the
/// Ledger: lending 100 to 小王 from the bank card, in Chinese the person's
/// row names 银行卡 (the shipped Bank card), not its stored English name.
#[test]
fn the_ledger_shows_a_transfers_other_account_in_chinese() {
    use nestegg::text::{Lang, set_lang};
    let s = Session::new();
    {
        let mut store = s.store();
        let account = store.accounts(false).unwrap().into_iter().next().unwrap();
        let date = "2026-11-20".parse().unwrap();
        let r =
            owed::Request {
                how: owed::Move::Lend, person: "小王", account: &account, amount: 10_000, date, note: ""
            };
        owed::settle(&mut store, &r).unwrap();
    }
    set_lang(Lang::Zh);
    let shown = screen(&s.run("", (100, 30)));
    set_lang(Lang::En);
    let person_row = shown.lines().find(|l| l.contains("¥100.00") && !l.contains("-¥100.00")).expect(&shown);
    assert!(person_row.contains("银行卡") && person_row.contains("小王"), "{shown}");
    assert!(!shown.contains("Bank card"), "{shown}");
}
