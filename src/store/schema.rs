//! The schema a ledger must have: exactly what nestegg's own migrations make
//! for its version, derived by running them on an empty in-memory database
//! (never a list kept by hand). A restore accepts nothing else; `check`
//! names every difference, and `check --repair` takes foreign objects out
//! and puts missing or altered indexes and triggers back.
//!
//! Objects are compared by kind and name, and by their SQL with comments
//! dropped and runs of spaces made one (so only what SQLite obeys counts).
//! SQLite's own objects count like any other (`sqlite_autoindex_*` of a
//! table's UNIQUE and PRIMARY KEY, `sqlite_sequence` of AUTOINCREMENT),
//! except the statistics tables `ANALYZE` makes (`sqlite_stat1` to `4`),
//! which change no result.

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::{Result, migrations};

/// One difference between a ledger's schema and nestegg's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaDifference {
    /// An object nestegg never makes: a trigger, view, index or table.
    Foreign { kind: String, name: String },
    /// An object of nestegg's that is not there.
    Missing { kind: String, name: String },
    /// An object of nestegg's under its name, but not as nestegg makes it
    /// (a table without STRICT, a column's type changed, a trigger rewritten).
    Altered { kind: String, name: String },
}

impl SchemaDifference {
    pub fn kind(&self) -> &str {
        match self {
            SchemaDifference::Foreign { kind, .. }
            | SchemaDifference::Missing { kind, .. }
            | SchemaDifference::Altered { kind, .. } => kind,
        }
    }

    pub fn name(&self) -> &str {
        match self {
            SchemaDifference::Foreign { name, .. }
            | SchemaDifference::Missing { name, .. }
            | SchemaDifference::Altered { name, .. } => name,
        }
    }
}

/// (kind, name) → normalised SQL (`None` for SQLite's own autoindexes).
type Objects = BTreeMap<(String, String), Option<String>>;

/// (kind, name) → the SQL that makes the object, as the migrations wrote it.
type Statements = BTreeMap<(String, String), String>;

/// SQL as SQLite's tokenizer reads it: outside quotes, comments (`--` to
/// the line's end, `/* … */`) and runs of white space count as one space;
/// what is quoted (`'…'`, `"…"`, `` `…` ``, `[…]`) is kept exactly, so a
/// string or name differing in one space, or one holding `--`, differs.
pub(super) fn normal(sql: &str) -> String {
    // SQLite's white space: other characters (U+3000 too) are part of a word.
    let blank = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r');
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('-', Some('-')) => {
                chars.by_ref().find(|&c| c == '\n');
                space = true;
                continue;
            }
            ('/', Some('*')) => {
                chars.next();
                let mut star = false;
                chars.by_ref().find(|&c| std::mem::replace(&mut star, c == '*') && c == '/');
                space = true;
                continue;
            }
            (c, _) if blank(c) => {
                space = true;
                continue;
            }
            _ => {}
        }
        if std::mem::take(&mut space) && !out.is_empty() {
            out.push(' ');
        }
        out.push(c);
        let close = match c {
            '\'' | '"' | '`' => c,
            '[' => ']',
            _ => continue,
        };
        // Quoted: kept as written up to the closing quote (a doubled quote
        // is one quote inside, except in `[…]`).
        while let Some(q) = chars.next() {
            out.push(q);
            if q == close {
                if close != ']' && chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                    continue;
                }
                break;
            }
        }
    }
    out
}

fn objects(conn: &Connection) -> Result<Objects> {
    let mut stmt = conn.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%'")?;
    let rows =
        stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?)))?;
    let mut out = Objects::new();
    for row in rows {
        let (kind, name, sql) = row?;
        out.insert((kind, name), sql.as_deref().map(normal));
    }
    Ok(out)
}

