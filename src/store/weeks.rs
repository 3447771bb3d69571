//! Sums by week (weeks start on the user's `week_start`), from the rows of
//! the days asked for: a few weeks' rows, read on the `(date, id)` index.

use chrono::{NaiveDate, Weekday};
use rusqlite::params;

use super::{Result, Store};
use crate::model::{Class, week_sql};
use crate::money::Currency;

impl Store {
    /// Signed sums per (week's first day, class) for the days `first..=last`
    /// in one currency; transfers have no class and are left out.
    pub fn week_class_sums(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        start: Weekday,
        currency: Currency,
    ) -> Result<Vec<(NaiveDate, Class, i64)>> {
        // The week expression is built from a weekday number, not user text.
        let sql = format!(
            "SELECT {} AS week, c.class, sum(t.amount) FROM txns t JOIN categories c ON c.id = t.category_id
              WHERE t.date >= ?1 AND t.date <= ?2 AND t.currency = ?3 GROUP BY 1, 2 ORDER BY 1",
            week_sql(start).replace("date(date", "date(t.date")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![first.to_string(), last.to_string(), currency.code()], |r| {
            let week: String = r.get(0)?;
            Ok((week, super::parsed_at::<Class>(r, 1)?, r.get::<_, i64>(2)?))
        })?;
        rows.map(|row| {
            let (week, class, sum) = row?;
            let week = week.parse::<NaiveDate>().map_err(|e| super::StoreError::Invalid(e.to_string()))?;
            Ok((week, class, sum))
        })
        .collect()
    }
}
