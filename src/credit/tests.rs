//! The worked examples, computed by hand in the comments.

use super::*;

fn d(m: u32, day: u32) -> NaiveDate {
    let year = if m >= 10 { 2026 } else { 2027 };
    NaiveDate::from_ymd_opt(year, m, day).unwrap()
}

/// 花呗: limit 5,000.00, statement on the 1st, due on the 9th.
const HUABEI: Terms = Terms { limit: 500_000, statement_day: 1, due_day: 9 };

#[test]
fn statements_fall_on_the_statement_day_and_bills_on_the_due_day() {
    // Today is after the Nov 1 statement: it is the last one, Dec 1 the next.
    assert_eq!(HUABEI.statement_before(d(11, 3)), d(11, 1));
    assert_eq!(HUABEI.statement_from(d(11, 3)), d(12, 1));
    // On the statement day itself, that statement is still to come.
    assert_eq!(HUABEI.statement_before(d(11, 1)), d(10, 1));
    assert_eq!(HUABEI.statement_from(d(11, 1)), d(11, 1));
    // Due day 9 after statement day 1: the same month.
    assert_eq!(HUABEI.due_of(d(11, 1)), d(11, 9));
    // Statement on the 25th, due on the 10th: the next month, over a year's end too.
    let card = Terms { limit: 1, statement_day: 25, due_day: 10 };
    assert_eq!(card.due_of(d(11, 25)), d(12, 10));
    assert_eq!(card.due_of(d(12, 25)), d(1, 10));
    assert_eq!(card.statement_before(d(1, 3)), d(12, 25));
    // Oct 3 through Jan 1: statements Nov 1, Dec 1, Jan 1.
    assert_eq!(HUABEI.statements(d(10, 3), d(1, 1)), 3);
    assert_eq!(HUABEI.statements(d(10, 3), d(10, 31)), 0);
    // A purchase on the statement day is on that statement.
    assert_eq!(HUABEI.statements(d(11, 1), d(11, 1)), 1);
}

/// Purchases 120.00 (Oct 3) and 35.50 (Oct 20), a repayment of 100.00 (Nov 5).
fn huabei(today: NaiveDate) -> Bill {
    let rows = [(d(10, 3), -12_000), (d(10, 20), -3_550), (d(11, 5), 10_000)];
    let statement = HUABEI.statement_before(today);
    let owed_on = |day: NaiveDate| -rows.iter().filter(|(d, _)| *d <= day).map(|(_, a)| a).sum::<i64>();
    let since: Vec<_> = rows.iter().copied().filter(|(d, _)| *d > statement && *d <= today).collect();
    bill(&HUABEI, today, Owed { at_statement: owed_on(statement), now: owed_on(today), since: &since }, &[])
}

#[test]
fn the_huabei_bill_of_november_first() {
    // Oct 25: nothing billed yet (Oct 1 owed nothing); the Nov 1 statement
    // so far is 120.00 + 35.50 = 155.50; available 5,000.00 - 155.50 = 4,844.50.
    let oct = huabei(d(10, 25));
    assert_eq!((oct.statement, oct.stated, oct.due, oct.due_on), (d(10, 1), 0, 0, d(10, 9)));
    assert_eq!((oct.next, oct.next_so_far, oct.owed, oct.available), (d(11, 1), 15_550, 15_550, 484_450));
    // Nov 3: the Nov 1 bill is 155.50, due Nov 9; available still 4,844.50.
    let before = huabei(d(11, 3));
    assert_eq!((before.statement, before.stated, before.paid, before.due), (d(11, 1), 15_550, 0, 15_550));
    assert_eq!((before.due_on, before.next, before.next_so_far), (d(11, 9), d(12, 1), 0));
    assert_eq!((before.owed, before.available), (15_550, 484_450));
    // Nov 6, after the repayment of 100.00: 155.50 - 100.00 = 55.50 still due.
    let after = huabei(d(11, 6));
    assert_eq!(
        (after.stated, after.paid, after.due, after.owed, after.available),
        (15_550, 10_000, 5_550, 5_550, 494_450)
    );
    assert!(!after.overdue(d(11, 9)) && after.overdue(d(11, 10)));
}

