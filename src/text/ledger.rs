//! Words of the Ledger tab: the month's totals, the filter line, the table
//! and the welcome panel.

words! {
    all_transactions = "all transactions · / filters", "全部账目 · / 筛选";
    next_30_days(list: &str) = "   next 30 days: {list}", "   未来 30 天：{list}";
    filter = "filter: ", "筛选：";
    esc_clears = "  (Esc clears)", "  （Esc 清除）";

    // The header: the month's figures.
    matching_in = " matching: in ", " 符合的：收入 ";
    saved = " saved ", " 储蓄 ";
    income = "  in ", "  收入 ";
    housing = "  housing ", "  住房 ";
    spent = "  spent ", "  支出 ";
    safe_today = "  safe today ", "  今日可花 ";
    safe_per_day(amount: &str) = "{amount}/day", "每天 {amount}";
    expected_rate(rate: &str) = "expected {rate}", "预计 {rate}";
    over_budget(list: &str) = "  ! over budget: {list}", "  ! 超预算：{list}";

    // The welcome panel.
    welcome = "Welcome to nestegg. Your ledger is empty.", "欢迎使用 nestegg。你的账本还是空的。";
    welcome_add = "  a   add your first expense with the form", "  a   用表单记下第一笔支出";
    welcome_quick = "  i   quick add: type  35 lunch  and Enter", "  i   速记：输入  35 午饭  再按 Enter";
    welcome_import = "  I   import a bill: Alipay, WeChat Pay, a bank (you see a preview first)",
        "  I   导入支付宝、微信支付或银行账单（先看预览）";
    welcome_demo = "  D   load a demo household to look around (u undoes it)", "  D   载入示例家庭随便看看（u 撤销）";
    welcome_keys = "  ?   every key", "  ?   全部按键";
    getting_started = " Getting started ", " 开始使用 ";

    // The table.
    col_date = "DATE", "日期";
    col_payee = "PAYEE", "商户";
    col_category = "CATEGORY", "分类";
    col_account = "ACCOUNT", "账户";
    col_amount = "AMOUNT", "金额";
    no_match = "no transactions match the filter", "没有符合筛选的账目";
    transfer = "⇄ transfer", "⇄ 转账";
}
