use super::*;

#[test]
fn history_from_before_scenarios_still_reads() {
    // A step as written by the first version of the undo log.
    let old = r#"[{"before":null,"after":{"id":7,"date":"2026-11-01","account_id":1,"category_id":3,
        "transfer_id":null,"amount":-2500,"currency":"CNY","payee":"食堂","note":"",
        "created_at":"x","updated_at":"x"}}]"#;
    let changes: Vec<Change> = serde_json::from_str(old).unwrap();
    assert!(matches!(&changes[0], Change::Txn { before: None, after: Some(s) } if s.id == 7));
    let row = ScenarioRow { id: 2, name: "Hegang".into(), data: "{}".into() };
    let new = vec![Change::Scenario { scenario: 2, before: Some(row), after: None }];
    let back: Vec<Change> = serde_json::from_str(&serde_json::to_string(&new).unwrap()).unwrap();
    assert_eq!(back, new);
}

/// A column added to `txns` must reach the undo snapshot, the stash of
/// bulk steps and its copy in `undo_rows`, or undo and redo silently drop it.
#[test]
fn undo_keeps_every_column_of_a_transaction() {
    let store = Store::open_in_memory().unwrap();
    let columns = |table: &str| -> Vec<String> {
        let sql = format!("SELECT name FROM pragma_table_info('{table}') ORDER BY name");
        let mut stmt = store.conn.prepare(&sql).unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap()
    };
    let txns = columns("txns");
    assert!(txns.len() >= 12, "{txns:?}");
    let snapshot = Snapshot {
        id: 1,
        date: String::new(),
        account_id: 1,
        category_id: None,
        transfer_id: None,
        amount: 0,
        currency: String::new(),
        payee: String::new(),
        note: String::new(),
        created_at: String::new(),
        updated_at: String::new(),
        import_key: None,
        tags: String::new(),
    };
    let serde_json::Value::Object(fields) = serde_json::to_value(&snapshot).unwrap() else { unreachable!() };
    let mut in_snapshot: Vec<String> = fields.keys().cloned().collect();
    in_snapshot.sort();
    assert_eq!(in_snapshot, txns, "Snapshot");
    let mut stashed: Vec<String> = added::STASHED.split(',').map(|c| c.trim().to_owned()).collect();
    stashed.sort();
    assert_eq!(stashed, txns, "STASHED");
    let undo_rows: Vec<String> = columns("undo_rows").into_iter().filter(|c| c != "step").collect();
    assert_eq!(undo_rows, txns, "undo_rows");
}
