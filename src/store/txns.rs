//! Transactions and transfers: add, read, list (keyset pages), edit, delete.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::filter::{self, Order};
use super::{Result, Store, StoreError, Tx, accounts, categories, currency_at, history, parsed_at};
use crate::model::{NewTxn, Tags, Txn, TxnFilter, TxnPatch};
use crate::text;

/// The columns [`from_row`] reads, from `t` (a transaction), `a` and `c`.
macro_rules! columns {
    () => {
        "SELECT t.id, t.date, t.account_id, a.name, t.category_id, c.name, c.class,
       t.payee, t.note, t.amount, t.currency, t.transfer_id, t.tags"
    };
}
/// What joins a transaction `t` to its account's and category's names.
const NAMES: &str = "JOIN accounts a ON a.id = t.account_id
  LEFT JOIN categories c ON c.id = t.category_id";
pub(super) const SELECT: &str = concat!(
    columns!(),
    "
  FROM txns t
  JOIN accounts a ON a.id = t.account_id
  LEFT JOIN categories c ON c.id = t.category_id"
);

pub(super) fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Txn> {
    let class: Option<String> = r.get(6)?;
    Ok(Txn {
        id: r.get(0)?,
        date: r.get(1)?,
        account_id: r.get(2)?,
        account: r.get(3)?,
        category_id: r.get(4)?,
        category: r.get(5)?,
        class: match class {
            Some(_) => Some(parsed_at(r, 6)?),
            None => None,
        },
        payee: r.get(7)?,
        note: r.get(8)?,
        amount: r.get(9)?,
        currency: currency_at(r, 10)?,
        transfer_id: r.get(11)?,
        tags: Tags::from_stored(&r.get::<_, String>(12)?),
    })
}

/// What moved account `id`'s balance, as (date, amount), oldest first: a
/// person's lendings and repayments, for what is still open. As its
/// balance counts them (`Store::balances_on`): its opening balance on its
/// day, then its rows from that day on (earlier ones are in it), and any
/// balance mark's change; on one day the opening first, then rows by id.
fn movements(conn: &Connection, id: i64) -> Result<Vec<(NaiveDate, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT date, amount FROM (
             SELECT as_of AS date, 0 AS part, 0 AS id, amount FROM opening_balances WHERE account_id = ?1
             UNION ALL
             SELECT t.date, 1, t.id, t.amount FROM txns t
              WHERE t.account_id = ?1
                AND t.date >= coalesce((SELECT as_of FROM opening_balances WHERE account_id = ?1), '')
             UNION ALL
             SELECT date, 2, id, change FROM balance_marks WHERE account_id = ?1 AND change <> 0)
          ORDER BY date, part, id",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (date, amount) = row?;
        let date = crate::model::parse_date(&date).map_err(StoreError::Invalid)?;
        out.push((date, amount));
    }
    Ok(out)
}

