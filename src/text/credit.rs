//! Words of credit lines (issue 27): `accounts credit`, each card's bill,
//! `instalments`, and the accounts screen's credit form.

use std::fmt::Display;

words! {
    // Refusals.
    not_credit(name: &str) =
        "{name} is not a credit account: credit terms and instalments are for cards, 花呗 and 白条 (make one with nestegg accounts add NAME --kind credit)",
        "“{name}”不是信用账户：额度、账单日和分期只适用于信用卡、花呗、白条（用 nestegg accounts add 名称 --kind credit 建一个）";
    no_terms(name: &str) =
        "{name} has no credit terms yet, so no statement to bill instalments on: set them with nestegg accounts credit {name} --limit AMOUNT --statement-day D --due-day D",
        "“{name}”还没有设置额度和账单日，无法按账单分期：请先用 nestegg accounts credit {name} --limit 金额 --statement-day 日 --due-day 日 设置";
    not_a_purchase(id: i64) =
        "#{id} is not a purchase: only money spent in a category can be paid in instalments (not income, a refund or a transfer)",
        "#{id} 不是一笔消费：只有记在分类下的支出才能分期（收入、退款和转账不行）";
    not_on_credit(id: i64, account: &str) =
        "#{id} was paid from {account}, which is not a credit account: only a purchase on a card, 花呗 or 白条 can be paid in instalments",
        "#{id} 由“{account}”支付，它不是信用账户：只有信用卡、花呗、白条上的消费才能分期";
    months_out(months: u32, most: u32) =
        "{months} instalments: give 2 to {most}",
        "{months} 期：请给 2 到 {most} 期";
    already(id: i64) = "#{id} is already paid in instalments (undo that step to change it)", "#{id} 已经分期了（撤销那一步才能更改）";
    day_out(day: u32) =
        "day {day} is not in every month: give a day from 1 to 28",
        "{day} 日并非每月都有：请给 1 到 28 之间的日子";
    limit_not_positive = "a credit limit must be more than zero", "信用额度必须大于零";
    fee_negative = "a fee cannot be below zero", "手续费不能为负";

    // ---- nestegg accounts credit
    credit_set(name: &str, limit: impl Display, statement: u32, due: u32) =
        "{name}: limit {limit}, a statement on day {statement} of each month, due on day {due}",
        "“{name}”：额度 {limit}，每月 {statement} 日出账，{due} 日还款";
    credit_removed(name: &str) =
        "{name} has no credit terms now: no bill is shown for it",
        "已取消“{name}”的额度和账单日：不再显示它的账单";

    // ---- a card's bill (accounts list, the accounts screen)
    bill_due(amount: impl Display, due: impl Display) = "bill {amount} due {due}", "账单 {amount}，{due} 到期";
    bill_overdue(amount: impl Display, due: impl Display) =
        "bill {amount} overdue since {due}",
        "账单 {amount} 已逾期（{due} 到期）";
    bill_next(amount: impl Display, day: impl Display) =
        "next bill {amount} on {day}",
        "下期账单 {amount}（{day} 出账）";
    owed_of(owed: impl Display, limit: impl Display) = "owed {owed} of {limit}", "已用 {owed} / 额度 {limit}";
    instalments_left(amount: impl Display) = "instalments {amount} left", "分期待还本金 {amount}";
    h_bill = "BILL", "账单";

    // ---- nestegg instalments
    fee_rule(id: i64) = "instalment fee #{id}", "分期手续费 #{id}";
    made(id: i64, months: u32, part: impl Display, statement: impl Display) =
        "#{id} in {months} instalments: {part} of principal on each statement from {statement} (the remainder on the last)",
        "#{id} 分 {months} 期：自 {statement} 的账单起每期本金 {part}（余数计入最后一期）";
    made_fee(fee: impl Display, name: &str) =
        "a fee of {fee} a month is posted as spending on the card by recurring rule {name}",
        "每月手续费 {fee} 由周期规则“{name}”记为这张卡上的支出";
    fees_posted(n: usize) = ("{n} fee already due was posted" | "{n} fees already due were posted"), "已记入 {n} 笔到期的手续费";
    none_instalments =
        "no purchase is paid in instalments; make one with nestegg instalments ID N [--fee X]",
        "没有分期的消费；用 nestegg instalments 编号 期数 [--fee 手续费] 分期";
    h_id = "ID", "编号";
    h_date = "DATE", "日期";
    h_payee = "PAYEE", "收款方";
    h_account = "ACCOUNT", "账户";
    h_principal = "PRINCIPAL", "本金";
    h_months = "MONTHS", "期数";
    h_billed = "BILLED", "已出账";
    h_fee = "FEE", "手续费";
    h_left = "LEFT", "待还本金";

    // ---- the accounts screen's form (`c`)
    title_credit(name: &str) = " Credit terms of {name} ", " “{name}”的额度与账单日 ";
    l_limit = "Limit", "额度";
    l_statement_day = "Statement day", "账单日";
    l_due_day = "Due day", "还款日";
    hint_credit_account = "a credit account: a card, 花呗 or 白条", "信用账户：信用卡、花呗或白条";
    hint_limit = "the credit line, e.g. 5000 or 1.5万", "信用额度，例如 5000 或 1.5万";
    hint_statement_day = "the day of the month a statement is drawn up, 1-28", "每月出账的日子，1-28";
    hint_due_day = "the day of the month the bill is due, 1-28", "每月还款的日子，1-28";
}
