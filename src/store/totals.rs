//! Kept totals: `month_totals` (per month, account, category, currency),
//! `month_payees` (per month, category, currency, payee) and `payees` (each
//! payee's uses and latest use), which triggers keep current
//! in the same transaction as every write to `txns` (migration 8). Reports
//! read them instead of the rows, so their cost does not grow with the
//! ledger; `check` recomputes both from the rows and reports any difference.

use rusqlite::params;

use crate::money::Currency;

use super::{Result, Store, Tx};

/// One kept total that differs from what the rows say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// What the total is of, by name: `2017-01 · WeChat Pay · food`,
    /// `2017-01 · food · 美团外卖`, or `payee 美团外卖`.
    pub what: String,
    /// As kept and as recomputed from the rows (`None`: no such total).
    pub kept: Option<Figure>,
    pub actual: Option<Figure>,
}

/// A kept figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// A signed sum over so many transactions.
    Sum { total: i64, currency: Currency, rows: i64 },
    /// A payee's uses and its latest one (`date #id`).
    Uses { uses: i64, last: String },
}

/// Each kept table recomputed from the rows, with the table's own columns:
/// what `check` compares against and what `repair_totals` writes back.
const MONTH_TOTALS_FROM_ROWS: &str = "
  SELECT substr(date, 1, 7) AS month, coalesce(category_id, 0) AS category_key, currency, account_id,
         sum(amount) AS total, count(*) AS rows
    FROM txns GROUP BY 1, 2, 3, 4";
const MONTH_PAYEES_FROM_ROWS: &str = "
  SELECT substr(date, 1, 7) AS month, category_id, currency, payee, sum(amount) AS total, count(*) AS rows
    FROM txns WHERE category_id IS NOT NULL AND payee <> '' GROUP BY 1, 2, 3, 4";
const PAYEES_FROM_ROWS: &str = "
  SELECT payee AS name, count(*) AS uses, max(date) AS last_date,
         (SELECT id FROM txns l WHERE l.payee = t.payee AND l.transfer_id IS NULL
           ORDER BY l.date DESC, l.id DESC LIMIT 1) AS last_id
    FROM txns t WHERE payee <> '' AND transfer_id IS NULL GROUP BY payee";

/// A kept sum table (four key columns, `total`, `rows`) next to the same
/// recomputed from the rows, in key order, only where they differ: a full
/// outer join written as two left joins. Columns: the keys, kept total and
/// rows, actual total and rows.
fn sum_differences(table: &str, keys: [&str; 4], from_rows: &str) -> String {
    let using = keys.join(", ");
    let of = |side: &str| keys.iter().map(|k| format!("{side}.{k}")).collect::<Vec<_>>().join(", ");
    format!(
        "WITH actual AS ({from_rows})
         SELECT {}, k.total, k.rows, a.total, a.rows
           FROM {table} k LEFT JOIN actual a USING ({using})
          WHERE a.rows IS NULL OR a.total <> k.total OR a.rows <> k.rows
         UNION ALL
         SELECT {}, NULL, NULL, a.total, a.rows
           FROM actual a LEFT JOIN {table} k USING ({using})
          WHERE k.rows IS NULL",
        of("k"),
        of("a")
    )
}

/// The payee list next to the same recomputed from the rows, where they differ.
fn payee_differences() -> String {
    format!(
        "WITH actual AS (SELECT name, uses, last_date || ' #' || last_id AS last FROM ({PAYEES_FROM_ROWS})),
              kept AS (SELECT name, uses, last_date || ' #' || last_id AS last FROM payees)
         SELECT k.name, k.uses, k.last, a.uses, a.last
           FROM kept k LEFT JOIN actual a USING (name)
          WHERE a.uses IS NULL OR a.uses <> k.uses OR a.last <> k.last
         UNION ALL
         SELECT a.name, NULL, NULL, a.uses, a.last FROM actual a LEFT JOIN kept k USING (name) WHERE k.uses IS NULL
         ORDER BY 1"
    )
}

