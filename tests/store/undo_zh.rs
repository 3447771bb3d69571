//! Undo and redo speak the reader's language for every kind of step: the
//! ledger keeps each step as data (`ops::history::Step`), so a step written
//! by an English session is undone in Chinese words, and the other way round.
//! The command line is run in-process, as `tests/cli/cli_zh.rs` does.

use std::path::Path;

use crate::common;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Parser;
use nestegg::cli::{self, Cli};
use nestegg::money::Currency;
use nestegg::ops::history::{CatalogChange, Catalogued, ClaimChange, OwedChange, RuleChange, ScenarioChange, Step};
use nestegg::text::{self, Lang};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap().and_hms_opt(12, 0, 0).unwrap()
}

fn run(db: &Path, args: &[&str]) -> String {
    let argv = ["nestegg", "--db", db.to_str().unwrap()].into_iter().chain(args.iter().copied());
    let parsed = Cli::try_parse_from(argv).unwrap_or_else(|e| panic!("{args:?}: {e}"));
    let mut out = Vec::new();
    cli::run(parsed.command.as_ref().expect("a command"), db, now(), &mut out)
        .unwrap_or_else(|e| panic!("{args:?} failed: {e}"));
    String::from_utf8(out).expect("output is UTF-8")
}

/// Does `args` in English, then undoes it in Chinese and redoes it in
/// English: the two messages word the same step in each language.
fn step(db: &Path, args: &[&str], zh: &str, en: &str) {
    text::in_lang(Lang::En, || run(db, args));
    let undone = text::in_lang(Lang::Zh, || run(db, &["undo"]));
    assert_eq!(undone.trim_end(), format!("已撤销：{zh}"), "{args:?}");
    let redone = text::in_lang(Lang::En, || run(db, &["redo"]));
    assert_eq!(redone.trim_end(), format!("redid: {en}"), "{args:?}");
}

