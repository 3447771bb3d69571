//! What a household has: what a loan still owes on a day, and net worth
//! month by month with its change split into what was saved from income,
//! what changed in value, and the rest. Pure: the balances come in.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::model::{AccountKind, Month};
use crate::relocation::mortgage::Payment;

/// The day payment `k` (1-based) of a loan drawn on `start` falls due: the
/// same day of the month `k` months on (the month's last day when shorter).
pub fn due_day(start: NaiveDate, k: u32) -> NaiveDate {
    start.checked_add_months(Months::new(k)).unwrap_or(NaiveDate::MAX)
}

/// What a loan drawn on `start` for `principal`, repaid by `schedule`,
/// still owes at the end of `day`: nothing before it is drawn, then the
/// balance after the last payment due on or before `day`.
pub fn owed_on(principal: i64, start: NaiveDate, schedule: &[Payment], day: NaiveDate) -> i64 {
    if day < start {
        return 0;
    }
    let paid = schedule.iter().take_while(|p| due_day(start, p.month) <= day).last();
    paid.map_or(principal, |p| p.balance)
}

/// What a loan drawn on `start` and repaid by `schedule` asks in payments
/// falling due after `after` and on or before `through`.
pub fn paid_between(start: NaiveDate, schedule: &[Payment], after: NaiveDate, through: NaiveDate) -> i64 {
    schedule
        .iter()
        .map(|p| (due_day(start, p.month), p.payment))
        .skip_while(|(d, _)| *d <= after)
        .take_while(|(d, _)| *d <= through)
        .map(|(_, p)| p)
        .sum()
}

/// One month of net worth, all in minor units of one currency. Assets are
/// what accounts of owning kinds hold; liabilities what accounts of owing
/// kinds owe (a size, so net worth is assets less liabilities).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WorthMonth {
    #[serde(serialize_with = "month_text")]
    pub month: Month,
    pub assets: i64,
    pub liabilities: i64,
    pub net_worth: i64,
    /// Net worth less the month before's.
    pub change: i64,
    /// Saved from income: the month's income less housing and spending.
    pub saved: i64,
    /// Changes in value: the valuations typed in the month.
    pub value: i64,
    /// The rest: opening balances, loan principal repaid (its payment is
    /// housing, so it is in `saved` as spent), reconciliation adjustments,
    /// uncategorized rows.
    pub other: i64,
}

fn month_text<S: serde::Serializer>(m: &Month, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(m)
}

/// Assets and liabilities (a size) of `balances`, by kind. A person's
/// balance goes by its sign: what they owe (positive) is a receivable, an
/// asset; what they are owed (negative) a payable, a liability.
pub fn split(balances: &[(AccountKind, i64)]) -> (i64, i64) {
    balances.iter().fold((0i64, 0i64), |(a, l), (kind, b)| {
        let owing = kind.is_liability() || (*kind == AccountKind::Person && *b < 0);
        if owing { (a, l.saturating_sub(*b)) } else { (a.saturating_add(*b), l) }
    })
}

/// One month's figures going in: its month, each account's balance at its
/// end (by kind), what was saved from income in it and the valuations'
/// change in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthIn {
    pub month: Month,
    pub balances: Vec<(AccountKind, i64)>,
    pub saved: i64,
    pub value: i64,
}

/// Net worth month by month from `months` (oldest first), each change
/// against the month before (`before`: net worth at the end of the month
/// before the first).
pub fn worth_months(before: i64, months: &[MonthIn]) -> Vec<WorthMonth> {
    let mut last = before;
    months
        .iter()
        .map(|m| {
            let (assets, liabilities) = split(&m.balances);
            let net_worth = assets.saturating_sub(liabilities);
            let change = net_worth.saturating_sub(last);
            last = net_worth;
            let other = change.saturating_sub(m.saved).saturating_sub(m.value);
            WorthMonth { month: m.month, assets, liabilities, net_worth, change, saved: m.saved, value: m.value, other }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relocation::mortgage::{Loan, Method, schedule};
    use rust_decimal::Decimal;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_loan_owes_its_principal_until_the_first_payment_then_the_schedule_balance() {
        // 300,000 at 4.9 % over 20 years, equal payments, drawn 2025-01-15.
        let loan =
            Loan { principal: 30_000_000, annual_rate: Decimal::new(49, 3), months: 240, method: Method::EqualPayment };
        let s = schedule(&loan).unwrap();
        let start = d("2025-01-15");
        assert_eq!(owed_on(loan.principal, start, &s, d("2025-01-14")), 0, "not drawn yet");
        assert_eq!(owed_on(loan.principal, start, &s, d("2025-02-14")), 30_000_000);
        assert_eq!(owed_on(loan.principal, start, &s, d("2025-02-15")), s[0].balance);
        // After 12 payments (the 12th on 2026-01-15): the schedule's 12th balance.
        assert_eq!(owed_on(loan.principal, start, &s, d("2026-01-15")), s[11].balance);
        // Worked independently (Python fractions, payment 1,963.33, each
        // month's interest on its opening balance rounded to the fen, as a
        // bank does): 290,938.34 owed after a year (the unrounded formula: 290,938.30).
        assert_eq!(s[11].balance, 29_093_834);
        assert_eq!(owed_on(loan.principal, start, &s, d("2045-01-15")), 0, "repaid");
    }

    #[test]
    fn a_due_day_past_a_short_months_end_is_its_last_day() {
        assert_eq!(due_day(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(due_day(d("2026-01-31"), 2), d("2026-03-31"));
    }

    /// Lending 2,000 from a bank holding 10,000 (worked example 1 of issue
    /// 26): assets stay 10,000 (8,000 + 2,000 receivable), net worth too;
    /// borrowing 500 from another person adds 500 to the bank and a 500
    /// payable, so net worth still stays.
    #[test]
    fn a_persons_balance_is_a_receivable_or_a_payable_by_its_sign() {
        use AccountKind::{Bank, Credit, Person};
        assert_eq!(split(&[(Bank, 1_000_000)]), (1_000_000, 0));
        assert_eq!(split(&[(Bank, 800_000), (Person, 200_000)]), (1_000_000, 0));
        let (a, l) = split(&[(Bank, 850_000), (Person, 200_000), (Person, -50_000), (Credit, -10_000)]);
        assert_eq!((a, l), (1_050_000, 60_000));
        assert_eq!(a - l, 990_000, "the card's 100 is the only change");
    }

    #[test]
    fn the_change_splits_into_saved_value_and_the_rest() {
        let m = |n, balances, saved, value| MonthIn { month: Month::new(2026, n).unwrap(), balances, saved, value };
        let rows = worth_months(
            0,
            &[
                // An 80,000 opening and a 1,200 card debt: all "other".
                m(1, vec![(AccountKind::Bank, 8_000_000), (AccountKind::Credit, -120_000)], 0, 0),
                // Saved 2,500; the fund valued up 1,000.
                m(
                    2,
                    vec![
                        (AccountKind::Bank, 8_250_000),
                        (AccountKind::Credit, -120_000),
                        (AccountKind::Investment, 100_000),
                    ],
                    250_000,
                    100_000,
                ),
            ],
        );
        assert_eq!((rows[0].assets, rows[0].liabilities, rows[0].net_worth), (8_000_000, 120_000, 7_880_000));
        assert_eq!((rows[0].change, rows[0].saved, rows[0].value, rows[0].other), (7_880_000, 0, 0, 7_880_000));
        assert_eq!((rows[1].net_worth, rows[1].change), (8_230_000, 350_000));
        assert_eq!((rows[1].saved, rows[1].value, rows[1].other), (250_000, 100_000, 0));
    }
}