impl Store {
    /// Recomputes the kept totals from the rows; every difference, none
    /// when the ledger is consistent. Reads the whole ledger, once per kept table.
    pub fn check(&self) -> Result<Vec<Difference>> {
        let mut out = Vec::new();
        let sum = |r: &rusqlite::Row, t: usize, n: usize| -> rusqlite::Result<Option<Figure>> {
            let currency: Currency = super::currency_at(r, 2)?;
            let (total, rows): (Option<i64>, Option<i64>) = (r.get(t)?, r.get(n)?);
            Ok(total.zip(rows).map(|(total, rows)| Figure::Sum { total, currency, rows }))
        };
        // Names for ids: the account's, the category's ("transfers" for none).
        let named = format!(
            "SELECT d.*, coalesce(a.name, 'account ' || d.account_id),
                    CASE WHEN d.category_key = 0 THEN 'transfers' ELSE coalesce(c.name, 'category ' || d.category_key) END
               FROM ({}) d
               LEFT JOIN accounts a ON a.id = d.account_id LEFT JOIN categories c ON c.id = d.category_key
              ORDER BY 1, 2, 3, 4",
            sum_differences("month_totals", ["month", "category_key", "currency", "account_id"], MONTH_TOTALS_FROM_ROWS)
        );
        // Both sum queries: (month, …, currency, …, kept total, rows, actual total, rows, names…).
        let mut sums = |sql: &str, names: [usize; 3]| -> Result<()> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| {
                let what = names.iter().map(|&i| r.get::<_, String>(i)).collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(Difference { what: what.join(" · "), kept: sum(r, 4, 5)?, actual: sum(r, 6, 7)? })
            })?;
            for row in rows {
                out.push(row?);
            }
            Ok(())
        };
        // month · account · category
        sums(&named, [0, 8, 9])?;
        let named = format!(
            "SELECT d.*, coalesce(c.name, 'category ' || d.category_id)
               FROM ({}) d LEFT JOIN categories c ON c.id = d.category_id
              ORDER BY 1, 2, 3, 4",
            sum_differences("month_payees", ["month", "category_id", "currency", "payee"], MONTH_PAYEES_FROM_ROWS)
        );
        // month · category · payee
        sums(&named, [0, 8, 3])?;
        let mut stmt = self.conn.prepare(&payee_differences())?;
        let rows = stmt.query_map([], |r| {
            let uses =
                |n: Option<i64>, last: Option<String>| n.zip(last).map(|(uses, last)| Figure::Uses { uses, last });
            Ok(Difference {
                what: format!("payee {}", r.get::<_, String>(0)?),
                kept: uses(r.get(1)?, r.get(2)?),
                actual: uses(r.get(3)?, r.get(4)?),
            })
        })?;
        for row in rows {
            out.push(row?);
        }
        Ok(out)
    }

    /// SQLite's own integrity check: the problems it finds, none when sound.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let lines: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(lines.into_iter().filter(|l| l != "ok").collect())
    }

    /// Rebuilds the kept totals from the rows, in one transaction.
    pub fn repair_totals(&mut self) -> Result<()> {
        self.write(|tx| rebuild(tx.conn()))
    }

    /// How many transactions the ledger holds (from the kept totals).
    pub fn txn_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT coalesce(sum(rows), 0) FROM month_totals", [], |r| r.get(0))?)
    }

    /// Each account's balance with everything it holds: its opening
    /// balance plus its transactions from the opening's day on, plus its
    /// balance marks (a loan's schedule is the use case's, which knows
    /// today). Accounts with none of these are absent.
    pub fn account_balances(&self) -> Result<Vec<(i64, i64)>> {
        self.balances_on(chrono::NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date"))
    }

    /// Payees used before that start with `prefix` (ignoring ASCII case), most
    /// recently used first.
    pub fn payees(&self, prefix: &str, limit: usize) -> Result<Vec<String>> {
        let escaped = prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        let mut stmt = self.conn.prepare_cached(
            "SELECT name FROM payees WHERE name LIKE ?1 ESCAPE '\\' ORDER BY last_date DESC, last_id DESC LIMIT ?2",
        )?;
        let rows = stmt
            .query_map(params![format!("{escaped}%"), limit as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

/// Makes the kept totals again from the rows (in the caller's transaction):
/// reads every row, so for a repair or a small table.
pub(super) fn rebuild(conn: &rusqlite::Connection) -> Result<()> {
    conn.execute_batch(&format!(
        "DELETE FROM month_totals;
         INSERT INTO month_totals (month, category_key, currency, account_id, total, rows) {MONTH_TOTALS_FROM_ROWS};
         DELETE FROM month_payees;
         INSERT INTO month_payees (month, category_id, currency, payee, total, rows) {MONTH_PAYEES_FROM_ROWS};
         DELETE FROM payees;
         INSERT INTO payees (name, uses, last_date, last_id) {PAYEES_FROM_ROWS};"
    ))?;
    Ok(())
}

/// Below this many rows a bulk insert keeps the triggers: their per-row cost
/// is smaller than setting them aside and back.
pub(super) const BULK_ROWS: usize = 5_000;

/// One transaction row as the kept totals see it.
pub(super) struct Counted<'a> {
    pub id: i64,
    pub date: &'a str,
    pub account_id: i64,
    pub category_id: Option<i64>,
    pub transfer: bool,
    pub amount: i64,
    pub currency: &'a str,
    pub payee: &'a str,
}

/// The totals of the rows a bulk insert added: what the three insert
/// triggers of migration 8 would have added, summed in memory (a few
/// thousand entries for a million rows).
#[derive(Default)]
pub(super) struct Bulk {
    /// (month, category key, currency, account) → (total, rows)
    months: rustc_hash::FxHashMap<(String, i64, String, i64), (i64, i64)>,
    /// (month, category, currency, payee) → (total, rows)
    month_payees: rustc_hash::FxHashMap<(String, i64, String, String), (i64, i64)>,
    /// payee → (uses, latest (date, id))
    payees: rustc_hash::FxHashMap<String, (i64, (String, i64))>,
}

impl Bulk {
    pub(super) fn count(&mut self, r: &Counted) {
        let month = &r.date[..7.min(r.date.len())];
        let t = self
            .months
            .entry((month.to_owned(), r.category_id.unwrap_or(0), r.currency.to_owned(), r.account_id))
            .or_default();
        *t = (t.0 + r.amount, t.1 + 1);
        if r.payee.is_empty() {
            return;
        }
        if let Some(c) = r.category_id {
            let p =
                self.month_payees.entry((month.to_owned(), c, r.currency.to_owned(), r.payee.to_owned())).or_default();
            *p = (p.0 + r.amount, p.1 + 1);
        }
        if !r.transfer {
            let use_ = (r.date.to_owned(), r.id);
            match self.payees.get_mut(r.payee) {
                Some((uses, last)) => {
                    *uses += 1;
                    if use_ > *last {
                        *last = use_;
                    }
                }
                None => {
                    self.payees.insert(r.payee.to_owned(), (1, use_));
                }
            }
        }
    }

    /// Takes the totals of rows just removed (a bulk undo) from what is
    /// kept, the way the delete triggers would have: a total left with no
    /// rows goes, and a payee whose latest use went takes its latest
    /// remaining one (through `txns_by_payee`, so call it with the indexes
    /// in place and the rows gone).
    pub(super) fn remove(self, conn: &rusqlite::Connection) -> Result<()> {
        let mut months = conn.prepare(
            "UPDATE month_totals SET total = total - ?5, rows = rows - ?6
              WHERE month = ?1 AND category_key = ?2 AND currency = ?3 AND account_id = ?4",
        )?;
        for ((m, c, cur, a), (total, rows)) in self.months {
            months.execute(params![m, c, cur, a, total, rows])?;
        }
        conn.execute("DELETE FROM month_totals WHERE rows <= 0", [])?;
        let mut month_payees = conn.prepare(
            "UPDATE month_payees SET total = total - ?5, rows = rows - ?6
              WHERE month = ?1 AND category_id = ?2 AND currency = ?3 AND payee = ?4",
        )?;
        for ((m, c, cur, p), (total, rows)) in self.month_payees {
            month_payees.execute(params![m, c, cur, p, total, rows])?;
        }
        conn.execute("DELETE FROM month_payees WHERE rows <= 0", [])?;
        let mut uses = conn.prepare("UPDATE payees SET uses = uses - ?2 WHERE name = ?1")?;
        let mut gone = conn.prepare("DELETE FROM payees WHERE name = ?1 AND uses <= 0")?;
        let mut latest = conn.prepare(
            "UPDATE payees SET (last_date, last_id) = (
                 SELECT date, id FROM txns WHERE payee = ?1 AND transfer_id IS NULL ORDER BY date DESC, id DESC LIMIT 1)
              WHERE name = ?1 AND NOT EXISTS (SELECT 1 FROM txns WHERE id = payees.last_id)",
        )?;
        for (name, (n, _)) in self.payees {
            uses.execute(params![name, n])?;
            gone.execute([&name])?;
            latest.execute([&name])?;
        }
        Ok(())
    }

    /// Adds the totals to what is kept, the way the triggers would have.
    pub(super) fn write(self, conn: &rusqlite::Connection) -> Result<()> {
        let mut months = conn.prepare(
            "INSERT INTO month_totals (month, category_key, currency, account_id, total, rows)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (month, category_key, currency, account_id)
             DO UPDATE SET total = total + excluded.total, rows = rows + excluded.rows",
        )?;
        for ((m, c, cur, a), (total, rows)) in self.months {
            months.execute(params![m, c, cur, a, total, rows])?;
        }
        let mut month_payees = conn.prepare(
            "INSERT INTO month_payees (month, category_id, currency, payee, total, rows)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (month, category_id, currency, payee)
             DO UPDATE SET total = total + excluded.total, rows = rows + excluded.rows",
        )?;
        for ((m, c, cur, p), (total, rows)) in self.month_payees {
            month_payees.execute(params![m, c, cur, p, total, rows])?;
        }
        let mut payees = conn.prepare(
            "INSERT INTO payees (name, uses, last_date, last_id) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (name) DO UPDATE SET uses = uses + excluded.uses,
                 last_date = CASE WHEN (excluded.last_date, excluded.last_id) > (last_date, last_id)
                                  THEN excluded.last_date ELSE last_date END,
                 last_id = CASE WHEN (excluded.last_date, excluded.last_id) > (last_date, last_id)
                                THEN excluded.last_id ELSE last_id END",
        )?;
        for (name, (uses, (date, id))) in self.payees {
            payees.execute(params![name, uses, date, id])?;
        }
        Ok(())
    }
}

impl Tx<'_> {
    /// Runs `insert`, which adds about `rows` transactions and passes each
    /// to [`Tx::counted`]. Past [`BULK_ROWS`], without the triggers that keep
    /// the totals: the rows' totals are summed in memory and written once at
    /// the end, so a million rows cost a few thousand upserts instead of three
    /// trigger programs each. The triggers are dropped and created again
    /// inside this same transaction, so a failure anywhere leaves them (and
    /// everything) as they were.
    pub(super) fn bulk_insert<T>(&self, rows: usize, insert: impl FnOnce() -> Result<T>) -> Result<T> {
        if rows < BULK_ROWS {
            return insert();
        }
        let conn = self.conn();
        let triggers = set_aside(conn, "trigger")?;
        *self.bulk.borrow_mut() = Some(Bulk::default());
        let value = insert();
        let bulk = self.bulk.borrow_mut().take().unwrap_or_default();
        let value = value?;
        put_back(conn, &triggers)?;
        bulk.write(conn)?;
        Ok(value)
    }

    /// A row a bulk step just inserted: recorded for undo and, while the
    /// triggers are set aside, counted into the totals.
    pub(super) fn counted(&self, row: &Counted) {
        if let Some(bulk) = self.bulk.borrow_mut().as_mut() {
            bulk.count(row);
        }
        self.record_added(row.id);
    }
}

/// Drops the objects of `kind` (`trigger`, `index`) on `txns` that have
/// SQL of their own, returning each one's name and exact stored SQL for
/// [`put_back`]: inside the caller's transaction, so a failure brings them
/// back with everything else, and made again from their own text they read
/// back identical to the schema check.
pub(super) fn set_aside(conn: &rusqlite::Connection, kind: &str) -> Result<Vec<(String, String)>> {
    let mut stmt =
        conn.prepare("SELECT name, sql FROM sqlite_schema WHERE type = ?1 AND tbl_name = 'txns' AND sql IS NOT NULL")?;
    let objects: Vec<(String, String)> =
        stmt.query_map([kind], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    for (name, _) in &objects {
        conn.execute_batch(&format!("DROP {} {}", kind.to_uppercase(), super::quoted(name)))?;
    }
    Ok(objects)
}

/// Makes the objects [`set_aside`] dropped again.
pub(super) fn put_back(conn: &rusqlite::Connection, objects: &[(String, String)]) -> Result<()> {
    for (_, sql) in objects {
        conn.execute_batch(sql)?;
    }
    Ok(())
}

impl Store {
    /// Transactions over [`crate::money::MAX_AMOUNT`] (written before the
    /// limit existed, or by hand), by id: `check` lists them.
    pub fn amounts_over_limit(&self) -> Result<Vec<crate::model::Txn>> {
        let max = crate::money::MAX_AMOUNT;
        let mut stmt = self
            .conn
            .prepare(&format!("{} WHERE t.amount > ?1 OR t.amount < -?1 ORDER BY t.id", super::txns::SELECT))?;
        let rows = stmt.query_map([max], super::txns::from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}
