//! Words of the add/edit form and of picking an account or category by
//! name (the form, quick add and the filter).

words! {
    title_add = " Add transaction ", " 记一笔 ";
    title_edit = " Edit transaction ", " 修改这笔 ";
    keys = " Enter save · Tab next · Esc cancel ", " Enter 保存 · Tab 下一栏 · Esc 取消 ";

    // Field labels.
    date = "Date", "日期";
    amount = "Amount", "金额";
    category = "Category", "分类";
    account = "Account", "账户";
    payee = "Payee", "商户";
    note = "Note", "备注";
    tags = "Tags", "标签";
    share = "AA", "AA 分摊";

    // Hints under the fields.
    hint_date = "t today · y yesterday · -2 two days ago · 10-03 · 2026-10-03",
        "t 今天 · y 昨天 · -2 前天 · 10-03 · 2026-10-03";
    hint_amount = "25 · 12.50 · 1.5万 · 12.5*3 · 30+4.5 · negative = refund",
        "25 · 12.50 · 1.5万 · 12.5*3 · 30+4.5 · 负数 = 退款";
    hint_tags = "旅行 出差 or +旅行 +出差 · empty = no tags", "旅行 出差 或 +旅行 +出差 · 留空 = 没有标签";
    hint_share = "empty = not split · 4 = you and 3 others · 4:小王,小李 names who owes",
        "留空 = 不分摊 · 4 = 你和另外 3 人 · 4:小王,小李 写明谁欠一份";
    hint_claimed = "read-only: this row's claim stays as it is (undo it, or delete the row, to change it)",
        "只读：这笔的分摊或报销保持不变（要改请撤销，或删除这笔）";
    claimed_share(owed: &str) = "AA: others owe {owed}", "AA：别人欠 {owed}";
    claimed_reimburse(by: &str) = "reimbursable by {by}", "待 {by} 报销";
    claimed_offset(id: i64) = "a claim on #{id}", "是 #{id} 的一份";
    hint_suggestion = "→ at the end accepts the suggestion", "在末尾按 → 接受建议";
    nothing_matches = "nothing matches what is typed", "没有与输入相符的";
    more_errors(n: usize) = "✗ and {n} more: fix these first (✗ marks each field)",
        "✗ 还有 {n} 处：请先改上面的（✗ 标出每一栏）";
    more(n: usize) = "  ↓ {n} more", "  ↓ 还有 {n} 项";

    // Errors shown by the form, each under the fields naming its field.
    field_error(label: &str, e: &str) = "✗ {label}: {e}", "✗ {label}：{e}";
    no_category = "no category matches; clear the field to see them all", "没有相符的分类；清空这一栏可看到全部";
    no_account = "no account matches; clear the field to see them all", "没有相符的账户；清空这一栏可看到全部";
    zero = "the amount is zero; type what was paid or received", "金额为零；请输入付出或收到的钱";
    quit_ask_line = "Ctrl-C again quits without running the typed line; Enter runs it, Esc closes the line",
        "再按 Ctrl-C 退出，输入的这一行不会执行；Enter 执行，Esc 关闭输入行";
    quit_ask = "Ctrl-C again quits without saving what is typed; Enter saves it, Esc closes the form",
        "再按 Ctrl-C 退出，输入的内容不会保存；Enter 保存，Esc 关闭表单";

    // Quick add and the filter.
    no_active_account = "there is no active account", "没有可用的账户";
    quick_zero = "the amount is zero; type what was paid, e.g. 35 lunch", "金额为零；请输入付了多少，例如 35 午饭";
    what_account = "account", "账户";
    what_category = "category", "分类";
    no_such(what: &str, query: &str, closest: &str) = "no {what} '{query}'; closest: {closest}",
        "没有{what}“{query}”；最接近的：{closest}";
    no_such_far(what: &str, query: &str) = "no {what} '{query}'", "没有{what}“{query}”";
    could_be(query: &str, candidates: &str) = "'{query}' could be {candidates}", "“{query}”可能是 {candidates}";
}
