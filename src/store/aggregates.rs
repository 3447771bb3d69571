//! Aggregate queries: sums by month and category, read from the kept
//! `month_totals` (see `totals.rs`), never by loading rows.

use std::collections::HashMap;

use rusqlite::params;

use super::{Result, Store, StoreError};
use crate::model::{Class, Cycle, Month, TxnFilter};
use crate::money::Currency;
use crate::projection::{Average, Baseline, baseline};
use crate::report::{MonthSummary, round_ratio, summarize};

/// The query behind month summaries; public so a test can check its plan.
/// It reads the kept totals, a few rows per month, never the transactions.
pub const MONTH_CATEGORY_SUMS_SQL: &str = "SELECT month, category_key, sum(total) FROM month_totals
  WHERE month >= ?1 AND month <= ?2 AND category_key <> 0 AND currency = ?3
  GROUP BY month, category_key";

/// Sums by cycle month from the rows of the days the months span (on the
/// `(date, id)` index); the shift is a number the program made, not input.
fn cycle_sums_sql(c: Cycle) -> String {
    format!(
        "SELECT {}, category_id, sum(amount) FROM txns
          WHERE date >= ?1 AND date <= ?2 AND category_id IS NOT NULL AND currency = ?3
          GROUP BY 1, 2",
        c.sql_month("date")
    )
}

impl Store {
    /// Months start on `cycle`'s day from now on (the user's `month_start`).
    pub fn set_cycle(&mut self, cycle: Cycle) {
        self.cycle = cycle;
    }

    pub fn cycle(&self) -> Cycle {
        self.cycle
    }

    /// Signed sums per (month, category) for one currency, months `from..=to`.
    /// Transfers have no category and so never appear.
    /// Months follow the store's cycle: calendar months come from the kept
    /// totals, months starting on another day from the rows of their days.
    pub fn month_category_sums(&self, from: Month, to: Month, currency: Currency) -> Result<Vec<(Month, i64, i64)>> {
        let c = self.cycle;
        let (mut stmt, values) = if c.is_calendar() {
            (
                self.conn.prepare_cached(MONTH_CATEGORY_SUMS_SQL)?,
                [from.to_string(), to.to_string(), currency.code().into()],
            )
        } else {
            let days = [c.first_day(from).to_string(), c.last_day(to).to_string(), currency.code().into()];
            (self.conn.prepare_cached(&cycle_sums_sql(c))?, days)
        };
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
            let month: String = r.get(0)?;
            Ok((month, r.get(1)?, r.get(2)?))
        })?;
        rows.map(|row| {
            let (month, category, sum) = row?;
            let month = month.parse::<Month>().map_err(StoreError::Invalid)?;
            Ok((month, category, sum))
        })
        .collect()
    }

    /// Signed sums per (month, class): the input of `report::summarize`.
    pub fn month_class_sums(&self, from: Month, to: Month, currency: Currency) -> Result<Vec<(Month, Class, i64)>> {
        let classes: HashMap<i64, Class> = self.categories(true)?.into_iter().map(|c| (c.id, c.class)).collect();
        self.month_category_sums(from, to, currency)?
            .into_iter()
            .map(|(m, cat, sum)| {
                let class = classes.get(&cat).copied().ok_or(StoreError::NotFound { what: "category", id: cat })?;
                Ok((m, class, sum))
            })
            .collect()
    }
}

/// What a projection starts from: the baseline (none without history),
/// the months it came from, and liquid net worth in the currency (cash,
/// cards and investments: not a home or its loan).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInputs {
    pub baseline: Option<Baseline>,
    pub months: Option<(Month, Month)>,
    pub balance: i64,
    /// The baseline counts the recurring rules: what they will move each
    /// month instead of what they moved in the baseline months.
    pub recurring: bool,
}

impl Store {
    pub fn plan_inputs(&self, this_month: Month, n: usize, average: Average, currency: Currency) -> Result<PlanInputs> {
        let history = self.recent_complete_months(this_month, n, currency)?;
        let months = history.first().zip(history.last()).map(|(a, b)| (a.month, b.month));
        let balance = self.liquid_balance(currency)?;
        let mut base = baseline(&history, average);
        let recurring = match (base.as_mut(), months) {
            (Some(b), Some((from, to))) => self.count_recurring(b, from, to, this_month)?,
            _ => false,
        };
        Ok(PlanInputs { baseline: base, months, balance, recurring })
    }

