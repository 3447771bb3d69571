//! Loading a demo household into an empty ledger, in bulk: one transaction,
//! cached statements, and an undo step of id ranges (a million rows stay a
//! few bytes in the history).

use std::collections::HashMap;

use rusqlite::params;

use super::totals::Counted;
use super::{Result, Store, StoreError};
use crate::demo::DemoEntry;
use crate::text;

/// How often (in rows) `insert_demo` reports progress.
pub const PROGRESS_EVERY: usize = 50_000;

impl Store {
    /// Writes the demo entries as one undoable step. Refuses a ledger that
    /// already has transactions, so the demo never mixes with real records.
    /// Calls `progress` with the rows written so far every
    /// [`PROGRESS_EVERY`] rows; `expected_rows` (a hint) picks the bulk path
    /// for a large demo. The step is recorded under `label` (`ops` writes
    /// it). Returns how many transaction rows were written.
    pub fn insert_demo(
        &mut self,
        label: &str,
        entries: impl IntoIterator<Item = DemoEntry>,
        expected_rows: usize,
        mut progress: impl FnMut(usize),
    ) -> Result<usize> {
        let existing = self.txn_count()?;
        if existing > 0 {
            return Err(StoreError::Invalid(text::errors::demo_not_empty(existing)));
        }
        let accounts: HashMap<String, (i64, String)> =
            self.accounts(true)?.into_iter().map(|a| (a.name, (a.id, a.currency.code().to_owned()))).collect();
        let categories: HashMap<String, i64> = self.categories(true)?.into_iter().map(|c| (c.name, c.id)).collect();
        let missing = |what: &str, name: &str| {
            StoreError::Invalid(text::errors::demo_missing(text::errors::record(what), &text::names::shown(name)))
        };
        let account = |name: &str| accounts.get(name).ok_or_else(|| missing("account", name));
        let category = |name: &str| categories.get(name).copied().ok_or_else(|| missing("category", name));
        self.bulk(|store| {
            store.write_undoable(label, |tx| {
                let conn = tx.conn();
                let mut txn = conn.prepare_cached(
                    "INSERT INTO txns (date, account_id, category_id, transfer_id, amount, currency, payee, note)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?;
                let mut transfer = conn.prepare_cached("INSERT INTO transfers DEFAULT VALUES")?;
                let mut rows = 0;
                let mut add = |date: chrono::NaiveDate,
                               (acc, cur): &(i64, String),
                               cat: Option<i64>,
                               tid: Option<i64>,
                               amount,
                               payee,
                               note| {
                    let date = date.to_string();
                    txn.execute(params![date, acc, cat, tid, amount, cur, payee, note])?;
                    tx.counted(&Counted {
                        id: conn.last_insert_rowid(),
                        date: &date,
                        account_id: *acc,
                        category_id: cat,
                        transfer: tid.is_some(),
                        amount,
                        currency: cur,
                        payee,
                    });
                    rows += 1;
                    if rows % PROGRESS_EVERY == 0 {
                        progress(rows);
                    }
                    Ok::<_, StoreError>(())
                };
                tx.bulk_insert(expected_rows, || {
                    for e in entries {
                        match e {
                            DemoEntry::Txn { date, account: acc, category: cat, payee, note, amount } => {
                                add(date, account(acc)?, Some(category(cat)?), None, amount, payee, note)?;
                            }
                            DemoEntry::Transfer { date, from, to, amount } => {
                                let (a, b) = (account(from)?, account(to)?);
                                transfer.execute([])?;
                                let tid = conn.last_insert_rowid();
                                add(date, a, None, Some(tid), -amount, to, "")?;
                                add(date, b, None, Some(tid), amount, from, "")?;
                            }
                        }
                    }
                    Ok(())
                })?;
                Ok(rows)
            })
        })
    }
}
