//! The Budget tab, the over-budget markers and the recurring instances on
//! the Ledger tab, headless.

use crate::common;

use common::{Session, screen};
use nestegg::model::Month;
use nestegg::recurring::{Every, NewRule, Schedule};

fn id_of(s: &Session, name: &str) -> i64 {
    s.store().categories(true).unwrap().into_iter().find(|c| c.name == name).unwrap().id
}

/// November 2026 (the tests' today is 2026-11-28): food 1,000 of 800 and
/// transport 100 of 200, salary 5,000.
fn budgeted() -> Session {
    let s = Session::new();
    s.add("2026-11-10", "salary", "Bank card", "厂", 500_000);
    s.add("2026-11-12", "food", "WeChat Pay", "食堂", -100_000);
    s.add("2026-11-13", "transport", "Alipay", "公交", -10_000);
    let (food, transport) = (id_of(&s, "food"), id_of(&s, "transport"));
    let nov = Month::new(2026, 11).unwrap();
    s.store()
        .write(|tx| {
            tx.set_budget(food, nov, 80_000, false)?;
            tx.set_budget(transport, nov, 20_000, false)
        })
        .unwrap();
    s
}

#[test]
fn the_budget_tab_shows_spent_against_limit_and_what_is_over() {
    let s = budgeted();
    let text = screen(&s.run("5", (100, 30)));
    assert!(text.contains("2026-11  budgets ¥1,000.00 · income ¥5,000.00"), "{text}");
    let food = text.lines().find(|l| l.contains("food")).unwrap_or_default();
    assert!(food.contains("! food") && food.contains("-¥200.00") && food.contains("over"), "{text}");
    let transport = text.lines().find(|l| l.contains("transport")).unwrap_or_default();
    assert!(transport.contains("¥100.00") && !transport.contains("over"), "{text}");
    assert!(text.contains("! over budget: food"), "{text}");
    insta::assert_snapshot!("budget_80x24", screen(&s.run("5", (80, 24))));
    // ← goes to October, where nothing is budgeted yet.
    let text = screen(&s.run("5<Left>", (100, 30)));
    assert!(text.contains("2026-10") && text.contains("No budgets for this month"), "{text}");
    // The Ledger header and the Months tab say so too.
    let ledger = screen(&s.run("", (100, 30)));
    let header: Vec<&str> = ledger.lines().skip(1).take(2).collect();
    assert!(header.iter().any(|l| l.contains("! over budget: food")), "{ledger}");
    // Safe to spend on 28 November, by hand: 5,000 in, 1,100 spent, no
    // goal; food is over its budget (nothing left to reserve), transport's
    // budget still holds 100. 5,000 − 1,100 − 100 = 3,800 for the 3 days
    // to the 30th: 1,266.666…, floored to 1,266.66, all of it today.
    assert!(header.iter().any(|l| l.contains("safe today ¥1,266.66 · ¥1,266.66/day")), "{ledger}");
    let months = screen(&s.run("2", (100, 30)));
    assert!(months.contains("! over budget: food"), "{months}");
}

#[test]
fn the_ledger_shows_the_next_30_days_of_recurring_instances_and_a_start_posts_what_is_due() {
    let s = Session::new();
    let (salary, rent) = (id_of(&s, "salary"), id_of(&s, "rent"));
    let account = s.store().accounts(false).unwrap()[0].id;
    let rule = |name: &str, category, amount, day, start: &str| NewRule {
        name: name.into(),
        account_id: account,
        category_id: category,
        amount,
        payee: name.into(),
        note: String::new(),
        schedule: Schedule {
            every: Every::Month,
            interval: 1,
            day,
            start: start.parse().unwrap(),
            end: None,
            count: None,
        },
        step_up: None,
    };
    s.store()
        .write(|tx| {
            tx.add_recurring(&rule("salary", salary, 500_000, 10, "2026-11-01"))?;
            tx.add_recurring(&rule("rent", rent, -150_000, 1, "2026-12-01"))
        })
        .unwrap();
    let text = screen(&s.run("", (120, 30)));
    // The tests' today is 2026-11-28: November's salary is posted at the start.
    assert!(text.contains("posted 1 recurring instance due up to today (salary 2026-11-10); u undoes it"), "{text}");
    assert_eq!(s.rows().len(), 1);
    assert!(text.contains("next 30 days: 12-01 rent -¥1,500.00 · 12-10 salary ¥5,000.00"), "{text}");
    // Once: a second start posts nothing more.
    s.run("", (120, 30));
    assert_eq!(s.rows().len(), 1);
}

#[test]
fn the_budget_tab_in_chinese() {
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let s = budgeted();
    let text = screen(&s.run("5", (100, 30)));
    assert!(text.contains("2026-11  预算 ¥1,000.00 · 收入 ¥5,000.00"), "{text}");
    let food = text.lines().find(|l| l.contains("餐饮")).unwrap_or_default();
    assert!(food.contains("! 餐饮") && food.contains("-¥200.00") && food.contains("超支"), "{text}");
    let transport = text.lines().find(|l| l.contains("交通")).unwrap_or_default();
    assert!(!transport.contains("超支"), "{text}");
    assert!(text.contains("! 超出预算：餐饮"), "{text}");
    insta::assert_snapshot!("budget_zh_80x24", screen(&s.run("5", (80, 24))));
    let text = screen(&s.run("5<Left>", (100, 30)));
    assert!(text.contains("这个月还没有预算"), "{text}");
}
