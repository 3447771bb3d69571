//! Words of the interface's frame: tab titles, status messages, the
//! too-small screen, the crash note, popups and the help screen.

words! {
    new_ledger(path: impl std::fmt::Display) =
        "started a new ledger at {path} (not the one you meant? quit with q and check --db)",
        "已在 {path} 新建账本（不是你要的？按 q 退出，检查 --db）";
    ledger_at(path: impl std::fmt::Display) = "ledger: {path}", "账本：{path}";
    // Tab titles (`tui::tab::Tab::title`).
    tab_ledger = "Ledger", "账目";
    tab_months = "Months", "月度";
    tab_plan = "Plan", "规划";
    tab_move = "Move", "搬家";
    tab_budget = "Budget", "预算";

    // Status messages of the Ledger tab.
    transfer_not_editable =
        "transfers cannot be edited here yet: d deletes both sides (then add it again)",
        "转账暂时不能在这里修改：d 删除两边（然后重新记一笔）";
    nothing_to_edit = "nothing to edit: the list is empty", "没有可修改的：列表是空的";
    nothing_to_delete = "nothing to delete: the list is empty", "没有可删除的：列表是空的";
    import_cancelled = "import cancelled: nothing was written", "已取消导入：什么都没写入";
    demo_only_empty =
        "the demo only fills an empty ledger; to look at it, run: nestegg --db /tmp/demo.db",
        "示例只能填入空账本；想看看的话，运行：nestegg --db /tmp/demo.db";
    no_later_month = "no later month with transactions", "后面没有记过账的月份了";
    no_earlier_month = "no earlier month with transactions", "前面没有记过账的月份了";
    no_earlier_month_filtered =
        "no earlier month with transactions under this filter",
        "在此筛选下，前面没有记过账的月份了";
    changed_elsewhere =
        "the ledger changed outside this window (another nestegg); reloaded",
        "账本在本窗口之外被修改了（另一个 nestegg）；已重新载入";
    not_saved(error: &str) =
        "not saved, Enter tries again (Esc drops it): {error}",
        "未保存，按 Enter 重试（Esc 放弃）：{error}";

    // Outcomes of the effect runner.
    posted(n: usize, list: &str) =
        ("posted {n} recurring instance due up to today ({list}); u undoes it"
            | "posted {n} recurring instances due up to today ({list}…); u undoes them"),
        "已记入截至今天到期的 {n} 笔周期账（{list}…）；u 撤销";
    prompt_command = "Command", "命令";
    settings_title = " Settings ", " 设置 ";
    settings_keys = "Enter change · x unset · Esc close", "Enter 修改 · x 取消设置 · Esc 关闭";
    setting_unset = "(unset)", "（未设置）";
    prompt_command_hint =
        "as on the command line, without nestegg: budget set food 1200 · goals add Flat --target 37500 · recurring add Pay --amount 5000 --category salary --every month · help · ↑/↓ earlier lines",
        "像在命令行里一样，不用写 nestegg：budget set food 1200 · goals add Flat --target 37500 · recurring add Pay --amount 5000 --category salary --every month · help · ↑/↓ 之前的命令";
    command_done(line: &str) = "done: {line}", "已完成：{line}";
    command_shown(line: &str) = "{line}: its output is shown; Esc closes it", "{line}：输出已显示；按 Esc 关闭";
    command_failed(line: &str) = "{line} failed; why is shown; Esc closes it", "{line} 失败；原因已显示；按 Esc 关闭";
    command_no_file = "this ledger has no file, so commands cannot run on it", "此账本没有文件，无法在其上运行命令";
    paste_nowhere =
        "a paste goes into a text field: a adds, i quick-adds, / filters, then paste",
        "粘贴的内容只能进入输入框：先按 a 记账、i 快速记账或 / 筛选，再粘贴";
    paste_cut(length: usize, max: usize) =
        "the paste had {length} characters; the first {max} were typed",
        "粘贴的内容有 {length} 个字符；只输入了前 {max} 个";
    row_now(message: &str, row: &str) = "{message}; it now reads: {row}", "{message}；现在是：{row}";
    stale_edit_hint = "the form now shows it with your changes: Enter saves them, Esc keeps it as it is", "表单已换成它现在的内容并保留你的修改：按 Enter 保存，按 Esc 保留现状";
    gone_edit_hint = "Enter adds yours as a new transaction, Esc drops it", "按 Enter 把你的内容作为新交易添加，按 Esc 放弃";
    deleted(what: &str) = "deleted {what}; u undoes it", "已删除 {what}；u 撤销";
    undid(label: &str) = "undid: {label}; Ctrl-r redoes it", "已撤销：{label}；Ctrl-r 重做";
    redid(label: &str) = "redid: {label}", "已重做：{label}";
    nothing_to_undo = "nothing to undo", "没有可撤销的";
    nothing_to_redo = "nothing to redo", "没有可重做的";
    imported(n: usize, name: &str) =
        ("imported {n} transaction from {name}; u undoes it" | "imported {n} transactions from {name}; u undoes the whole import"),
        "已从 {name} 导入 {n} 笔；u 撤销整个导入";
    rule_saved(payee: &str, category: &str, file: impl std::fmt::Display) =
        "saved: {payee} → {category} for later imports, in {file}",
        "已保存：{payee} → {category}，以后导入时使用，存于 {file}";
    scenario_deleted(name: &str) = "deleted scenario '{name}'; u undoes it", "已删除方案“{name}”；u 撤销";
    demo_loaded(n: usize) =
        ("loaded the demo household: {n} transaction; u undoes it" | "loaded the demo household: {n} transactions; u undoes it"),
        "已载入示例家庭：{n} 笔；u 撤销";
    added_txn(amount: &str, category: &str, date: impl std::fmt::Display, account: &str) =
        "added {amount} {category} on {date} ({account})",
        "已记下 {amount} {category}，{date}（{account}）";
    saved_txn(amount: &str, category: &str, date: impl std::fmt::Display, account: &str) =
        "saved {amount} {category} on {date} ({account})",
        "已保存 {amount} {category}，{date}（{account}）";
    no_spending_category = "there is no spending category; add one first", "还没有支出分类；请先添加一个";
    amount_too_large = "the amount is too large", "金额太大";
    cannot_read(path: impl std::fmt::Display, e: impl std::fmt::Display) =
        "cannot read {path}: {e}", "无法读取 {path}：{e}";
    no_complete_month =
        "Staying is built from the ledger, which has no complete month yet: log a month of income and spending (or load the demo household with D on the Ledger tab) first.",
        "“留下”根据账本算出，但账本里还没有完整的一个月：请先记一个月的收入和支出（或在账目页按 D 载入示例家庭）。";

    // The crash note on stderr.
    crashed(message: &str, report: impl std::fmt::Display) =
        "nestegg: the interface hit a bug and stopped ({message}). The terminal was restored and every saved change is in the ledger. Details: {report} — please attach them to a bug report.",
        "nestegg：界面遇到程序错误，已停止（{message}）。终端已恢复，所有已保存的改动都在账本里。详情：{report} —— 报告问题时请附上。";
    crashed_unwritten(message: &str, at: &str, report: impl std::fmt::Display, e: impl std::fmt::Display) =
        "nestegg: the interface hit a bug and stopped: {message} at {at}. The terminal was restored and every saved change is in the ledger. (The details could not be written to {report}: {e}.)",
        "nestegg：界面遇到程序错误，已停止：{message}，位于 {at}。终端已恢复，所有已保存的改动都在账本里。（详情无法写入 {report}：{e}。）";

    // The prompts.
    prompt_quick = " Quick add ", " 速记 ";
    // Each example between the dots types as it is shown; a date may lead any of them.
    prompt_quick_hint =
        "35 lunch · 15元 taxi #transport · 12.5*2 美团外卖 @wechat\ndate first: y 35 lunch · -2 35 lunch · 11-28 35 lunch",
        "35 午饭 · 15元 打车 #交通 · 12.5*2 美团外卖 @微信\n日期放在最前：昨天 35 午饭 · -2 35 午饭 · 11-28 35 午饭";
    prompt_filter = " Filter ", " 筛选 ";
    prompt_filter_hint =
        "text · cat:food · acct:alipay · tag:trip · >100 · 2026-10",
        "文字 · cat:餐饮 · acct:支付宝 · tag:旅行 · >100 · 2026-10";
    prompt_rename = " Rename scenario ", " 重命名方案 ";
    prompt_rename_hint = "a new name; the scenario keeps everything else", "新名字；方案的其他内容不变";
    prompt_import = " Import a bill ", " 导入账单 ";
    prompt_import_hint =
        "Alipay, WeChat Pay, a bank's CSV, OFX or QIF · ↑/↓ picks one found",
        "支付宝、微信支付、银行流水、OFX 或 QIF · ↑/↓ 选择找到的文件";
    prompt_category = " Category for this payee ", " 这个商户的分类 ";
    prompt_category_hint =
        "food, groceries, transport … (a unique start is enough)",
        "餐饮、买菜、交通 …（开头能区分即可）";
    prompt_keys = " Enter run · Esc cancel ", " Enter 执行 · Esc 取消 ";

    // The delete question.
    confirm_title = " Delete? ", " 删除？ ";
    confirm_txn(what: &str) = "Delete {what}?", "删除 {what}？";
    confirm_transfer(what: &str) = "Delete {what} (both sides of the transfer)?", "删除 {what}（转账的两边）？";
    confirm_scenario(name: &str) = "Delete the scenario '{name}'?", "删除方案“{name}”？";
    confirm_keys = "y deletes (u undoes it) · n or Esc keeps it", "y 删除（u 可撤销）· n 或 Esc 保留";

    // The help screen.
    help_title = " Keys ", " 按键 ";
    help_keys = " ↓/↑ scroll · Esc, ? or q closes ", " ↓/↑ 滚动 · Esc、? 或 q 关闭 ";
    help_ledger = "Ledger (1)", "账目 (1)";
    help_months = "Months (2)", "月度 (2)";
    help_plan = "Plan (3)", "规划 (3)";
    help_move = "Move (4)", "搬家 (4)";
    help_budget = "Budget (5)", "预算 (5)";
    help_schedule = "Mortgage schedule (m on the Move tab)", "房贷还款表（搬家页按 m）";
    help_every_tab = "On every tab", "每个标签页都有";
    help_import = "Import preview (I)", "导入预览 (I)";
    help_forms = "Forms (a, e)", "表单 (a, e)";
    help_prompts = "Prompts (i, /, I, r)", "输入框 (i, /, I, r)";
    help_delete = "Delete (d)", "删除 (d)";
}
