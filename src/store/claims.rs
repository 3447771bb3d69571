//! Claims (issue 26's 报销 and AA): the link from an offset row (on a
//! person, in the paid row's category and on its date) to the paid row,
//! its kind, and the transfer that closed it. Rows are kept as given; what
//! they mean is decided in `ops::claims`.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store, StoreError, Tx};
use crate::model::Txn;

/// One claim as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRow {
    pub offset_id: i64,
    pub paid_id: i64,
    /// `reimburse` or `share`.
    pub kind: String,
    /// The transfer that brought a reimbursement back.
    pub closed_by: Option<i64>,
}

/// One claim as a person's balance sees it: its offset row's person, day
/// and amount, and the day its reimbursement came back, if it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimLine {
    /// `reimburse` or `share`.
    pub kind: String,
    /// The person's account.
    pub person_id: i64,
    pub date: chrono::NaiveDate,
    /// Positive minor units: what they owe of it.
    pub amount: i64,
    /// The day of the transfer in `closed_by`.
    pub closed_on: Option<chrono::NaiveDate>,
}

const SELECT: &str = "SELECT offset_id, paid_id, kind, closed_by FROM claims";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<ClaimRow> {
    Ok(ClaimRow { offset_id: r.get(0)?, paid_id: r.get(1)?, kind: r.get(2)?, closed_by: r.get(3)? })
}

fn of_paid(conn: &Connection, paid_id: i64) -> Result<Vec<ClaimRow>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE paid_id = ?1 ORDER BY offset_id"))?;
    Ok(stmt.query_map([paid_id], from_row)?.collect::<rusqlite::Result<_>>()?)
}

fn by_offset(conn: &Connection, offset_id: i64) -> Result<Option<ClaimRow>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE offset_id = ?1"))?;
    Ok(stmt.query_row([offset_id], from_row).optional()?)
}

impl Store {
    /// The claims on paid row `paid_id`, by offset id.
    pub fn claims_of(&self, paid_id: i64) -> Result<Vec<ClaimRow>> {
        of_paid(&self.conn, paid_id)
    }

    /// The claim whose offset is row `offset_id`, if it is one.
    pub fn claim_by_offset(&self, offset_id: i64) -> Result<Option<ClaimRow>> {
        by_offset(&self.conn, offset_id)
    }

    /// Every row a claim names (its offset and its paid row), by id: one
    /// query, however many claims there are.
    pub fn claimed_txns(&self) -> Result<HashMap<i64, Txn>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} WHERE t.id IN (SELECT offset_id FROM claims UNION SELECT paid_id FROM claims)",
            super::txns::SELECT
        ))?;
        let rows = stmt.query_map([], super::txns::from_row)?;
        let mut out = HashMap::new();
        for row in rows {
            let t = row?;
            out.insert(t.id, t);
        }
        Ok(out)
    }

    /// [`Store::movements`] of every account holding a claim's offset (the
    /// people), by account: one query, however many people there are.
    pub fn claimants_movements(&self) -> Result<HashMap<i64, Vec<(NaiveDate, i64)>>> {
        let mut stmt = self.conn.prepare_cached(
            "WITH p(id) AS (SELECT DISTINCT o.account_id FROM claims JOIN txns o ON o.id = claims.offset_id)
             SELECT account_id, date, amount FROM (
                 SELECT account_id, as_of AS date, 0 AS part, 0 AS id, amount FROM opening_balances
                  WHERE account_id IN (SELECT id FROM p)
                 UNION ALL
                 SELECT t.account_id, t.date, 1, t.id, t.amount FROM txns t
                  WHERE t.account_id IN (SELECT id FROM p)
                    AND t.date >= coalesce((SELECT as_of FROM opening_balances b WHERE b.account_id = t.account_id), '')
                 UNION ALL
                 SELECT account_id, date, 2, id, change FROM balance_marks
                  WHERE account_id IN (SELECT id FROM p) AND change <> 0)
              ORDER BY account_id, date, part, id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?)))?;
        let mut out: HashMap<i64, Vec<(NaiveDate, i64)>> = HashMap::new();
        for row in rows {
            let (account, date, amount) = row?;
            let date = crate::model::parse_date(&date).map_err(StoreError::Invalid)?;
            out.entry(account).or_default().push((date, amount));
        }
        Ok(out)
    }

    /// Every claim, oldest paid row first.
    pub fn claims(&self) -> Result<Vec<ClaimRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} JOIN txns p ON p.id = claims.paid_id ORDER BY p.date, p.id, claims.offset_id"
        ))?;
        Ok(stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?)
    }

    /// Every claim whose offset is dated on or before `upto`, oldest
    /// offset first, in one read (the Months tab's line of what waits).
    /// The claims lead (`CROSS JOIN`): a few rows, each finding its offset
    /// by id; left to itself SQLite walked every transaction by date.
    pub fn claim_lines(&self, upto: chrono::NaiveDate) -> Result<Vec<ClaimLine>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.kind, o.account_id, o.date, o.amount,
                    (SELECT min(b.date) FROM txns b WHERE b.transfer_id = c.closed_by)
               FROM claims c CROSS JOIN txns o ON o.id = c.offset_id
              WHERE o.date <= ?1 ORDER BY o.date, o.id",
        )?;
        let rows = stmt.query_map([upto], |r| {
            Ok(ClaimLine {
                kind: r.get(0)?,
                person_id: r.get(1)?,
                date: r.get(2)?,
                amount: r.get(3)?,
                closed_on: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// [`Store::claims_of`], inside this transaction.
    pub fn claims_of(&self, paid_id: i64) -> Result<Vec<ClaimRow>> {
        of_paid(self.conn(), paid_id)
    }

    /// [`Store::claim_by_offset`], inside this transaction.
    pub fn claim_by_offset(&self, offset_id: i64) -> Result<Option<ClaimRow>> {
        by_offset(self.conn(), offset_id)
    }

    /// Links offset row `offset_id` to paid row `paid_id`.
    pub fn add_claim(&self, offset_id: i64, paid_id: i64, kind: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO claims (offset_id, paid_id, kind) VALUES (?1, ?2, ?3)",
            params![offset_id, paid_id, kind],
        )?;
        self.record_new("claims", &[("offset_id", offset_id.into())])
    }

    /// Marks the claim of `offset_id` closed by transfer `transfer_id`.
    pub fn close_claim(&self, offset_id: i64, transfer_id: i64) -> Result<()> {
        self.tracked("claims", &[("offset_id", offset_id.into())], || {
            self.conn()
                .execute("UPDATE claims SET closed_by = ?1 WHERE offset_id = ?2", params![transfer_id, offset_id])?;
            Ok(())
        })
    }
}
