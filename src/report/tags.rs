//! Money by tag: for each tag (and currency), how many categorised rows
//! carry it, what went out through them and what came in. Pure: rows in,
//! lines out.
//!
//! A row with two tags counts in both (tags slice, they do not partition),
//! so the lines need not add up to the period's totals. Spending is what
//! left for housing and spending categories, positive, net of refunds (a
//! refund lowers it); income is what came in to income categories.
//! Transfers are never income or spending and untagged rows are no tag, so
//! neither appears.

use std::collections::BTreeMap;

use serde::Serialize;

use super::breakdown::{Share, shares_of};
use crate::model::{Class, Tags};
use crate::money::{Currency, MoneyError};

/// One tag's figures in one currency, in minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagLine {
    pub tag: String,
    pub currency: Currency,
    pub count: u64,
    pub spending: i64,
    pub income: i64,
}

/// Sums by (tag, currency), fed one row at a time, so a ledger's tagged
/// rows are never all held at once. Sums in i128: no sum of i64 amounts a
/// ledger can hold overflows it; the lines refuse what does not fit i64.
#[derive(Debug, Default)]
pub struct TagSums {
    sums: BTreeMap<(String, &'static str), (Currency, u64, i128, i128)>,
    /// What tagged rows spent by currency, each row once (however many
    /// tags it has): what is left of a month's spending is untagged.
    once: BTreeMap<&'static str, i128>,
}

impl TagSums {
    /// One row: its tags, class, signed amount and currency.
    pub fn add(&mut self, tags: &Tags, class: Class, amount: i64, currency: Currency) {
        if !tags.is_empty() && class != Class::Income {
            *self.once.entry(currency.code()).or_insert(0) -= i128::from(amount);
        }
        for tag in tags.iter() {
            let key = (tag.to_owned(), currency.code());
            let e = self.sums.entry(key).or_insert((currency, 0, 0, 0));
            e.1 += 1;
            match class {
                Class::Income => e.3 += i128::from(amount),
                Class::Housing | Class::Spending => e.2 -= i128::from(amount),
            }
        }
    }

