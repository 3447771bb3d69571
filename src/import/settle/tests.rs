use super::*;
use crate::model::{AccountKind, Class, Tags};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn account(id: i64, name: &str, kind: AccountKind) -> Account {
    Account { id, name: name.into(), kind, currency: Currency::CNY, archived: false }
}

/// A new row on WeChat (id 1): `amount` from or to `payee` on `date`.
fn row(line: usize, date: &str, payee: &str, amount: i64) -> Planned {
    let class = if amount > 0 { Class::Income } else { Class::Spending };
    Planned {
        line,
        date: d(date),
        legs: vec![Leg {
            id: None,
            account_id: 1,
            account: "WeChat".into(),
            amount,
            payee: payee.into(),
            tags: Tags::default(),
        }],
        category: Some((9, "side income".into(), class)),
        why: "default".into(),
        note: String::new(),
        key: format!("wechat:{line}"),
        status: Status::New,
    }
}

fn accounts() -> Vec<Account> {
    vec![
        account(1, "WeChat", AccountKind::Wallet),
        account(2, "小王", AccountKind::Person),
        account(3, "小李", AccountKind::Person),
    ]
}

fn person(id: i64, name: &str, movements: &[(&str, i64)]) -> Person {
    Person {
        id,
        name: name.into(),
        currency: Currency::CNY,
        movements: movements.iter().map(|(s, a)| (d(s), *a)).collect(),
    }
}

/// 140 paid AA four ways on Oct 25: 小王 and 小李 each owe 35.00. The
/// bill (newest first): 小王 +100 on Oct 28, 小李 +35 on Oct 27, 小王 +35
/// on Oct 26. In date order 小王's 35 settles (0 left), 小李's 35 settles,
/// and 小王's 100 is more than the 0 he owes then: kept, with why.
#[test]
fn rows_settle_in_date_order_up_to_what_is_open() {
    let mut rows = vec![
        row(17, "2026-10-28", "小王", 10_000),
        row(18, "2026-10-27", "小李", 3_500),
        row(19, "2026-10-26", "小王", 3_500),
    ];
    let people = [person(2, "小王", &[("2026-10-25", 3_500)]), person(3, "小李", &[("2026-10-25", 3_500)])];
    let (settled, kept) = settle(&mut rows, &[0, 1, 2], &people, &accounts());
    assert_eq!(
        settled.iter().map(|s| (s.row, s.person.as_str(), s.amount, s.owes_me)).collect::<Vec<_>>(),
        [(1, "小李", 3_500, true), (2, "小王", 3_500, true)]
    );
    // The settled row: WeChat +35 and 小王 −35, no category.
    assert_eq!(rows[2].category, None);
    assert_eq!(rows[2].legs.iter().map(|l| (l.account_id, l.amount)).collect::<Vec<_>>(), [(1, 3_500), (2, -3_500)]);
    assert_eq!(rows[2].legs[1].payee, "WeChat");
    assert_eq!(rows[0].legs.len(), 1, "the 100 stays income");
    assert_eq!(
        kept,
        [Problem {
            line: 17,
            reason: "from 小王, ¥100.00 is more than the ¥0.00 小王 owes you: kept as income".into()
        }]
    );
    assert_eq!(summary(&settled), "小李 ¥35.00, 小王 ¥35.00");
}

/// Lent 500 to 小王 on Oct 1: an imported +200 on Oct 5 settles 200
/// (300 left open), and a second +200 on Oct 6 too (100 left); a third
/// +200 is more than that 100 and is kept.
#[test]
fn several_rows_take_from_what_is_left() {
    let mut rows = vec![
        row(1, "2026-10-05", "小王", 20_000),
        row(2, "2026-10-06", "小王", 20_000),
        row(3, "2026-10-07", "小王", 20_000),
    ];
    let people = [person(2, "小王", &[("2026-10-01", 50_000)])];
    let (settled, kept) = settle(&mut rows, &[0, 1, 2], &people, &accounts());
    assert_eq!(settled.len(), 2);
    assert_eq!(kept[0].line, 3);
    assert!(kept[0].reason.contains("¥200.00 is more than the ¥100.00"), "{kept:?}");
    assert_eq!(summary(&settled), "小王 ¥400.00");
}

/// Money out to a person I owe repays them; money in from one I owe is
/// kept (nothing is owed to me); a row before the loan is kept (nothing
/// was open that day); a name's start, another name, a duplicate or a row
/// not eligible never settles.
#[test]
fn direction_day_and_name_must_fit() {
    // I borrowed 300 from 小王 on Oct 10 (his balance −300).
    let people = [person(2, "小王", &[("2026-10-10", -30_000)])];
    let mut rows = vec![
        row(1, "2026-10-12", "小王", -10_000),
        row(2, "2026-10-12", "小王", 5_000),
        row(3, "2026-10-09", "小王", -10_000),
        row(4, "2026-10-12", "小", -100),
        row(5, "2026-10-12", "小王", -100),
        row(6, "2026-10-12", "小王", -100),
        row(7, "2026-10-12", " 小王 ", -100),
    ];
    rows[4].status = Status::Duplicate;
    let (settled, kept) = settle(&mut rows, &[0, 1, 2, 3, 4, 6], &people, &accounts());
    assert_eq!(settled.iter().map(|s| (s.row, s.owes_me)).collect::<Vec<_>>(), [(0, false), (6, false)]);
    assert_eq!(rows[0].legs[1].amount, 10_000, "小王's side: I owe him 100 less");
    assert_eq!(rows[0].why, "repays what you owe 小王");
    assert_eq!(kept.iter().map(|p| p.line).collect::<Vec<_>>(), [2, 3]);
    assert!(kept[1].reason.contains("more than the ¥0.00 you owe 小王: kept as spending"), "{kept:?}");
    assert_eq!(rows[5].legs.len(), 1, "not eligible (a refund, a file's own category)");
}

/// A row of i64::MIN (no bill parses one, but the plan is pure and takes
/// what it is given) is more than anyone owes: kept, never settled as a
/// negative amount.
#[test]
fn a_row_past_the_range_never_settles() {
    let mut rows = vec![row(5, "2026-10-26", "小王", i64::MIN)];
    let people = [person(2, "小王", &[("2026-10-01", -1_000)])];
    let (settled, kept) = settle(&mut rows, &[0], &people, &accounts());
    assert!(settled.is_empty());
    assert_eq!(kept.len(), 1);
    assert_eq!(rows[0].legs.len(), 1, "the row is left as it was");
}
