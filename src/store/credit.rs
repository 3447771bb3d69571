//! Credit lines: a credit account's terms (limit, statement day, due day)
//! and the purchases made into instalments. Rows are kept as given; what
//! they mean is decided in [`crate::credit`] and `ops::credit`.

use rusqlite::params;

use super::{Result, Store, Tx};
use crate::credit::Terms;

/// A credit account's terms as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CreditTerms {
    pub account_id: i64,
    pub terms: Terms,
}

/// A purchase made into instalments, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstalmentRow {
    /// The purchase.
    pub txn_id: i64,
    pub months: u32,
    /// The monthly fee, in minor units (0 for none).
    pub fee: i64,
    /// The recurring rule that posts the fee, if any.
    pub rule_id: Option<i64>,
}

impl Store {
    /// Every credit account's terms, by account.
    pub fn credit_terms(&self) -> Result<Vec<CreditTerms>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id, credit_limit, statement_day, due_day FROM credit_terms ORDER BY account_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CreditTerms {
                account_id: r.get(0)?,
                terms: Terms { limit: r.get(1)?, statement_day: r.get(2)?, due_day: r.get(3)? },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every instalment plan, by purchase.
    pub fn instalments(&self) -> Result<Vec<InstalmentRow>> {
        plans(&self.conn, None)
    }

    /// Purchase `txn_id`'s instalment plan, if it has one.
    pub fn instalment(&self, txn_id: i64) -> Result<Option<InstalmentRow>> {
        Ok(plans(&self.conn, Some(txn_id))?.pop())
    }
}

/// The instalment plans (of purchase `only`, found by its key, else all), by purchase.
fn plans(conn: &rusqlite::Connection, only: Option<i64>) -> Result<Vec<InstalmentRow>> {
    const COLUMNS: &str = "SELECT txn_id, months, fee, rule_id FROM instalments";
    let row = |r: &rusqlite::Row| -> rusqlite::Result<InstalmentRow> {
        Ok(InstalmentRow { txn_id: r.get(0)?, months: r.get(1)?, fee: r.get(2)?, rule_id: r.get(3)? })
    };
    let rows: rusqlite::Result<Vec<InstalmentRow>> = match only {
        Some(id) => conn.prepare_cached(&format!("{COLUMNS} WHERE txn_id = ?1"))?.query_map([id], row)?.collect(),
        None => conn.prepare_cached(&format!("{COLUMNS} ORDER BY txn_id"))?.query_map([], row)?.collect(),
    };
    Ok(rows?)
}

impl Tx<'_> {
    /// Sets (or with `None` takes away) a credit account's terms. Recorded for undo.
    pub fn set_credit(&self, account_id: i64, terms: Option<Terms>) -> Result<()> {
        super::accounts::get(self.conn(), account_id)?;
        self.tracked("credit_terms", &[("account_id", account_id.into())], || {
            match terms {
                Some(t) => {
                    self.conn().execute(
                        "INSERT INTO credit_terms (account_id, credit_limit, statement_day, due_day)
                         VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (account_id) DO UPDATE SET credit_limit = excluded.credit_limit,
                           statement_day = excluded.statement_day, due_day = excluded.due_day",
                        params![account_id, t.limit, t.statement_day, t.due_day],
                    )?;
                }
                None => {
                    self.conn().execute("DELETE FROM credit_terms WHERE account_id = ?1", [account_id])?;
                }
            }
            Ok(())
        })
    }

    /// Purchase `txn_id`'s instalment plan, inside this transaction.
    pub fn instalment(&self, txn_id: i64) -> Result<Option<InstalmentRow>> {
        Ok(plans(self.conn(), Some(txn_id))?.pop())
    }

    /// Takes purchase `txn_id` out of instalments (its plan; the fee's rule
    /// is the caller's). Recorded for undo.
    pub fn remove_instalment(&self, txn_id: i64) -> Result<()> {
        self.tracked("instalments", &[("txn_id", txn_id.into())], || {
            self.conn().execute("DELETE FROM instalments WHERE txn_id = ?1", [txn_id])?;
            Ok(())
        })
    }

    /// Makes purchase `row.txn_id` into instalments. Recorded for undo.
    pub fn add_instalment(&self, row: &InstalmentRow) -> Result<()> {
        self.conn().execute(
            "INSERT INTO instalments (txn_id, months, fee, rule_id) VALUES (?1, ?2, ?3, ?4)",
            params![row.txn_id, row.months, row.fee, row.rule_id],
        )?;
        self.record_new("instalments", &[("txn_id", row.txn_id.into())])
    }
}
