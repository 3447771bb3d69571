//! Words of the interface's import: the file prompt's checks, the preview
//! and correcting a row's category.

words! {
    // The preview.
    title(name: &str, preset: &str, encoding: &str) = " Import {name}: {preset} ({encoding}) ", " 导入 {name}：{preset}（{encoding}） ";
    keys = " Enter import · c category · R rule · a account · S skip invalid · Esc cancel ",
        " Enter 导入 · c 类别 · R 规则 · a 账户 · S 跳过无效行 · Esc 取消 ";
    preset_nestegg = "nestegg", "nestegg";
    preset_generic = "generic", "通用";
    preset_alipay = "alipay", "支付宝";
    preset_wechat = "wechat", "微信支付";
    preset_ofx = "OFX", "OFX";
    preset_qif = "QIF", "QIF";
    preset_cmb = "China Merchants Bank (招商银行)", "招商银行";
    preset_cmb_credit = "China Merchants Bank credit card (招商银行信用卡)", "招商银行信用卡";
    preset_icbc = "ICBC (工商银行)", "工商银行";
    preset_abc = "Agricultural Bank of China (农业银行)", "农业银行";
    preset_ccb = "China Construction Bank (建设银行)", "建设银行";
    preset_boc = "Bank of China (中国银行)", "中国银行";
    preset_bocom = "Bank of Communications (交通银行)", "交通银行";
    preset_cgb_credit = "China Guangfa Bank credit card (广发信用卡)", "广发信用卡";
    preset_ledger = "hledger/ledger journal", "hledger/ledger 账本";
    preset_beancount = "beancount", "beancount 账本";
    counts(new: usize, duplicates: usize, invalid: usize, skipped: usize) =
        "{new} new · {duplicates} already in the ledger · {invalid} invalid · {skipped} skipped",
        "新 {new} 行 · 已在账本 {duplicates} 行 · 无效 {invalid} 行 · 跳过 {skipped} 行";
    into(account: &str) = " · into {account}", " · 记入 {account}";
    col_line = "LINE", "行";
    col_date = "DATE", "日期";
    col_account = "ACCOUNT", "账户";
    col_category = "CATEGORY", "类别";
    col_payee = "PAYEE", "对方";
    col_amount = "AMOUNT", "金额";
    col_status = "STATUS", "状态";
    category_why(category: &str, why: &str) = "{category} ({why})", "{category}（{why}）";
    transfer_cell = "(transfer)", "（转账）";
    status_new = "new", "新";
    status_duplicate = "already here", "已存在";
    line_kept(line: usize, reason: &str) = "line {line}: {reason}", "第 {line} 行：{reason}";
    line_unreadable(line: usize, reason: &str) = "line {line}: ✗ {reason}", "第 {line} 行：✗ {reason}";
    line_skipped(line: usize, reason: &str) = "line {line}: skipped: {reason}", "第 {line} 行：已跳过：{reason}";

    // Messages.
    /// Why a row has its category, once the user chose it.
    why_you = "you", "手动";
    no_path = "type the path of a bill (Alipay, WeChat Pay, or a nestegg CSV), or pick one with ↑/↓",
        "输入账单的路径（支付宝、微信支付或 nestegg CSV），或用 ↑/↓ 选一个";
    rows_go_to(account: &str) = "the rows go to {account} now; a picks the next account", "现在记入 {account}；a 换下一个账户";
    no_category = "this row has no category to change (a transfer, or a row that cannot be imported)",
        "这一行没有可改的类别（是转账，或无法导入）";
    no_correction = "change a row's category first (c); R then keeps it as a rule for its payee",
        "先改一行的类别（c）；然后按 R 存为这个对方的规则";
    nestegg_accounts = "a nestegg file names the account of every row", "nestegg 文件每行都写明了账户";
    cannot_import(n: usize) = ("{n} row cannot be imported: fix the file, or S imports the other rows"
        | "{n} rows cannot be imported: fix the file, or S imports the other rows"),
        "{n} 行无法导入：修好文件，或按 S 导入其余行";
    nothing_new = "nothing new to import: every row is already in the ledger", "没有新内容可导入：每一行都已在账本里";
    no_import = "no import open", "没有打开的导入";
    no_row = "no row selected", "没有选中的行";
    needs_income(name: &str, class: &str) = "'{name}' is a {class} category; this row needs an income one",
        "「{name}」是{class}类别；这一行需要收入类别";
    needs_spending(name: &str, class: &str) = "'{name}' is an {class} category; this row needs a spending or housing one",
        "「{name}」是{class}类别；这一行需要支出或住房类别";
    corrected(n: usize, payee: &str, category: &str) =
        ("{n} row of {payee} goes to {category}; R keeps this as a rule for later imports"
            | "{n} rows of {payee} go to {category}; R keeps this as a rule for later imports"),
        "{payee} 的 {n} 行改记为{category}；按 R 存为规则，以后导入沿用";

    // An Alipay or WeChat Pay bill's sources (`import::funding`), on both faces.
    paid_from = "paid from: ", "付款来源：";
    route(n: usize, source: &str, account: &str) =
        ("{source} → {account} · {n} row" | "{source} → {account} · {n} rows"),
        "{source} → {account} · {n} 行";
    route_new(n: usize, source: &str, account: &str, kind: &str) =
        ("{source} → {account} (new {kind} account) · {n} row" | "{source} → {account} (new {kind} account) · {n} rows"),
        "{source} → {account}（新{kind}账户）· {n} 行";
    route_mapped(n: usize, source: &str, account: &str) =
        ("{source} → {account} (your map) · {n} row" | "{source} → {account} (your map) · {n} rows"),
        "{source} → {account}（你的映射）· {n} 行";
    map_kept(service: &str) = "payment methods' accounts kept for the next {service} bill",
        "付款方式对应的账户已保存，下次导入{service}账单时沿用";
    // The preview's `m`: another account for the selected row's payment method.
    no_source = "this row's account is not from a payment method: only Alipay and WeChat Pay bills map them",
        "这一行的账户不来自付款方式：只有支付宝和微信支付账单可映射";
    prompt_source = " Account for this payment method ", " 这个付款方式的账户 ";
    prompt_source_hint(source: &str) =
        "where {source} goes: an account's name; a new name makes that account when you import",
        "{source} 记到哪个账户：账户名称；新名称会在导入时建立该账户";
    source_mapped(source: &str, account: &str) =
        "{source} → {account}; kept for the next bill when you import",
        "{source} → {account}；导入时保存，下次账单沿用";

    // Matching across sources (`import::twins`), on both faces.
    booked_once = "booked once (each purchase on the account that paid it):",
        "只记一次（每笔消费记在付款的账户上）：";
    twin_skip(days: usize, line: usize, payee: &str, date: &str, account: &str) =
        ("line {line}: twin of {payee} on {date} ({account}, same amount, {days} day apart), already in the ledger: not booked again"
            | "line {line}: twin of {payee} on {date} ({account}, same amount, {days} days apart), already in the ledger: not booked again"),
        "第 {line} 行：与 {date} 的 {payee}（{account}，金额相同，相隔 {days} 天）是同一笔，已在账本：不再记账";
    twin_replace(days: usize, line: usize, payee: &str, date: &str, account: &str) =
        ("line {line}: takes the place of its twin {payee} on {date} ({account}, same amount, {days} day apart) from the bank statement"
            | "line {line}: takes the place of its twin {payee} on {date} ({account}, same amount, {days} days apart) from the bank statement"),
        "第 {line} 行：取代银行流水里的同一笔 {date} {payee}（{account}，金额相同，相隔 {days} 天）";
    repay(line: usize, account: &str) = "line {line}: pays {account} back: a transfer to it, not spending",
        "第 {line} 行：还 {account}：转账到该账户，不是支出";
    repay_new(line: usize, account: &str) = "line {line}: pays {account} back (a new credit account): a transfer to it, not spending",
        "第 {line} 行：还 {account}（新信用账户）：转账到该账户，不是支出";
    why_repay = "pays a credit line back", "还信用额度";
    no_twin = "this row has no twin to keep apart", "这一行没有可分开的同一笔";
    kept_apart(line: usize) = "line {line} kept apart from its twin: booked as it is", "第 {line} 行不与同一笔合并：照原样记账";
    // A large nestegg CSV read a chunk at a time (import/stream.rs, cli/import.rs).
    line_too_long(line: usize) =
        "line {line}: a row over 64 MB; nothing was imported", "第 {line} 行：一行超过 64 MB；未导入任何内容";
    not_utf8_from(line: usize) =
        "from line {line} the file is not UTF-8, though the lines before it are; nothing was imported (save it as UTF-8)",
        "从第 {line} 行起文件不是 UTF-8（之前各行是）；未导入任何内容（请另存为 UTF-8）";
    progress(rows: usize, read: &str, total: &str) =
        "{rows} rows, {read} of {total} read…", "已处理 {rows} 行，已读 {read} / {total}…";
    keep_apart_hint = "--keep-apart LINE keeps a row apart from its twin", "--keep-apart 行号 让一行不与同一笔合并";
}
