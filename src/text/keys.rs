//! Words of the keymap: what each key does (help screen, `help_*`) and its
//! footer word (`f_*`). Key names themselves (`Enter`, `q`) are not words.

words! {
    // What each key does, as the help screen says it.
    help_quit_anywhere = "quit from anywhere", "在任何地方退出";
    help_quit = "quit", "退出";
    help_budget_set =
        "set, change or end a budget: category, amount a month (0 ends it), --rollover",
        "设置、修改或结束预算：类别、每月金额（0 表示结束）、--rollover";
    help_goal_add = "add a goal: name, --target, --by YYYY-MM", "添加目标：名称、--target、--by YYYY-MM";
    help_goal_edit = "change a goal: name, --target, --by, --rename", "修改目标：名称、--target、--by、--rename";
    help_recurring_add =
        "add a recurring rule: name, --amount, --category, --every month|week|year, --day",
        "添加周期规则：名称、--amount、--category、--every month|week|year、--day";
    help_account_add = "add an account: name, --kind bank|cash|wallet|credit|savings", "添加账户：名称、--kind bank|cash|wallet|credit|savings";
    help_category_add = "add a category: name, --class income|housing|spending, --parent", "添加类别：名称、--class income|housing|spending、--parent";
    help_command =
        "run a command as on the command line: budget, goals, recurring, accounts, config, export, backup and the rest",
        "像命令行一样运行命令：budget、goals、recurring、accounts、config、export、backup 等";
    help_suspend = "suspend to the shell (fg comes back)", "挂起到命令行（fg 返回）";
    help_show_help = "show this help", "显示本帮助";
    help_add_txn = "add a transaction (form)", "记一笔（表单）";
    help_quick_add =
        "quick add: 35 lunch @wechat #food; also 15元, and a date first: y, -2, 11-28",
        "速记：35 午饭 @微信 #餐饮；也可写 15元，日期放在最前：昨天、-2、11-28";
    help_edit_txn = "edit the selected transaction", "修改选中的一笔";
    help_delete_txn = "delete the selected transaction", "删除选中的一笔";
    help_undo = "undo the last change", "撤销上一次改动";
    help_import_bill = "import a bill", "导入账单";
    help_next_row = "next row", "下一行";
    help_prev_row = "previous row", "上一行";
    help_a_screen_down = "a screen down", "下翻一屏";
    help_a_screen_up = "a screen up", "上翻一屏";
    help_first_row = "first row", "第一行";
    help_last_row = "last row", "最后一行";
    help_import_category = "another category for its payee", "给这个商户换个分类";
    help_import_rule = "keep that as a rule", "把它存为规则";
    help_import_account = "into another account", "换一个账户导入";
    help_import_rows = "import the new rows", "导入新的行";
    help_import_skip = "import, leaving out invalid", "导入，跳过无效行";
    help_import_cancel = "cancel: write nothing", "取消：什么都不写";
    help_redo = "redo what was undone", "重做刚撤销的";
    help_filter = "filter (text cat: acct: >100 <20 2026-10)", "筛选 cat: acct: >100 <20";
    help_clear_filter = "clear the filter", "清除筛选";
    help_next_older = "next (older) row", "下一行（更早）";
    help_prev_newer = "previous (newer) row", "上一行（更新）";
    help_screen_down = "one screen down", "下翻一屏";
    help_screen_up = "one screen up", "上翻一屏";
    help_newest = "newest transaction", "最新的一笔";
    help_oldest = "oldest transaction", "最早的一笔";
    help_prev_month = "previous month", "上个月";
    help_next_month = "next month", "下个月";
    help_next_tab = "next tab", "下一个标签页";
    help_prev_tab = "previous tab", "上一个标签页";
    help_tab_ledger = "Ledger tab", "账目页";
    help_tab_months = "Months tab: the monthly chart", "月度页：每月图表";
    help_tab_plan = "Plan tab: projection and goals", "规划页：预测与目标";
    help_return_presets = "return presets: 0%, 0.95% (a one-year deposit), 5%", "预设：0%、0.95% 定期、5%";
    help_tab_move = "Move tab: stay or move, rent or buy", "搬家页：留或搬，租或买";
    help_tab_budget = "Budget tab: spent against limits", "预算页：花销对比限额";
    help_prev_scenario = "previous scenario", "上一个方案";
    help_next_scenario = "next scenario", "下一个方案";
    help_add_scenario = "add one (a copy of Stay)", "新建一个（复制“留下”）";
    help_edit_scenario = "edit the scenario", "修改方案";
    help_copy_scenario = "copy the scenario", "复制方案";
    help_rename_scenario = "rename the scenario", "重命名方案";
    help_delete_scenario = "delete it (asks first)", "删除它（先问一句）";
    help_mortgage = "its mortgage, by year", "它的房贷，按年";
    help_schedule_next = "schedule: next year", "还款表：下一年";
    help_schedule_prev = "schedule: previous year", "还款表：上一年";
    help_schedule_months = "schedule: a year's months", "还款表：一年的各月";
    help_schedule_close = "close the schedule", "关闭还款表";
    help_move_horizon = "horizon: 10, 5, 20 years", "期限：10、5、20 年";
    help_rate_up = "savings rate +5 points", "储蓄率 +5 点";
    help_rate_down = "savings rate −5 points", "储蓄率 −5 点";
    help_income_up = "income +5% (I: −5%)", "收入 +5%（I：−5%）";
    help_income_down = "income −5%", "收入 −5%";
    help_spending_up = "spending +5% (S: −5%)", "支出 +5%（S：−5%）";
    help_spending_down = "spending −5%", "支出 −5%";
    help_return_up = "return +0.5 points (R: −0.5)", "收益率 +0.5 点（R −0.5）";
    help_return_down = "return −0.5 points", "收益率 −0.5 点";
    help_inflation_up = "inflation +0.5 points (F: −0.5)", "通胀 +0.5 点（F −0.5）";
    help_inflation_down = "inflation −0.5 points", "通胀 −0.5 点";
    help_plan_horizon = "horizon: 5, 10, 20 or 30 years", "期限：5、10、20 或 30 年";
    help_reset = "back to the ledger's figures", "回到账本里的数字";
    help_span = "show 6, 12, 24 or all months", "显示 6、12、24 个月或全部";
    help_open_month = "open the month on the Ledger tab", "在账目页打开这个月";
    help_load_demo = "load the demo household (empty ledger only)", "载入示例家庭（仅空账本）";
    help_save = "save", "保存";
    help_run = "run: add the line, or apply the filter", "执行：记下这行或应用筛选";
    help_cancel = "cancel", "取消";
    help_next_field = "next field", "下一栏";
    help_prev_field = "previous field", "上一栏";
    help_down_in_form = "next choice in a list, else next field (scenario form: next field)", "列表下一项，否则下一栏";
    help_up_in_form = "previous choice in a list, else previous field", "列表上一项，否则上一栏";
    help_next_bill = "import: the next bill found", "导入：找到的下一个账单";
    help_prev_bill = "import: the previous bill found", "导入：找到的上一个账单";
    help_backspace = "delete before the caret", "删除光标前的字";
    help_delete_char = "delete at the caret", "删除光标处的字";
    help_caret_left = "caret left; previous choice", "光标左移/上一项";
    help_caret_right = "caret right; accept a suggestion; next choice", "光标右移/接受建议/下一项";
    help_caret_home = "caret to the start", "光标到开头";
    help_caret_end = "caret to the end", "光标到末尾";
    help_clear_line = "clear the line (the field)", "清空这一行（这一栏）";
    help_quit_form = "quit; asks first when something was typed", "退出；已输入内容时先确认";
    help_yes = "yes", "是";
    help_no = "no", "否";
    help_close_help = "close the help", "关闭帮助";
    help_scroll_down = "scroll down", "向下滚动";
    help_scroll_up = "scroll up", "向上滚动";
    // The footer's short words.
    f_quit = "quit", "退出";
    f_help = "help", "帮助";
    f_add = "add", "记账";
    f_add_scenario = "add", "添加";
    f_quick = "quick", "速记";
    f_del = "del", "删除";
    f_undo = "undo", "撤销";
    f_import = "import", "导入";
    f_category = "category", "分类";
    f_rule = "rule", "规则";
    f_account = "account", "账户";
    f_cancel = "cancel", "取消";
    f_filter = "filter", "筛选";
    f_month = "month", "月份";
    f_set = "set", "设置";
    f_goal = "goal", "目标";
    f_scenario = "scenario", "方案";
    f_edit = "edit", "修改";
    f_mortgage = "mortgage", "房贷";
    f_years = "years", "年数";
    f_year = "year", "选年";
    f_months = "months", "各月";
    f_back = "back", "返回";
    f_more = "more", "更多";
    f_rate = "rate±", "储蓄率±";
    f_income = "income", "收入";
    f_spend = "spend", "支出";
    f_return = "return", "收益";
    f_infl = "infl", "通胀";
    f_reset = "reset", "重置";
    f_range = "range", "范围";
    f_ledger = "ledger", "账目";
    f_save = "save", "保存";
    f_run = "run", "执行";
    f_next = "next", "下一栏";
    f_yes = "yes", "是";
    f_no = "no", "否";
    f_close = "close", "关闭";
}
