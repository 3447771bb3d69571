//! Imports, SQL only: what the ledger already knows about a file's rows
//! (fingerprints, refunded orders, payees' categories, rows with the same
//! contents), writing a plan's new rows, and saved column mappings. Planning
//! itself is conducted by `ops::import`.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rusqlite::{OptionalExtension, params};

use super::totals::Counted;
use super::{Result, Store, StoreError, Tx};
use crate::import::Mapping;
use crate::import::plan::{Content, Facts, Known, Plan, Planned, Status};
use crate::model::Month;
use crate::text;

/// The ledger as it was before a streamed import's first chunk was
/// written: its rows' ids are all at most `max_id`, and whether any had a
/// fingerprint. A streamed import asks what the ledger knows only of
/// those rows, so its own chunks never count as already there (the file's
/// repeats are numbered apart by `import::stream::Seen`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Before {
    pub max_id: i64,
    pub keyed: bool,
}

/// An import's writing, kept from one chunk to the next: the ledger as it
/// was before, the span of ids written so far, and the time every row is
/// stamped with.
#[derive(Debug, Clone)]
pub struct Writing {
    before: Before,
    used: Option<(i64, i64)>,
    stamp: String,
}

/// The largest id this ledger ever gave out (a deleted row's too).
fn max_id(conn: &rusqlite::Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT max(coalesce((SELECT max(id) FROM txns), 0),
                    coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'txns'), 0))",
        [],
        |r| r.get(0),
    )?)
}

fn before(conn: &rusqlite::Connection) -> Result<Before> {
    let keyed = conn.query_row("SELECT EXISTS (SELECT 1 FROM txns WHERE import_key IS NOT NULL)", [], |r| r.get(0))?;
    Ok(Before { max_id: max_id(conn)?, keyed })
}

impl Store {
    /// What the ledger knows that planning a file needs (`facts` says what
    /// to look up). Dedup looks each fingerprint and content up in the
    /// ledger, or, when the ledger has fewer candidate rows than the file
    /// has rows, reads those candidates once instead: either way the cost
    /// follows the smaller of the two, so a large file into a new ledger
    /// costs no lookups at all.
    pub fn import_known(&self, facts: &Facts) -> Result<Known> {
        known(&self.conn, facts, None)
    }

    /// [`Store::import_known`] for a chunk of a streamed import, of the
    /// ledger as it was `before` (a dry run writes nothing, but asks the same).
    pub fn import_known_before(&self, facts: &Facts, before: Before) -> Result<Known> {
        known(&self.conn, facts, Some(before))
    }

    /// The ledger as it is now, for a streamed import's lookups.
    pub fn import_before(&self) -> Result<Before> {
        before(&self.conn)
    }
}

impl Tx<'_> {
    /// [`Store::import_before`] inside a write.
    pub fn import_before(&self) -> Result<Before> {
        before(self.conn())
    }

    /// [`Store::import_known_before`] inside the streamed import's write,
    /// where the chunks already written are not asked about.
    pub fn import_known_before(&self, facts: &Facts, before: Before) -> Result<Known> {
        known(self.conn(), facts, Some(before))
    }
}

/// What the ledger knows of `facts`; of its rows up to `before` only, when given.
fn known(conn: &rusqlite::Connection, facts: &Facts, before: Option<Before>) -> Result<Known> {
    let mut known = Known::default();
    match before {
        None => known_keys(conn, &facts.keys, &mut known.keys)?,
        // A streamed import's keys are its own (numbered over the file): a
        // ledger that had none before holds none of them.
        Some(b) if b.keyed => keys_one_by_one(conn, &facts.keys, &mut known.keys)?,
        Some(_) => {}
    }
    known_contents(conn, &facts.contents, &mut known.existing, before.map(|b| b.max_id))?;
    // The first key of an order, in key order: `prefix` up to `prefix` with its last byte raised.
    let mut by_prefix = conn.prepare_cached(
        "SELECT category_id FROM txns WHERE import_key >= ?1 AND import_key < ?2 AND category_id IS NOT NULL
         ORDER BY import_key LIMIT 1",
    )?;
    for (order, from) in &facts.refunds {
        let to = format!("{}}}", &from[..from.len() - 1]);
        if let Some(id) = by_prefix.query_row(params![from, to], |r| r.get(0)).optional()? {
            known.originals.insert(order.clone(), id);
        }
    }
    let mut last = conn.prepare_cached(
        "SELECT category_id FROM txns WHERE payee = ?1 AND category_id IS NOT NULL AND id <= ?2
          ORDER BY date DESC, id DESC LIMIT 1",
    )?;
    let upto = before.map_or(i64::MAX, |b| b.max_id);
    for p in &facts.payees {
        if let Some(id) = last.query_row(params![p, upto], |r| r.get(0)).optional()? {
            known.payees.insert(p.clone(), id);
        }
    }
    Ok(known)
}

