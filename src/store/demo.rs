//! Loading the demo household into an empty ledger.

use std::collections::HashMap;

use super::{Result, Store, StoreError};
use crate::demo::DemoEntry;
use crate::model::NewTxn;

impl Store {
    /// Writes the demo entries as one undoable step. Refuses a ledger that
    /// already has transactions, so the demo never mixes with real records.
    /// Returns how many transaction rows were written.
    pub fn insert_demo(&mut self, entries: &[DemoEntry]) -> Result<usize> {
        let existing = self.txn_count()?;
        if existing > 0 {
            return Err(StoreError::Invalid(format!(
                "this ledger already has {existing} transactions; the demo only fills an empty ledger \
                 (try another file: nestegg --db /tmp/demo.db demo)"
            )));
        }
        let accounts: HashMap<String, i64> = self.accounts(true)?.into_iter().map(|a| (a.name, a.id)).collect();
        let categories: HashMap<String, i64> = self.categories(true)?.into_iter().map(|c| (c.name, c.id)).collect();
        let missing = |what: &str, name: &str| {
            StoreError::Invalid(format!("the demo needs the default {what} '{name}', which was renamed or removed"))
        };
        let account = |name: &str| accounts.get(name).copied().ok_or_else(|| missing("account", name));
        let category = |name: &str| categories.get(name).copied().ok_or_else(|| missing("category", name));
        self.write_undoable("load the demo household", |tx| {
            let mut rows = 0;
            for e in entries {
                match *e {
                    DemoEntry::Txn { date, account: acc, category: cat, payee, note, amount } => {
                        let t = NewTxn {
                            date,
                            account_id: account(acc)?,
                            category_id: category(cat)?,
                            payee: payee.into(),
                            note: note.into(),
                            amount,
                        };
                        tx.add_txn(&t)?;
                        rows += 1;
                    }
                    DemoEntry::Transfer { date, from, to, amount } => {
                        tx.add_transfer(date, account(from)?, account(to)?, amount, "")?;
                        rows += 2;
                    }
                }
            }
            Ok(rows)
        })
    }
}
