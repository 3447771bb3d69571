use chrono::NaiveDate;

use super::*;
use crate::text::{Lang, in_lang};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

/// One step of every kind, with its English and Chinese wording.
fn every_kind() -> Vec<(Step, &'static str, &'static str)> {
    let month = "2026-12".parse().unwrap();
    let rule = |change| Step::Recurring { change, name: "Rent".into() };
    let scenario = |change| Step::Scenario { change, name: "鹤岗".into() };
    vec![
        (Step::Add { category: "food".into() }, "add food", "记一笔餐饮"),
        (Step::Edit { id: 7 }, "edit #7", "修改 #7"),
        (
            Step::Delete { id: 3, date: day(1), payee: "房东".into(), amount: -80_000, currency: Currency::CNY },
            "delete 2026-12-01 房东 -¥800.00",
            "删除 2026-12-01 房东 -¥800.00",
        ),
        (
            Step::Transfer { from: "Bank card".into(), to: "Alipay".into() },
            "transfer Bank card → Alipay",
            "转账 银行卡 → 支付宝",
        ),
        (Step::Import { file: "bill.csv".into(), rows: 1 }, "import bill.csv (1 transaction)", "导入 bill.csv（1 笔）"),
        (
            Step::Import { file: "bill.csv".into(), rows: 2 },
            "import bill.csv (2 transactions)",
            "导入 bill.csv（2 笔）",
        ),
        (Step::Demo, "load the demo household", "载入演示家庭"),
        (Step::Post { n: 1, first: "Rent".into(), date: day(1) }, "post Rent 2026-12-01", "记入 Rent 2026-12-01"),
        (Step::Post { n: 3, first: "Rent".into(), date: day(1) }, "post 3 recurring instances", "记入 3 笔周期交易"),
        (rule(RuleChange::Add), "add recurring Rent", "添加周期交易“Rent”"),
        (rule(RuleChange::Edit), "edit recurring Rent", "修改周期交易“Rent”"),
        (rule(RuleChange::Remove), "remove recurring Rent", "删除周期交易“Rent”"),
        (rule(RuleChange::Change { date: day(1) }), "change Rent on 2026-12-01", "更改“Rent”在 2026-12-01 的金额"),
        (rule(RuleChange::Skip { date: day(1) }), "skip Rent on 2026-12-01", "跳过“Rent”在 2026-12-01 的一笔"),
        (
            Step::Budget { category: "food".into(), from: month },
            "budget food from 2026-12",
            "设定餐饮预算（自 2026-12 起）",
        ),
        (scenario(ScenarioChange::Add), "add scenario 鹤岗", "添加方案“鹤岗”"),
        (scenario(ScenarioChange::Edit), "edit scenario 鹤岗", "修改方案“鹤岗”"),
        (scenario(ScenarioChange::Copy), "copy scenario 鹤岗", "复制方案“鹤岗”"),
        (scenario(ScenarioChange::Rename), "rename scenario 鹤岗", "重命名方案“鹤岗”"),
        (scenario(ScenarioChange::Delete), "delete scenario 鹤岗", "删除方案“鹤岗”"),
        (Step::Legacy("add food".into()), "add food", "add food"),
    ]
}

#[test]
fn every_kind_of_step_is_worded_in_the_readers_language() {
    for (step, en, zh) in every_kind() {
        assert_eq!(in_lang(Lang::En, || step.to_string()), en);
        assert_eq!(in_lang(Lang::Zh, || step.to_string()), zh);
    }
}

#[test]
fn steps_are_kept_as_data_and_read_back() {
    for (step, _, _) in every_kind() {
        if let Step::Legacy(_) = step {
            continue;
        }
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
    };
    record(&mut store, &Step::Add { category: "food".into() }, |tx| tx.add_txn(&new)).unwrap();
    let undone = undo(&mut store).unwrap().unwrap();
    assert_eq!(undone.step, Step::Add { category: "food".into() });
    assert_eq!(in_lang(Lang::Zh, || undone.step.to_string()), "记一笔餐饮");
    let redone = redo(&mut store).unwrap().unwrap();
    assert_eq!(redone.step, Step::Add { category: "food".into() });
    assert_eq!(redone.txn.map(|t| t.payee), Some("食堂".to_owned()));
    assert!(undo(&mut store).unwrap().is_some());
    assert!(undo(&mut store).unwrap().is_none());
}
