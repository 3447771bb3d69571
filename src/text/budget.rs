//! Words of the Budget tab.

words! {
    reading = "reading the budgets…", "正在读取预算…";
    head(total: &str, income: &str) = "  budgets {total} · income {income}", "  预算 {total} · 收入 {income}";
    head_keys = "   ←/→ month · ↑/↓ line", "   ←/→ 换月 · ↑/↓ 选行";
    none = "No budgets for this month. Press a to set one (a category, an amount a month), c to copy last month's, or from the command line:",
        "这个月还没有预算。按 a 设置一个（类别、每月金额），按 c 复制上月的，或在命令行设置：";
    col_category = "   CATEGORY", "   类别";
    col_budget = "BUDGET", "预算";
    col_spent = "SPENT", "已花";
    col_left = "LEFT", "剩余";
    col_bar = "SPENT OF BUDGET", "已花占预算";
    /// After the bar of a category over its budget (the `!` marks it too).
    over = " over", " 超支";
    carried(amount: &str) = " (+{amount} carried)", " （含结转 +{amount}）";
    within = "within budget everywhere", "各项都在预算内";
    over_list(names: &str) = "! over budget: {names}", "! 超出预算：{names}";
    list_sep = ", ", "、";
}
