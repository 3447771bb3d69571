//! Imports: what the ledger already knows about a file's rows (fingerprints,
//! refunded orders, payees' categories, rows with the same ids), writing a
//! plan's new rows, and saved column mappings.

use std::collections::HashSet;

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError, Tx};
use crate::import::plan::{self, Context, Known, Plan, Status};
use crate::import::rules::{Rules, ServiceMap};
use crate::import::{Direction, Mapping, Parsed};

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
        if let Some(a) = account.filter(|a| a.archived) {
            return Err(StoreError::Invalid(format!(
                "the '{}' account is archived: bring it back with nestegg accounts unarchive \"{}\", or choose another",
                a.name, a.name
            )));
        }
        let mut rules = rules.clone();
        let names: Vec<&str> = categories.iter().filter(|c| !c.archived).map(|c| c.name.as_str()).collect();
        rules.resolve(&names).map_err(StoreError::Invalid)?;
        let map = ServiceMap::shipped();
        let cx = Context { accounts: &accounts, categories: &categories, account, rules: &rules, map: &map };
        let known = self.import_known(&parsed, &cx)?;
        Ok(plan::plan(parsed, &cx, &known))
    }

    /// What the ledger knows that planning `parsed` with `cx` needs.
    fn import_known(&self, parsed: &Parsed, cx: &Context) -> Result<Known> {
        let mut known = Known::default();
        let mut has_key = self.conn.prepare_cached("SELECT 1 FROM txns WHERE import_key = ?1")?;
        for key in plan::keys(parsed, cx) {
            if has_key.exists([&key])? {
                known.keys.insert(key);
            }
        }
        let mut same = self.conn.prepare_cached(
            "SELECT count(*) FROM txns WHERE date = ?1 AND account_id = ?2 AND amount = ?3 AND payee = ?4",
        )?;
        for (content, _) in plan::contents(parsed, cx).into_iter().flatten() {
            if let std::collections::hash_map::Entry::Vacant(slot) = known.existing.entry(content) {
                let (date, account, amount, payee) = slot.key();
                let n: i64 = same.query_row(params![date, account, amount, payee], |r| r.get(0))?;
                slot.insert(n as usize);
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
        Ok(known)
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
                self.record_added(conn.last_insert_rowid());
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
