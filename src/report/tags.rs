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
}

impl TagSums {
    /// One row: its tags, class, signed amount and currency.
    pub fn add(&mut self, tags: &Tags, class: Class, amount: i64, currency: Currency) {
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