#[test]
fn every_kind_of_step_is_undone_in_chinese_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let db = db.as_path();
    step(db, &["demo", "--months", "2"], "载入演示家庭", "load the demo household");
    step(db, &["add", "35", "-c", "food", "-p", "食堂"], "记一笔餐饮", "add food");
    let id = text::in_lang(Lang::En, || run(db, &["ls", "--limit", "1", "--format", "csv"]))
        .lines()
        .nth(1)
        .and_then(|l| l.split(',').next().map(str::to_owned))
        .unwrap();
    step(db, &["edit", &id, "--amount", "36"], &format!("修改 #{id}"), &format!("edit #{id}"));
    step(db, &["rm", &id], "删除 2026-03-15 食堂 -¥36.00", "delete 2026-03-15 食堂 -¥36.00");
    step(
        db,
        &["transfer", "100", "--from", "Bank card", "--to", "Alipay"],
        "转账 银行卡 → 支付宝",
        "transfer Bank card → Alipay",
    );
    step(
        db,
        &[
            "recurring",
            "add",
            "Gym",
            "--amount",
            "99",
            "--category",
            "health",
            "--every",
            "month",
            "--start",
            "2026-04-01",
        ],
        "添加周期交易“Gym”",
        "add recurring Gym",
    );
    step(db, &["recurring", "edit", "Gym", "--amount", "120"], "修改周期交易“Gym”", "edit recurring Gym");
    step(
        db,
        &["recurring", "edit", "Gym", "--date", "2026-04-01", "--amount", "50"],
        "更改“Gym”在 2026-04-01 的金额",
        "change Gym on 2026-04-01",
    );
    step(db, &["recurring", "skip", "Gym"], "跳过“Gym”在 2026-04-01 的一笔", "skip Gym on 2026-04-01");
    step(db, &["recurring", "rm", "Gym"], "删除周期交易“Gym”", "remove recurring Gym");
    step(db, &["budget", "set", "food", "1200"], "设定餐饮预算（自 2026-03 起）", "budget food from 2026-03");
    step(db, &["accounts", "add", "存钱罐", "--kind", "savings"], "添加账户“存钱罐”", "add account 存钱罐");
    step(db, &["categories", "move", "groceries", "--parent", "food"], "移动分类“买菜”", "move category groceries");
    step(db, &["accounts", "add", "基金", "--kind", "investment"], "添加账户“基金”", "add account 基金");
    step(db, &["value", "基金", "1000", "--date", "2026-03-01"], "为“基金”估值", "value 基金");
    step(db, &["reconcile", "Cash", "0", "--date", "2026-01-01"], "为“现金”对账", "reconcile Cash");
    step(db, &["accounts", "add", "房贷", "--kind", "loan"], "添加账户“房贷”", "add account 房贷");
    step(
        db,
        &["accounts", "loan", "房贷", "--principal", "1000", "--rate", "4", "--years", "1", "--start", "2026-01-01"],
        "设定“房贷”的贷款条件",
        "loan terms of 房贷",
    );
    step(db, &["accounts", "add", "花呗", "--kind", "credit"], "添加账户“花呗”", "add account 花呗");
    step(
        db,
        &["accounts", "credit", "花呗", "--limit", "5000", "--statement-day", "1", "--due-day", "9"],
        "设定“花呗”的信用额度与账单日",
        "credit terms of 花呗",
    );
    let bought =
        text::in_lang(Lang::En, || run(db, &["add", "300", "-c", "clothing", "-a", "花呗", "-d", "2026-03-02"]));
    let bought = bought.trim_start_matches("added #").split(':').next().unwrap().to_owned();
    step(
        db,
        &["instalments", &bought, "3", "--fee", "5"],
        &format!("把 #{bought} 分 3 期"),
        &format!("#{bought} in 3 instalments"),
    );
    step(db, &["goals", "add", "鹤岗买房", "--target", "37500"], "添加目标“鹤岗买房”", "add goal 鹤岗买房");
    step(
        db,
        &["budget", "copy", "--from", "2026-01", "--to", "2026-03"],
        "把 2026-01 的 1 项预算复制到 2026-03",
        "copy 1 budget from 2026-01 to 2026-03",
    );
    step(db, &["relocate", "add", "鹤岗", "--city", "Hegang"], "添加方案“鹤岗”", "add scenario 鹤岗");
    step(db, &["relocate", "edit", "鹤岗", "--income", "6000"], "修改方案“鹤岗”", "edit scenario 鹤岗");
    step(db, &["relocate", "duplicate", "鹤岗", "鹤岗2"], "复制方案“鹤岗”", "copy scenario 鹤岗");
    step(db, &["relocate", "rm", "鹤岗2"], "删除方案“鹤岗2”", "delete scenario 鹤岗2");
    // Money with a person (issue 26): each command is one step.
    step(db, &["lend", "2000", "--to", "小王"], "借给小王", "lend to 小王");
    step(db, &["collect", "500", "--from", "小王"], "收回小王的还款", "collect from 小王");
    step(db, &["forgive", "小王", "100", "--category", "gifts"], "免除小王的欠款", "forgive 小王");
    step(db, &["borrow", "300", "--from", "老李"], "向老李借入", "borrow from 老李");
    step(db, &["repay", "100", "--to", "老李"], "还给老李", "repay 老李");
}