/// Statement on the 5th, due on the 25th; 3,000.00 bought on Oct 10 in 3
/// instalments with a fee of 15.00 posted on each of its three statement
/// days (Nov 5, Dec 5, Jan 5); each bill repaid in full on the 20th.
fn card_with_plan(today: NaiveDate, principal: i64) -> Bill {
    let terms = Terms { limit: 1_000_000, statement_day: 5, due_day: 25 };
    let bill_of = principal / 3 + 1_500;
    let rows = [
        (d(10, 10), -principal),
        (d(11, 5), -1_500),
        (d(11, 20), bill_of),
        (d(12, 5), -1_500),
        (d(12, 20), bill_of),
        (d(1, 5), -1_500),
    ];
    let statement = terms.statement_before(today);
    let owed_on = |day: NaiveDate| -rows.iter().filter(|(d, _)| *d <= day).map(|(_, a)| a).sum::<i64>();
    let since: Vec<_> = rows.iter().copied().filter(|(d, _)| *d > statement && *d <= today).collect();
    let plan = Plan { date: d(10, 10), principal, months: 3 };
    bill(&terms, today, Owed { at_statement: owed_on(statement), now: owed_on(today), since: &since }, &[plan])
}

#[test]
fn each_bill_of_an_instalment_plan_carries_a_third_and_the_fee() {
    // Oct 20: nothing billed; the Nov 5 statement so far is a third,
    // 1,000.00 (3,000.00 owed less the 2,000.00 billed later); 3,000.00 left.
    let oct = card_with_plan(d(10, 20), 300_000);
    assert_eq!((oct.stated, oct.next, oct.next_so_far, oct.instalments_left), (0, d(11, 5), 100_000, 300_000));
    // Nov 6: owed 3,000.00 + 15.00 = 3,015.00 at the Nov 5 statement, less
    // 2,000.00 not billed: 1,015.00, due Nov 25; 2,000.00 of principal left.
    let nov = card_with_plan(d(11, 6), 300_000);
    assert_eq!((nov.statement, nov.stated, nov.due_on, nov.instalments_left), (d(11, 5), 101_500, d(11, 25), 200_000));
    // The Dec 5 statement so far: 3,015.00 owed - 1,000.00 billed later - 1,015.00 due = 1,000.00.
    assert_eq!(nov.next_so_far, 100_000);
    // Dec 6: 3,015.00 - 1,015.00 + 15.00 = 2,015.00 owed, less 1,000.00: 1,015.00.
    let dec = card_with_plan(d(12, 6), 300_000);
    assert_eq!((dec.stated, dec.due, dec.due_on, dec.instalments_left), (101_500, 101_500, d(12, 25), 100_000));
    // Jan 6: 2,015.00 - 1,015.00 + 15.00 = 1,015.00, all of it billed.
    let jan = card_with_plan(d(1, 6), 300_000);
    assert_eq!((jan.stated, jan.instalments_left, jan.owed), (101_500, 0, 101_500));
}

#[test]
fn a_principal_that_does_not_divide_puts_the_remainder_on_the_last() {
    // 3,000.01 in 3: 1,000.00, 1,000.00 and 1,000.01.
    let plan = Plan { date: d(10, 10), principal: 300_001, months: 3 };
    assert_eq!((plan.part(1), plan.part(2), plan.part(3), plan.part(4)), (100_000, 100_000, 100_001, 0));
    let terms = Terms { limit: 1, statement_day: 5, due_day: 25 };
    assert_eq!(plan.left(&terms, d(10, 31)), 300_001);
    assert_eq!(plan.left(&terms, d(11, 5)), 200_001);
    assert_eq!(plan.left(&terms, d(12, 5)), 100_001);
    assert_eq!(plan.left(&terms, d(1, 5)), 0);
    // The third bill: 1,015.00 owed after paying 1,015.00 twice is 3,000.01
    // + 45.00 - 2,030.00 = 1,015.01, all billed (the remainder on it).
    let jan = card_with_plan(d(1, 6), 300_001);
    assert_eq!((jan.stated, jan.instalments_left), (101_501, 0));
}
