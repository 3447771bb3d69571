//! How a filter reads the transactions (issue 28): through an index that
//! serves "newest first, stop at the limit", never every row.
//!
//! - A category filter becomes one branch per category of its tree, each a
//!   walk down `txns_by_category (category_id, date)` in date order that
//!   stops at the limit; the branches' rows are merged (at most branches ×
//!   limit of them).
//! - A text search first finds the distinct payees and notes that contain
//!   the text (a skip through `txns_by_payee` and `txns_by_note`: one seek
//!   per distinct text, a few thousand at most, whatever the number of
//!   rows), then reads the rows through those indexes the same way. Every
//!   text is compared whole with SQLite's own `LIKE`, so the rows found are
//!   exactly those `payee LIKE '%text%' OR note LIKE '%text%'` finds, for
//!   any length and script (午饭, 房, a single letter). A search that no
//!   text contains reads no row at all.
//! - Past [`SEEK_NOTES`] distinct notes (a ledger that notes every row), the
//!   notes are found in one pass over the note index's entries instead of a
//!   seek each: 100,000 distinct notes take about 20 ms.
//! - When a search matches too many distinct texts to branch on (more than
//!   [`MAX_BRANCHES`]), or the ledger holds more distinct payees than
//!   [`MAX_TEXTS`], it walks the date index instead: matches are then
//!   common, and the walk stops at the limit.
//! - An account filter is one equality on `txns_by_account (account_id,
//!   date)`, already in date order; dates, amounts and tags are terms.

use rusqlite::types::Value;
use rusqlite::{Connection, params};

use super::Result;
use super::txns::{Key, SUB_CATEGORIES};
use crate::model::{Class, Month, TxnFilter};

/// Most branches (distinct texts or categories) a filter reads through.
pub(super) const MAX_BRANCHES: usize = 200;
/// Most distinct payees a search looks through before walking instead.
pub(super) const MAX_TEXTS: usize = 20_000;
/// Most distinct notes a search seeks through before it reads the note index in one pass.
pub(super) const SEEK_NOTES: usize = 2_000;

/// Newest first (`Desc`) or oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    Desc,
    Asc,
}

impl Order {
    pub(super) fn sql(self) -> &'static str {
        match self {
            Order::Desc => "DESC",
            Order::Asc => "ASC",
        }
    }
}

/// A filter made into SQL: the rows' source (`txns t`, or the merged
/// branches joined to `txns t`), then the terms left for the outer query.
/// Values follow the SQL's placeholders in order.
#[derive(Debug)]
pub(super) struct Source {
    pub from: String,
    pub clause: String,
    pub values: Vec<Value>,
    /// Nothing can match (a search no text contains): callers skip the query.
    pub nothing: bool,
}

