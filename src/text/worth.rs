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

    // ---- the interface: the accounts screen's forms, the reconcile result,
    // the Ledger's mark, the Months tab's net worth
    title_reconcile(name: &str) = " Reconcile {name} with its statement ", " 将“{name}”与账单对账 ";
    title_value(name: &str) = " What {name} is worth ", " “{name}”的估值 ";
    title_loan(name: &str) = " Loan terms of {name} ", " “{name}”的贷款条件 ";
    l_stated = "Statement", "账单余额";
    l_worth = "Worth", "估值";
    l_principal = "Principal", "本金";
    l_rate = "Rate %", "年利率 %";
    l_years = "Years", "年限";
    l_method = "Method", "还款方式";
    hint_stated = "the balance the bank or app shows that day, e.g. 1234.50 (a card's debt: -300)",
        "银行或应用显示的当日余额，例如 1234.50（信用卡欠款写 -300）";
    hint_statement_day = "the statement's day, at its end, YYYY-MM-DD (empty: today)",
        "账单余额所对应的日期（当日结束时），YYYY-MM-DD（留空：今天）";
    hint_value_account = "an investment or a home account", "投资或房产账户";
    hint_worth = "what it is worth that day; the change is a change in value, neither income nor spending",
        "当日的价值；变动记为价值变动，不计入收入或支出";
    hint_value_day = "the day it was worth that, YYYY-MM-DD (empty: today)", "估值日期，YYYY-MM-DD（留空：今天）";
    hint_loan_account = "a loan account", "贷款账户";
    hint_principal = "how much was borrowed, e.g. 300000 or 30万", "借款金额，例如 300000 或 30万";
    hint_rate = "annual rate in percent, e.g. 4.9", "年利率（百分数），例如 4.9";
    hint_years = "the term in years, 1–50", "贷款年限，1–50";
    hint_loan_start = "the day it was drawn, YYYY-MM-DD; payments fall on that day of each month after it",
        "放款日，YYYY-MM-DD；此后每月同一天还款";
    method_equal_payment = "equal payments (等额本息)", "等额本息";
    method_equal_principal = "equal principal (等额本金)", "等额本金";
    reconcile_popup_title(name: &str) = " Reconcile {name} ", " 对账：{name} ";
    reconcile_popup_more(n: usize) = "… and {n} more (j/k scroll)", "……另有 {n} 笔（j/k 滚动）";
    reconcile_popup_keys = "a record the difference as an adjustment (one undo step) · Esc leave, nothing written",
        "a 把差额记为调整（一步可撤销） · Esc 离开，不写入任何内容";
    reconcile_left = "Nothing was written: the ledger is as it was.", "未写入任何内容：账本保持原样。";
    ask_edit_reconciled(what: &str, day: impl Display) =
        "{what} is reconciled (its account was reconciled on {day}): changing it moves a balance the statement confirmed. Change it anyway?",
        "{what} 已对账（其账户于 {day} 对账）：修改会改变已与账单核对的余额。仍要修改？";
    ask_delete_reconciled(what: &str, day: impl Display) =
        "Delete {what}? It is reconciled (on {day}): the balance the statement confirmed moves.",
        "删除 {what}？它已对账（{day}）：已与账单核对的余额会改变。";
    confirm_edit_keys = "y opens it in the form · n or Esc leaves it as it is", "y 在表单中打开 · n 或 Esc 保持原样";
    confirm_edit_title = " Change a reconciled row? ", " 修改已对账的交易？ ";
    worth_title(month: impl Display, amount: impl Display) = " Net worth {month}: {amount} ", " 净资产 {month}：{amount} ";
    worth_split(change: impl Display, saved: impl Display, value: impl Display, other: impl Display) =
        " change {change} = saved {saved} + value {value} + other {other} ",
        " 变动 {change} = 储蓄 {saved} + 价值变动 {value} + 其他 {other} ";
    help_reconcile_title = "A reconciliation that differs", "对账不一致时";
    worth_reading = "reading net worth…", "正在读取净资产…";
}
