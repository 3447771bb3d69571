//! Foreign schemas (issue 20 item 3), through the real binary: `restore`
//! accepts only a file whose schema is exactly the one nestegg's migrations
//! make for its version (a "ledger" with a trigger that deletes a row on
//! every add, or non-STRICT tables with text amounts, is refused with the
//! ledger untouched); `check` names every foreign, missing or changed
//! object, and `check --repair` mends what it can after keeping a backup.

use crate::common;
use common::Cli;

fn ledger() -> Cli {
    let l = Cli::new();
    l.ok(&["add", "5000", "-c", "salary", "-d", "2026-10-10", "-p", "厂里"]);
    l.ok(&["add", "25", "-c", "food", "-d", "2026-10-11", "-p", "美团"]);
    l
}

fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn restore_refuses_a_file_whose_schema_is_not_exactly_nestegg_s() {
    let l = ledger();
    let dir = l.dir.path();
    // A sound backup of another ledger, then tampered with.
    let source = Cli::new();
    source.ok(&["add", "12", "-c", "food", "-p", "Coffee"]);
    let good = dir.join("good.db");
    source.ok(&["backup", good.to_str().unwrap()]);
    let tampered = |name: &str, sql: &str| {
        let path = dir.join(name);
        std::fs::copy(&good, &path).unwrap();
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(sql).unwrap();
        path
    };
    let non_strict = "PRAGMA foreign_keys = OFF;
        CREATE TABLE t2 (id INTEGER PRIMARY KEY AUTOINCREMENT, date TEXT NOT NULL, month TEXT, account_id INTEGER NOT NULL,
            category_id INTEGER, transfer_id INTEGER, amount TEXT NOT NULL, currency TEXT NOT NULL,
            payee TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT '', import_key TEXT);
        INSERT INTO t2 (id, date, account_id, category_id, transfer_id, amount, currency, payee, note, created_at, updated_at, import_key)
            SELECT id, date, account_id, category_id, transfer_id, 'twelve', currency, payee, note, created_at, updated_at, import_key FROM txns;
        DROP TABLE txns; ALTER TABLE t2 RENAME TO txns;";
    let cases = [
        (
            tampered(
                "eater.db",
                "CREATE TRIGGER eat AFTER INSERT ON txns BEGIN DELETE FROM txns WHERE id = NEW.id; END;",
            ),
            "not nestegg's: trigger 'eat'",
        ),
        (tampered("strictless.db", non_strict), "changed: nestegg's table 'txns'"),
        (tampered("view.db", "CREATE VIEW spend AS SELECT * FROM txns;"), "not nestegg's: view 'spend'"),
        (tampered("index.db", "CREATE INDEX by_note ON txns(note);"), "not nestegg's: index 'by_note'"),
        (tampered("table.db", "CREATE TABLE notes (x TEXT);"), "not nestegg's: table 'notes'"),
        (tampered("noindex.db", "DROP INDEX txns_by_payee;"), "missing: nestegg's index 'txns_by_payee'"),
    ];
    let before = l.dump();
    let backups = dir.join("backups");
    let files = listing(&backups);
    for (file, needle) in &cases {
        let err = l.fails(&["restore", file.to_str().unwrap()], needle);
        assert!(err.contains("is not a ledger as nestegg makes it") && err.contains("nothing was changed"), "{err}");
        assert_eq!(l.dump(), before, "{}", file.display());
        assert_eq!(listing(&backups), files, "no before-restore copy is left behind");
    }
    // In Chinese too.
    let out = l.run(&["restore", cases[0].0.to_str().unwrap(), "--lang", "zh"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("不属于 nestegg：触发器“eat”") && err.contains("未做任何更改"), "{err}");
    assert_eq!(l.dump(), before);
    // The untouched backup restores, and so does a version-1 ledger (upgraded).
    l.ok(&["restore", good.to_str().unwrap()]);
    assert!(l.ok(&["ls"]).contains("Coffee"));
    let v1 = dir.join("v1.db");
    let fixture =
        std::fs::read_to_string(format!("{}/tests/fixtures/ledger_v1.sql", env!("CARGO_MANIFEST_DIR"))).unwrap();
    rusqlite::Connection::open(&v1).unwrap().execute_batch(&fixture).unwrap();
    l.ok(&["restore", v1.to_str().unwrap()]);
    l.ok(&["check"]);
}

#[test]
fn check_names_a_foreign_trigger_and_repair_takes_it_out() {
    let l = ledger();
    // Planted into the live ledger: every add is silently deleted.
    rusqlite::Connection::open(&l.path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER eat AFTER INSERT ON txns BEGIN DELETE FROM txns WHERE id = NEW.id; END;
             CREATE VIEW spend AS SELECT * FROM txns; DROP INDEX txns_by_payee;",
        )
        .unwrap();
    let before = l.dump();
    let out = l.run(&["check"]);
    let (listed, err) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "an inconsistent ledger: {err}");
    assert!(err.contains("the ledger's schema differs from nestegg's in 3 places"), "{err}");
    for needle in
        ["not nestegg's: trigger 'eat'", "not nestegg's: view 'spend'", "missing: nestegg's index 'txns_by_payee'"]
    {
        assert!(listed.contains(needle), "{needle}: {listed}");
    }
    assert_eq!(l.dump(), before, "check alone changes nothing");
    let out = l.ok(&["check", "--repair"]);
    assert!(out.contains("mended 3 schema differences; the ledger as it was is kept in"), "{out}");
    let kept = out.split("kept in ").nth(1).unwrap().lines().next().unwrap().trim();
    assert!(std::path::Path::new(kept).exists(), "{kept}");
    let out = l.ok(&["check"]);
    assert!(out.starts_with("ok: 2 transactions"), "{out}");
    // Adds stay now.
    l.ok(&["add", "9", "-c", "transport", "-p", "地铁"]);
    assert!(l.ok(&["ls"]).contains("地铁"));
    l.ok(&["check"]);
}

