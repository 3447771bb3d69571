//! What an account is worth beyond its transactions: balance marks (a
//! valuation its owner typed, a reconciliation against a statement) and a
//! loan's terms, and every account's balance on a given day.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError, Tx};
use crate::model::Month;
use crate::relocation::mortgage::{Loan, Method};
use crate::text;

/// What a balance mark records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// The owner typed what the account is worth on the day: `change` is
    /// the change in value it found (neither income nor spending).
    Value,
    /// A statement's balance on the day: `change` is the adjustment the
    /// owner recorded for a difference (0 when the ledger matched).
    Reconcile,
}

impl MarkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MarkKind::Value => "value",
            MarkKind::Reconcile => "reconcile",
        }
    }
}

/// One balance mark: on `date` (at the day's end) the account held
/// `stated`, and the mark adds `change` to its balance from that day on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub id: i64,
    pub account_id: i64,
    pub date: NaiveDate,
    pub kind: MarkKind,
    pub stated: i64,
    pub change: i64,
}

/// A loan account's terms: drawn on `start`, repaid monthly after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoanTerms {
    pub account_id: i64,
    pub loan: Loan,
    pub start: NaiveDate,
}

fn day(s: &str) -> Result<NaiveDate> {
    s.parse().map_err(|_| StoreError::Invalid(text::errors::bad_stored_date(s)))
}

impl Store {
    /// Balance marks, oldest first (of one account, or all).
    pub fn marks(&self, account: Option<i64>) -> Result<Vec<Mark>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, account_id, date, kind, stated, change FROM balance_marks
              WHERE ?1 IS NULL OR account_id = ?1 ORDER BY date, id",
        )?;
        let rows: Vec<(i64, i64, String, String, i64, i64)> = stmt
            .query_map([account], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(id, account_id, date, kind, stated, change)| {
                let kind = if kind == "value" { MarkKind::Value } else { MarkKind::Reconcile };
                Ok(Mark { id, account_id, date: day(&date)?, kind, stated, change })
            })
            .collect()
    }

    /// The day of each account's latest reconciliation: its rows dated on
    /// or before it are reconciled.
    pub fn reconciled_through(&self) -> Result<Vec<(i64, NaiveDate)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id, max(date) FROM balance_marks WHERE kind = 'reconcile' GROUP BY account_id",
        )?;
        let rows: Vec<(i64, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|(a, d)| Ok((a, day(&d)?))).collect()
    }

    /// Every loan account's terms.
    pub fn loans(&self) -> Result<Vec<LoanTerms>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id, principal, rate, months, method, start FROM loans ORDER BY account_id",
        )?;
        let rows: Vec<(i64, i64, String, u32, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(account_id, principal, rate, months, method, start)| {
                let bad = || StoreError::Invalid(format!("loans: {rate} {method}"));
                let annual_rate = rate.parse().map_err(|_| bad())?;
                let method: Method = method.parse().map_err(|_| bad())?;
                Ok(LoanTerms { account_id, loan: Loan { principal, annual_rate, months, method }, start: day(&start)? })
            })
            .collect()
    }

    /// Each account's balance at the end of `day` from what the ledger
    /// holds, without a loan's schedule: its opening balance (when its day
    /// has come) plus its transactions from the opening's day through
    /// `day`, plus its balance marks through `day`. An account whose
    /// opening is after `day` holds nothing yet (its earlier rows are in
    /// the opening). Accounts with none of these are absent.
    ///
    /// From the kept month totals for whole months, the day's month and
    /// an opening's month through the date indexes: a few thousand rows
    /// at most, whatever the ledger's size.
    pub fn balances_on(&self, day: NaiveDate) -> Result<Vec<(i64, i64)>> {
        let month = Month::of(day);
        let key = |m: Month| format!("{:04}-{:02}", m.year(), m.month());
        // A month's last day takes the whole month from the kept totals: the
        // bound below which totals are whole months.
        let whole = day == month.last_day();
        // (`~` sorts after every digit: "2026-03" < "2026-03~" < "2026-04".)
        let upto = if whole { format!("{}~", key(month)) } else { key(month) };
        let first = month.first_day().to_string();
        let day_s = day.to_string();
        let mut sums: std::collections::BTreeMap<i64, i64> = std::collections::BTreeMap::new();
        let mut add = |rows: Vec<(i64, i64)>| {
            for (a, s) in rows {
                let e = sums.entry(a).or_insert(0);
                *e = e.saturating_add(s);
            }
        };
        let query = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<Vec<(i64, i64)>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map(p, |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        };
        // Whole months before `upto`, after an opening's month.
        add(query(
            "SELECT m.account_id, sum(m.total) FROM month_totals m
               LEFT JOIN opening_balances o ON o.account_id = m.account_id
              WHERE m.month < ?1 AND (o.as_of IS NULL OR m.month > substr(o.as_of, 1, 7))
              GROUP BY m.account_id",
            &[&upto],
        )?);
        // Part of a month: the day's month through the day, from an opening's day on.
        if !whole {
            add(query(
                "SELECT t.account_id, sum(t.amount) FROM txns t
                   LEFT JOIN opening_balances o ON o.account_id = t.account_id
                  WHERE t.date >= ?1 AND t.date <= ?2 AND (o.as_of IS NULL OR t.date >= o.as_of)
                  GROUP BY t.account_id",
                &[&first, &day_s],
            )?);
        }
        // Openings on or before the day; the rows of an opening's month
        // from its day on, when that month is counted whole.
        add(query(
            "SELECT o.account_id, o.amount + CASE WHEN substr(o.as_of, 1, 7) < ?1 THEN coalesce((
                     SELECT sum(t.amount) FROM txns t
                      WHERE t.account_id = o.account_id AND t.date >= o.as_of
                        AND t.date < substr(o.as_of, 1, 7) || '-99'), 0) ELSE 0 END
               FROM opening_balances o WHERE o.as_of <= ?2",
            &[&upto, &day_s],
        )?);
        add(query(
            "SELECT account_id, sum(change) FROM balance_marks WHERE date <= ?1 GROUP BY account_id",
            &[&day_s],
        )?);
        Ok(sums.into_iter().collect())
    }
}

