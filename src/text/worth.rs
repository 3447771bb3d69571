//! Words of what the household has: valuations, reconciliations, loans
//! and net worth, on the command line and in the interface.

use std::fmt::Display;

words! {
    // ---- refusals
    value_kind(name: &str) =
        "{name} is not an investment or a home account: only those are valued (a bank or cash account is reconciled with its statement: nestegg reconcile {name} AMOUNT)",
        "“{name}”不是投资或房产账户：只有这两类可以估值（银行或现金账户请与账单对账：nestegg reconcile {name} 金额）";
    reconcile_loan(name: &str) =
        "{name} follows its loan schedule, so there is no statement to reconcile; change its terms with nestegg accounts loan {name}",
        "“{name}”按还款计划计算余额，无需对账；请用 nestegg accounts loan {name} 修改贷款条件";
    loan_kind(name: &str) =
        "{name} is not a loan account; make one with nestegg accounts add NAME --kind loan",
        "“{name}”不是贷款账户；请先用 nestegg accounts add 名称 --kind loan 建一个";

    // ---- nestegg value
    valued(name: &str, amount: impl Display, day: impl Display, change: impl Display) =
        "{name} is worth {amount} on {day}: a change in value of {change} (neither income nor spending)",
        "“{name}”在 {day} 估值 {amount}：价值变动 {change}（不计入收入或支出）";

    // ---- nestegg reconcile
    reconcile_matches(rows: usize, name: &str, amount: impl Display, day: impl Display) =
        ("{name} matches the statement: {amount} on {day}; {rows} row reconciled"
            | "{name} matches the statement: {amount} on {day}; {rows} rows reconciled"),
        "“{name}”与账单一致：{day} 余额 {amount}；{rows} 笔已对账";
    reconcile_differs(name: &str, day: impl Display, ledger: impl Display, stated: impl Display, diff: impl Display) =
        "{name} on {day}: the ledger says {ledger}, the statement {stated}; a difference of {diff}",
        "“{name}”{day}：账本余额 {ledger}，账单余额 {stated}，相差 {diff}";
    reconcile_rows_since(since: impl Display) =
        "Rows not yet reconciled (after the reconciliation of {since}):",
        "尚未对账的交易（{since} 对账之后）：";
    reconcile_rows = "Rows not yet reconciled:", "尚未对账的交易：";
    reconcile_no_rows = "No rows since the last reconciliation.", "上次对账后没有交易。";
    reconcile_more(n: usize) = "… and {n} more (nestegg ls --account NAME)", "……另有 {n} 笔（nestegg ls --account 名称）";
    reconcile_hint(name: &str, stated: impl Display, day: impl Display) =
        "Nothing was written. Add the missing rows and run this again, or record the difference as an adjustment: nestegg reconcile {name} {stated} --date {day} --adjust",
        "未写入任何内容。请补记缺少的交易后重新对账，或把差额记为调整：nestegg reconcile {name} {stated} --date {day} --adjust";
    reconcile_adjusted(rows: usize, name: &str, diff: impl Display, day: impl Display) =
        ("Recorded an adjustment of {diff} to {name} on {day} (neither income nor spending); {rows} row reconciled"
            | "Recorded an adjustment of {diff} to {name} on {day} (neither income nor spending); {rows} rows reconciled"),
        "已为“{name}”在 {day} 记一笔调整 {diff}（不计入收入或支出）；{rows} 笔已对账";
    h_reconciled = "RECONCILED", "已对账";
    edit_reconciled(id: i64, day: impl Display) =
        "#{id} is reconciled (its account was reconciled on {day}); changing it moves a balance the statement confirmed. Add --force to change it anyway",
        "#{id} 已对账（其账户于 {day} 对账）；修改会改变已与账单核对的余额。确要修改请加 --force";

    // ---- nestegg accounts loan
    loan_set(name: &str, principal: impl Display, rate: impl Display, months: u32, start: impl Display, payment: impl Display) =
        "{name}: {principal} at {rate}% over {months} months from {start}, first payment {payment}; its balance follows the schedule",
        "“{name}”：{principal}，年利率 {rate}%，{months} 个月，{start} 起贷，首期月供 {payment}；余额按还款计划计算";
    loan_needs = "a loan needs --principal, --rate, --years and --start (or --none to take its terms away)",
        "贷款需要 --principal、--rate、--years 和 --start（或用 --none 取消贷款条件）";
    loan_scenario_no_mortgage(name: &str) =
        "scenario {name} buys with no mortgage, so it has no loan to follow",
        "方案“{name}”不贷款买房，没有可对应的贷款";
    loan_scenario_fund(name: &str) =
        "scenario {name} has a provident-fund loan beside the commercial one: make a loan account for each and give each its own --principal and --rate",
        "方案“{name}”是组合贷（商贷加公积金贷款）：请为两笔贷款各建一个贷款账户，分别用 --principal 和 --rate 设定";
    loan_rule_not_monthly(name: &str) =
        "recurring rule {name} is not monthly: a loan is repaid every month",
        "周期规则“{name}”不是每月一次：贷款按月还款";
    loan_rule_differs(name: &str, rule: impl Display, schedule: impl Display) =
        "recurring rule {name} pays {rule} a month; the schedule's payment is {schedule}: change one of them if the bank says otherwise",
        "周期规则“{name}”每月支付 {rule}，还款计划的月供为 {schedule}：如与银行不符，请修改其中之一";
    loan_owed(name: &str, owed: impl Display) = "{name} owes {owed} today", "“{name}”今天尚欠 {owed}";
    loan_payment_hint =
        "Log each payment as housing from the account that pays it (a recurring rule does it monthly): the principal part lowers what the loan owes by itself",
        "每期月供请记为从付款账户支出的住房开销（可用周期交易每月自动记入）：其中本金部分会自动减少贷款余额";
    loan_removed(name: &str) =
        "{name} no longer follows a schedule: its balance is its opening balance and transactions",
        "“{name}”不再按还款计划计算：余额为期初余额加交易";

    // ---- nestegg networth
    h_assets = "ASSETS", "资产";
    h_liabilities = "LIABILITIES", "负债";
    h_net_worth = "NET WORTH", "净资产";
    h_change = "CHANGE", "变动";
    h_saved = "SAVED", "储蓄";
    h_value = "VALUE", "价值变动";
    h_other = "OTHER", "其他";
    networth_note =
        "SAVED is income less housing and spending; VALUE the valuations typed; OTHER the rest (opening balances, loan principal repaid, adjustments, uncategorized rows)",
        "储蓄＝收入减住房和支出；价值变动＝录入的估值；其他＝其余（期初余额、已还贷款本金、对账调整、未分类交易）";
    networth_empty = "Nothing to show: the ledger has no transactions, opening balances or valuations yet.",
        "暂无可显示内容：账本还没有交易、期初余额或估值。";
    networth_other_currency(n: usize) =
        ("({n} account in another currency is left out)" | "({n} accounts in other currencies are left out)"),
        "（{n} 个其他币种账户未计入）";
}
