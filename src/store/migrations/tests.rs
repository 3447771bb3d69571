//! Every migration applies; version 9 keeps every row and never hands an id out twice.

use super::*;

#[test]
fn every_migration_applies_and_leaves_a_consistent_schema() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrate(&mut conn).unwrap();
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let fk_problems: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(fk_problems, 0);
    // Running again is a no-op, not an error.
    migrate(&mut conn).unwrap();
    let accounts: i64 = conn.query_row("SELECT count(*) FROM accounts", [], |r| r.get(0)).unwrap();
    assert_eq!(accounts, 4, "defaults are seeded once");
}

#[test]
fn a_newer_ledger_is_refused_untouched() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    let err = migrate(&mut conn).unwrap_err();
    assert!(matches!(err, StoreError::NewerSchema { found, .. } if found == SCHEMA_VERSION + 1));
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 0);
}

/// Every row of every table but SQLite's own, in order.
fn dump(conn: &Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut rows = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut q = stmt.query([]).unwrap();
        while let Some(r) = q.next().unwrap() {
            let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
            rows.push(format!("{t}: {}", cells.join(" | ")));
        }
    }
    rows.sort();
    rows
}

#[test]
fn ids_are_never_handed_out_twice_and_the_rebuild_keeps_every_row() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    migrate_to(&mut conn, 8).unwrap();
    // Version 8: rows of every kind that references txns or hangs off it.
    conn.execute_batch(
        "INSERT INTO txns (date, account_id, category_id, amount, currency, payee, note, import_key)
             VALUES ('2026-11-03', 1, 1, 500000, 'CNY', 'Employer', 'pay', 'k1'),
                    ('2026-11-04', 1, 5, -3500, 'CNY', 'Cafe', '', NULL);
         INSERT INTO transfers DEFAULT VALUES;
         INSERT INTO txns (date, account_id, transfer_id, amount, currency)
             VALUES ('2026-11-05', 1, 1, -10000, 'CNY'), ('2026-11-05', 2, 1, 10000, 'CNY');
         INSERT INTO recurring (name, account_id, category_id, amount, schedule)
             VALUES ('Pay', 1, 1, 500000, '{}');
         INSERT INTO recurring_instances (rule_id, date, status, txn_id) VALUES (1, '2026-11-03', 'posted', 1);
         INSERT INTO scenarios (name, data) VALUES ('Hegang', '{}'), ('Harbin', '{}');
         DELETE FROM txns WHERE id = 4; DELETE FROM scenarios WHERE id = 2;",
    )
    .unwrap();
    let before = dump(&conn);
    assert!(before.iter().any(|r| r.starts_with("month_totals:")), "the triggers kept totals");

    // Up to 12: version 13 adds a column, so its rows are no longer the same.
    migrate_to(&mut conn, 12).unwrap();
    assert_eq!(dump(&conn), before, "the rebuild copies every row of every table unchanged");
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 0);
    let keys: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert!(keys, "foreign keys are back on after the step");

    // Version 8 handed id 4 out again after its delete; 9 never does.
    let add =
        "INSERT INTO txns (date, account_id, category_id, amount, currency) VALUES ('2026-11-06', 1, 5, -1, 'CNY')";
    conn.execute_batch(add).unwrap();
    assert_eq!(conn.last_insert_rowid(), 4, "the largest id left was 3; 4 was never stored by version 9");
    conn.execute_batch("DELETE FROM txns WHERE id = 4").unwrap();
    conn.execute_batch(add).unwrap();
    assert_eq!(conn.last_insert_rowid(), 5, "the deleted newest id is not handed out again");
    conn.execute_batch("DELETE FROM scenarios WHERE id = 1").unwrap();
    conn.execute("INSERT INTO scenarios (name, data) VALUES ('Daqing', '{}')", []).unwrap();
    assert_eq!(conn.last_insert_rowid(), 2, "scenarios count on from their largest id");
    conn.execute_batch("DELETE FROM scenarios WHERE id = 2").unwrap();
    conn.execute("INSERT INTO scenarios (name, data) VALUES ('Daqing', '{}')", []).unwrap();
    assert_eq!(conn.last_insert_rowid(), 3);
    // The triggers came back with the table: totals follow the rows.
    let total: i64 = conn
        .query_row("SELECT total FROM month_totals WHERE month = '2026-11' AND category_key = 5", [], |r| r.get(0))
        .unwrap();
    assert_eq!(total, -3501);
    let link: Option<i64> = conn.query_row("SELECT txn_id FROM recurring_instances", [], |r| r.get(0)).unwrap();
    assert_eq!(link, Some(1), "the instance still points at its transaction");
}

