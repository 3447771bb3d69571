//! Words of the command line: the ledger's location, transactions, accounts
//! and categories, name matching, tables and `check`. The words of the
//! reports and planning commands are in `reports`.
//!
//! Command names, flags and argument tokens (`--kind bank`, `nestegg add`)
//! stay as typed in both languages: they are what the reader types back.

words! {
    /// Between the items of a list in a sentence.
    list_sep = ", ", "、";

    // The ledger's location (mod.rs).
    cannot_write_output(e: &str) = "cannot write the output: {e}", "无法写出结果：{e}";
    db_is_folder(path: impl std::fmt::Display, file: impl std::fmt::Display) =
        "{path} is a folder; pass a file, e.g. {file}", "{path} 是文件夹；请给出文件，例如 {file}";
    db_folder_missing(dir: impl std::fmt::Display) =
        "the folder {dir} does not exist; create it first, or check the path given to --db / NESTEGG_DB",
        "文件夹 {dir} 不存在；请先创建它，或检查 --db / NESTEGG_DB 给出的路径";
    no_home_dir = "cannot find a home directory for the ledger; pass --db PATH",
        "找不到存放账本的主目录；请用 --db 路径 指定";
    started_ledger(path: impl std::fmt::Display) =
        "nestegg: started a new ledger at {path}", "nestegg：已在 {path} 新建账本";
    file_rebuilding(mb: f64) =
        "nestegg: rebuilding the ledger ({mb:.0} MB) once, so that it gives free space back from now on; this takes a few seconds…",
        "nestegg：正在重建账本文件（{mb:.0} MB，仅此一次），此后空出的空间会还给磁盘；需要几秒钟…";
    file_rebuilt(mb: f64, secs: f64) =
        "nestegg: rebuilt the ledger in {secs:.1} s ({mb:.0} MB)", "nestegg：账本已重建，用时 {secs:.1} 秒（{mb:.0} MB）";

    // Transactions (entries.rs).
    no_active_account = "there is no active account; add one with `nestegg accounts add NAME --kind bank`",
        "还没有可用的账户；先添加一个：`nestegg accounts add 名称 --kind bank`";
    add_zero = "the amount is zero; type what was paid or received, e.g. 25",
        "金额为零；请输入付出或收到的金额，例如 25";
    negative_income = "negative income", "负收入";
    refund = "refund", "退款";
    added(id: i64, date: impl std::fmt::Display, amount: impl std::fmt::Display, category: &str, account: &str, kind: &str) =
        "added #{id}: {date} {amount} {category} on {account} ({kind})",
        "已记下 #{id}：{date} {amount} {category}，{account}（{kind}）";
    transfer_zero = "the amount is zero; type how much to move, e.g. 1000",
        "金额为零；请输入要转的金额，例如 1000";
    transfer_negative(got: &str) =
        "a transfer moves a positive amount; to go the other way, swap --from and --to (got {got})",
        "转账金额须为正；要反方向转，请对调 --from 和 --to（输入的是 {got}）";
    transferred(amount: impl std::fmt::Display, from: &str, to: &str, date: impl std::fmt::Display, out_id: i64, in_id: i64) =
        "transferred {amount} from {from} to {to} on {date} (#{out_id}, #{in_id})",
        "已转账 {amount}：{from} → {to}，{date}（#{out_id}、#{in_id}）";
    from_after_to(from: impl std::fmt::Display, to: impl std::fmt::Display) =
        "--from {from} is after --to {to}; swap them", "--from {from} 晚于 --to {to}；请对调";
    min_over_max(min: &str, max: &str) =
        "--min {min} is more than --max {max}; swap them", "--min {min} 大于 --max {max}；请对调";
    transfer_label = "(transfer)", "（转账）";
    no_txns_yet = "no transactions yet; add one with `nestegg add`, or try `nestegg demo`",
        "还没有账目；用 `nestegg add` 记一笔，或试试 `nestegg demo`";
    no_txns_match = "no transactions match", "没有符合条件的账目";
    h_id = "ID", "编号";
    h_date = "DATE", "日期";
    h_account = "ACCOUNT", "账户";
    h_category = "CATEGORY", "分类";
    h_payee = "PAYEE", "对方";
    h_note = "NOTE", "备注";
    h_tags = "TAGS", "标签";
    h_amount = "AMOUNT", "金额";
    edit_zero = "the amount is zero; to remove the transaction use `nestegg rm`",
        "金额为零；要删除这笔账请用 `nestegg rm`";
    edit_nothing = "nothing to change: pass at least one of --amount, --category, --account, --date, --payee, --note, --tag, --untag (a tag it has, or lacks, changes nothing)",
        "没有要改的：请至少给出 --amount、--category、--account、--date、--payee、--note、--tag、--untag 之一（已有的标签再加、没有的标签再去都不算更改）";
    edited(id: i64, date: impl std::fmt::Display, amount: impl std::fmt::Display, category: &str, account: &str) =
        "edited #{id}: {date} {amount} {category} on {account}",
        "已修改 #{id}：{date} {amount} {category}，{account}";
    deleted(id: i64, date: impl std::fmt::Display, amount: impl std::fmt::Display, payee: &str, account: &str) =
        "deleted #{id}: {date} {amount} {payee} on {account}",
        "已删除 #{id}：{date} {amount} {payee}，{account}";
    demo_progress(done: usize, n: u64, percent: u64) =
        "writing the demo ledger: {done} of {n} transactions ({percent}%)",
        "正在写入示例账本：{done} / {n} 笔（{percent}%）";
    demo_wrote(added: usize, secs: f64) = "wrote {added} transactions in {secs:.1} s", "已写入 {added} 笔，用时 {secs:.1} 秒";
    demo_added(added: usize, first: &str, today: impl std::fmt::Display, seed: u64) =
        "added the demo household: {added} transactions from {first} to {today} (seed {seed}); try `nestegg report monthly`",
        "已添加示例家庭：{added} 笔，{first} 至 {today}（种子 {seed}）；试试 `nestegg report monthly`";
    undid(label: &str) = "undid: {label}", "已撤销：{label}";
    redid(label: &str) = "redid: {label}", "已重做：{label}";
    nothing_to_undo = "nothing to undo", "没有可撤销的";
    nothing_to_redo = "nothing to redo", "没有可重做的";

    // Accounts and categories (catalog.rs).
    h_name = "NAME", "名称";
    h_kind = "KIND", "类型";
    h_currency = "CURRENCY", "币种";
    h_balance = "BALANCE", "余额";
    h_class = "CLASS", "类别";
    h_parent = "PARENT", "上级";
    account_added(name: &str, kind: &str, currency: impl std::fmt::Display) =
        "added account '{name}' ({kind}, {currency})", "已添加账户“{name}”（{kind}，{currency}）";
    account_renamed(old: &str, new: &str) = "renamed account '{old}' to '{new}'", "已将账户“{old}”改名为“{new}”";
    account_already_archived(name: &str) =
        "account '{name}' is already archived; nothing changed", "账户“{name}”已归档；未作改动";
    account_not_archived(name: &str) = "account '{name}' is not archived; nothing changed", "账户“{name}”未归档；未作改动";
    account_archived(name: &str) = "archived account '{name}'", "已归档账户“{name}”";
    account_unarchived(name: &str) = "unarchived account '{name}'", "已恢复账户“{name}”";
    category_added(name: &str, class: &str) = "added category '{name}' ({class})", "已添加分类“{name}”（{class}）";
    opening_set(name: &str, amount: &str, day: chrono::NaiveDate) =
        "{name} held {amount} on {day}: its balance is that plus its transactions from then on (neither income nor spending)",
        "“{name}”在 {day} 有 {amount}：余额为此数加上此后的交易（不算收入也不算支出）";
    opening_removed(name: &str) = "{name} has no opening balance now: its balance is its transactions", "“{name}”已无期初余额：余额即其交易之和";
    balance_now(name: &str, amount: &str) = "{name}'s balance now: {amount}", "“{name}”现在的余额：{amount}";
    opening_cell(amount: &str, day: chrono::NaiveDate) = "{amount} on {day}", "{day} 时 {amount}";
    h_opening = "OPENING", "期初";
    category_moved(name: &str, parent: &str) = "moved category '{name}' under '{parent}'", "已把分类“{name}”移到“{parent}”下";
    category_to_top(name: &str) = "moved category '{name}' to the top level", "已把分类“{name}”移到顶层";
    category_already_under(name: &str, parent: &str) =
        "category '{name}' is already under '{parent}'; nothing changed", "分类“{name}”已在“{parent}”下；未作改动";
    category_already_top(name: &str) =
        "category '{name}' is already at the top level; nothing changed", "分类“{name}”已在顶层；未作改动";
    category_renamed(old: &str, new: &str) = "renamed category '{old}' to '{new}'", "已将分类“{old}”改名为“{new}”";
    category_already_archived(name: &str) =
        "category '{name}' is already archived; nothing changed", "分类“{name}”已归档；未作改动";
    category_not_archived(name: &str) =
        "category '{name}' is not archived; nothing changed", "分类“{name}”未归档；未作改动";
    category_archived(name: &str) = "archived category '{name}'", "已归档分类“{name}”";
    category_unarchived(name: &str) = "unarchived category '{name}'", "已恢复分类“{name}”";

    // Name matching (names.rs): `what` is one of the nouns below.
    what_account = "account", "账户";
    what_category = "category", "分类";
    what_scenario = "scenario", "方案";
    what_rule = "recurring rule", "定期规则";
    is_archived(name: &str, list: &str) =
        "'{name}' is archived; bring it back with `nestegg {list} unarchive \"{name}\"`",
        "“{name}”已归档；用 `nestegg {list} unarchive \"{name}\"` 恢复";
    none_named_yet(what: &str, query: &str, list_cmd: &str) =
        "no {what} named '{query}', and there are none yet; add one with `{list_cmd} add`",
        "没有名为“{query}”的{what}，目前一个也没有；用 `{list_cmd} add` 添加";
    none_named(what: &str, query: &str, closest: &str, list_cmd: &str) =
        "no {what} named '{query}'; closest: {closest}. See `{list_cmd}` for all",
        "没有名为“{query}”的{what}；最接近的：{closest}。全部见 `{list_cmd}`";
    none_named_far(what: &str, query: &str, list_cmd: &str) =
        "no {what} named '{query}'; see `{list_cmd}` for all",
        "没有名为“{query}”的{what}；全部见 `{list_cmd}`";
    several_named(query: &str, what: &str, candidates: &str) =
        "'{query}' matches several {what} names: {candidates}; type more of the name",
        "“{query}”对应多个{what}：{candidates}；请多输入几个字";

    // `check` (check.rs).
    figure_nothing = "nothing", "无";
    figure_sum(rows: i64, amount: &str) = ("{amount} over {rows} transaction" | "{amount} over {rows} transactions"), "{amount}，共 {rows} 笔";
    figure_uses(uses: i64, last: impl std::fmt::Display) =
        ("{uses} use, the latest {last}" | "{uses} uses, the latest {last}"), "用过 {uses} 次，最近 {last}";
    damaged(p: &str) = "damaged: {p}", "损坏：{p}";
    sqlite_problems(n: usize) =
        ("SQLite found {n} problem in the ledger file (listed above); restore a backup with `nestegg restore`"
            | "SQLite found {n} problems in the ledger file (listed above); restore a backup with `nestegg restore`"),
        "SQLite 在账本文件中发现 {n} 处问题（见上）；请用 `nestegg restore` 恢复备份";
    check_ok(n: i64) =
        ("ok: {n} transaction; the file is sound and the kept month totals and payees match the rows"
            | "ok: {n} transactions; the file is sound and the kept month totals and payees match the rows"),
        "正常：{n} 笔账；文件完好，保存的月合计和对方与账目一致";
    difference(what: &str, kept: &str, actual: &str) =
        "{what}: kept {kept}; the rows give {actual}", "{what}：保存的是 {kept}；按账目应为 {actual}";
    and_more(n: usize) = "… and {n} more", "… 另有 {n} 条";
    rebuilt(left: usize) =
        ("rebuilt the kept totals from the rows; {left} difference left"
            | "rebuilt the kept totals from the rows; {left} differences left"),
        "已按账目重建合计；还剩 {left} 处不一致";
    schema_differs(n: usize) =
        ("the ledger's schema differs from nestegg's in {n} place (listed above); `nestegg check --repair` takes out what is foreign and puts back missing or changed indexes and triggers"
            | "the ledger's schema differs from nestegg's in {n} places (listed above); `nestegg check --repair` takes out what is foreign and puts back missing or changed indexes and triggers"),
        "账本的结构与 nestegg 的有 {n} 处不同（见上）；`nestegg check --repair` 会移除外来的对象，并补回缺少或被改动的索引和触发器";
    schema_repaired(n: usize, kept: impl std::fmt::Display) =
        ("mended {n} schema difference; the ledger as it was is kept in {kept}"
            | "mended {n} schema differences; the ledger as it was is kept in {kept}"),
        "已修复 {n} 处结构差异；修复前的账本保存在 {kept}";
    schema_needs_restore(n: usize) =
        ("{n} table of nestegg's is missing or changed, which a repair cannot mend without risking its rows; restore a backup with `nestegg restore`"
            | "{n} tables of nestegg's are missing or changed, which a repair cannot mend without risking their rows; restore a backup with `nestegg restore`"),
        "nestegg 的 {n} 张表缺失或被改动，修复无法在不危及其数据的情况下处理；请用 `nestegg restore` 恢复备份";
    over_limit_row(id: i64, date: impl std::fmt::Display, amount: &str, max: &str) =
        "transaction #{id} on {date}: {amount}, over nestegg's limit of {max}",
        "交易 #{id}（{date}）：{amount}，超过 nestegg 的上限 {max}";
    over_limit(n: usize) =
        ("{n} transaction is over nestegg's limit for one amount (listed above), and sums that take it in can overflow; correct it with `nestegg edit ID --amount …` or remove it with `nestegg rm ID`"
            | "{n} transactions are over nestegg's limit for one amount (listed above), and sums that take them in can overflow; correct them with `nestegg edit ID --amount …` or remove them with `nestegg rm ID`"),
        "{n} 笔交易超过 nestegg 的单笔上限（见上），计入它们的合计可能溢出；请用 `nestegg edit ID --amount …` 更正，或用 `nestegg rm ID` 删除";
    inside_quotes = "a quote is not closed; nothing was run", "引号没有闭合；未运行任何命令";
    inside_empty =
        "type a command as on the command line, without `nestegg`: budget set food 1200, goals add Flat --target 37500, help",
        "像在命令行里那样输入命令（不用写 nestegg）：budget set food 1200、goals add Flat --target 37500、help";
    inside_db = "inside the interface, commands use its ledger: leave out --db", "在界面内，命令使用当前账本：请去掉 --db";
    inside_restore =
        "restore replaces the ledger the interface has open: quit (q) and run `nestegg restore FILE` in a shell",
        "restore 会替换界面正在使用的账本：请先退出（q），再在命令行运行 `nestegg restore FILE`";
    totals_differ(n: usize) =
        ("{n} kept total differs from the rows (listed above); `nestegg check --repair` rebuilds it from the rows"
            | "{n} kept totals differ from the rows (listed above); `nestegg check --repair` rebuilds them from the rows"),
        "{n} 项保存的合计与账目不符（见上）；`nestegg check --repair` 可按账目重建";
}
