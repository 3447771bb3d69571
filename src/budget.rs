//! Monthly budgets: a limit per category (a parent's limit counts its
//! children's spending), optionally rolling what is left unspent into the
//! next month. Pure: limits and monthly sums in, a month's lines out.
//!
//! - The limit for a month is the latest one set from that month or before;
//!   a limit of 0 ends the budget from its month on.
//! - Rollover: what is left of a month's limit (never less than zero) is
//!   added to the next month's, month after month, while rollover is on.
//! - Spent is what left through the category and its children (refunds
//!   lower it); a month is over budget when spent is more than available.

use crate::money::MoneyError;
use std::collections::HashMap;

use serde::Serialize;

use crate::model::{Category, Class, Month};

/// One limit as set: from a month on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limit {
    pub category_id: i64,
    pub from: Month,
    pub amount: i64,
    pub rollover: bool,
}

/// A budgeted category in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub category_id: i64,
    pub category: String,
    pub limit: i64,
    /// Left over from earlier months (rollover).
    pub carried: i64,
    pub available: i64,
    pub spent: i64,
    /// available − spent: negative when over.
    pub remaining: i64,
    pub over: bool,
    /// Counted in the month's total (no budgeted parent above it).
    pub top: bool,
}

/// The limit in force for `category` in `month`, if any.
fn limit_in(limits: &[Limit], category: i64, month: Month) -> Option<Limit> {
    limits.iter().filter(|l| l.category_id == category && l.from <= month).max_by_key(|l| l.from).copied()
}

/// The category and all under it.
fn family(categories: &[Category], root: i64) -> Vec<i64> {
    let mut out = vec![root];
    let mut i = 0;
    while i < out.len() {
        let parent = out[i];
        out.extend(categories.iter().filter(|c| c.parent_id == Some(parent)).map(|c| c.id));
        i += 1;
    }
    out
}

/// The budget lines of `month`. `sums` are (month, category, signed sum)
/// of housing and spending from the first budgeted month through `month`
/// (spending negative, as stored). Every sum is checked: a ledger holding
/// amounts past nestegg's limit gives `Overflow`, never a wrapped figure.
pub fn lines(
    month: Month,
    limits: &[Limit],
    categories: &[Category],
    sums: &[(Month, i64, i64)],
) -> Result<Vec<Line>, MoneyError> {
    let by: HashMap<(Month, i64), i64> = sums.iter().map(|(m, c, s)| ((*m, *c), *s)).collect();
    let mut budgeted: Vec<i64> = limits.iter().map(|l| l.category_id).collect();
    budgeted.sort_unstable();
    budgeted.dedup();
    let mut out = Vec::new();
    for id in &budgeted {
        let Some(cat) = categories.iter().find(|c| c.id == *id && c.class != Class::Income) else { continue };
        let members = family(categories, *id);
        let spent_in = |m: Month| -> Result<i64, MoneyError> {
            members.iter().try_fold(0i64, |acc, c| {
                let s = by.get(&(m, *c)).copied().unwrap_or(0);
                acc.checked_sub(s).ok_or(MoneyError::Overflow)
            })
        };
        let add = |a: i64, b: i64| a.checked_add(b).ok_or(MoneyError::Overflow);
        let sub = |a: i64, b: i64| a.checked_sub(b).ok_or(MoneyError::Overflow);
        let first = limits.iter().filter(|l| l.category_id == *id).map(|l| l.from).min().unwrap_or(month);
        let mut carried = 0i64;
        for m in first.through(month.prev()) {
            let Some(l) = limit_in(limits, *id, m) else { continue };
            let left = sub(add(l.amount, carried)?, spent_in(m)?)?.max(0);
            carried = if l.rollover && l.amount > 0 { left } else { 0 };
        }
        let Some(l) = limit_in(limits, *id, month).filter(|l| l.amount > 0) else { continue };
        let available = add(l.amount, carried)?;
        let spent = spent_in(month)?;
        // Only a budgeted ancestor keeps it out of the total, so nothing counts twice.
        let mut top = true;
        let mut parent = cat.parent_id;
        while let Some(p) = parent {
            if limit_in(limits, p, month).is_some_and(|x| x.amount > 0) {
                top = false;
            }
            parent = categories.iter().find(|c| c.id == p).and_then(|c| c.parent_id);
        }
        out.push(Line {
            category_id: *id,
            category: cat.name.clone(),
            limit: l.amount,
            carried,
            available,
            spent,
            remaining: sub(available, spent)?,
            over: spent > available,
            top,
        });
    }
    out.sort_by(|a, b| b.over.cmp(&a.over).then(a.category.cmp(&b.category)));
    Ok(out)
}

