//! Budgets: setting a category's monthly limit from a month on, and a
//! month's lines (limits, rollover, spending) from the aggregate sums.

use rusqlite::params;

use super::{Result, Store, StoreError, Tx};
use crate::budget::Limit;
use crate::model::Month;
use crate::text;

impl Store {
    pub fn budget_limits(&self) -> Result<Vec<Limit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT category_id, from_month, amount, rollover FROM budgets ORDER BY category_id, from_month",
        )?;
        let rows: Vec<(i64, String, i64, bool)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(category_id, from, amount, rollover)| {
                let from: Month = from.parse().map_err(StoreError::Invalid)?;
                Ok(Limit { category_id, from, amount, rollover })
            })
            .collect()
    }
}

impl Tx<'_> {
    /// Sets `category`'s limit from `from` on (0 ends it from then).
    pub fn set_budget(&self, category: i64, from: Month, amount: i64, rollover: bool) -> Result<()> {
        if amount < 0 {
            return Err(StoreError::Invalid(text::errors::budget_negative().into()));
        }
        // Budgets are in the ledger's currency, which the settings hold; the
        // limit is the same number of minor units in any.
        super::txns::within_limit(amount, crate::money::Currency::CNY)?;
        self.tracked("budgets", &[("category_id", category.into()), ("from_month", from.to_string().into())], || {
            self.conn().execute(
                "INSERT INTO budgets (category_id, from_month, amount, rollover) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (category_id, from_month) DO UPDATE SET amount = excluded.amount, rollover = excluded.rollover",
                params![category, from.to_string(), amount, rollover],
            )?;
            Ok(())
        })
    }
}
