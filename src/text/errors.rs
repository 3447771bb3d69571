//! Words of errors: what the ledger, amounts, what people type, and the
//! planners say when something cannot be done, and the record nouns those
//! messages name. Bills have their own area (`bills`), undo steps theirs
//! (`steps`), and the core's descriptions theirs (`core`).

use std::fmt::Display;

words! {
    // ---- kinds of records, for "no {what} with id 3" and the like
    record_account = "account", "账户";
    record_category = "category", "分类";
    record_goal = "goal", "目标";
    record_transaction = "transaction", "交易";
    record_rule = "recurring rule", "周期规则";
    record_scenario = "scenario", "方案";
    record_mapping = "mapping", "映射";
    record_recurring = "recurring", "周期规则";
    record_instances = "recurring instances", "周期交易";
    record_budgets = "budgets", "预算";
    undo = "undo", "撤销";
    redo = "redo", "重做";

    // ---- the ledger file (StoreError)
    store_io(path: impl Display, source: impl Display) =
        "cannot prepare the ledger at {path}: {source}",
        "无法准备账本 {path}：{source}";
    not_a_ledger(path: impl Display) =
        "{path} is not a nestegg ledger (not an SQLite database, or damaged); pass another file with --db, or put a backup in its place with nestegg restore BACKUP (this file is kept aside)",
        "{path} 不是 nestegg 账本（不是 SQLite 数据库，或已损坏）；请用 --db 指定其他文件，或用 nestegg restore BACKUP 换上备份（此文件会另行保留）";
    newer_schema(found: i64, known: i64) =
        "this ledger was written by a newer nestegg (schema version {found}; this program knows up to {known}); upgrade nestegg to open it — the file was not touched",
        "此账本由更新版本的 nestegg 写入（结构版本 {found}，本程序最高支持 {known}）；请升级 nestegg 后再打开——文件未被改动";
    not_found(what: &str, id: i64) =
        "no {what} with id {id}; `nestegg ls` shows the ids",
        "没有编号为 {id} 的{what}；`nestegg ls` 可查看编号";
    duplicate(what: &str, name: &str) =
        "{what} '{name}' already exists; pick another name",
        "{what}“{name}”已存在，请换个名字";
    changed_meanwhile(what: &str, id: i64) =
        "{what} #{id} was changed elsewhere after it was shown; nothing was written",
        "{what} #{id} 在显示之后已在别处被修改；未写入任何内容";
    gone_meanwhile(what: &str, id: i64) =
        "{what} #{id} was deleted elsewhere after it was shown; nothing was written",
        "{what} #{id} 在显示之后已在别处被删除；未写入任何内容";
    busy =
        "the ledger is busy: another nestegg is writing to it; nothing was changed, try again in a moment",
        "账本正忙：另一个 nestegg 正在写入；未做任何更改，请稍后再试";
    read_only_file(path: impl Display) =
        "{path} is read-only: nestegg needs to write the file and its folder (for its journal); check the permissions (ls -l), or copy the ledger somewhere writable — nothing was changed",
        "{path} 是只读的：nestegg 需要写入该文件及其所在文件夹（用于日志）；请检查权限（ls -l），或把账本复制到可写的位置——未做任何更改";
    read_only =
        "the ledger cannot be written (its file or folder is read-only); check the permissions — nothing was changed",
        "账本无法写入（文件或文件夹是只读的）；请检查权限——未做任何更改";
    disk_full =
        "the disk is full, so this change was not saved and the ledger is as it was; free some space and try again",
        "磁盘已满，此次更改未保存，账本保持原样；请腾出空间后重试";
    write_failed(e: impl Display, cause: &str) =
        "the ledger could not be written ({e}); the change was not saved and the ledger is as it was — {cause}",
        "账本写入失败（{e}）；此次更改未保存，账本保持原样——{cause}";
    read_failed(e: impl Display, cause: &str) =
        "the ledger could not be read ({e}); nothing was changed — {cause}", "账本读取失败（{e}）；未作改动——{cause}";
    io_cause_too_large =
        "the system refused to let the file grow: a file-size limit is set for this process (ulimit -f); raise it and try again",
        "系统不允许文件继续变大：此进程设有文件大小上限（ulimit -f）；请调高上限后重试";
    io_cause_no_space =
        "there is no space left on the disk; free some space and try again", "磁盘空间不足；请腾出空间后重试";
    io_cause_denied =
        "the system denied access; check the permissions of the ledger and its folder (ls -l)",
        "系统拒绝访问；请检查账本及其文件夹的权限（ls -l）";
    io_cause_read_only =
        "the file system is read-only; copy the ledger somewhere writable", "文件系统是只读的；请把账本复制到可写的位置";
    io_cause_device(e: impl Display) =
        "the system reported a device error ({e}): the disk or its connection may be failing; copy the ledger elsewhere (nestegg backup PATH) and check the disk",
        "系统报告设备错误（{e}）：磁盘或其连接可能出了故障；请把账本复制到别处（nestegg backup PATH）并检查磁盘";
    io_cause_os(e: impl Display) = "the system said: {e}", "系统提示：{e}";
    io_cause_unknown =
        "SQLite did not say what the system reported; try again, and nestegg check tells whether the file is sound",
        "SQLite 没有说明系统报告了什么；请重试，nestegg check 可检查文件是否完好";
    ledger_error(e: impl Display) = "ledger error: {e}", "账本出错：{e}";
    wal_refused(mode: &str) = "the ledger refused WAL mode (got {mode})", "账本拒绝使用 WAL 模式（得到 {mode}）";
    // ---- text held to its limit (model::clean)
    field_payee = "payee", "对方";
    field_note = "note", "备注";
    field_name = "name", "名称";
    too_long(field: &str, chars: usize, limit: usize) =
        "the {field} is {chars} characters long; a {field} holds at most {limit} — nothing was written",
        "{field}有 {chars} 个字符；{field}最多 {limit} 个字符——未写入任何内容";
    new_name_empty(what: &str) = "the new {what} name cannot be empty", "新的{what}名称不能为空";
    account_name_empty = "an account name cannot be empty", "账户名称不能为空";
    category_name_empty = "a category name cannot be empty", "分类名称不能为空";
    parent_self(name: &str) =
        "'{name}' cannot be under itself: choose another parent, or none for the top level",
        "“{name}”不能放在自己下面：请选别的上级，或 none（顶层）";
    parent_loop(name: &str, parent: &str) =
        "'{parent}' is under '{name}': a category cannot be under itself or one of its own sub-categories",
        "“{parent}”在“{name}”下面：分类不能放在自己或自己的子分类下面";
    parent_archived(parent: &str) =
        "the parent '{parent}' is archived: bring it back with nestegg categories unarchive \"{parent}\", or choose another",
        "上级分类“{parent}”已归档：用 nestegg categories unarchive \"{parent}\" 恢复，或另选一个";
    parent_class(name: &str, class: &str, parent: &str, parent_class: &str) =
        "'{name}' is {class} but its parent '{parent}' is {parent_class}: a sub-category must have its parent's class",
        "“{name}”属于{class}，但上级“{parent}”属于{parent_class}：子分类须与上级同类";
    path_exists(path: impl Display) = "{path} already exists; pick another name", "{path} 已存在，请换个名字";
    not_a_backup(path: impl Display) =
        "{path} is not a nestegg ledger or backup; nothing was changed",
        "{path} 不是 nestegg 账本或备份；未做任何更改";
    backup_missing(path: impl Display) = "{path} does not exist; nothing was changed", "{path} 不存在；未做任何更改";
    schema_foreign(kind: &str, name: &str) =
        "not nestegg's: {kind} '{name}' (nestegg never makes it)", "不属于 nestegg：{kind}“{name}”（nestegg 从不创建它）";
    schema_missing(kind: &str, name: &str) = "missing: nestegg's {kind} '{name}'", "缺少：nestegg 的{kind}“{name}”";
    schema_altered(kind: &str, name: &str) =
        "changed: nestegg's {kind} '{name}' is not as nestegg makes it", "被改动：nestegg 的{kind}“{name}”与 nestegg 创建的不同";
    kind_table = "table", "表";
    kind_index = "index", "索引";
    kind_trigger = "trigger", "触发器";
    kind_view = "view", "视图";
    schema_more(n: usize) = ("{n} more difference" | "{n} more differences"), "另有 {n} 处差异";
    backup_foreign_schema(path: impl Display, what: &str) =
        "{path} is not a ledger as nestegg makes it ({what}); only a file whose schema is exactly nestegg's own is restored; nothing was changed",
        "{path} 不是 nestegg 所建的账本（{what}）；只恢复结构与 nestegg 完全一致的文件；未做任何更改";
    broken_link_row(table: &str, rowid: i64, parent: &str) =
        "row {rowid} of table '{table}' points at a row of '{parent}' that is not there",
        "表“{table}”的第 {rowid} 行指向“{parent}”中不存在的行";
    broken_link_table(table: &str, parent: &str) =
        "a row of table '{table}' points at a row of '{parent}' that is not there",
        "表“{table}”中有一行指向“{parent}”中不存在的行";
    integrity_more(n: usize) = ("{n} more finding" | "{n} more findings"), "另有 {n} 处问题";
    broken_links_more(n: usize) = ("{n} more such row" | "{n} more such rows"), "另有 {n} 行如此";
    backup_broken_links(path: impl Display, what: &str) =
        "{path} is damaged: rows point at rows it does not hold ({what}); nothing was changed",
        "{path} 已损坏：有行指向其中不存在的行（{what}）；未做任何更改";
    backup_damaged(path: impl Display, check: &str) =
        "{path} is damaged (integrity check: {check}); nothing was changed",
        "{path} 已损坏（完整性检查：{check}）；未做任何更改";
    budget_negative = "a budget is zero or more", "预算不能为负数";
    demo_not_empty(existing: i64) =
        "this ledger already has {existing} transactions; the demo only fills an empty ledger (try it on another file, with --db /tmp/demo.db)",
        "此账本已有 {existing} 笔交易；演示数据只填入空账本（可换个文件试试：--db /tmp/demo.db）";
    demo_missing(what: &str, name: &str) =
        "the demo needs the default {what} '{name}', which was renamed or removed",
        "演示需要默认{what}“{name}”，但它已被改名或删除";
    goal_needs_name = "a goal needs a name", "目标需要一个名字";
    goal_target = "a goal's target must be more than zero", "目标金额必须大于零";
    account_archived(name: &str) =
        "the '{name}' account is archived: bring it back with nestegg accounts unarchive \"{name}\", or choose another",
        "账户“{name}”已归档：可用 nestegg accounts unarchive \"{name}\" 恢复，或换一个账户";
    mapping_unreadable(name: &str, e: impl Display) = "mapping '{name}': {e}", "映射“{name}”：{e}";
    mapping_needs_name = "a mapping needs a name", "映射需要一个名字";
    rule_unreadable(name: &str, e: impl Display) =
        "recurring rule '{name}' cannot be read ({e}); remove it",
        "无法读取周期规则“{name}”（{e}）；请删除它";
    already_posted(date: impl Display) =
        "the instance on {date} is already posted: edit or delete that transaction instead",
        "{date} 的这一笔已记入：请改为编辑或删除那笔交易";
    scenario_unreadable(id: i64, e: impl Display) =
        "scenario {id} cannot be read ({e}); delete it and add it again",
        "无法读取方案 {id}（{e}）；请删除后重新添加";
    rule_needs_name = "a recurring rule needs a name", "周期规则需要一个名字";
    rule_sign =
        "a recurring amount has the sign of its category's class",
        "周期金额的正负须与其分类的类别一致（收入为正，支出为负）";
    scenario_needs_name = "type a name for the scenario", "请输入方案名称";
    scenario_not_stay(n: &str) =
        "a scenario needs a name other than '{n}' (Stay is built from the ledger itself)",
        "方案名称不能是“{n}”（Stay 即留下不搬，由账本本身算出）";
    transfer_same_account(name: &str) =
        "a transfer needs two different accounts (both are '{name}')",
        "转账需要两个不同的账户（两边都是“{name}”）";
    transfer_currencies(a: &str, a_cur: impl Display, b: &str, b_cur: impl Display) =
        "'{a}' holds {a_cur} and '{b}' holds {b_cur}: transfers between currencies are not supported yet",
        "“{a}”是 {a_cur}，“{b}”是 {b_cur}：暂不支持不同币种之间的转账";
    transfer_positive = "a transfer amount must be more than zero", "转账金额必须大于零";
    transfer_no_category(id: i64) =
        "transaction {id} is one side of a transfer, which has no category; delete it and add an expense instead",
        "交易 {id} 是一笔转账的一边，转账没有分类；请删除它，改记一笔支出";
    transfer_pair(new: &str, other: &str) =
        "a transfer needs two different accounts of one currency; '{new}' cannot be paired with '{other}'",
        "转账需要同一币种的两个不同账户；“{new}”不能与“{other}”配对";
    account_currency(account: &str, a_cur: impl Display, id: i64, t_cur: impl Display) =
        "'{account}' holds {a_cur}, but transaction {id} is in {t_cur}; pick an account of the same currency",
        "“{account}”是 {a_cur}，而交易 {id} 是 {t_cur}；请选同一币种的账户";
    undo_added_gone(n: i64, rows: i64) =
        "{n} of the {rows} transactions that step added were deleted since; undo would not give them back as they were, so nothing was done",
        "该步骤添加的 {rows} 笔交易中已有 {n} 笔被删除；撤销无法原样恢复，因此未做任何操作";
    redo_added_back(n: i64, rows: i64) =
        "{n} of the {rows} transactions that step added are in the ledger again since; redo would not give them back as they were, so nothing was done",
        "该步骤添加的 {rows} 笔交易中已有 {n} 笔又回到了账本里；重做无法原样恢复，因此未做任何操作";
    redo_kept_short(n: i64, rows: i64) =
        "{n} of the {rows} transactions that step added are gone from where the undo kept them; redo would not give them back as they were, so nothing was done",
        "该步骤添加的 {rows} 笔交易中有 {n} 笔已不在撤销时保存的地方；重做无法原样恢复，因此未做任何操作";
    changed_since(what: &str, id: i64, action: &str) =
        "{what} {id} was changed since; {action} would overwrite that, so nothing was done",
        "{what} {id} 之后已被修改；{action}会覆盖这些修改，因此未做任何操作";
    row_changed_since(what: &str, action: &str) =
        "that {what} row was changed since; {action} would overwrite that, so nothing was done",
        "那条{what}记录之后已被修改；{action}会覆盖这些修改，因此未做任何操作";

    // ---- amounts (MoneyError)
    amount_empty = "amount is empty: type a number such as 25 or 12.50", "金额为空：请输入数字，如 25 或 12.50";
    one_decimal = "1 decimal", "1 位小数";
    n_decimals(n: usize) = "{n} decimals", "{n} 位小数";
    this_amount = "this amount", "此金额";
    currency_amounts(code: &str) = "{code}", "{code} 金额";
    decimals_none(input: &str, has: &str, who: &str) =
        "'{input}' has {has} but {who} allows none: type a whole number",
        "“{input}”有 {has}，{who}不能有小数：请输入整数";
    decimals_one(input: &str, has: &str, who: &str) =
        "'{input}' has {has} but {who} allows 1: round to 1 decimal place",
        "“{input}”有 {has}，{who}最多 1 位小数：请保留 1 位小数";
    decimals_many(input: &str, has: &str, who: &str, n: u32) =
        "'{input}' has {has} but {who} allows {n}: round to {n} decimal places",
        "“{input}”有 {has}，{who}最多 {n} 位小数：请保留 {n} 位小数";
    not_an_amount(input: &str) =
        "'{input}' is not an amount: type a number such as 25 or 12.50",
        "“{input}”不是金额：请输入数字，如 25 或 12.50";
    exponent(input: &str, hint: &str) =
        "'{input}' is not an amount: exponents are not accepted; {hint}",
        "“{input}”不是金额：不接受科学计数法；{hint}";
    write_out(n: &str) = "write {n}", "请写成 {n}";
    write_in_full = "write the number out in full", "请把数字完整写出";
    multiple_signs(input: &str) =
        "'{input}' has more than one sign: keep a single - or + at the front, as in -25",
        "“{input}”有多个正负号：只在最前面保留一个 - 或 +，如 -25";
    stray_text(input: &str, stray: &str) =
        "'{input}' contains '{stray}', which is not part of an amount: remove it",
        "“{input}”含有“{stray}”，它不属于金额：请删掉";
    invalid_amount(input: &str, reason: &str) = "'{input}' is not an amount: {reason}", "“{input}”不是金额：{reason}";
    sign_at_front = "a sign can only come at the front, as in -25", "正负号只能放在最前面，如 -25";
    wan_at_end = "万 can only come at the end, as in 1.5万", "万 只能放在末尾，如 1.5万";
    starts_with_number = "an amount starts with a number, such as 25 or 12.50", "金额要以数字开头，如 25 或 12.50";
    space_inside = "it has a space inside the number; write 1234 or 1,234", "数字中间有空格；请写成 1234 或 1,234";
    two_points = "it has more than one decimal point", "有不止一个小数点";
    commas_whole =
        "commas can only group the whole part, before the decimal point",
        "逗号只能用在小数点前的整数部分";
    no_digits = "it has no digits; type a number such as 25", "没有数字；请输入数字，如 25";
    commas_three = "commas must separate groups of three digits, as in 1,234,567", "逗号须每三位一分，如 1,234,567";
    amount_over_limit(amount: &str, max: &str) =
        "{amount} is over nestegg's limit of {max} for one figure; check for extra digits (nothing was written)",
        "{amount} 超过 nestegg 单笔金额的上限 {max}；请检查是否多打了数字（未写入任何内容）";
    step_up_over_limit(name: &str, date: impl Display, amount: &str, max: &str) =
        "'{name}' would come to {amount} on {date}, over nestegg's limit of {max} for one figure; give it an --end before then or a smaller --step-up (nothing was written)",
        "“{name}”在 {date} 将达到 {amount}，超过 nestegg 单笔金额的上限 {max}；请设一个更早的 --end 或更小的 --step-up（未写入任何内容）";
    sum_overflow =
        "a total would pass what nestegg can count (about 9.2 × 10¹⁶ yuan), because the ledger holds an amount over nestegg's limit for one figure; `nestegg check` lists it",
        "合计将超出 nestegg 能计算的范围（约 9.2 × 10¹⁶ 元），因为账本里有超过单笔上限的金额；`nestegg check` 会列出";
    amount_overflow =
        "amount is too large: amounts and totals must stay within 9,223,372,036,854,775,807 of the smallest unit (fen, cents); check for extra digits",
        "金额太大：金额和合计不能超过 9,223,372,036,854,775,807 个最小单位（分）；请检查是否多打了数字";
    currency_mismatch(left: impl Display, right: impl Display) =
        "cannot combine {left} with {right}: convert one of them first",
        "无法把 {left} 和 {right} 合在一起算：请先换算其中之一";
    unknown_currency(code: &str, known: &str) =
        "unknown currency '{code}': use an ISO 4217 code such as CNY or USD (known: {known})",
        "未知币种“{code}”：请使用 ISO 4217 代码，如 CNY 或 USD（已知：{known}）";

    // ---- what people type (input.rs, model.rs)
    bad_date_input(s: &str) =
        "'{s}' is not a date: try 2026-10-03, 10-03, t (today), y (yesterday) or -2 (two days ago)",
        "“{s}”不是日期：可输入 2026-10-03、10-03、t（今天）、y（昨天）或 -2（两天前）";
    amount_too_large = "the amount is too large", "金额太大";
    after_operator(op: char, e: impl Display) = "after '{op}': {e}", "“{op}”之后：{e}";
    divide_by_zero = "cannot divide by zero", "不能除以零";
    bad_percent(s: &str) =
        "'{s}' is not a percentage: type a number such as 5 or 0.95 (meaning 5 % or 0.95 %)",
        "“{s}”不是百分比：请输入数字，如 5 或 0.95（即 5% 或 0.95%）";
    inflation_floor(s: &str) =
        "inflation of '{s}' % would bring prices to nothing or below; use a value above -100",
        "通胀率“{s}”% 会让物价降到零或以下；请输入大于 -100 的数";
    percent_range(s: &str) =
        "'{s}' % is out of range: use a value between -100 and 1000",
        "“{s}”% 超出范围：请输入 -100 到 1000 之间的数";
    quick_add_empty =
        "type an amount and a payee, e.g. 35 lunch (@account #category optional)",
        "请输入金额和收付方，如 35 午饭（可加 @账户 #分类）";
    amount_not_above_zero(expr: &str, result: &str) =
        "{expr} = {result}: a calculation must come out above zero; type a refund as a plain negative amount, like -17",
        "{expr} = {result}：算式的结果必须大于零；退款请直接输入负数，如 -17";
    amount_is_a_date(expr: &str, result: &str) =
        "{expr} = {result}: did you mean a date? The amount takes a number (a refund as a plain negative amount, like -17)",
        "{expr} = {result}：是想输入日期吗？金额只填数字（退款直接输入负数，如 -17）";
    filter_below_zero(term: &str) =
        "'{term}' matches nothing: amounts are compared by size, sign ignored; try >0, or leave it out",
        "“{term}”什么也匹配不到：金额按大小比较，不看正负；可改用 >0，或去掉它";
    bad_stored_date(day: &str) = "the ledger holds '{day}' where a date belongs", "账本中应为日期的地方是“{day}”";
    unknown_priority(s: &str) = "'{s}' is not a priority; use high, normal or low", "“{s}”不是优先级；请用 高、中 或 低（high、normal、low）";
    unknown_kind(s: &str) =
        "unknown account kind '{s}': use bank, cash, wallet, credit, savings, investment, home, loan or person",
        "未知账户类型“{s}”：请用 bank、cash、wallet、credit、savings、investment、home、loan 或 person（也可写中文，如 人）";
    unknown_class(s: &str) =
        "unknown class '{s}': use income, housing or spending",
        "未知类别“{s}”：请用 income、housing 或 spending";
    bad_month(s: &str) = "'{s}' is not a month: write it as YYYY-MM, e.g. 2026-10", "“{s}”不是月份：请写成 YYYY-MM，如 2026-10";
    bad_date(s: &str) =
        "'{s}' is not a date: write it as YYYY-MM-DD, e.g. 2026-10-03",
        "“{s}”不是日期：请写成 YYYY-MM-DD，如 2026-10-03";
    /// A name that matches nothing (quick add, filter, rules): `what` is `record(…)`.
    no_such_name(what: &str, query: &str, closest: &str) =
        "no {what} '{query}'; closest: {closest}",
        "没有{what}“{query}”；最接近的：{closest}";
    ambiguous_name(query: &str, candidates: &str) = "'{query}' could be {candidates}", "“{query}”可能是 {candidates}";
    /// `ops::names::NameError`, where no face words it its own way.
    name_unknown(typed: &str, closest: &str) =
        "nothing is named '{typed}'; closest: {closest}", "没有名为“{typed}”的项；最接近的：{closest}";
    name_unknown_far(typed: &str) = "nothing is named '{typed}'", "没有名为“{typed}”的项";
    name_archived(name: &str) = "'{name}' is archived", "“{name}”已归档";
    /// `ops::entries::EntryError`, where no face words it its own way.
    entry_zero = "the amount is zero", "金额为零";
    transfer_not_positive = "a transfer moves a positive amount", "转账金额须为正";
    edit_nothing = "nothing to change", "没有要改的";

    // ---- reports, plans, moving
    totals_overflow(what: impl Display) =
        "the totals for {what} are too large to add up without overflowing",
        "{what}的合计太大，无法相加（会溢出）";
    file_problem(file: &str, message: &str) = "{file}: {message}", "{file}：{message}";
    city_problem(file: &str, city: &str, problem: &str) = "{file}: city '{city}': {problem}", "{file}：城市“{city}”：{problem}";
    city_name_empty = "the name is empty", "名称为空";
    city_not_positive(field: &str, value: impl Display) =
        "{field} must be more than zero (it is {value})",
        "{field} 必须大于零（现在是 {value}）";
    city_no_source(field: &str) = "{field} needs a source", "{field} 需要注明来源";
    city_bad_month(field: &str) = "{field}: month must be 1 to 12", "{field}：月份须为 1 到 12";
    loan_not_positive(amount: &str) =
        "the loan amount must be more than zero (got {amount}): enter what you borrow",
        "贷款金额必须大于零（现在是 {amount}）：请输入借款金额";
    loan_no_months = "the loan term is zero: give it at least one month", "贷款期限为零：至少要 1 个月";
    loan_too_long(months: u32, max: u32) =
        "a term of {months} months is longer than 50 years: choose at most {max} months",
        "{months} 个月的期限超过 50 年：最多 {max} 个月";
    rate_out_of_range(rate: &str) =
        "an annual rate of {rate}% is out of range: use a rate from 0% up to, but below, 100%, such as 4.9%",
        "年利率 {rate}% 超出范围：请输入 0% 到 100%（不含）之间的利率，如 4.9%";
    unknown_method(m: &str) =
        "unknown repayment method '{m}': use equal-payment (等额本息) or equal-principal (等额本金)",
        "未知还款方式“{m}”：请用 equal-payment（等额本息）或 equal-principal（等额本金）";

}