    /// The lines, most spending first, then most income, then by tag and currency.
    pub fn lines(self) -> Result<Vec<TagLine>, MoneyError> {
        let fit = |v: i128| i64::try_from(v).map_err(|_| MoneyError::Overflow);
        let mut lines = self
            .sums
            .into_iter()
            .map(|((tag, _), (currency, count, spending, income))| {
                Ok(TagLine { tag, currency, count, spending: fit(spending)?, income: fit(income)? })
            })
            .collect::<Result<Vec<_>, MoneyError>>()?;
        lines.sort_by(|a, b| {
            (b.spending, b.income)
                .cmp(&(a.spending, a.income))
                .then_with(|| (&a.tag, a.currency.code()).cmp(&(&b.tag, b.currency.code())))
        });
        Ok(lines)
    }
}

/// A month's spending by tag in `currency`, for the Months tab: each tag's
/// spending as [`TagSums`] sums it (housing and spending, net of refunds;
/// a tag with none is left out), and a row named `""` (no tag is empty)
/// of what untagged rows spent: `outgoing` (the month's housing and
/// spending) less what tagged rows spent, each row once. Each row has its
/// share of `outgoing`; a row with two tags counts in both, so the shares
/// may add up past 100 %.
pub fn month_shares(sums: TagSums, currency: Currency, outgoing: i64) -> Result<Vec<Share>, MoneyError> {
    let fit = |v: i128| i64::try_from(v).map_err(|_| MoneyError::Overflow);
    let tagged = fit(sums.once.get(currency.code()).copied().unwrap_or(0))?;
    let mut items: Vec<(String, i64)> = sums
        .lines()?
        .into_iter()
        .filter(|l| l.currency == currency && l.spending != 0)
        .map(|l| (l.tag, l.spending))
        .collect();
    let untagged = outgoing.checked_sub(tagged).ok_or(MoneyError::Overflow)?;
    if untagged != 0 {
        items.push((String::new(), untagged));
    }
    Ok(shares_of(items, outgoing))
}

/// [`TagSums`] over `rows` at once.
pub fn by_tag<'a>(
    rows: impl IntoIterator<Item = (&'a Tags, Class, i64, Currency)>,
) -> Result<Vec<TagLine>, MoneyError> {
    let mut sums = TagSums::default();
    for (tags, class, amount, currency) in rows {
        sums.add(tags, class, amount, currency);
    }
    sums.lines()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A trip to Harbin, by hand: train −412.50 and hotel −600.00 tagged
    /// 旅行 and 出差, dinner −88.00 tagged 旅行, the hotel refunding 100.00
    /// (旅行 出差), a 1,200.00 travel allowance tagged 出差; an untagged
    /// −35.00 lunch counts nowhere.
    ///   旅行: 4 rows, spending 412.50 + 600 + 88 − 100 = 1,000.50, income 0
    ///   出差: 4 rows, spending 412.50 + 600 − 100 = 912.50, income 1,200.00
    #[test]
    fn a_trip_by_hand() {
        let both = Tags::parse("旅行 出差").unwrap();
        let trip = Tags::parse("旅行").unwrap();
        let work = Tags::parse("出差").unwrap();
        let none = Tags::none();
        let cny = Currency::CNY;
        let rows = [
            (&both, Class::Spending, -41_250, cny),
            (&both, Class::Housing, -60_000, cny),
            (&trip, Class::Spending, -8_800, cny),
            (&both, Class::Housing, 10_000, cny),
            (&work, Class::Income, 120_000, cny),
            (&none, Class::Spending, -3_500, cny),
        ];
        let lines = by_tag(rows).unwrap();
        let line =
            |tag: &str, count, spending, income| TagLine { tag: tag.into(), currency: cny, count, spending, income };
        assert_eq!(lines, [line("旅行", 4, 100_050, 0), line("出差", 4, 91_250, 120_000)]);
    }

    /// October by tag, by hand: dinner −200 tagged 旅行 and 朋友, a train
    /// −800 tagged 旅行, a gift −100 tagged 朋友; rent −600 and food −300
    /// untagged; a 5,000 salary tagged 朋友 spends nothing; a USD row
    /// tagged 旅行 is another currency. Outgoing 2,000: 旅行 200 + 800 =
    /// 1,000 (50.0 %), 朋友 200 + 100 = 300 (15.0 %), untagged 2,000 −
    /// (200 + 800 + 100) = 900 (45.0 %): 110 %, the dinner counts twice.
    #[test]
    fn a_months_shares_by_tag_with_the_untagged_rest() {
        let both = Tags::parse("旅行 朋友").unwrap();
        let trip = Tags::parse("旅行").unwrap();
        let friends = Tags::parse("朋友").unwrap();
        let none = Tags::none();
        let cny = Currency::CNY;
        let mut sums = TagSums::default();
        for (tags, class, amount, currency) in [
            (&both, Class::Spending, -20_000, cny),
            (&trip, Class::Spending, -80_000, cny),
            (&friends, Class::Spending, -10_000, cny),
            (&none, Class::Housing, -60_000, cny),
            (&none, Class::Spending, -30_000, cny),
            (&friends, Class::Income, 500_000, cny),
            (&trip, Class::Spending, -5_000, Currency::from_code("USD").unwrap()),
        ] {
            sums.add(tags, class, amount, currency);
        }
        let shares = month_shares(sums, cny, 200_000).unwrap();
        let rows: Vec<(&str, i64, String)> =
            shares.iter().map(|s| (s.name.as_str(), s.amount, s.share.unwrap().percent())).collect();
        assert_eq!(
            rows,
            [
                ("旅行", 100_000, "50.0%".to_owned()),
                ("", 90_000, "45.0%".to_owned()),
                ("朋友", 30_000, "15.0%".to_owned())
            ]
        );
        // A month of no spending: no rows, and no shares of nothing.
        assert_eq!(month_shares(TagSums::default(), cny, 0).unwrap(), []);
    }

    #[test]
    fn currencies_are_apart_and_ties_order_by_tag() {
        let a = Tags::parse("a").unwrap();
        let b = Tags::parse("b").unwrap();
        let usd = Currency::from_code("USD").unwrap();
        let lines = by_tag([
            (&b, Class::Spending, -500, Currency::CNY),
            (&a, Class::Spending, -500, Currency::CNY),
            (&a, Class::Spending, -700, usd),
        ])
        .unwrap();
        let keys: Vec<(&str, &str, i64)> =
            lines.iter().map(|l| (l.tag.as_str(), l.currency.code(), l.spending)).collect();
        assert_eq!(keys, [("a", "USD", 700), ("a", "CNY", 500), ("b", "CNY", 500)]);
        assert!(by_tag([(&a, Class::Spending, i64::MIN, usd), (&a, Class::Spending, i64::MIN, usd)]).is_err());
    }
}
