//! Imports: what the ledger already knows about a file's rows (fingerprints,
//! refunded orders, payees' categories, rows with the same ids), writing a
//! plan's new rows, and saved column mappings.

use std::collections::HashSet;

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError, Tx, history};
use crate::import::plan::{self, Context, Known, Plan, Status};
use crate::import::rules::{Rules, ServiceMap};
use crate::import::{Direction, Mapping, Parsed, Preset};

impl Store {
    /// Plans `parsed` against this ledger: into `account` (else the bill's
    /// own account, such as Alipay), with the user's payee `rules`.
    pub fn plan_import(&self, parsed: Parsed, account: Option<i64>, rules: &Rules) -> Result<Plan> {
        let accounts = self.accounts(true)?;
        let categories = self.categories(true)?;
        let account = match account {
            Some(id) => accounts.iter().find(|a| a.id == id),
            None => parsed.preset.default_account().and_then(|name| accounts.iter().find(|a| a.name == name)),
        };
        let known = self.import_known(&parsed)?;
        let map = ServiceMap::shipped();
        let cx = Context { accounts: &accounts, categories: &categories, account, rules, map: &map };
        Ok(plan::plan(parsed, &cx, &known))
    }

    /// What the ledger knows that planning `parsed` needs.
    pub fn import_known(&self, parsed: &Parsed) -> Result<Known> {
        let mut known = Known::default();
        let mut has_key = self.conn.prepare_cached("SELECT 1 FROM txns WHERE import_key = ?1")?;
        for key in plan::keys(parsed) {
            if has_key.exists([&key])? {
                known.keys.insert(key);
            }
        }
        // The first key of an order, in key order: `prefix` up to `prefix` with its last byte raised.
        let mut by_prefix = self.conn.prepare_cached(
            "SELECT category_id FROM txns WHERE import_key >= ?1 AND import_key < ?2 AND category_id IS NOT NULL
             ORDER BY import_key LIMIT 1",
        )?;
        let mut payees = HashSet::new();
        for e in &parsed.entries {
            if let Some(order) = &e.refund_of {
                let from = plan::order_prefix(parsed.preset, order);
                let to = format!("{}}}", &from[..from.len() - 1]);
                if let Some(id) = by_prefix.query_row(params![from, to], |r| r.get(0)).optional()? {
                    known.originals.insert(order.clone(), id);
                }
            }
            if e.direction != Direction::Transfer && e.category.is_none() && !e.payee.is_empty() {
                payees.insert(e.payee.as_str());
            }
        }
        for p in payees {
            if let Some(id) = self.last_category_for_payee(p)? {
                known.payees.insert(p.to_owned(), id);
            }
        }
        if parsed.preset == Preset::Nestegg {
            known.same_rows = self.same_rows(parsed)?;
        }
        Ok(known)
    }

    /// Ids the file names whose row here is the same (date, account,
    /// category, amount, payee, note): the file came from this ledger.
    fn same_rows(&self, parsed: &Parsed) -> Result<HashSet<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.date, a.name, coalesce(c.name, ''), t.amount, t.payee, t.note
               FROM txns t JOIN accounts a ON a.id = t.account_id LEFT JOIN categories c ON c.id = t.category_id
              WHERE t.id = ?1",
        )?;
        let mut same = HashSet::new();
        for e in &parsed.entries {
            let Some(id) = e.id else { continue };
            let row: Option<(String, String, String, i64, String, String)> = stmt
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
                .optional()?;
            let matches = row.is_some_and(|(date, account, category, amount, payee, note)| {
                date == e.date.to_string()
                    && e.account.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(&account))
                    && category.eq_ignore_ascii_case(e.category.as_deref().unwrap_or(""))
                    && amount == e.amount
                    && payee == e.payee
                    && note == e.note
            });
            if matches {
                same.insert(id);
            }
        }
        Ok(same)
    }

    /// The saved mapping called `name`.
    pub fn mapping(&self, name: &str) -> Result<Option<Mapping>> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT mapping FROM import_mappings WHERE name = ?1", [name.trim()], |r| r.get(0))
            .optional()?;
        json.map(|j| serde_json::from_str(&j).map_err(|e| StoreError::Invalid(format!("mapping '{name}': {e}"))))
            .transpose()
    }

    /// Every saved mapping's name.
    pub fn mapping_names(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("SELECT name FROM import_mappings ORDER BY name")?;
        let names = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }
}

impl Tx<'_> {
    /// Writes the plan's new rows (all of them or, on any error, none);
    /// returns how many transactions were added.
    pub fn import(&self, plan: &Plan) -> Result<usize> {
        let conn = self.conn();
        let mut taken = conn.prepare_cached("SELECT 1 FROM txns WHERE id = ?1")?;
        let mut insert = conn.prepare_cached(
            "INSERT INTO txns (id, date, account_id, category_id, transfer_id, amount, currency, payee, note, import_key)
             SELECT ?1, ?2, a.id, ?4, ?5, ?6, a.currency, ?7, ?8, ?9 FROM accounts a WHERE a.id = ?3",
        )?;
        let mut added = 0;
        for row in plan.rows.iter().filter(|r| r.status == Status::New) {
            let transfer_id = if row.legs.len() == 2 {
                conn.execute("INSERT INTO transfers DEFAULT VALUES", [])?;
                Some(conn.last_insert_rowid())
            } else {
                None
            };
            let category = row.category.as_ref().map(|(id, _, _)| *id);
            for (i, leg) in row.legs.iter().enumerate() {
                // A nestegg file keeps its ids where this ledger has them free.
                let id = match leg.id {
                    Some(id) if !taken.exists([id])? => Some(id),
                    _ => None,
                };
                // The fingerprint sits on the first leg; the second is found through the transfer.
                let key = (i == 0).then_some(row.key.as_str());
                let n = insert.execute(params![
                    id,
                    row.date,
                    leg.account_id,
                    category,
                    transfer_id,
                    leg.amount,
                    leg.payee,
                    row.note,
                    key
                ])?;
                if n == 0 {
                    return Err(StoreError::NotFound { what: "account", id: leg.account_id });
                }
                let new_id = conn.last_insert_rowid();
                self.record(None, Some(history::snapshot(conn, new_id)?));
                added += 1;
            }
        }
        Ok(added)
    }

    /// Saves (or replaces) a column mapping under `name`.
    pub fn save_mapping(&self, name: &str, m: &Mapping) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid("a mapping needs a name".into()));
        }
        let json = serde_json::to_string(m).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.conn().execute(
            "INSERT INTO import_mappings (name, mapping) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping",
            params![name, json],
        )?;
        Ok(())
    }
}