/// A kind of stored text as a message names it (`model::clean::Field`).
pub fn field(f: crate::model::clean::Field) -> &'static str {
    use crate::model::clean::Field;
    match f {
        Field::Payee => field_payee(),
        Field::Note => field_note(),
        Field::Name => field_name(),
    }
}

/// A text too long for its field, worded in the reader's language.
impl std::fmt::Display for crate::model::clean::TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&too_long(field(self.field), self.chars, self.field.limit()))
    }
}

impl std::error::Error for crate::model::clean::TooLong {}

/// A kind of record as the reader calls it: `record("account")` is 账户 in
/// Chinese; the English token comes back in English.
pub fn record(what: &str) -> &str {
    match what {
        "account" => record_account(),
        "category" => record_category(),
        "goal" => record_goal(),
        "transaction" => record_transaction(),
        "recurring rule" => record_rule(),
        "scenario" => record_scenario(),
        "mapping" => record_mapping(),
        "recurring" => record_recurring(),
        "recurring instances" => record_instances(),
        "budgets" => record_budgets(),
        "accounts" => record_account(),
        "categories" => record_category(),
        "goals" | "goal accounts" => record_goal(),
        "opening balances" | "balance marks" | "loans" => record_account(),
        other => other,
    }
}

/// A row no longer as shown: changed, or deleted (`gone`) elsewhere.
pub fn meanwhile(what: &str, id: i64, gone: bool) -> String {
    if gone { gone_meanwhile(what, id) } else { changed_meanwhile(what, id) }
}