/// The schema nestegg's migrations make for `version`, and each object's SQL
/// as they make it (to put a missing or altered one back).
fn expected(version: i64) -> Result<(Objects, Statements)> {
    let mut conn = Connection::open_in_memory()?;
    migrations::migrate_to(&mut conn, version)?;
    let mut stmt = conn.prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL")?;
    let sql = stmt
        .query_map([], |r| Ok(((r.get::<_, String>(0)?, r.get::<_, String>(1)?), r.get::<_, String>(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((objects(&conn)?, sql))
}

/// How the schema of `conn`, at `version`, differs from nestegg's for that
/// version: foreign objects first, then altered, then missing; by kind and name.
pub(super) fn differences(conn: &Connection, version: i64) -> Result<Vec<SchemaDifference>> {
    let (want, _) = expected(version)?;
    let have = objects(conn)?;
    let mut out = Vec::new();
    for ((kind, name), _) in have.iter().filter(|(key, _)| !want.contains_key(*key)) {
        out.push(SchemaDifference::Foreign { kind: kind.clone(), name: name.clone() });
    }
    let mut missing = Vec::new();
    for ((kind, name), sql) in &want {
        match have.get(&(kind.clone(), name.clone())) {
            None => missing.push(SchemaDifference::Missing { kind: kind.clone(), name: name.clone() }),
            Some(found) if found != sql => {
                out.push(SchemaDifference::Altered { kind: kind.clone(), name: name.clone() })
            }
            Some(_) => {}
        }
    }
    out.extend(missing);
    Ok(out)
}

/// Whether `check --repair` can mend a difference: anything foreign goes, and a
/// missing or altered index, trigger or view is made again; a missing or
/// altered table cannot be (its rows are at stake): restore a backup.
pub fn repairable(d: &SchemaDifference) -> bool {
    match d {
        SchemaDifference::Foreign { kind, name } => !name.starts_with("sqlite_") || kind != "table",
        SchemaDifference::Missing { kind, name } | SchemaDifference::Altered { kind, name } => {
            kind != "table" && !name.starts_with("sqlite_autoindex_")
        }
    }
}

/// Mends the repairable differences ([`repairable`]) in the open
/// transaction `conn`: drops foreign objects (a foreign table with its
/// rows), then makes missing and altered indexes, triggers and views again
/// from the migrations' own SQL. Returns what it mended.
pub(super) fn repair(conn: &Connection, version: i64) -> Result<Vec<SchemaDifference>> {
    let (_, sql) = expected(version)?;
    let found = differences(conn, version)?;
    let mut done = Vec::new();
    // Triggers and views first: a foreign trigger may name a foreign table.
    let order = |d: &SchemaDifference| match d.kind() {
        "trigger" => 0,
        "view" => 1,
        "index" => 2,
        _ => 3,
    };
    let mut fix: Vec<&SchemaDifference> = found.iter().filter(|d| repairable(d)).collect();
    fix.sort_by_key(|d| order(d));
    for d in fix {
        let quoted = super::quoted(d.name());
        let drop = format!("DROP {} IF EXISTS {quoted}", d.kind().to_uppercase());
        match d {
            SchemaDifference::Foreign { .. } => conn.execute_batch(&drop)?,
            SchemaDifference::Missing { kind, name } | SchemaDifference::Altered { kind, name } => {
                if matches!(d, SchemaDifference::Altered { .. }) {
                    conn.execute_batch(&drop)?;
                }
                if let Some(create) = sql.get(&(kind.clone(), name.clone())) {
                    conn.execute_batch(create)?;
                }
            }
        }
        done.push(d.clone());
    }
    Ok(done)
}

/// A row whose foreign key points at a row that is not there (SQLite's
/// `foreign_key_check`): its table and rowid, and the table it points into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    pub table: String,
    pub rowid: Option<i64>,
    pub parent: String,
}

/// The first `shown` rows that break a foreign key, and how many there are
/// in all (counted as they stream by: a crafted file may hold millions).
pub(super) fn broken_links(conn: &Connection, shown: usize) -> Result<(Vec<BrokenLink>, usize)> {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let mut rows = stmt.query([])?;
    let (mut first, mut all) = (Vec::new(), 0);
    while let Some(r) = rows.next()? {
        if first.len() < shown {
            first.push(BrokenLink { table: r.get(0)?, rowid: r.get(1)?, parent: r.get(2)? });
        }
        all += 1;
    }
    Ok((first, all))
}

impl super::Store {
    /// How this ledger's schema differs from nestegg's for its version.
    pub fn schema_differences(&self) -> Result<Vec<SchemaDifference>> {
        let version: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        differences(&self.conn, version)
    }

    /// Rows whose foreign keys point nowhere: the first `shown`, and how
    /// many in all. Nothing nestegg writes makes one (foreign keys are on).
    pub fn broken_links(&self, shown: usize) -> Result<(Vec<BrokenLink>, usize)> {
        broken_links(&self.conn, shown)
    }

    /// Mends what it can (foreign objects out; missing or altered indexes,
    /// triggers and views back), in one transaction; returns what it mended.
    pub fn repair_schema(&mut self) -> Result<Vec<SchemaDifference>> {
        let version: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        self.write(|tx| repair(tx.conn(), version))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ledger_made_by_the_migrations_matches_and_anything_added_or_changed_is_named() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations::migrate(&mut conn).unwrap();
        let v = migrations::SCHEMA_VERSION;
        assert_eq!(differences(&conn, v).unwrap(), []);
        // Every older version matches its own migrations too.
        for old in 1..v {
            let mut c = Connection::open_in_memory().unwrap();
            migrations::migrate_to(&mut c, old).unwrap();
            assert_eq!(differences(&c, old).unwrap(), [], "version {old}");
            // Migration 17 changes a setting of the file, not the schema.
            let settings_only = |m: i64| {
                let sql = migrations::MIGRATIONS[m as usize].trim();
                sql.starts_with("--") && !sql.contains(';')
            };
            let same = (old..v).all(settings_only);
            assert_eq!(differences(&c, v).unwrap().is_empty(), same, "version {old} against version {v}");
        }
        conn.execute_batch(
            "CREATE TRIGGER eat AFTER INSERT ON txns BEGIN DELETE FROM txns WHERE id = NEW.id; END;
             CREATE VIEW v AS SELECT 1; CREATE TABLE extra (x); CREATE INDEX extra_x ON extra(x);
             DROP INDEX txns_by_payee; DROP TRIGGER txns_totals_update;
             CREATE TRIGGER txns_totals_update AFTER UPDATE ON txns BEGIN SELECT 1; END;
             ANALYZE;",
        )
        .unwrap();
        let named = |d: &[SchemaDifference]| d.iter().map(|d| format!("{d:?}")).collect::<Vec<_>>().join("\n");
        let found = differences(&conn, v).unwrap();
        let foreign = |kind: &str, name: &str| SchemaDifference::Foreign { kind: kind.into(), name: name.into() };
        assert_eq!(
            found,
            [
                foreign("index", "extra_x"),
                foreign("table", "extra"),
                foreign("trigger", "eat"),
                foreign("view", "v"),
                SchemaDifference::Altered { kind: "trigger".into(), name: "txns_totals_update".into() },
                SchemaDifference::Missing { kind: "index".into(), name: "txns_by_payee".into() },
            ],
            "{}",
            named(&found)
        );
        let tx = conn.transaction().unwrap();
        assert_eq!(repair(&tx, v).unwrap().len(), 6);
        tx.commit().unwrap();
        assert_eq!(differences(&conn, v).unwrap(), [], "repaired");
    }

    #[test]
    fn comments_and_spacing_do_not_count_but_strictness_and_types_do() {
        assert_eq!(
            normal("CREATE TABLE t (\n  a INTEGER, -- why\n  b TEXT\n) STRICT"),
            "CREATE TABLE t ( a INTEGER, b TEXT ) STRICT"
        );
        assert_ne!(normal("CREATE TABLE t (a INTEGER) STRICT"), normal("CREATE TABLE t (a INTEGER)"));
        assert_ne!(normal("CREATE TABLE t (a INTEGER)"), normal("CREATE TABLE t (a TEXT)"));
        assert_eq!(normal("a /* b\n c */ d/**/e /*/ f */g"), "a d e g");
    }

    #[test]
    fn what_is_quoted_is_kept_exactly() {
        // Spacing inside a string is part of its value.
        assert_ne!(normal("WHEN NEW.payee <> 'a b'"), normal("WHEN NEW.payee <> 'a  b'"));
        // `--` inside a string starts no comment: this trigger compares the
        // payee with a string that runs over two lines, not with ''.
        let forged = "WHEN NEW.payee <> '--\n' AND 1";
        assert_eq!(normal(forged), "WHEN NEW.payee <> '--\n' AND 1");
        assert_ne!(normal(forged), normal("WHEN NEW.payee <> '' AND 1"));
        // Doubled quotes stay inside; names quoted every way SQLite allows.
        assert_eq!(normal("x = 'it''s  --'  -- note\n y"), "x = 'it''s  --' y");
        assert_eq!(normal("\"a  b\" `c  d` [e  f]"), "\"a  b\" `c  d` [e  f]");
        // Only SQLite's white space is space: U+3000 belongs to a word.
        assert_ne!(normal("a\u{3000}b"), normal("a b"));
    }
}