/// Version 10: every goal made before keeps its rows and ranks normal; the
/// column takes only the three priorities.
#[test]
fn goals_made_before_priorities_rank_normal() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrate_to(&mut conn, 9).unwrap();
    conn.execute_batch(
        "INSERT INTO goals (name, target, currency, by_month) VALUES ('Flat', 3750000, 'CNY', '2027-06');
         INSERT INTO goal_accounts (goal_id, account_id) VALUES (1, 1);",
    )
    .unwrap();
    migrate(&mut conn).unwrap();
    let row: (String, i64, i64) = conn
        .query_row("SELECT name, target, priority FROM goals", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    assert_eq!(row, ("Flat".to_owned(), 3_750_000, 1));
    let kept: i64 = conn.query_row("SELECT count(*) FROM goal_accounts", [], |r| r.get(0)).unwrap();
    assert_eq!(kept, 1);
    assert!(conn.execute("UPDATE goals SET priority = 3", []).is_err(), "only 0, 1 and 2");
}

/// Version 12 rebuilds the accounts table for three more kinds: every row
/// of every table stays as it was (an account's id, name, kind, archive
/// and place; the rows pointing at it), an opening balance still cascades
/// with its account, and only the eight kinds go in.
#[test]
fn the_accounts_rebuild_keeps_every_row_and_takes_the_new_kinds() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    migrate_to(&mut conn, 11).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (name, kind, currency, archived, position) VALUES ('Old card', 'credit', 'USD', 1, 9);
         INSERT INTO txns (date, account_id, category_id, amount, currency, payee)
             VALUES ('2026-11-03', 5, 5, -3500, 'USD', 'Cafe'), ('2026-11-04', 1, 1, 500000, 'CNY', 'Pay');
         INSERT INTO goals (name, target, currency) VALUES ('Flat', 3750000, 'CNY');
         INSERT INTO goal_accounts (goal_id, account_id) VALUES (1, 5);
         INSERT INTO opening_balances (account_id, amount, as_of) VALUES (5, -120050, '2026-11-01');",
    )
    .unwrap();
    let before = dump(&conn);
    migrate_to(&mut conn, 12).unwrap();
    assert_eq!(dump(&conn), before, "the rebuild copies every row of every table unchanged");
    let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 0);
    for kind in ["investment", "home", "loan"] {
        conn.execute("INSERT INTO accounts (name, kind, currency) VALUES (?1, ?1, 'CNY')", [kind]).unwrap();
    }
    assert!(conn.execute("INSERT INTO accounts (name, kind, currency) VALUES ('x', 'gold', 'CNY')", []).is_err());
    conn.execute_batch(
        "DELETE FROM goal_accounts; DELETE FROM txns WHERE account_id = 5; DELETE FROM accounts WHERE id = 5",
    )
    .unwrap();
    let left: i64 = conn.query_row("SELECT count(*) FROM opening_balances", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0, "an opening balance goes with its account");
}

/// Version 13 gives every transaction, and every row a bulk undo stashed,
/// no tags; everything else stays as it was, and the kept totals still
/// follow the rows. The partial index holds only tagged rows.
#[test]
fn an_old_ledger_takes_tags_empty_and_keeps_every_row() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    migrate_to(&mut conn, 12).unwrap();
    conn.execute_batch(
        "INSERT INTO txns (date, account_id, category_id, amount, currency, payee)
             VALUES ('2026-11-03', 1, 5, -3500, 'CNY', 'Cafe'), ('2026-11-04', 1, 1, 500000, 'CNY', 'Pay');
         INSERT INTO undo_log (label, changes) VALUES ('import', '[]');
         INSERT INTO undo_rows (step, id, date, account_id, category_id, amount, currency, payee, note, created_at, updated_at)
             VALUES (1, 9, '2026-11-05', 1, 5, -100, 'CNY', 'Stashed', '', 'x', 'x');",
    )
    .unwrap();
    let before = dump(&conn);
    migrate(&mut conn).unwrap();
    let with_empty_tags: Vec<String> =
        before
            .iter()
            .map(|r| {
                if r.starts_with("txns:") || r.starts_with("undo_rows:") {
                    format!("{r} | Text([])")
                } else {
                    r.clone()
                }
            })
            .collect();
    assert_eq!(dump(&conn), with_empty_tags, "each row gains an empty tags cell, nothing else changes");
    conn.execute("UPDATE txns SET tags = '旅行 出差' WHERE id = 1", []).unwrap();
    let tagged: Vec<i64> = conn
        .prepare("SELECT id FROM txns INDEXED BY txns_tagged WHERE tags <> '' ORDER BY date DESC, id DESC")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(tagged, [1]);
    let total: i64 = conn
        .query_row("SELECT total FROM month_totals WHERE month = '2026-11' AND category_key = 5", [], |r| r.get(0))
        .unwrap();
    assert_eq!(total, -3500, "a change of tags leaves the kept totals alone");
}