impl Tx<'_> {
    /// Records a balance mark on account `account_id`. Recorded for undo.
    pub fn add_mark(&self, account_id: i64, date: NaiveDate, kind: MarkKind, stated: i64, change: i64) -> Result<Mark> {
        let account = super::accounts::get(self.conn(), account_id)?;
        super::txns::within_limit(stated.saturating_abs(), account.currency)?;
        super::txns::within_limit(change.saturating_abs(), account.currency)?;
        self.conn().execute(
            "INSERT INTO balance_marks (account_id, date, kind, stated, change) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![account_id, date.to_string(), kind.as_str(), stated, change],
        )?;
        let id = self.conn().last_insert_rowid();
        self.record_new("balance_marks", &[("id", id.into())])?;
        Ok(Mark { id, account_id, date, kind, stated, change })
    }

    /// Takes `change` from account `account_id`'s first mark after `date`,
    /// when there is one: a mark just recorded on `date` moved the balance
    /// that later mark found, and it still states its own. Recorded for undo.
    pub fn give_back_after(&self, account_id: i64, date: NaiveDate, change: i64) -> Result<()> {
        let account = super::accounts::get(self.conn(), account_id)?;
        let next: Option<(i64, i64)> = self
            .conn()
            .query_row(
                "SELECT id, change FROM balance_marks WHERE account_id = ?1 AND date > ?2 ORDER BY date, id LIMIT 1",
                params![account_id, date.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((next, was)) = next else { return Ok(()) };
        let now = was.saturating_sub(change);
        super::txns::within_limit(now.saturating_abs(), account.currency)?;
        self.tracked("balance_marks", &[("id", next.into())], || {
            self.conn().execute("UPDATE balance_marks SET change = ?1 WHERE id = ?2", params![now, next])?;
            Ok(())
        })
    }

    /// Sets (or with `None` takes away) a loan account's terms. Recorded for undo.
    pub fn set_loan(&self, account_id: i64, terms: Option<(Loan, NaiveDate)>) -> Result<()> {
        super::accounts::get(self.conn(), account_id)?;
        self.tracked("loans", &[("account_id", account_id.into())], || {
            match terms {
                Some((loan, start)) => {
                    self.conn().execute(
                        "INSERT INTO loans (account_id, principal, rate, months, method, start)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                         ON CONFLICT (account_id) DO UPDATE SET principal = excluded.principal,
                           rate = excluded.rate, months = excluded.months, method = excluded.method,
                           start = excluded.start",
                        params![
                            account_id,
                            loan.principal,
                            loan.annual_rate.normalize().to_string(),
                            loan.months,
                            loan.method.as_str(),
                            start.to_string()
                        ],
                    )?;
                }
                None => {
                    self.conn().execute("DELETE FROM loans WHERE account_id = ?1", [account_id])?;
                }
            }
            Ok(())
        })
    }
}
