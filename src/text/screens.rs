//! Words of the screens of things (accounts, categories, recurring rules,
//! goals) and of the small forms over commands (`tui::fields`).

words! {
    // The forms.
    needed = "needed", "必填";
    hint_choose = "←/→ to choose, or type its first letter", "用 ←/→ 选择，或输入首字母";
    form_keys = " Enter save · Tab next · Esc cancel ", " Enter 保存 · Tab 下一项 · Esc 取消 ";
    running = "saving…", "正在保存…";
    l_name = "Name", "名称";
    l_new_name = "New name", "新名称";
    l_kind = "Kind", "类型";
    l_currency = "Currency", "币种";
    l_class = "Class", "大类";
    l_parent = "Parent", "上级类别";
    l_date = "Date", "日期";
    l_amount = "Amount", "金额";
    l_category = "Category", "类别";
    l_account = "Account", "账户";
    l_every = "Every", "周期";
    l_interval = "Interval", "间隔";
    l_day = "Day", "日";
    l_start = "Start", "开始";
    l_end = "End", "结束";
    l_count = "Count", "次数";
    l_step_up = "Step-up", "每年递增";
    l_payee = "Payee", "对方";
    l_target = "Target", "目标金额";
    l_by = "By", "期限";
    l_accounts = "Accounts", "账户";
    l_priority = "Priority", "优先级";
    l_from = "From", "起始月";
    l_rollover = "Rollover", "结余结转";
    every_month = "month", "每月";
    every_week = "week", "每周";
    every_year = "year", "每年";
    rollover_as_before = "as before", "保持原样";
    rollover_yes = "yes: carry what is left", "是：结余转入下月";
    rollover_no = "no", "否";
    hint_name = "a name, e.g. 招商银行 or Savings", "名称，例如 招商银行 或 储蓄";
    hint_category_name = "a name, e.g. milk tea or 奶茶", "名称，例如 奶茶 或 milk tea";
    hint_currency = "ISO code: CNY, USD, EUR…", "ISO 代码：CNY、USD、EUR……";
    hint_parent = "a category of the same class, or empty", "同一大类下的类别，或留空";
    hint_parent_move = "a category of the same class, or none (top level)", "同一大类下的类别，或 none（顶层）";
    hint_instance_date = "the instance's day, YYYY-MM-DD (the next one is filled in)", "这一期的日期，YYYY-MM-DD（已填入下一期）";
    hint_amount = "e.g. 1200, 3.75万", "例如 1200、3.75万";
    hint_budget_amount = "a month, e.g. 1200; 0 ends the budget", "每月金额，例如 1200；0 表示结束预算";
    hint_end = "no instance after this day, YYYY-MM-DD", "此日之后不再有，YYYY-MM-DD";
    hint_end_or_none = "YYYY-MM-DD, none, or empty", "YYYY-MM-DD、none，或留空";
    hint_category = "e.g. salary, rent (a unique start is enough)", "例如 工资、房租（唯一的开头即可）";
    hint_budget_category = "a spending or housing category", "支出或住房类别";
    hint_account = "empty: the first account", "留空：第一个账户";
    hint_interval = "every N months, weeks or years", "每 N 个月、周或年";
    hint_day = "day of the month, 1–31 (empty: the start's)", "每月几号，1–31（留空：开始日）";
    hint_start = "the first instance on or after this day, YYYY-MM-DD", "第一期在此日或之后，YYYY-MM-DD";
    hint_count = "at most this many instances (0: no limit)", "最多几期（0：不限）";
    hint_step_up = "a yearly raise: 3% or 100, or none", "每年递增：3% 或 100，或 none";
    hint_payee = "who pays or is paid (empty: the name)", "付款方或收款方（留空：名称）";
    hint_rule_name = "e.g. salary, rent", "例如 工资、房租";
    hint_goal_name = "e.g. Flat in Hegang", "例如 鹤岗买房";
    hint_by = "the month to reach it by, YYYY-MM, or empty", "期限月份 YYYY-MM，或留空";
    hint_by_or_none = "YYYY-MM, or none", "YYYY-MM，或 none";
    hint_accounts = "accounts that fund it, comma-separated (empty: all)", "为它存钱的账户，逗号分隔（留空：全部）";
    hint_accounts_or_all = "comma-separated, or all", "逗号分隔，或 all";
    hint_from = "from this month on, YYYY-MM", "从此月起，YYYY-MM";
    title_account_add = " New account ", " 新账户 ";
    title_category_add = " New category ", " 新类别 ";
    title_rule_add = " New recurring rule ", " 新周期规则 ";
    title_goal_add = " New goal ", " 新目标 ";
    title_rename(name: &str) = " Rename {name} ", " 重命名 {name} ";
    title_move(name: &str) = " Move {name} under… ", " 把 {name} 移到…下 ";
    title_skip(name: &str) = " Skip one of {name} ", " 跳过 {name} 的一期 ";
    title_change_one(name: &str) = " Change one of {name} ", " 修改 {name} 的一期 ";
    title_end(name: &str) = " End {name} ", " 结束 {name} ";
    title_rule_edit(name: &str) = " Change {name} (from now on) ", " 修改 {name}（从现在起） ";
    title_goal_edit(name: &str) = " Change goal {name} ", " 修改目标 {name} ";
    title_budget(month: &str) = " Budget from {month} on ", " 预算（自 {month} 起） ";

    help_small_forms = "Small forms (budgets, goals, rules, accounts, categories)", "小表单（预算、目标、规则、账户、类别）";

    title_export = " Export ", " 导出 ";
    title_opening(name: &str) = " What {name} held on a day ", " “{name}”某日的余额 ";
    l_balance = "Balance", "余额";
    l_as_of = "As of", "日期";
    hint_balance = "what it holds already, e.g. 12000 (a debt: -1200); empty: none", "已有的钱，例如 12000（欠款写 -1200）；留空：无";
    hint_opening = "what it held that day, e.g. 12345.67 (a debt: -1200), or none", "那天的余额，例如 12345.67（欠款写 -1200），或 none";
    hint_as_of = "the day it was true, YYYY-MM-DD (empty: today)", "余额所对应的日期，YYYY-MM-DD（留空：今天）";
    title_backup = " Back up the ledger ", " 备份账本 ";
    l_format = "Format", "格式";
    l_from_day = "From", "起始日";
    l_to_day = "To", "截止日";
    l_file = "File", "文件";
    l_replace = "If it exists", "若已存在";
    format_csv = "CSV (nestegg reads it back)", "CSV（nestegg 可再导入）";
    format_ledger = "journal (hledger, ledger-cli)", "日记账（hledger、ledger-cli）";
    replace_no = "keep it: ask for another name", "保留：换个文件名";
    replace_yes = "replace it", "替换它";
    hint_day_or_empty = "YYYY-MM-DD, or empty for all", "YYYY-MM-DD，留空表示全部";
    hint_file = "a name alone goes in the folder nestegg was started from", "只写文件名则放在启动 nestegg 的文件夹";
    hint_backup(default: &str) = "a new file (a backup never replaces one); empty: {default}", "新文件（备份从不覆盖已有文件）；留空：{default}";

    // The screens.
    accounts_title = "Accounts", "账户";
    categories_title = "Categories", "类别";
    rules_title = "Recurring rules", "周期规则";
    goals_title = "Goals", "目标";
    loading = "reading…", "读取中…";
    none_yet_accounts = "No accounts yet: a adds one.", "还没有账户：按 a 添加。";
    none_yet_categories = "No categories yet: a adds one.", "还没有类别：按 a 添加。";
    none_yet_rules = "No recurring rules yet: a adds one, e.g. salary on the 10th, rent on the 1st.",
        "还没有周期规则：按 a 添加，例如 每月 10 号发工资、1 号交房租。";
    none_yet_goals = "No goals yet: a adds one.", "还没有目标：按 a 添加。";
    showing_archived = "archived ones shown (v hides them)", "已显示归档项（v 隐藏）";
    hiding_archived(n: usize) = "{n} archived hidden (v shows them)", "{n} 个已归档未显示（v 显示）";
    h_priority = "PRIORITY", "优先级";
    h_by = "BY", "期限";
    h_target = "TARGET", "目标";
    h_when = "AT THIS RATE", "按当前速度";
    next_of(name: &str) = "What {name} will post next", "{name} 接下来将记入";
    nothing_next = "nothing more: the rule has ended", "没有了：规则已结束";
    reached = "reached", "已达成";
    goals_note = "Dates at the ledger's baseline saving; the Plan tab's what-ifs move them.",
        "日期按账本基准储蓄计算；计划页的假设调整会改变它们。";
    not_reached = "not at this rate", "按当前速度达不到";
    ask_delete(what: &str) = "Delete {what}? What it posted stays.", "删除 {what}？已记入的保持不变。";
    ask_delete_goal(what: &str) = "Delete the goal {what}?", "删除目标 {what}？";
}
