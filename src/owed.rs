//! What is lent and borrowed and still open, per person: first in, first
//! out over a person's movements. Pure: the movements and today come in.
//!
//! A person is an account ([`crate::model::AccountKind::Person`]); a row on
//! it that adds (a lending: a transfer to them) means they owe more, one
//! that takes away (a collection, or a borrowing from them, or a forgiven
//! loan) means they owe less. Money coming back pays the oldest open
//! lending first, so the age of what is open is the age of its oldest part.
//! Past zero the direction turns: what is borrowed beyond what they owed is
//! what I owe them, open from that day.

use std::collections::VecDeque;

use chrono::NaiveDate;

use crate::money::Currency;

/// What is open with one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Open {
    /// Signed, in minor units: positive, they owe me (a receivable);
    /// negative, I owe them (a payable); zero, nothing is open.
    pub amount: i64,
    /// The day the oldest still-open part was lent or borrowed (`None`
    /// when nothing is open).
    pub since: Option<NaiveDate>,
}

impl Open {
    /// Nothing open.
    pub const NONE: Open = Open { amount: 0, since: None };

    /// Whole days from `since` to `today` (0 on the day itself, never negative).
    pub fn age_days(&self, today: NaiveDate) -> i64 {
        self.since.map_or(0, |since| (today - since).num_days().max(0))
    }
}

/// What is open after `movements` (a person's rows as (date, amount),
/// oldest first): each row closes open parts of the other direction,
/// oldest first, and what is left of it opens on its own day.
pub fn open(movements: &[(NaiveDate, i64)]) -> Open {
    // Open parts, oldest first, all of one sign.
    let mut parts: VecDeque<(NaiveDate, i64)> = VecDeque::new();
    for &(date, amount) in movements {
        let mut rest = amount;
        while rest != 0 {
            let Some(front) = parts.front_mut() else { break };
            if front.1.signum() == rest.signum() {
                break;
            }
            // Close as much of the oldest part as this row covers.
            let take = front.1.abs().min(rest.abs());
            front.1 -= take * front.1.signum();
            rest -= take * rest.signum();
            if front.1 == 0 {
                parts.pop_front();
            }
        }
        if rest != 0 {
            parts.push_back((date, rest));
        }
    }
    let amount = parts.iter().fold(0i64, |sum, (_, a)| sum.saturating_add(*a));
    Open { amount, since: parts.front().map(|(d, _)| *d) }
}

/// What is open with everyone in one currency: what people owe me, what I
/// owe them (both positive), and the net.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub currency: Currency,
    pub owed_to_me: i64,
    pub i_owe: i64,
}

impl Totals {
    /// What is owed to me less what I owe (negative when I owe more).
    pub fn net(&self) -> i64 {
        self.owed_to_me.saturating_sub(self.i_owe)
    }
}

/// The totals of what is open, from each person's currency and signed
/// open amount: one per currency, in the order the currencies first come.
pub fn totals(open: impl IntoIterator<Item = (Currency, i64)>) -> Vec<Totals> {
    let mut out: Vec<Totals> = Vec::new();
    for (currency, amount) in open {
        let i = out.iter().position(|t| t.currency == currency).unwrap_or_else(|| {
            out.push(Totals { currency, owed_to_me: 0, i_owe: 0 });
            out.len() - 1
        });
        let t = &mut out[i];
        if amount > 0 {
            t.owed_to_me = t.owed_to_me.saturating_add(amount);
        } else {
            t.i_owe = t.i_owe.saturating_add(amount.saturating_neg());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn nothing_moved_is_nothing_open() {
        assert_eq!(open(&[]), Open::NONE);
        assert_eq!(Open::NONE.age_days(d("2026-11-28")), 0);
    }

    /// Lend 2,000 on Oct 15 and 500 on Nov 1; 2,200 comes back on Nov 20:
    /// it pays the 2,000 of October first, then 200 of November's 500, so
    /// 300 is open since Nov 1, 27 days on Nov 28.
    #[test]
    fn repayments_close_the_oldest_lending_first() {
        let rows = [(d("2026-10-15"), 200_000), (d("2026-11-01"), 50_000), (d("2026-11-20"), -220_000)];
        let o = open(&rows);
        assert_eq!(o, Open { amount: 30_000, since: Some(d("2026-11-01")) });
        assert_eq!(o.age_days(d("2026-11-28")), 27);
        // Before the repayment: 2,500 open since Oct 15, 44 days on Nov 28.
        let before = open(&rows[..2]);
        assert_eq!(before, Open { amount: 250_000, since: Some(d("2026-10-15")) });
        assert_eq!(before.age_days(d("2026-11-28")), 44);
    }

    /// Paid back in full: nothing open, and no age.
    #[test]
    fn a_full_repayment_closes_everything() {
        let rows = [(d("2026-10-15"), 200_000), (d("2026-10-20"), -120_000), (d("2026-11-02"), -80_000)];
        assert_eq!(open(&rows), Open::NONE);
    }

    /// Owed 300 since Nov 1; borrowing 1,000 from them on Nov 25 first
    /// settles the 300, and 700 is what I owe them, since Nov 25.
    #[test]
    fn past_zero_the_direction_turns_on_that_day() {
        let rows = [(d("2026-11-01"), 30_000), (d("2026-11-25"), -100_000)];
        assert_eq!(open(&rows), Open { amount: -70_000, since: Some(d("2026-11-25")) });
        // Borrowed twice, repaid once: the older borrowing closes first.
        let rows = [(d("2026-09-01"), -40_000), (d("2026-10-01"), -60_000), (d("2026-10-10"), 50_000)];
        assert_eq!(open(&rows), Open { amount: -50_000, since: Some(d("2026-10-01")) });
    }

    /// 小王 owes 2,000 and 阿张 150; I owe 老李 450.50: owed to me 2,150,
    /// I owe 450.50, net 1,699.50. A USD person (Sam owes 12.50) is a
    /// total of its own; nothing open, no totals.
    #[test]
    fn totals_add_each_direction_per_currency() {
        let t = totals([
            (Currency::CNY, 200_000),
            (Currency::CNY, -45_050),
            (Currency::USD, 1_250),
            (Currency::CNY, 15_000),
        ]);
        assert_eq!(
            t,
            [
                Totals { currency: Currency::CNY, owed_to_me: 215_000, i_owe: 45_050 },
                Totals { currency: Currency::USD, owed_to_me: 1_250, i_owe: 0 },
            ]
        );
        assert_eq!(t[0].net(), 169_950);
        assert_eq!(t[1].net(), 1_250);
        assert_eq!(Totals { currency: Currency::CNY, owed_to_me: 0, i_owe: 30_000 }.net(), -30_000);
        assert!(totals([]).is_empty());
    }

    /// A day before the lending (a clock set back) is no negative age.
    #[test]
    fn an_age_is_never_negative() {
        let o = open(&[(d("2026-11-28"), 100)]);
        assert_eq!(o.age_days(d("2026-11-27")), 0);
        assert_eq!(o.age_days(d("2026-11-28")), 0);
    }
}