/// Which of `keys` the ledger already has.
fn known_keys(conn: &rusqlite::Connection, keys: &[String], found: &mut HashSet<String>) -> Result<()> {
    let keyed: i64 = conn.query_row(
        "SELECT count(*) FROM (SELECT 1 FROM txns WHERE import_key IS NOT NULL LIMIT ?1)",
        [keys.len() as i64],
        |r| r.get(0),
    )?;
    if keyed == 0 {
        return Ok(());
    }
    if (keyed as usize) < keys.len() {
        let wanted: HashSet<&str> = keys.iter().map(String::as_str).collect();
        let mut all = conn.prepare_cached("SELECT import_key FROM txns WHERE import_key IS NOT NULL")?;
        let mut rows = all.query([])?;
        while let Some(row) = rows.next()? {
            let key = row.get_ref(0)?.as_str().map_err(|e| StoreError::Invalid(e.to_string()))?;
            if wanted.contains(key) {
                found.insert(key.to_owned());
            }
        }
        Ok(())
    } else {
        keys_one_by_one(conn, keys, found)
    }
}

/// Which of `keys` the ledger has, each looked up by the fingerprint index.
fn keys_one_by_one(conn: &rusqlite::Connection, keys: &[String], found: &mut HashSet<String>) -> Result<()> {
    let mut has_key = conn.prepare_cached("SELECT 1 FROM txns WHERE import_key = ?1")?;
    for key in keys {
        if has_key.exists([key])? {
            found.insert(key.clone());
        }
    }
    Ok(())
}

/// How many rows the ledger has of each of `contents` (only those it
/// has); of its rows with ids up to `upto` only, when given.
fn known_contents(
    conn: &rusqlite::Connection,
    contents: &[Option<(Content, usize)>],
    existing: &mut HashMap<Content, usize>,
    upto: Option<i64>,
) -> Result<()> {
    let upto = upto.unwrap_or(i64::MAX);
    // Each content once: its first occurrence in the file (or in the chunk).
    let mut once: HashSet<&Content> = HashSet::default();
    let wanted: Vec<&Content> = contents.iter().flatten().map(|(c, _)| c).filter(|c| once.insert(c)).collect();
    let Some((from, to)) = wanted.iter().map(|c| c.0).min().zip(wanted.iter().map(|c| c.0).max()) else {
        return Ok(());
    };
    // The kept totals count the rows before a bulk write (its triggers are set aside until its end).
    let in_span: i64 = conn.query_row(
        "SELECT coalesce(sum(rows), 0) FROM month_totals WHERE month >= ?1 AND month <= ?2",
        params![Month::of(from).to_string(), Month::of(to).to_string()],
        |r| r.get(0),
    )?;
    if in_span == 0 {
        return Ok(());
    }
    if (in_span as usize) < wanted.len() {
        let wanted: HashSet<&Content> = wanted.into_iter().collect();
        let mut span = conn.prepare_cached(
            "SELECT date, account_id, amount, payee FROM txns WHERE date >= ?1 AND date <= ?2 AND id <= ?3",
        )?;
        let mut rows = span.query(params![from, to, upto])?;
        while let Some(row) = rows.next()? {
            let c: Content = (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?);
            if wanted.contains(&c) {
                *existing.entry(c).or_insert(0) += 1;
            }
        }
    } else {
        let mut same = conn.prepare_cached(
            "SELECT count(*) FROM txns WHERE date = ?1 AND account_id = ?2 AND amount = ?3 AND payee = ?4 AND id <= ?5",
        )?;
        for c in wanted {
            let (date, account, amount, payee) = c;
            let n: i64 = same.query_row(params![date, account, amount, payee, upto], |r| r.get(0))?;
            if n > 0 {
                existing.insert(c.clone(), n as usize);
            }
        }
    }
    Ok(())
}

