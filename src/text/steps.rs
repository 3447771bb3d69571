//! Undo steps, worded when shown (`ops::history::Step`'s `Display`): the
//! undo log keeps the kind of step and its values, never these words.

use std::fmt::Display;

words! {
    add(category: &str) = "add {category}", "记一笔{category}";
    edit(id: i64) = "edit #{id}", "修改 #{id}";
    delete(date: impl Display, payee: &str, amount: impl Display) =
        "delete {date} {payee} {amount}", "删除 {date} {payee} {amount}";
    transfer(from: &str, to: &str) = "transfer {from} → {to}", "转账 {from} → {to}";
    import(rows: usize, file: &str) =
        ("import {file} ({rows} transaction)" | "import {file} ({rows} transactions)"),
        "导入 {file}（{rows} 笔）";
    demo = "load the demo household", "载入演示家庭";
    post_one(name: &str, date: impl Display) = "post {name} {date}", "记入 {name} {date}";
    post_many(n: usize) = "post {n} recurring instances", "记入 {n} 笔周期交易";
    rule_add(name: &str) = "add recurring {name}", "添加周期交易“{name}”";
    rule_edit(name: &str) = "edit recurring {name}", "修改周期交易“{name}”";
    rule_remove(name: &str) = "remove recurring {name}", "删除周期交易“{name}”";
    rule_change(name: &str, date: impl Display) = "change {name} on {date}", "更改“{name}”在 {date} 的金额";
    rule_skip(name: &str, date: impl Display) = "skip {name} on {date}", "跳过“{name}”在 {date} 的一笔";
    catalog_add(what: &str, name: &str) = "add {what} {name}", "添加{what}“{name}”";
    catalog_rename(what: &str, name: &str, to: &str) = "rename {what} {name} to {to}", "把{what}“{name}”改名为“{to}”";
    catalog_archive(what: &str, name: &str) = "archive {what} {name}", "归档{what}“{name}”";
    catalog_unarchive(what: &str, name: &str) = "bring back {what} {name}", "恢复{what}“{name}”";
    catalog_move(what: &str, name: &str) = "move {what} {name}", "移动{what}“{name}”";
    catalog_opening(name: &str) = "opening balance of {name}", "设定“{name}”的期初余额";
    catalog_value(name: &str) = "value {name}", "为“{name}”估值";
    catalog_reconcile(name: &str) = "reconcile {name}", "为“{name}”对账";
    catalog_loan(name: &str) = "loan terms of {name}", "设定“{name}”的贷款条件";
    catalog_credit(name: &str) = "credit terms of {name}", "设定“{name}”的信用额度与账单日";
    instalments(id: i64, months: u32) = "#{id} in {months} instalments", "把 #{id} 分 {months} 期";
    catalog_edit(what: &str, name: &str) = "edit {what} {name}", "修改{what}“{name}”";
    catalog_delete(what: &str, name: &str) = "delete {what} {name}", "删除{what}“{name}”";
    budget(category: &str, from: impl Display) = "budget {category} from {from}", "设定{category}预算（自 {from} 起）";
    budget_copy(n: usize, from: impl Display, to: impl Display) =
        ("copy {n} budget from {from} to {to}" | "copy {n} budgets from {from} to {to}"),
        "把 {from} 的 {n} 项预算复制到 {to}";
    scenario_add(name: &str) = "add scenario {name}", "添加方案“{name}”";
    scenario_edit(name: &str) = "edit scenario {name}", "修改方案“{name}”";
    scenario_copy(name: &str) = "copy scenario {name}", "复制方案“{name}”";
    scenario_rename(name: &str) = "rename scenario {name}", "重命名方案“{name}”";
    scenario_delete(name: &str) = "delete scenario {name}", "删除方案“{name}”";
    owed_lend(person: &str) = "lend to {person}", "借给{person}";
    owed_borrow(person: &str) = "borrow from {person}", "向{person}借入";
    owed_collect(person: &str) = "collect from {person}", "收回{person}的还款";
    owed_repay(person: &str) = "repay {person}", "还给{person}";
    owed_forgive(person: &str) = "forgive {person}", "免除{person}的欠款";
    owed_loan(person: &str) = "a row made a loan with {person}", "把一笔改为与{person}的借贷";
    claim_reimburse(by: &str) = "mark reimbursable by {by}", "标为报销（{by}）";
    claim_split(ways: u32) = "split {ways} ways", "AA {ways} 人";
    claim_reimbursed(by: &str) = "reimbursed by {by}", "报销回款（{by}）";
}