/// Version 14 rebuilds the accounts table once more, for people: every row
/// of every table stays as it was, the kept totals still follow the rows,
/// and `person` is the one kind more it takes.
#[test]
fn an_old_ledger_takes_people_and_keeps_every_row() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    migrate_to(&mut conn, 13).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (name, kind, currency, archived, position) VALUES ('Flat', 'home', 'CNY', 1, 9);
         INSERT INTO txns (date, account_id, category_id, amount, currency, payee, tags)
             VALUES ('2026-11-03', 5, 5, -3500, 'CNY', 'Cafe', '旅行'), ('2026-11-04', 1, 1, 500000, 'CNY', 'Pay', '');
         INSERT INTO opening_balances (account_id, amount, as_of) VALUES (5, 75000000, '2026-11-01');
         INSERT INTO balance_marks (account_id, date, kind, stated, change) VALUES (5, '2026-11-02', 'value', 1, 1);",
    )
    .unwrap();
    assert!(
        conn.execute("INSERT INTO accounts (name, kind, currency) VALUES ('小王', 'person', 'CNY')", []).is_err(),
        "version 13 knows no people"
    );
    let before = dump(&conn);
    migrate(&mut conn).unwrap();
    assert_eq!(dump(&conn), before, "the rebuild copies every row of every table unchanged");
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 0);
    conn.execute("INSERT INTO accounts (name, kind, currency) VALUES ('小王', 'person', 'CNY')", []).unwrap();
    assert!(conn.execute("INSERT INTO accounts (name, kind, currency) VALUES ('x', 'friend', 'CNY')", []).is_err());
    conn.execute_batch(
        "INSERT INTO transfers DEFAULT VALUES;
         INSERT INTO txns (date, account_id, transfer_id, amount, currency)
             VALUES ('2026-11-05', 1, 1, -200000, 'CNY'), ('2026-11-05', 6, 1, 200000, 'CNY');",
    )
    .unwrap();
    let lent: i64 = conn
        .query_row("SELECT total FROM month_totals WHERE account_id = 6 AND category_key = 0", [], |r| r.get(0))
        .unwrap();
    assert_eq!(lent, 200_000, "the triggers on txns still keep the totals");
    conn.execute_batch("DELETE FROM txns WHERE account_id = 5; DELETE FROM accounts WHERE id = 5").unwrap();
    let left: i64 = conn.query_row("SELECT count(*) FROM opening_balances", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0, "an opening balance still goes with its account");
}

#[test]
fn an_old_ledger_takes_claims_and_keeps_every_row() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    migrate_to(&mut conn, 14).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (name, kind, currency) VALUES ('报销', 'person', 'CNY');
         INSERT INTO txns (date, account_id, category_id, amount, currency, payee)
             VALUES ('2026-10-20', 1, 5, -120000, 'CNY', 'Trip'), ('2026-10-20', 5, 5, 120000, 'CNY', 'Trip');",
    )
    .unwrap();
    let before = dump(&conn);
    migrate(&mut conn).unwrap();
    assert_eq!(dump(&conn), before, "the new table changes no row");
    conn.execute("INSERT INTO claims (offset_id, paid_id, kind) VALUES (2, 1, 'reimburse')", []).unwrap();
    assert!(conn.execute("INSERT INTO claims (offset_id, paid_id, kind) VALUES (1, 2, 'gift')", []).is_err());
    assert!(conn.execute("INSERT INTO claims (offset_id, paid_id, kind) VALUES (99, 1, 'share')", []).is_err());
    conn.execute_batch(
        "INSERT INTO transfers DEFAULT VALUES;
         INSERT INTO txns (date, account_id, transfer_id, amount, currency)
             VALUES ('2026-11-15', 5, 1, -100000, 'CNY'), ('2026-11-15', 1, 1, 100000, 'CNY');
         UPDATE claims SET closed_by = 1;
         DELETE FROM txns WHERE transfer_id = 1; DELETE FROM transfers WHERE id = 1;",
    )
    .unwrap();
    let closed: Option<i64> = conn.query_row("SELECT closed_by FROM claims", [], |r| r.get(0)).unwrap();
    assert_eq!(closed, None, "a claim forgets a transfer that goes");
    conn.execute("DELETE FROM txns WHERE id = 1", []).unwrap();
    let left: i64 = conn.query_row("SELECT count(*) FROM claims", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0, "a claim goes with its paid row");
}