impl Store {
    /// The rows on `accounts` from `from` to `to` that are no transfer's
    /// legs, each with its fingerprint: the twins an import may pair with.
    pub fn twin_candidates(
        &self,
        accounts: &[i64],
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<Vec<(crate::model::Txn, Option<String>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, import_key FROM txns WHERE account_id = ?1 AND date >= ?2 AND date <= ?3
             AND transfer_id IS NULL ORDER BY date, id",
        )?;
        let mut out = Vec::new();
        for &account in accounts {
            let rows = stmt.query_map(params![account, from, to], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))?;
            for row in rows.collect::<rusqlite::Result<Vec<(i64, Option<String>)>>>()? {
                out.push((super::txns::get(&self.conn, row.0)?, row.1));
            }
        }
        Ok(out)
    }

    /// The saved mapping called `name`.
    pub fn mapping(&self, name: &str) -> Result<Option<Mapping>> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT mapping FROM import_mappings WHERE name = ?1", [name.trim()], |r| r.get(0))
            .optional()?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|e| StoreError::Invalid(text::errors::mapping_unreadable(name, e)))
        })
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
        let mut writing = self.import_writing(self.import_before()?)?;
        let new = plan.rows.iter().filter(|r| r.status == Status::New).count();
        self.bulk_insert(new, || self.import_rows(&plan.rows, &mut writing))
    }

    /// What writing an import's rows keeps from one chunk to the next.
    pub fn import_writing(&self, before: Before) -> Result<Writing> {
        // One time for every row: SQLite's default would format it per row, twice.
        let stamp = self.conn().query_row("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')", [], |r| r.get(0))?;
        Ok(Writing { before, used: None, stamp })
    }

    /// Runs a streamed import's chunks (`write`), each written by
    /// [`Tx::import_rows`], as one bulk insert: the kept totals' triggers
    /// are set aside for all of it and the totals written once at its end.
    pub fn import_streamed<T>(&self, write: impl FnOnce() -> Result<T>) -> Result<T> {
        self.bulk_insert(usize::MAX, write)
    }

    /// Writes the new ones of `rows` (one plan, or one chunk of a streamed
    /// import of a ledger that was as `before` says); returns how many
    /// transactions were added.
    pub fn import_rows(&self, rows: &[Planned], w: &mut Writing) -> Result<usize> {
        let conn = self.conn();
        let mut insert = conn.prepare_cached(
            "INSERT INTO txns (id, date, account_id, category_id, transfer_id, amount, currency, payee, note, import_key,
                               tags, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        )?;
        // A file's own ids are kept where this ledger never handed them out
        // (above the largest it ever used before the import) and this import
        // has not used them: an id is never given to a second transaction.
        // Every id this import used is above that largest one, so the rows
        // themselves say which (no set of them is kept).
        let mut taken = conn.prepare_cached("SELECT 1 FROM txns WHERE id = ?1")?;
        let mut new_transfer = conn.prepare_cached("INSERT INTO transfers DEFAULT VALUES")?;
        // Each account's currency, read once rather than joined on every row.
        let mut currencies: HashMap<i64, (String, crate::money::Currency)> = HashMap::default();
        let mut stmt = conn.prepare_cached("SELECT id, currency FROM accounts")?;
        for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, String>(1)?)))? {
            let (id, code) = row?;
            let currency = crate::money::Currency::from_code(&code).map_err(StoreError::Amount)?;
            currencies.insert(id, (code, currency));
        }
        let mut added = 0;
        // Oldest first (a day's rows keep the file's order): the indexes on
        // dates and ids then grow at their end instead of splitting pages
        // all over, which bills listed newest first would make them do.
        let mut new: Vec<&Planned> = rows.iter().filter(|r| r.status == Status::New).collect();
        new.sort_by_key(|r| (r.date, r.legs.first().and_then(|l| l.id)));
        for row in new {
            let transfer_id = if row.legs.len() == 2 {
                new_transfer.execute([])?;
                Some(conn.last_insert_rowid())
            } else {
                None
            };
            let category = row.category.as_ref().map(|(id, _, _)| *id);
            let date = row.date.to_string();
            for (i, leg) in row.legs.iter().enumerate() {
                // A nestegg file keeps its ids where this ledger never used them.
                // Ids outside the span this import used are free without asking.
                let id = match leg.id {
                    Some(id) if id > w.before.max_id => match w.used {
                        Some((lo, hi)) if id >= lo && id <= hi && taken.exists([id])? => None,
                        _ => Some(id),
                    },
                    _ => None,
                };
                // The fingerprint sits on the first leg; the second is found through the transfer.
                let key = (i == 0).then_some(row.key.as_str());
                let (code, currency) = currencies
                    .get(&leg.account_id)
                    .ok_or(StoreError::NotFound { what: "account", id: leg.account_id })?;
                super::txns::within_limit(leg.amount, *currency)?;
                insert.execute(params![
                    id,
                    date,
                    leg.account_id,
                    category,
                    transfer_id,
                    leg.amount,
                    code,
                    leg.payee,
                    row.note,
                    key,
                    leg.tags.stored(),
                    w.stamp
                ])?;
                let new_id = conn.last_insert_rowid();
                w.used = Some(w.used.map_or((new_id, new_id), |(lo, hi)| (lo.min(new_id), hi.max(new_id))));
                self.counted(&Counted {
                    id: new_id,
                    date: &date,
                    account_id: leg.account_id,
                    category_id: category,
                    transfer: transfer_id.is_some(),
                    amount: leg.amount,
                    currency: code,
                    payee: &leg.payee,
                });
                added += 1;
            }
        }
        Ok(added)
    }

    /// Saves (or replaces) a column mapping under `name`.
    pub fn save_mapping(&self, name: &str, m: &Mapping) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(text::errors::mapping_needs_name().into()));
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