/// Every object of the schema (kind, name, table, SQL) and every row of
/// every table: what must not change when a restore is refused.
fn full_dump(l: &Cli) -> String {
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    let schema: Vec<String> = conn
        .prepare(
            "SELECT type || '|' || name || '|' || tbl_name || '|' || ifnull(sql, '') FROM sqlite_schema ORDER BY 1",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    format!("{}\n{}", schema.join("\n"), l.dump())
}

/// Rewrites one object's SQL in `sqlite_schema` as SQLite reads it (a
/// forgery only a hand with `writable_schema` makes); takes effect for the
/// next connection.
fn forge(path: &std::path::Path, name: &str, edit: impl Fn(&str) -> String) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let sql: String = conn.query_row("SELECT sql FROM sqlite_schema WHERE name = ?1", [name], |r| r.get(0)).unwrap();
    let forged = edit(&sql);
    assert_ne!(forged, sql, "the forgery changes {name}");
    conn.execute_batch("PRAGMA writable_schema = ON").unwrap();
    conn.execute("UPDATE sqlite_schema SET sql = ?1 WHERE name = ?2", [&forged, name]).unwrap();
}

#[test]
fn restore_refuses_rows_that_break_the_schema_s_own_rules_and_a_changed_column_type() {
    let l = ledger();
    let dir = l.dir.path();
    let source = Cli::new();
    source.ok(&["add", "12", "-c", "food", "-p", "Coffee"]);
    let good = dir.join("good.db");
    source.ok(&["backup", good.to_str().unwrap()]);
    let copy = |name: &str, sql: &str| {
        let path = dir.join(name);
        std::fs::copy(&good, &path).unwrap();
        rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
        path
    };
    // A category of a class nestegg has no word for, written past its CHECK:
    // every report then failed with a raw "Conversion error … unknown class".
    // A read-only integrity check skips CHECK constraints, so this restored.
    let class = copy(
        "class.db",
        "PRAGMA ignore_check_constraints = ON; UPDATE categories SET class = 'evil' WHERE name = 'food';",
    );
    // Rows pointing at an account that is not there (foreign keys off): they
    // vanished from every list while `check` said ok.
    let dangling = copy("dangling.db", "PRAGMA foreign_keys = OFF; UPDATE txns SET account_id = 999;");
    // The amount column's type changed to ANY (STRICT still), so a text
    // amount would go in: the file's rows are all sound, its schema is not.
    let any = copy("any.db", "");
    forge(&any, "txns", |sql| sql.replace("amount      INTEGER NOT NULL", "amount      ANY NOT NULL"));
    // Text amounts under a table that still says STRICT: STRICT taken out
    // of the SQL, the amounts written (the kept totals' triggers set aside
    // and put back exactly), STRICT written back.
    let forged = copy("forged.db", "");
    forge(&forged, "txns", |sql| sql.replace(") STRICT", ")"));
    {
        let conn = rusqlite::Connection::open(&forged).unwrap();
        let triggers: Vec<(String, String)> = conn
            .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'txns'")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for (name, _) in &triggers {
            conn.execute_batch(&format!("DROP TRIGGER \"{name}\"")).unwrap();
        }
        conn.execute_batch("UPDATE txns SET amount = 'twelve'").unwrap();
        for (_, sql) in &triggers {
            conn.execute_batch(sql).unwrap();
        }
    }
    forge(&forged, "txns", |sql| format!("{sql} STRICT"));
    // A version-1 ledger (upgraded on restore) with a trigger of its own.
    let v1 = dir.join("v1-eater.db");
    let fixture =
        std::fs::read_to_string(format!("{}/tests/fixtures/ledger_v1.sql", env!("CARGO_MANIFEST_DIR"))).unwrap();
    rusqlite::Connection::open(&v1)
        .unwrap()
        .execute_batch(&format!(
            "{fixture}; CREATE TRIGGER eat AFTER INSERT ON txns BEGIN DELETE FROM txns WHERE id = NEW.id; END;"
        ))
        .unwrap();
    let cases = [
        (&class, "class.db is damaged (integrity check: CHECK constraint failed in categories); nothing was changed"),
        (
            &dangling,
            "dangling.db is damaged: rows point at rows it does not hold (row 1 of table 'txns' points at a row of 'accounts' that is not there",
        ),
        (&any, "changed: nestegg's table 'txns' is not as nestegg makes it"),
        (&forged, "forged.db is damaged (integrity check: non-INTEGER value in txns.amount"),
        (&v1, "not nestegg's: trigger 'eat'"),
    ];
    let before = full_dump(&l);
    let files = listing(dir);
    for (file, needle) in &cases {
        let err = l.fails(&["restore", file.to_str().unwrap()], needle);
        assert!(err.contains("nothing was changed"), "{err}");
        assert_eq!(full_dump(&l), before, "{}", file.display());
        assert_eq!(listing(dir), files, "no before-restore copy or scratch file is left behind");
        assert!(l.ok(&["ls"]).contains("美团"));
    }
    let out = l.run(&["restore", dangling.to_str().unwrap(), "--lang", "zh"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("已损坏：有行指向其中不存在的行（表“txns”的第 1 行指向“accounts”中不存在的行")
            && err.contains("未做任何更改"),
        "{err}"
    );
    assert_eq!(full_dump(&l), before);
    // The sound backup still restores, and every read works on it.
    l.ok(&["restore", good.to_str().unwrap()]);
    l.ok(&["report", "monthly"]);
    assert!(l.ok(&["ls"]).contains("Coffee"));
    l.ok(&["check"]);
}

#[test]
fn check_names_rows_that_point_nowhere_and_repair_does_not_guess() {
    let l = ledger();
    rusqlite::Connection::open(&l.path)
        .unwrap()
        .execute_batch("PRAGMA foreign_keys = OFF; UPDATE txns SET category_id = 999 WHERE payee = '美团';")
        .unwrap();
    let before = full_dump(&l);
    for args in [&["check"][..], &["check", "--repair"]] {
        let out = l.run(args);
        let (listed, err) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.status.code(), Some(1), "{args:?}: {listed}{err}");
        assert!(
            listed.contains("damaged: row 2 of table 'txns' points at a row of 'categories' that is not there"),
            "{args:?}: {listed}"
        );
        assert!(err.contains("restore a backup with `nestegg restore`"), "{err}");
        assert_eq!(full_dump(&l), before, "{args:?} changes nothing");
    }
    let out = l.run(&["check", "--lang", "zh"]);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.contains("表“txns”的第 2 行指向“categories”中不存在的行"), "{listed}");
}
