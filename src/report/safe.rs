//! Safe to spend: what the month still allows today, after what is
//! expected to come and go by its end and the savings goal.
//! Pure: plain figures in, plain figures out.
//!
//! For the month that holds today (income, housing and spending as
//! [`super::summarize`] counts them, posted so far; and what recurring
//! rules still expect by the month's end):
//! - kept = the goal × (income + expected income), rounded up to the fen
//!   (the goal is met, never short by a rounding);
//! - left = income + expected income − kept − housing − expected housing
//!   − spending − expected spending − reserved, where reserved is what the
//!   month's budgets have not yet spent (their categories' own money; the
//!   rules expected in a budgeted category are left to its budget);
//! - a day = ⌊(left + spent today) ÷ the days from today to the month's
//!   end, today counted⌋ (floored: never more than there is);
//! - today = a day − spent today.
//!
//! While income is still expected, the month's rate is shown as expected:
//! (income + expected income − housing − expected housing − spending −
//! expected spending) ÷ (income + expected income), so the days before
//! payday do not read as a month of spending with no income.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use super::{Ratio, savings_rate};

/// The month's figures safe-to-spend stands on, in minor units (positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Month {
    pub income: i64,
    pub housing: i64,
    pub spending: i64,
    /// Of `spending`, what is dated today.
    pub spent_today: i64,
    pub expected_income: i64,
    pub expected_housing: i64,
    /// Expected spending outside the budgeted categories.
    pub expected_spending: i64,
    /// What the month's budgets have not yet spent (never below 0 a line).
    pub reserved: i64,
    /// Today through the month's last day (at least 1).
    pub days_left: u32,
}

/// What can still be spent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Safe {
    /// What the goal keeps of the month's income.
    pub kept: i64,
    /// What the month still allows after today's spending.
    pub left: i64,
    /// A day's share of it from today to the month's end (today's spending put back).
    pub per_day: i64,
    /// What can still be spent today.
    pub today: i64,
    pub days_left: u32,
    /// The month's rate counting what is still expected; `None` when
    /// nothing more is expected (the posted rate is the month's) or no income.
    pub expected_rate: Option<Ratio>,
}

/// Safe to spend for month `m` at savings goal `goal` (a fraction, 0 to
/// 1); `None` when the month has no income, posted or expected: there is
/// nothing to spend from, and a figure would only restate the spending.
pub fn safe(m: &Month, goal: Decimal) -> Option<Safe> {
    let wide = |x: i64| i128::from(x);
    let income = wide(m.income) + wide(m.expected_income);
    if income <= 0 {
        return None;
    }
    let kept =
        (Decimal::from(income.max(0) as i64) * goal.clamp(Decimal::ZERO, Decimal::ONE)).ceil().to_i128().unwrap_or(0);
    let outgo = wide(m.housing) + wide(m.expected_housing) + wide(m.spending) + wide(m.expected_spending);
    let left = income - kept - outgo - wide(m.reserved);
    let days = i128::from(m.days_left.max(1));
    let per_day = (left + wide(m.spent_today)).div_euclid(days);
    let today = per_day - wide(m.spent_today);
    let narrow = |x: i128| x.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
    let expected_rate =
        (m.expected_income != 0).then(|| savings_rate(narrow(income - outgo), narrow(income))).flatten();
    Some(Safe {
        kept: narrow(kept),
        left: narrow(left),
        per_day: narrow(per_day),
        today: narrow(today),
        days_left: m.days_left.max(1),
        expected_rate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pct(p: i64) -> Decimal {
        Decimal::new(p, 2)
    }

    /// The worked example, by hand: on 2 December, nothing posted
    /// yet, a 5,000 salary rule due on the 10th, a 50 % goal. Kept 2,500;
    /// left 2,500 for the 30 days from the 2nd to the 31st: 83.333… a day,
    /// floored to 83.33, all of it today; the month is heading for 100 %.
    #[test]
    fn before_payday_with_a_goal() {
        let m = Month { expected_income: 500_000, days_left: 30, ..Month::default() };
        let s = safe(&m, pct(50)).unwrap();
        assert_eq!((s.kept, s.left, s.per_day, s.today), (250_000, 250_000, 8_333, 8_333));
        assert_eq!(s.expected_rate.map(|r| r.percent()), Some("100.0%".to_owned()));
        // A 600 rent rule due on the 5th: 1,900 left, 63.33 a day.
        let s = safe(&Month { expected_housing: 60_000, ..m }, pct(50)).unwrap();
        assert_eq!((s.left, s.per_day, s.today), (190_000, 6_333, 6_333));
        assert_eq!(s.expected_rate.map(|r| r.percent()), Some("88.0%".to_owned()));
    }

    /// After payday: posted figures, today's spending put back into the
    /// day's share and then taken from today, budgets reserved, and the
    /// goal kept rounded up. 5,000.01 at 50 % keeps 2,500.01 (never short);
    /// 600 rent, 900 spent (30 of it today) and a food budget with 300
    /// unspent leave 700.00; with today's 30 put back that is 730.00 over
    /// 10 days: 73.00 a day, 43.00 still today. Nothing more expected: no
    /// expected rate (the posted one is the month's).
    #[test]
    fn after_payday_with_budgets_and_todays_spending() {
        let m = Month {
            income: 500_001,
            housing: 60_000,
            spending: 90_000,
            spent_today: 3_000,
            reserved: 30_000,
            days_left: 10,
            ..Month::default()
        };
        let s = safe(&m, pct(50)).unwrap();
        assert_eq!((s.kept, s.left, s.per_day, s.today), (250_001, 70_000, 7_300, 4_300));
        assert_eq!(s.expected_rate, None);
        // Overspent by 3,400.01: a negative day, floored (never more than
        // there is): −3,370.01 ÷ 10 is −337.001, so −337.01.
        let s = safe(&Month { spending: 500_001, ..m }, pct(50)).unwrap();
        assert_eq!((s.left, s.per_day, s.today), (-340_001, -33_701, -36_701));
        // No goal keeps nothing; a goal past 100 % or below 0 is held to it.
        assert_eq!(safe(&m, Decimal::ZERO).unwrap().kept, 0);
        assert_eq!(safe(&m, Decimal::TWO).unwrap().kept, 500_001);
        assert_eq!(safe(&m, -Decimal::ONE).unwrap().kept, 0);
        // No income, posted or expected: nothing to say.
        assert_eq!(safe(&Month { income: 0, ..m }, pct(50)), None);
        assert_eq!(safe(&Month { income: -100, expected_income: 50, ..m }, pct(50)), None);
    }

    /// The last day of the month divides by one; no day at all is one day.
    #[test]
    fn the_last_day() {
        let m = Month { income: 100_000, days_left: 1, ..Month::default() };
        assert_eq!(safe(&m, pct(20)).unwrap().today, 80_000);
        assert_eq!(safe(&Month { days_left: 0, ..m }, pct(20)).unwrap().per_day, 80_000);
    }
}