// ---- A journal's account map (hledger, ledger-cli, beancount imports)
//
// Kept with the column mappings, under the preset's name (`ledger`,
// `beancount`: names `--preset` never takes for a saved mapping), as the
// mapping's JSON with a `journal_accounts` object beside its fields: read
// as a column mapping it has no date column, so it never reads a bank CSV.

/// The JSON key of a journal's account map in a saved mapping.
const JOURNAL_ACCOUNTS: &str = "journal_accounts";

impl Store {
    /// The account map saved for `preset`'s journals (empty when none is).
    pub fn journal_map(&self, preset: &str) -> Result<crate::import::journal_map::AccountMap> {
        Ok(account_map(&saved_value(&self.conn, preset)?, JOURNAL_ACCOUNTS))
    }
}

/// The JSON of the mapping saved under `name`, or an empty mapping's.
fn saved_value(conn: &rusqlite::Connection, name: &str) -> Result<serde_json::Value> {
    let json: Option<String> =
        conn.query_row("SELECT mapping FROM import_mappings WHERE name = ?1", [name], |r| r.get(0)).optional()?;
    let invalid = |e: serde_json::Error| StoreError::Invalid(e.to_string());
    match json {
        Some(j) => serde_json::from_str(&j).map_err(invalid),
        None => serde_json::to_value(Mapping::default()).map_err(invalid),
    }
}

/// The account map a saved mapping's JSON keeps under `key` (empty when none).
fn account_map(value: &serde_json::Value, key: &str) -> crate::import::journal_map::AccountMap {
    value.get(key).and_then(|m| serde_json::from_value(m.clone()).ok()).unwrap_or_default()
}

/// Keeps `map` under `key` in the mapping saved as `name` (what else it holds stays).
fn save_account_map(
    conn: &rusqlite::Connection,
    name: &str,
    key: &str,
    map: &crate::import::journal_map::AccountMap,
) -> Result<()> {
    let mut value = saved_value(conn, name)?;
    let object = value.as_object_mut().ok_or_else(|| StoreError::Invalid(text::errors::mapping_needs_name().into()))?;
    object.insert(key.into(), serde_json::to_value(map).map_err(|e| StoreError::Invalid(e.to_string()))?);
    conn.execute(
        "INSERT INTO import_mappings (name, mapping) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping",
        params![name, value.to_string()],
    )?;
    Ok(())
}

impl Tx<'_> {
    /// Adds `map` to the account map saved for `preset`'s journals (a
    /// journal account named again takes its new name); what else the
    /// saved row holds is kept.
    pub fn save_journal_map(&self, preset: &str, map: &crate::import::journal_map::AccountMap) -> Result<()> {
        let mut saved = account_map(&saved_value(self.conn(), preset)?, JOURNAL_ACCOUNTS);
        for (from, to) in map {
            saved.retain(|k, _| !k.eq_ignore_ascii_case(from));
            saved.insert(from.clone(), to.clone());
        }
        save_account_map(self.conn(), preset, JOURNAL_ACCOUNTS, &saved)
    }
}

// ---- An Alipay or WeChat Pay bill's funding map (`import::funding`)
//
// Kept the same way, under the service's preset name (`alipay`,
// `wechat`), as a `funding_accounts` object; unlike a journal's it is
// recorded for undo, so undoing the import that saved it takes it back.

/// The JSON key of a bill's funding map in a saved mapping.
const FUNDING_ACCOUNTS: &str = "funding_accounts";

impl Store {
    /// The funding map saved for `preset`'s bills (empty when none is).
    pub fn funding_map(&self, preset: &str) -> Result<crate::import::journal_map::AccountMap> {
        Ok(account_map(&saved_value(&self.conn, preset)?, FUNDING_ACCOUNTS))
    }

    /// The account of the first row imported for the orders whose
    /// fingerprints start with `prefix` (`import::plan::order_prefix`).
    pub fn order_account(&self, prefix: &str) -> Result<Option<i64>> {
        let to = format!("{}}}", &prefix[..prefix.len() - 1]);
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id FROM txns WHERE import_key >= ?1 AND import_key < ?2 ORDER BY import_key LIMIT 1",
        )?;
        Ok(stmt.query_row(params![prefix, to], |r| r.get(0)).optional()?)
    }
}

impl Tx<'_> {
    /// Saves `map` as the funding map of `preset`'s bills (what else the
    /// saved row holds is kept), recorded for undo.
    pub fn save_funding_map(&self, preset: &str, map: &crate::import::journal_map::AccountMap) -> Result<()> {
        self.tracked("import_mappings", &[("name", preset.into())], || {
            save_account_map(self.conn(), preset, FUNDING_ACCOUNTS, map)
        })
    }
}