pub(super) fn get(conn: &Connection, id: i64) -> Result<Txn> {
    conn.query_row(&format!("{SELECT} WHERE t.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound { what: "transaction", id })
}

/// Refuses an amount over [`crate::money::MAX_AMOUNT`], whatever wrote it.
pub(super) fn within_limit(amount: i64, currency: crate::money::Currency) -> Result<()> {
    crate::money::limited(crate::money::Money::new(amount, currency)).map(drop).map_err(StoreError::Amount)
}

fn insert(conn: &Connection, t: &NewTxn) -> Result<i64> {
    let account = accounts::get(conn, t.account_id)?;
    within_limit(t.amount, account.currency)?;
    categories::get(conn, t.category_id)?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO txns (date, account_id, category_id, amount, currency, payee, note, tags)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    stmt.execute(params![
        t.date,
        t.account_id,
        t.category_id,
        t.amount,
        account.currency.code(),
        t.payee,
        t.note,
        t.tags.stored()
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Two linked rows: `−amount` on `from`, `+amount` on `to`. Returns both ids (from, to).
fn insert_transfer(
    conn: &Connection,
    date: NaiveDate,
    from: i64,
    to: i64,
    amount: i64,
    note: &str,
) -> Result<(i64, i64)> {
    let (a, b) = (accounts::get(conn, from)?, accounts::get(conn, to)?);
    within_limit(amount, a.currency)?;
    if from == to {
        return Err(StoreError::Invalid(text::errors::transfer_same_account(&text::names::shown(&a.name))));
    }
    if a.currency != b.currency {
        return Err(StoreError::Invalid(text::errors::transfer_currencies(
            &text::names::shown(&a.name),
            a.currency,
            &text::names::shown(&b.name),
            b.currency,
        )));
    }
    if amount <= 0 {
        return Err(StoreError::Invalid(text::errors::transfer_positive().into()));
    }
    conn.execute("INSERT INTO transfers DEFAULT VALUES", [])?;
    let transfer_id = conn.last_insert_rowid();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO txns (date, account_id, transfer_id, amount, currency, payee, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    stmt.execute(params![date, from, transfer_id, -amount, a.currency.code(), b.name, note])?;
    let out = conn.last_insert_rowid();
    stmt.execute(params![date, to, transfer_id, amount, b.currency.code(), a.name, note])?;
    Ok((out, conn.last_insert_rowid()))
}

fn update(conn: &Connection, id: i64, p: &TxnPatch) -> Result<Txn> {
    let old = get(conn, id)?;
    if let Some(amount) = p.amount {
        within_limit(amount, old.currency)?;
    }
    if let Some(tid) = old.transfer_id {
        if p.category_id.is_some() {
            return Err(StoreError::Invalid(text::errors::transfer_no_category(id)));
        }
        // The two legs move together: same date, note, and opposite amounts.
        if let Some(amount) = p.amount {
            if amount == 0 {
                return Err(StoreError::Invalid(text::errors::transfer_positive().into()));
            }
            conn.execute(
                "UPDATE txns SET amount = CASE WHEN id = ?1 THEN ?2 ELSE -?2 END WHERE transfer_id = ?3",
                params![id, amount, tid],
            )?;
        }
        for (col, value) in [("date", p.date.map(|d| d.to_string())), ("note", p.note.clone())] {
            if let Some(v) = value {
                conn.execute(&format!("UPDATE txns SET {col} = ?1 WHERE transfer_id = ?2"), params![v, tid])?;
            }
        }
        if let Some(account_id) = p.account_id {
            let other: i64 = conn.query_row(
                "SELECT account_id FROM txns WHERE transfer_id = ?1 AND id <> ?2",
                params![tid, id],
                |r| r.get(0),
            )?;
            let (new, other) = (accounts::get(conn, account_id)?, accounts::get(conn, other)?);
            if new.id == other.id || new.currency != other.currency {
                return Err(StoreError::Invalid(text::errors::transfer_pair(
                    &text::names::shown(&new.name),
                    &text::names::shown(&other.name),
                )));
            }
            conn.execute("UPDATE txns SET account_id = ?1 WHERE id = ?2", params![account_id, id])?;
            // The other leg names this leg's account as its payee: it follows
            // the move, unless someone typed a payee of their own there.
            let was = accounts::get(conn, old.account_id)?;
            conn.execute(
                "UPDATE txns SET payee = ?1 WHERE transfer_id = ?2 AND id <> ?3 AND payee = ?4",
                params![new.name, tid, id, was.name],
            )?;
        }
        if let Some(payee) = &p.payee {
            conn.execute("UPDATE txns SET payee = ?1 WHERE id = ?2", params![payee, id])?;
        }
        // Tags belong to each leg, like its payee.
        if let Some(tags) = &p.tags {
            conn.execute("UPDATE txns SET tags = ?1 WHERE id = ?2", params![tags.stored(), id])?;
        }
    } else {
        let account = accounts::get(conn, p.account_id.unwrap_or(old.account_id))?;
        if account.currency != old.currency {
            return Err(StoreError::Invalid(text::errors::account_currency(
                &text::names::shown(&account.name),
                account.currency,
                id,
                old.currency,
            )));
        }
        if let Some(cid) = p.category_id {
            categories::get(conn, cid)?;
        }
        conn.execute(
            "UPDATE txns SET date = coalesce(?2, date), account_id = coalesce(?3, account_id),
                    category_id = coalesce(?4, category_id), payee = coalesce(?5, payee),
                    note = coalesce(?6, note), amount = coalesce(?7, amount), tags = coalesce(?8, tags)
              WHERE id = ?1",
            params![
                id,
                p.date,
                p.account_id,
                p.category_id,
                p.payee,
                p.note,
                p.amount,
                p.tags.as_ref().map(Tags::stored)
            ],
        )?;
    }
    conn.execute(
        "UPDATE txns SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
          WHERE id = ?1 OR (transfer_id IS NOT NULL AND transfer_id = ?2)",
        params![id, old.transfer_id],
    )?;
    get(conn, id)
}

/// Deletes one transaction, or both legs of a transfer. Returns what was deleted.
fn delete(conn: &Connection, id: i64) -> Result<Vec<Txn>> {
    let old = get(conn, id)?;
    let gone = match old.transfer_id {
        Some(tid) => {
            let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE t.transfer_id = ?1 ORDER BY t.id"))?;
            let legs = stmt.query_map([tid], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
            conn.execute("DELETE FROM txns WHERE transfer_id = ?1", [tid])?;
            conn.execute("DELETE FROM transfers WHERE id = ?1", [tid])?;
            legs
        }
        None => {
            conn.execute("DELETE FROM txns WHERE id = ?1", [id])?;
            vec![old]
        }
    };
    Ok(gone)
}

/// The ids of a category and its sub-categories, at any depth (one parameter: the category).
pub(super) const SUB_CATEGORIES: &str = "(WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id) \
     SELECT id FROM sub)";

/// A position in the newest-first order: rows strictly before or after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Before(NaiveDate, i64),
    After(NaiveDate, i64),
}

impl Store {
    /// What moved account `id`'s balance, as (date, amount), oldest first:
    /// its opening balance, its rows from that day on, its balance marks.
    pub fn movements(&self, id: i64) -> Result<Vec<(NaiveDate, i64)>> {
        movements(&self.conn, id)
    }

    pub fn txn(&self, id: i64) -> Result<Txn> {
        get(&self.conn, id)
    }

    /// One page of transactions matching `filter`, newest first, starting
    /// strictly after the `(date, id)` key `before` (keyset pagination: the
    /// cost of a page does not grow with the size of the ledger).
    pub fn txn_page(&self, filter: &TxnFilter, before: Option<(NaiveDate, i64)>, limit: usize) -> Result<Vec<Txn>> {
        self.txn_page_at(filter, before.map(|(d, id)| Key::Before(d, id)), false, limit)
    }

    /// Up to `limit` rows next to `key` in newest-first order: older rows for
    /// `Key::Before`, newer rows for `Key::After` (and the oldest rows of all
    /// for `None` with `oldest`). Always returned newest first.
    pub fn txn_page_at(&self, filter: &TxnFilter, key: Option<Key>, oldest: bool, limit: usize) -> Result<Vec<Txn>> {
        let order = match (key, oldest) {
            (Some(Key::After(..)), _) | (None, true) => Order::Asc,
            _ => Order::Desc,
        };
        let mut rows = Vec::new();
        self.read(filter, key, order, Some(limit), |t| {
            rows.push(t);
            Ok(())
        })?;
        if order == Order::Asc {
            rows.reverse();
        }
        Ok(rows)
    }

    /// Reads the rows `filter` selects past `key`, in `order`, up to
    /// `limit`, through the indexes [`filter::source`] picks.
    fn read(
        &self,
        filter: &TxnFilter,
        key: Option<Key>,
        order: Order,
        limit: Option<usize>,
        mut visit: impl FnMut(Txn) -> Result<()>,
    ) -> Result<()> {
        let source = filter::source(&self.conn, filter, key, order, limit)?;
        if source.nothing {
            return Ok(());
        }
        let mut values = source.values;
        let stop = match limit {
            Some(n) => {
                values.push((n.min(i64::MAX as usize) as i64).into());
                "LIMIT ?"
            }
            None => "",
        };
        let dir = order.sql();
        let sql = format!(
            "{} FROM {} {NAMES} {} ORDER BY t.date {dir}, t.id {dir} {stop}",
            columns!(),
            source.from,
            source.clause
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(values))?;
        while let Some(row) = rows.next()? {
            visit(from_row(row)?)?;
        }
        Ok(())
    }

    /// The account of the payee's latest categorised transaction, not a
    /// person's.
    pub fn last_account_for_payee(&self, payee: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                // A person's account (a forgiven loan's row) is never paid from.
                "SELECT t.account_id FROM txns t JOIN accounts a ON a.id = t.account_id
                  WHERE t.payee = ?1 AND t.category_id IS NOT NULL AND a.kind <> 'person'
                  ORDER BY t.date DESC, t.id DESC LIMIT 1",
                [payee],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The category of the payee's latest categorised transaction.
    pub fn last_category_for_payee(&self, payee: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT category_id FROM txns WHERE payee = ?1 AND category_id IS NOT NULL
                  ORDER BY date DESC, id DESC LIMIT 1",
                [payee],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Streams every transaction matching `filter`, newest first, to `visit`
    /// without holding them all in memory.
    pub fn for_each_txn(&self, filter: &TxnFilter, visit: impl FnMut(Txn) -> Result<()>) -> Result<()> {
        self.read(filter, None, Order::Desc, None, visit)
    }

    /// Like [`Store::for_each_txn`], stopping after `limit` rows (the query
    /// itself stops: a search for the latest 50 reads no further).
    pub fn for_each_txn_up_to(
        &self,
        filter: &TxnFilter,
        limit: usize,
        visit: impl FnMut(Txn) -> Result<()>,
    ) -> Result<()> {
        self.read(filter, None, Order::Desc, Some(limit), visit)
    }

    /// Like [`Store::for_each_txn`], oldest first (for journals and exports).
    pub fn for_each_txn_oldest_first(&self, filter: &TxnFilter, visit: impl FnMut(Txn) -> Result<()>) -> Result<()> {
        self.read(filter, None, Order::Asc, None, visit)
    }

    /// Each tagged categorised row between `from` and `to` (either open):
    /// its tags, class, signed amount and currency, oldest first. Reads only
    /// tagged rows (the partial index `txns_tagged`).
    pub fn for_each_tagged(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        mut visit: impl FnMut(Tags, crate::model::Class, i64, crate::money::Currency),
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.tags, c.class, t.amount, t.currency FROM txns t JOIN categories c ON c.id = t.category_id
              WHERE t.tags <> '' AND t.date >= coalesce(?1, t.date) AND t.date <= coalesce(?2, t.date)
              ORDER BY t.date, t.id",
        )?;
        let mut rows = stmt.query(params![from, to])?;
        while let Some(r) = rows.next()? {
            visit(Tags::from_stored(&r.get::<_, String>(0)?), parsed_at(r, 1)?, r.get(2)?, currency_at(r, 3)?);
        }
        Ok(())
    }

    /// The earliest and latest transaction dates, if any.
    pub fn date_span(&self) -> Result<Option<(NaiveDate, NaiveDate)>> {
        let (first, last): (Option<NaiveDate>, Option<NaiveDate>) =
            self.conn.query_row("SELECT (SELECT min(date) FROM txns), (SELECT max(date) FROM txns)", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        Ok(first.zip(last))
    }
}

/// The rows an edit or delete of `id` touches: both legs of a transfer.
fn linked_ids(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.id FROM txns t JOIN txns o ON o.id = t.id OR (o.transfer_id = t.transfer_id)
          WHERE t.id = ?1 ORDER BY o.id",
    )?;
    let ids: Vec<i64> = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    if ids.is_empty() {
        return Err(StoreError::NotFound { what: "transaction", id });
    }
    Ok(ids)
}

impl Tx<'_> {
    /// [`Store::movements`], inside this transaction.
    pub fn movements(&self, id: i64) -> Result<Vec<(NaiveDate, i64)>> {
        movements(self.conn(), id)
    }

    pub fn add_txn(&self, t: &NewTxn) -> Result<i64> {
        let id = insert(self.conn(), t)?;
        self.record(None, Some(history::snapshot(self.conn(), id)?));
        Ok(id)
    }

    pub fn add_transfer(&self, date: NaiveDate, from: i64, to: i64, amount: i64, note: &str) -> Result<(i64, i64)> {
        let (a, b) = insert_transfer(self.conn(), date, from, to, amount, note)?;
        for id in [a, b] {
            self.record(None, Some(history::snapshot(self.conn(), id)?));
        }
        Ok((a, b))
    }

    pub fn update_txn(&self, id: i64, patch: &TxnPatch) -> Result<Txn> {
        let ids = linked_ids(self.conn(), id)?;
        let before = ids.iter().map(|&i| history::snapshot(self.conn(), i)).collect::<Result<Vec<_>>>()?;
        let txn = update(self.conn(), id, patch)?;
        for (i, b) in ids.into_iter().zip(before) {
            self.record(Some(b), Some(history::snapshot(self.conn(), i)?));
        }
        Ok(txn)
    }

    pub fn delete_txn(&self, id: i64) -> Result<Vec<Txn>> {
        let ids = linked_ids(self.conn(), id)?;
        let before = ids.iter().map(|&i| history::snapshot(self.conn(), i)).collect::<Result<Vec<_>>>()?;
        // A posted recurring instance links to its transaction; the delete
        // sets the link to NULL. Recorded first, so that undo brings the
        // transaction back before the link to it.
        let mut links = Vec::new();
        for &i in &ids {
            links.extend(self.rows_where("recurring_instances", &["rule_id", "date"], "txn_id", i)?);
            // A claim goes with its offset or its paid row (a cascade).
            links.extend(self.rows_where("claims", &["offset_id"], "offset_id", i)?);
            links.extend(self.rows_where("claims", &["offset_id"], "paid_id", i)?);
            // An instalment plan goes with its purchase (a cascade).
            links.extend(self.rows_where("instalments", &["txn_id"], "txn_id", i)?);
        }
        // A claim closed by a transfer forgets it when the transfer goes.
        if let Some(tid) = self.txn(id)?.transfer_id {
            links.extend(self.rows_where("claims", &["offset_id"], "closed_by", tid)?);
        }
        let gone = delete(self.conn(), id)?;
        self.record_since(links)?;
        for b in before {
            self.record(Some(b), None);
        }
        Ok(gone)
    }

    pub fn txn(&self, id: i64) -> Result<Txn> {
        get(self.conn(), id)
    }

    /// Refuses unless the row is still `seen` (inside this transaction, so
    /// nothing can change it between the look and the write).
    pub fn txn_as_seen(&self, seen: &Txn) -> Result<()> {
        let changed = |gone| StoreError::Changed { what: "transaction", id: seen.id, gone };
        match get(self.conn(), seen.id) {
            Ok(now) if now.same_row(seen) => Ok(()),
            Ok(_) => Err(changed(false)),
            Err(StoreError::NotFound { .. }) => Err(changed(true)),
            Err(e) => Err(e),
        }
    }
}
