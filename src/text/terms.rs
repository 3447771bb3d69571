//! The product's own words for its kinds of things, as a reader sees them.
//! The CLI's tokens and the export formats keep the English spelling
//! (`--kind bank`, `class,income`): those are contracts, not prose.

words! {
    income = "income", "收入";
    housing = "housing", "住房";
    spending = "spending", "支出";
    savings = "savings", "储蓄";
    savings_rate = "savings rate", "储蓄率";
    transfer = "transfer", "转账";
    kind_bank = "bank", "银行";
    kind_cash = "cash", "现金";
    kind_wallet = "wallet", "钱包";
    kind_credit = "credit", "信用卡";
    kind_savings = "savings", "储蓄";
    archived = "archived", "已归档";
}