/// The `LIKE` pattern of a search for `s` anywhere in a text.
fn contains(s: &str) -> String {
    let escaped = s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// The distinct non-empty values of `column` (`payee` or `note`, each with
/// its index) containing `pattern`, or `None` when the ledger holds more
/// than `most` of them. Each step is one seek in the column's index.
fn texts_like(conn: &Connection, column: &str, pattern: &str, most: usize) -> Result<Option<Vec<String>>> {
    let sql = format!(
        "WITH RECURSIVE v(x, n) AS (
            SELECT (SELECT min({column}) FROM txns WHERE {column} <> ''), 1
            UNION ALL
            SELECT (SELECT min({column}) FROM txns WHERE {column} <> '' AND {column} > v.x), n + 1
              FROM v WHERE v.x IS NOT NULL AND v.n <= ?2)
         SELECT x, x LIKE ?1 ESCAPE '\\' FROM v WHERE x IS NOT NULL"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params![pattern, most as i64])?;
    let (mut seen, mut found) = (0, Vec::new());
    while let Some(r) = rows.next()? {
        seen += 1;
        if seen > most {
            return Ok(None);
        }
        if r.get::<_, bool>(1)? {
            found.push(r.get(0)?);
        }
    }
    Ok(Some(found))
}

/// The distinct notes containing `pattern`: by seeks while the ledger holds
/// at most `seek_most` distinct notes, else by one pass over the note index
/// (its entries, not the rows: a ledger that notes every row has as many
/// distinct notes as noted rows, and a pass costs less than a seek each).
fn notes_like(conn: &Connection, pattern: &str, seek_most: usize) -> Result<Vec<String>> {
    if let Some(found) = texts_like(conn, "note", pattern, seek_most)? {
        return Ok(found);
    }
    let mut stmt = conn
        .prepare_cached("SELECT DISTINCT note FROM txns WHERE note <> '' AND note LIKE ?1 ESCAPE '\\' ORDER BY note")?;
    let found = stmt.query_map([pattern], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// A category and its sub-categories at any depth.
fn category_tree(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT id FROM {SUB_CATEGORIES} ORDER BY id"))?;
    let ids = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// What the search does to the query.
enum Search {
    /// No search.
    None,
    /// `LIKE` on every row the rest of the query reads.
    Walk(String),
    /// Exactly these payees and notes.
    Texts { payees: Vec<String>, notes: Vec<String> },
}

fn search(conn: &Connection, f: &TxnFilter) -> Result<Search> {
    let Some(s) = f.search.as_deref().filter(|s| !s.is_empty()) else {
        return Ok(Search::None);
    };
    let pattern = contains(s);
    let Some(payees) = texts_like(conn, "payee", &pattern, MAX_TEXTS)? else {
        return Ok(Search::Walk(pattern));
    };
    let notes = notes_like(conn, &pattern, SEEK_NOTES)?;
    if payees.len() + notes.len() > MAX_BRANCHES {
        return Ok(Search::Walk(pattern));
    }
    Ok(Search::Texts { payees, notes })
}

/// `?, ?, …` for `n` values.
fn marks(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// The source of the rows `f` (past `key`) selects, read in `order`, at most
/// `limit` of them when given.
pub(super) fn source(
    conn: &Connection,
    f: &TxnFilter,
    key: Option<Key>,
    order: Order,
    limit: Option<usize>,
) -> Result<Source> {
    let mut terms: Vec<String> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    if let Some(d) = f.from {
        terms.push("t.date >= ?".into());
        values.push(d.to_string().into());
    }
    if let Some(d) = f.to {
        terms.push("t.date <= ?".into());
        values.push(d.to_string().into());
    }
    match key {
        Some(Key::Before(d, id)) => {
            terms.push("(t.date, t.id) < (?, ?)".into());
            values.extend([d.to_string().into(), id.into()]);
        }
        Some(Key::After(d, id)) => {
            terms.push("(t.date, t.id) > (?, ?)".into());
            values.extend([d.to_string().into(), id.into()]);
        }
        None => {}
    }
    if let Some(a) = f.account_id {
        terms.push("t.account_id = ?".into());
        values.push(a.into());
    }
    if let Some(m) = f.min_abs {
        terms.push("abs(t.amount) >= ?".into());
        values.push(m.into());
    }
    if let Some(m) = f.max_abs {
        terms.push("abs(t.amount) <= ?".into());
        values.push(m.into());
    }
    if let Some(tag) = f.tag.as_deref() {
        // One of the row's space-joined tags, whole: `旅` does not find `旅行`.
        // `t.tags <> ''` lets SQLite take the partial index of tagged rows.
        terms.push("t.tags <> '' AND instr(' ' || t.tags || ' ', ?) > 0".into());
        values.push(format!(" {tag} ").into());
    }
    let categories = f.category_id.map(|c| category_tree(conn, c)).transpose()?;
    // Each branch: one equality an index serves in date order.
    let mut branches: Vec<(&str, Value)> = Vec::new();
    match search(conn, f)? {
        Search::None => {}
        Search::Walk(pattern) => {
            terms.push("(t.payee LIKE ? ESCAPE '\\' OR t.note LIKE ? ESCAPE '\\')".into());
            values.extend([pattern.clone().into(), pattern.into()]);
        }
        Search::Texts { payees, notes } => {
            if payees.is_empty() && notes.is_empty() {
                return Ok(Source { from: String::new(), clause: String::new(), values: Vec::new(), nothing: true });
            }
            branches.extend(payees.into_iter().map(|p| ("t.payee = ?", p.into())));
            branches.extend(notes.into_iter().map(|n| ("t.note <> '' AND t.note = ?", n.into())));
        }
    }
    if let Some(ids) = categories {
        if branches.is_empty() && ids.len() <= MAX_BRANCHES {
            branches.extend(ids.into_iter().map(|id| ("t.category_id = ?", id.into())));
        } else {
            terms.push(format!("t.category_id IN ({})", marks(ids.len())));
            values.extend(ids.into_iter().map(Value::from));
        }
    }
    if branches.is_empty() {
        let clause = if terms.is_empty() { String::new() } else { format!("WHERE {}", terms.join(" AND ")) };
        return Ok(Source { from: "txns t".into(), clause, values, nothing: false });
    }
    // Each branch reads its index in order and stops at the limit; UNION
    // merges them (a row found by its payee and by its note comes once).
    let dir = order.sql();
    // Without a limit the order is the outer query's alone.
    let (stop, stop_value) = match limit {
        Some(n) => {
            (format!(" ORDER BY t.date {dir}, t.id {dir} LIMIT ?"), Some(Value::from(n.min(i64::MAX as usize) as i64)))
        }
        None => (String::new(), None),
    };
    let mut parts = Vec::with_capacity(branches.len());
    let mut all = Vec::new();
    for (term, value) in branches {
        let mut wh = vec![term.to_owned()];
        wh.extend(terms.iter().cloned());
        parts.push(format!("SELECT id FROM (SELECT t.id FROM txns t WHERE {}{stop})", wh.join(" AND ")));
        all.push(value);
        all.extend(values.iter().cloned());
        all.extend(stop_value.clone());
    }
    let from = format!("({}) m CROSS JOIN txns t ON t.id = m.id", parts.join(" UNION "));
    Ok(Source { from, clause: String::new(), values: all, nothing: false })
}

/// The header's sums per class for a search on whole months, from the kept
/// per-month payee totals (`month_payees`) when the search resolves to exact
/// texts: the matching payees' totals, plus the rows found by their note
/// alone (read through the note index). `None` when the kept totals cannot
/// answer (an account, amount or tag filter, or a search that walks).
pub(super) fn kept_search_sums(
    conn: &Connection,
    f: &TxnFilter,
    (from, to): (Option<Month>, Option<Month>),
) -> Result<Option<Vec<(Class, i64)>>> {
    if f.account_id.is_some() || f.min_abs.is_some() || f.max_abs.is_some() || f.tag.is_some() {
        return Ok(None);
    }
    let Search::Texts { payees, notes } = search(conn, f)? else {
        return Ok(None);
    };
    let categories = f.category_id.map(|c| category_tree(conn, c)).transpose()?;
    let mut sums: Vec<(Class, i64)> = Vec::new();
    let mut add = |class: Class, total: i64| match sums.iter_mut().find(|(c, _)| *c == class) {
        Some((_, t)) => *t += total,
        None => sums.push((class, total)),
    };
    // The same terms on both tables: months, then the category tree.
    let bounds = |month: &str, values: &mut Vec<Value>| {
        let mut terms = Vec::new();
        if let Some(m) = from {
            terms.push(format!("{month} >= ?"));
            values.push(m.to_string().into());
        }
        if let Some(m) = to {
            terms.push(format!("{month} <= ?"));
            values.push(m.to_string().into());
        }
        if let Some(ids) = &categories {
            terms.push(format!("c.id IN ({})", marks(ids.len())));
            values.extend(ids.iter().map(|&i| Value::from(i)));
        }
        terms.iter().map(|t| format!(" AND {t}")).collect::<String>()
    };
    if !payees.is_empty() {
        let mut values: Vec<Value> = payees.iter().map(|p| Value::from(p.clone())).collect();
        let more = bounds("p.month", &mut values);
        let sql = format!(
            "SELECT c.class, sum(p.total) FROM month_payees p JOIN categories c ON c.id = p.category_id
              WHERE p.payee IN ({}){more} GROUP BY c.class",
            marks(payees.len())
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
        while let Some(r) = rows.next()? {
            add(super::parsed_at(r, 0)?, r.get(1)?);
        }
    }
    if !notes.is_empty() {
        // Rows found by their note whose payee the search did not match.
        let mut values: Vec<Value> = notes.iter().map(|n| Value::from(n.clone())).collect();
        values.extend(payees.iter().map(|p| Value::from(p.clone())));
        let more = bounds("t.month", &mut values);
        let sql = format!(
            "SELECT c.class, sum(t.amount) FROM txns t JOIN categories c ON c.id = t.category_id
              WHERE t.note <> '' AND t.note IN ({}) AND t.payee NOT IN ({}){more} GROUP BY c.class",
            marks(notes.len()),
            marks(payees.len())
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
        while let Some(r) = rows.next()? {
            add(super::parsed_at(r, 0)?, r.get(1)?);
        }
    }
    Ok(Some(sums))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_pattern_escapes_like_wildcards() {
        assert_eq!(contains("50%_off\\"), "%50\\%\\_off\\\\%");
        assert_eq!(contains("午饭"), "%午饭%");
    }

    #[test]
    fn distinct_texts_are_found_once_each_up_to_a_bound() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE txns (id INTEGER PRIMARY KEY, payee TEXT NOT NULL, note TEXT NOT NULL);
             CREATE INDEX txns_by_payee ON txns(payee);
             INSERT INTO txns (payee, note) VALUES ('午饭', ''), ('午饭', 'x'), ('', ''), ('Lunch 午饭', ''),
                 ('lunch', ''), ('b', ''), ('100%', '');",
        )
        .unwrap();
        let found = |p: &str, most| texts_like(&conn, "payee", &contains(p), most).unwrap();
        // Distinct, non-empty, in index order; LIKE folds ASCII case only.
        assert_eq!(found("午饭", 10), Some(vec!["Lunch 午饭".to_owned(), "午饭".to_owned()]));
        assert_eq!(found("LUNCH", 10), Some(vec!["Lunch 午饭".to_owned(), "lunch".to_owned()]));
        assert_eq!(found("%", 10), Some(vec!["100%".to_owned()]));
        assert_eq!(found("zz", 10), Some(vec![]));
        // Five distinct payees: a bound of 5 still answers, 4 gives up.
        assert_eq!(found("b", 5), Some(vec!["b".to_owned()]));
        assert_eq!(found("b", 4), None);
        assert_eq!(texts_like(&conn, "note", &contains("x"), 10).unwrap(), Some(vec!["x".to_owned()]));
        // Notes past the seeks' bound: one pass over the index, the same answer.
        conn.execute_batch("CREATE INDEX txns_by_note ON txns(note) WHERE note <> ''; INSERT INTO txns (payee, note) VALUES ('', 'X2'), ('', 'x');").unwrap();
        for most in [0, 1, 10] {
            assert_eq!(
                notes_like(&conn, &contains("x"), most).unwrap(),
                vec!["X2".to_owned(), "x".to_owned()],
                "{most}"
            );
            assert_eq!(notes_like(&conn, &contains("none"), most).unwrap(), Vec::<String>::new());
        }
    }
}