#[test]
fn posted_instances_and_imports_are_undone_in_chinese_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let db = db.as_path();
    // A rule made before its instances came due (`recurring add` posts what
    // is due already): three are due now.
    text::in_lang(Lang::En, || run(db, &["accounts"]));
    {
        use nestegg::recurring::{Every, NewRule, Schedule};
        let mut store = nestegg::store::Store::open(db).unwrap();
        let rent = store.categories(false).unwrap().into_iter().find(|c| c.name == "rent").unwrap().id;
        let account = store.accounts(false).unwrap()[0].id;
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let schedule = Schedule { every: Every::Month, interval: 1, day: 1, start, end: None, count: None };
        let rule = NewRule {
            name: "Rent".into(),
            account_id: account,
            category_id: rent,
            amount: -80_000,
            payee: "Rent".into(),
            note: String::new(),
            schedule,
            step_up: None,
        };
        store.write(|tx| tx.add_recurring(&rule)).unwrap();
    }
    step(db, &["recurring", "post"], "记入 3 笔周期交易", "post 3 recurring instances");
    let bill = dir.path().join("bill.csv");
    std::fs::write(
        &bill,
        "id,date,account,category,class,payee,note,amount,currency\n\
         9001,2026-03-01,Alipay,food,spending,兰州拉面,,-12.50,CNY\n",
    )
    .unwrap();
    step(db, &["import", bill.to_str().unwrap()], "导入 bill.csv（1 笔）", "import bill.csv (1 transaction)");
}

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
        (
            Step::Catalog {
                what: Catalogued::Account,
                change: CatalogChange::Rename { to: "零钱".into() },
                name: "Cash".into(),
            },
            "rename account Cash to 零钱",
            "把账户“现金”改名为“零钱”",
        ),
        (
            Step::Catalog { what: Catalogued::Category, change: CatalogChange::Archive, name: "food".into() },
            "archive category food",
            "归档分类“餐饮”",
        ),
        (
            Step::Catalog { what: Catalogued::Goal, change: CatalogChange::Delete, name: "鹤岗买房".into() },
            "delete goal 鹤岗买房",
            "删除目标“鹤岗买房”",
        ),
        (
            Step::BudgetCopy { from: "2026-11".parse().unwrap(), to: month, n: 2 },
            "copy 2 budgets from 2026-11 to 2026-12",
            "把 2026-11 的 2 项预算复制到 2026-12",
        ),
        (scenario(ScenarioChange::Add), "add scenario 鹤岗", "添加方案“鹤岗”"),
        (scenario(ScenarioChange::Edit), "edit scenario 鹤岗", "修改方案“鹤岗”"),
        (scenario(ScenarioChange::Copy), "copy scenario 鹤岗", "复制方案“鹤岗”"),
        (scenario(ScenarioChange::Rename), "rename scenario 鹤岗", "重命名方案“鹤岗”"),
        (scenario(ScenarioChange::Delete), "delete scenario 鹤岗", "删除方案“鹤岗”"),
        (Step::Owed { change: OwedChange::Lend, person: "小王".into() }, "lend to 小王", "借给小王"),
        (Step::Owed { change: OwedChange::Borrow, person: "小王".into() }, "borrow from 小王", "向小王借入"),
        (Step::Owed { change: OwedChange::Collect, person: "小王".into() }, "collect from 小王", "收回小王的还款"),
        (Step::Owed { change: OwedChange::Repay, person: "小王".into() }, "repay 小王", "还给小王"),
        (Step::Owed { change: OwedChange::Forgive, person: "小王".into() }, "forgive 小王", "免除小王的欠款"),
        (
            Step::Owed { change: OwedChange::Loan, person: "小王".into() },
            "a row made a loan with 小王",
            "把一笔改为与小王的借贷",
        ),
        (
            Step::Claim { change: ClaimChange::Reimburse, by: "报销".into() },
            "mark reimbursable by 报销",
            "标为报销（报销）",
        ),
        (Step::Claim { change: ClaimChange::Split { ways: 4 }, by: "其他人".into() }, "split 4 ways", "AA 4 人"),
        (Step::Claim { change: ClaimChange::Reimbursed, by: "公司".into() }, "reimbursed by 公司", "报销回款（公司）"),
        (
            Step::Catalog { what: Catalogued::Account, change: CatalogChange::Credit, name: "花呗".into() },
            "credit terms of 花呗",
            "设定“花呗”的信用额度与账单日",
        ),
        (Step::Instalments { id: 42, months: 3 }, "#42 in 3 instalments", "把 #42 分 3 期"),
        (Step::InstalmentsOff { id: 42 }, "#42 out of instalments", "取消 #42 的分期"),
        (Step::Legacy("add food".into()), "add food", "add food"),
    ]
}

#[test]
fn every_kind_of_step_is_worded_in_the_readers_language() {
    for (step, en, zh) in every_kind() {
        assert_eq!(text::in_lang(Lang::En, || step.to_string()), en);
        assert_eq!(text::in_lang(Lang::Zh, || step.to_string()), zh);
    }
}

/// The interface words the same steps in Chinese: a quick add, a delete and
/// an undone demo, each undone with `u` on a Chinese screen (the steps come
/// from the ledger, written by the same session or an English one).
#[test]
fn the_chinese_interface_undoes_in_chinese_words() {
    text::set_lang(Lang::Zh);
    let s = common::Session::new();
    let status = |script: &str| {
        let screen = common::screen(&s.run(script, (100, 30)));
        screen.lines().rev().nth(1).unwrap_or_default().trim().to_owned()
    };
    // Quick add with a Chinese category prefix, then undo it.
    assert_eq!(status("i35 午饭 #餐<Enter>u"), "已撤销：记一笔餐饮；Ctrl-r 重做");
    // Redo brings it back; delete it (y to confirm), then undo the delete.
    s.run("<C-r>", (100, 30));
    assert_eq!(status("dyu"), "已撤销：删除 2026-11-28 午饭 -¥35.00；Ctrl-r 重做");
    // A step written by the English command line reads in Chinese too.
    text::in_lang(Lang::En, || run(&s.path, &["transfer", "100", "--from", "Bank card", "--to", "Alipay"]));
    assert_eq!(status("u"), "已撤销：转账 银行卡 → 支付宝；Ctrl-r 重做");
}