    /// Puts the recurring rules into a baseline: each class's monthly figure
    /// loses what rules posted in the baseline months (a monthly average) and
    /// gains what the rules will move in a month from now on (a new rent, a
    /// raise). Returns whether there were rules to count.
    fn count_recurring(&self, b: &mut Baseline, from: Month, to: Month, this_month: Month) -> Result<bool> {
        let rules = self.recurring()?;
        if rules.is_empty() {
            return Ok(false);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.class, sum(t.amount) FROM recurring_instances i
               JOIN txns t ON t.id = i.txn_id JOIN categories c ON c.id = t.category_id
              WHERE i.status = 'posted' AND t.date >= ?1 AND t.date <= ?2 GROUP BY c.class",
        )?;
        let posted: Vec<(String, i64)> = stmt
            .query_map(params![from.first_day(), to.last_day()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let n = b.months.max(1) as i64;
        for class in Class::ALL {
            let before = posted.iter().find(|(c, _)| *c == class.as_str()).map_or(0, |(_, s)| *s);
            let before = round_ratio(before, n, 1).unwrap_or(0);
            let ahead: i64 = rules.iter().filter(|r| r.class == class).map(|r| r.monthly(this_month.first_day())).sum();
            // Figures are sizes: income as it comes in, housing and spending as they go out.
            let change = (ahead - before) * class.sign();
            match class {
                Class::Income => b.income += change,
                Class::Housing => b.housing += change,
                Class::Spending => b.spending += change,
            }
        }
        Ok(true)
    }

    /// Liquid net worth in one currency: the balances of cash, card and
    /// investment accounts (not a home, not a loan): what a plan starts from.
    pub fn liquid_balance(&self, currency: Currency) -> Result<i64> {
        let liquid: Vec<i64> = self
            .accounts(true)?
            .into_iter()
            .filter(|a| a.currency == currency && a.kind.is_liquid())
            .map(|a| a.id)
            .collect();
        Ok(self
            .account_balances()?
            .into_iter()
            .filter(|(id, _)| liquid.contains(id))
            .fold(0i64, |sum, (_, b)| sum.saturating_add(b)))
    }

    /// The sum of the balances of `accounts` (all accounts for `None`) in one currency.
    pub fn balance_of(&self, accounts: Option<&[i64]>, currency: Currency) -> Result<i64> {
        let wanted: Vec<i64> = match accounts {
            Some(ids) if !ids.is_empty() => ids.to_vec(),
            _ => self.accounts(true)?.into_iter().filter(|a| a.currency == currency).map(|a| a.id).collect(),
        };
        Ok(self
            .account_balances()?
            .into_iter()
            .filter(|(id, _)| wanted.contains(id))
            .fold(0i64, |sum, (_, b)| sum.saturating_add(b)))
    }

    /// Summaries of the last `n` complete months before `this_month`, from
    /// the ledger's beginning on (so a new ledger gives fewer, or none): the
    /// history a projection's baseline and the Months averages come from.
    ///
    /// The ledger begins with its first transaction's month, or, when income
    /// came in later (up to this month), with the first month with income:
    /// a newcomer who logs a few days of November before December's salary
    /// has November complete on the calendar but not in the ledger, and a
    /// plan from it would say a household on a salary is going broke.
    pub fn recent_complete_months(&self, this_month: Month, n: usize, currency: Currency) -> Result<Vec<MonthSummary>> {
        let Some((first, _)) = self.date_span()? else { return Ok(Vec::new()) };
        let to = this_month.prev();
        let mut from = (1..n.max(1)).fold(to, |m, _| m.prev()).max(self.cycle.month_of(first));
        let first_month = self.cycle.month_of(first);
        if from == first_month {
            let earned = |(m, class, sum): &(Month, Class, i64)| (*class == Class::Income && *sum > 0).then_some(*m);
            let sums = self.month_class_sums(first_month, this_month.max(first_month), currency)?;
            if let Some(first_income) = sums.iter().filter_map(earned).min() {
                from = from.max(first_income);
            }
        }
        if from > to {
            return Ok(Vec::new());
        }
        let sums = self.month_class_sums(from, to, currency)?;
        summarize(from, to, &sums).map_err(|e| StoreError::Invalid(e.to_string()))
    }

    /// The payees that took the most through spending categories in `month`
    /// (positive outflows, refunds netted), largest first.
    pub fn top_payees(&self, month: Month, currency: Currency, limit: usize) -> Result<Vec<(String, i64)>> {
        if !self.cycle.is_calendar() {
            // A month across two calendar months: from its days' rows.
            let mut stmt = self.conn.prepare_cached(
                "SELECT t.payee, -sum(t.amount) AS spent FROM txns t JOIN categories c ON c.id = t.category_id
                  WHERE t.date >= ?1 AND t.date <= ?2 AND c.class = 'spending' AND t.currency = ?3 AND t.payee <> ''
                  GROUP BY t.payee ORDER BY spent DESC, t.payee LIMIT ?4",
            )?;
            let (first, last) = (self.cycle.first_day(month).to_string(), self.cycle.last_day(month).to_string());
            let rows = stmt
                .query_map(params![first, last, currency.code(), limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            return Ok(rows);
        }
        // From the kept month payees: a month's few dozen, whatever its rows.
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.payee, -sum(p.total) AS spent FROM month_payees p JOIN categories c ON c.id = p.category_id
              WHERE p.month = ?1 AND c.class = 'spending' AND p.currency = ?2
              GROUP BY p.payee ORDER BY spent DESC, p.payee LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(params![month.to_string(), currency.code(), limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

impl Store {
    /// Signed sums per class of the transactions matching `filter` (the
    /// interface's header totals follow its filter). Transfers are left out.
    pub fn class_sums(&self, filter: &TxnFilter) -> Result<Vec<(Class, i64)>> {
        if let Some(months) = whole_months(filter) {
            return self.class_sums_kept(filter, months);
        }
        if let Some(months) = whole_months(&TxnFilter { search: None, ..filter.clone() })
            && let Some(sums) = super::filter::kept_search_sums(&self.conn, filter, months)?
        {
            return Ok(sums);
        }
        let source = super::filter::source(&self.conn, filter, None, super::filter::Order::Desc, None)?;
        if source.nothing {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT c.class, sum(t.amount) FROM {} JOIN categories c ON c.id = t.category_id {} GROUP BY c.class",
            source.from, source.clause
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(source.values), |r| Ok((super::parsed_at(r, 0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

/// The months a filter spans when it asks nothing the kept totals cannot
/// answer: whole months (or no dates), and no search, amount bounds or tag.
fn whole_months(f: &TxnFilter) -> Option<(Option<Month>, Option<Month>)> {
    let whole_from = f.from.is_none_or(|d| d == Month::of(d).first_day());
    let whole_to = f.to.is_none_or(|d| d == Month::of(d).last_day());
    let rows_only = f.search.as_deref().is_some_and(|s| !s.is_empty())
        || f.min_abs.is_some()
        || f.max_abs.is_some()
        || f.tag.is_some();
    (whole_from && whole_to && !rows_only).then(|| (f.from.map(Month::of), f.to.map(Month::of)))
}

impl Store {
    /// [`Store::class_sums`] from the kept month totals.
    fn class_sums_kept(&self, f: &TxnFilter, (from, to): (Option<Month>, Option<Month>)) -> Result<Vec<(Class, i64)>> {
        let mut terms = vec!["k.category_key <> 0".to_owned()];
        let mut values: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(m) = from {
            terms.push("k.month >= ?".into());
            values.push(m.to_string().into());
        }
        if let Some(m) = to {
            terms.push("k.month <= ?".into());
            values.push(m.to_string().into());
        }
        if let Some(a) = f.account_id {
            terms.push("k.account_id = ?".into());
            values.push(a.into());
        }
        if let Some(c) = f.category_id {
            terms.push(format!("k.category_key IN {}", super::txns::SUB_CATEGORIES));
            values.push(c.into());
        }
        let sql = format!(
            "SELECT c.class, sum(k.total) FROM month_totals k JOIN categories c ON c.id = k.category_key
              WHERE {} GROUP BY c.class",
            terms.join(" AND ")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values), |r| Ok((super::parsed_at(r, 0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}