/// The month's whole budget: what the top-level budgets make available
/// (lines made by [`lines`], so within what a total holds; saturated else).
pub fn total(lines: &[Line]) -> i64 {
    lines.iter().filter(|l| l.top).fold(0i64, |acc, l| acc.saturating_add(l.available))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        s.parse().unwrap()
    }

    fn cat(id: i64, name: &str, parent: Option<i64>) -> Category {
        Category { id, name: name.into(), class: Class::Spending, parent_id: parent, archived: false }
    }

    #[test]
    fn spent_against_limit_with_children_and_refunds() {
        let cats = [cat(1, "food", None), cat(2, "eating out", Some(1)), cat(3, "transport", None)];
        let limits = [
            Limit { category_id: 1, from: m("2026-10"), amount: 120_000, rollover: false },
            Limit { category_id: 3, from: m("2026-10"), amount: 20_000, rollover: false },
        ];
        // Food 900 + eating out 400 − a 50 refund (stored net: −350) = 1,250
        // against 1,200: over by 50.
        let sums = [(m("2026-10"), 1, -90_000), (m("2026-10"), 2, -35_000), (m("2026-10"), 3, -15_000)];
        let l = lines(m("2026-10"), &limits, &cats, &sums).unwrap();
        assert_eq!(l[0].category, "food");
        assert_eq!((l[0].spent, l[0].remaining, l[0].over), (125_000, -5_000, true));
        assert_eq!((l[1].category.as_str(), l[1].remaining, l[1].over), ("transport", 5_000, false));
        assert_eq!(total(&l), 140_000);
    }

    #[test]
    fn rollover_carries_what_is_left_and_never_a_debt() {
        let cats = [cat(1, "food", None)];
        let limits = [Limit { category_id: 1, from: m("2026-09"), amount: 100_000, rollover: true }];
        // September spends 700: 300 carried. October spends 1,500 of 1,300: over,
        // and November starts from its own 1,000 again (nothing negative carried).
        let sums = [(m("2026-09"), 1, -70_000), (m("2026-10"), 1, -150_000), (m("2026-11"), 1, -20_000)];
        let oct = &lines(m("2026-10"), &limits, &cats, &sums).unwrap()[0];
        assert_eq!((oct.carried, oct.available, oct.remaining, oct.over), (30_000, 130_000, -20_000, true));
        let nov = &lines(m("2026-11"), &limits, &cats, &sums).unwrap()[0];
        assert_eq!((nov.carried, nov.available, nov.remaining), (0, 100_000, 80_000));
        // A new limit from December: 1,500, and November's 800 carried on.
        let more = [limits[0], Limit { category_id: 1, from: m("2026-12"), amount: 150_000, rollover: true }];
        let dec = &lines(m("2026-12"), &more, &cats, &sums).unwrap()[0];
        assert_eq!((dec.limit, dec.carried, dec.available), (150_000, 80_000, 230_000));
        // A limit of 0 ends it.
        let ended = [limits[0], Limit { category_id: 1, from: m("2026-11"), amount: 0, rollover: false }];
        assert!(lines(m("2026-11"), &ended, &cats, &sums).unwrap().is_empty());
    }

    /// Issue 20 item 4: rollover wrapped silently to a huge negative when
    /// the ledger held amounts at the edge of i64; now it is an error.
    #[test]
    fn sums_past_what_a_total_holds_are_an_error_never_a_wrap() {
        let cats = [cat(1, "food", None)];
        let limits = [Limit { category_id: 1, from: m("2026-09"), amount: 100_000, rollover: true }];
        // A refund at the edge in September leaves i64::MAX to carry; October adds its limit.
        let sums = [(m("2026-09"), 1, i64::MAX - 50_000), (m("2026-10"), 1, 0)];
        assert_eq!(lines(m("2026-10"), &limits, &cats, &sums), Err(MoneyError::Overflow));
        let sums = [(m("2026-10"), 1, i64::MIN)];
        assert_eq!(lines(m("2026-10"), &limits, &cats, &sums), Err(MoneyError::Overflow));
        // Within what a total holds, the same figures as before.
        let sums = [(m("2026-09"), 1, -70_000), (m("2026-10"), 1, -1)];
        assert_eq!(lines(m("2026-10"), &limits, &cats, &sums).unwrap()[0].carried, 30_000);
    }
}