/// `undo` or `redo`, in the reader's words.
pub fn action(undo: bool) -> &'static str {
    if undo { self::undo() } else { redo() }
}

/// A schema object's kind (`table`, `index`, `trigger`, `view`) in the reader's words.
pub fn schema_kind(kind: &str) -> &str {
    match kind {
        "table" => kind_table(),
        "index" => kind_index(),
        "trigger" => kind_trigger(),
        "view" => kind_view(),
        other => other,
    }
}

/// A row whose foreign key points nowhere, as `check` and `restore` name it.
pub fn broken_link(l: &crate::store::BrokenLink) -> String {
    let (table, parent) = (crate::text::safe::escaped(&l.table), crate::text::safe::escaped(&l.parent));
    match l.rowid {
        Some(rowid) => broken_link_row(&table, rowid, &parent),
        None => broken_link_table(&table, &parent),
    }
}

/// One schema difference, as `check` lists it.
pub fn schema_difference(d: &crate::store::SchemaDifference) -> String {
    use crate::store::SchemaDifference as D;
    let name = crate::text::safe::escaped(d.name());
    let kind = schema_kind(d.kind());
    match d {
        D::Foreign { .. } => schema_foreign(kind, &name),
        D::Missing { .. } => schema_missing(kind, &name),
        D::Altered { .. } => schema_altered(kind, &name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Lang, in_lang};

    #[test]
    fn records_and_classes_follow_the_language() {
        assert_eq!(in_lang(Lang::En, || record("recurring rule")), "recurring rule");
        assert_eq!(in_lang(Lang::Zh, || record("account")), "账户");
        assert_eq!(in_lang(Lang::Zh, || record("widget")), "widget");
        assert_eq!(in_lang(Lang::Zh, || action(true)), "撤销");
    }
}
