use chrono::NaiveDate;

use super::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

#[test]
fn steps_are_kept_as_data_and_read_back() {
    let month = "2026-12".parse().unwrap();
    let steps = [
        Step::Add { category: "food".into() },
        Step::Delete { id: 3, date: day(1), payee: "房东".into(), amount: -80_000, currency: Currency::CNY },
        Step::Post { n: 1, first: "Rent".into(), date: day(1) },
        Step::Recurring { change: RuleChange::Skip { date: day(1) }, name: "Rent".into() },
        Step::Budget { category: "food".into(), from: month },
        Step::BudgetCopy { from: "2026-11".parse().unwrap(), to: month, n: 2 },
        Step::Catalog {
            what: Catalogued::Goal,
            change: CatalogChange::Rename { to: "家".into() },
            name: "Flat".into(),
        },
        Step::Scenario { change: ScenarioChange::Rename, name: "鹤岗".into() },
    ];
    for step in steps {
        let label = step.to_label();
        // Data, not prose: the kind and its values, in neither language.
        assert!(label.starts_with("{\"step\":"), "{label}");
        assert_eq!(Step::from_label(&label), step);
    }
}

#[test]
fn free_text_labels_of_older_versions_still_read() {
    assert_eq!(Step::from_label("add food"), Step::Legacy("add food".into()));
    assert_eq!(Step::from_label("{not json"), Step::Legacy("{not json".into()));
}

#[test]
fn an_undo_reads_its_step_back_from_the_ledger() {
    let mut store = Store::open_in_memory().unwrap();
    let account = store.accounts(false).unwrap()[0].id;
    let food = store.categories(false).unwrap().into_iter().find(|c| c.name == "food").unwrap();
    let new = crate::model::NewTxn {
        date: day(2),
        account_id: account,
        category_id: food.id,
        payee: "食堂".into(),
        note: String::new(),
        amount: -2_500,
        tags: Default::default(),
    };
    record(&mut store, &Step::Add { category: "food".into() }, |tx| tx.add_txn(&new)).unwrap();
    let undone = undo(&mut store).unwrap().unwrap();
    assert_eq!(undone.step, Step::Add { category: "food".into() });
    let redone = redo(&mut store).unwrap().unwrap();
    assert_eq!(redone.step, Step::Add { category: "food".into() });
    assert_eq!(redone.txn.map(|t| t.payee), Some("食堂".to_owned()));
    assert!(undo(&mut store).unwrap().is_some());
    assert!(undo(&mut store).unwrap().is_none());
}
