//! One month taken apart: spending by category, housing by category, top
//! payees, each with its share. Pure: sums in, rows out.
//!
//! A share is the item's part of its class's total for the month (food's
//! share of spending, rent's share of housing; a payee's share of the
//! month's spending, not of the few payees listed), exact (a [`Ratio`],
//! rounded once where it is shown); `None` when that total is not positive (a
//! month of only refunds). A refund-heavy category can have a negative amount and share.

use serde::Serialize;

use super::{Ratio, round_ratio};
use crate::model::{Category, Class, Month};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Share {
    pub name: String,
    /// What went out through it (positive), in minor units.
    pub amount: i64,
    pub share: Option<Ratio>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Breakdown {
    pub spending: Vec<Share>,
    pub housing: Vec<Share>,
    pub payees: Vec<Share>,
}

/// Orders items by amount (largest first, then by name) and gives each its
/// share of their total.
pub fn shares(items: impl IntoIterator<Item = (String, i64)>) -> Vec<Share> {
    let items: Vec<(String, i64)> = items.into_iter().collect();
    let total = items.iter().fold(0i64, |t, (_, a)| t.saturating_add(*a));
    shares_of(items, total)
}

/// Orders items by amount (largest first, then by name) and gives each its
/// share of `total` (which they may be only part of).
pub(crate) fn shares_of(mut items: Vec<(String, i64)>, total: i64) -> Vec<Share> {
    items.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    items
        .into_iter()
        .map(|(name, amount)| Share { share: (total > 0).then(|| Ratio::new(amount, total)).flatten(), name, amount })
        .collect()
}

/// Builds the breakdown of `month` from the store's signed per-category sums
/// and the top payees' spending (already positive).
pub fn breakdown(
    month: Month,
    sums: &[(Month, i64, i64)],
    categories: &[Category],
    payees: Vec<(String, i64)>,
) -> Breakdown {
    let of_class = |class: Class| {
        let items = sums.iter().filter(|(m, _, _)| *m == month).filter_map(|&(_, id, sum)| {
            let c = categories.iter().find(|c| c.id == id && c.class == class)?;
            // Money out is stored negative: flip it to a positive outflow.
            Some((c.name.clone(), sum.saturating_neg()))
        });
        shares(items)
    };
    let spending = of_class(Class::Spending);
    let spent = spending.iter().fold(0i64, |t, s| t.saturating_add(s.amount));
    Breakdown { payees: shares_of(payees, spent), spending, housing: of_class(Class::Housing) }
}

/// How many of `cells` a bar for `amount` takes when `max` fills them all
/// (rounded half away from zero; never negative, at least 1 for any positive amount).
pub fn bar_cells(amount: i64, max: i64, cells: usize) -> usize {
    if amount <= 0 || max <= 0 {
        return 0;
    }
    let n = round_ratio(amount.min(max), max, cells as i64).unwrap_or(0);
    n.clamp(1, cells as i64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(id: i64, name: &str, class: Class) -> Category {
        Category { id, name: name.into(), class, parent_id: None, archived: false }
    }

    #[test]
    fn a_month_taken_apart() {
        let nov: Month = "2026-11".parse().unwrap();
        let oct: Month = "2026-10".parse().unwrap();
        let cats = [
            cat(1, "salary", Class::Income),
            cat(3, "rent", Class::Housing),
            cat(4, "property fees", Class::Housing),
            cat(6, "food", Class::Spending),
            cat(7, "groceries", Class::Spending),
            cat(8, "clothing", Class::Spending),
        ];
        // November: rent 800, fees 200; food 600, groceries 300, clothing 150
        // bought and 150 refunded (0 net); salary ignored; October ignored.
        let sums = [
            (nov, 1, 500_000),
            (nov, 3, -80_000),
            (nov, 4, -20_000),
            (nov, 6, -60_000),
            (nov, 7, -30_000),
            (nov, 8, 0),
            (oct, 6, -99_999),
        ];
        let b = breakdown(nov, &sums, &cats, vec![("美团外卖".into(), 12_000), ("比优特超市".into(), 30_000)]);
        let row = |s: &Share| (s.name.clone(), s.amount, s.share.map(Ratio::bp));
        // 600 of 900 = 66.67 %, 300 of 900 = 33.33 %.
        assert_eq!(
            b.spending.iter().map(row).collect::<Vec<_>>(),
            [
                ("food".into(), 60_000, Some(6667)),
                ("groceries".into(), 30_000, Some(3333)),
                ("clothing".into(), 0, Some(0))
            ]
        );
        assert_eq!(
            b.housing.iter().map(row).collect::<Vec<_>>(),
            [("rent".into(), 80_000, Some(8000)), ("property fees".into(), 20_000, Some(2000))]
        );
        assert_eq!(b.payees[0].name, "比优特超市");
        // A payee's share is of the month's spending (900), not of the payees listed (420).
        assert_eq!(b.payees[0].share, Ratio::new(300, 900)); // 33.3 %
        assert_eq!(b.payees[1].share, Ratio::new(120, 900)); // 13.3 %
    }

    #[test]
    fn seven_payees_at_ten_each_are_a_seventh_each_not_a_fifth() {
        let nov: Month = "2026-11".parse().unwrap();
        let cats = [cat(6, "food", Class::Spending)];
        let top5: Vec<(String, i64)> = (1..=5).map(|i| (format!("p{i}"), 1_000)).collect();
        let b = breakdown(nov, &[(nov, 6, -7_000)], &cats, top5);
        // 10 of 70 = 14.29 %, for each of the five shown.
        assert!(b.payees.iter().all(|p| p.share == Ratio::new(1, 7)), "{:?}", b.payees);
    }

    #[test]
    fn only_refunds_have_no_share() {
        let s = shares([("clothing".to_string(), -15_000)]);
        assert_eq!(s[0].share, None);
        assert!(shares(Vec::new()).is_empty());
    }

    #[test]
    fn bars_scale_to_the_largest() {
        assert_eq!(bar_cells(60_000, 60_000, 20), 20);
        assert_eq!(bar_cells(30_000, 60_000, 20), 10);
        assert_eq!(bar_cells(1, 60_000, 20), 1, "anything spent shows");
        assert_eq!(bar_cells(0, 60_000, 20), 0);
        assert_eq!(bar_cells(-5, 60_000, 20), 0);
        assert_eq!(bar_cells(45_000, 60_000, 10), 8); // 7.5 -> 8
    }
}
