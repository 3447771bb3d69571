//! Words of reading bills: why a whole file cannot be read (the kind of
//! bill, its header, its encoding) and why a row is not imported or is
//! skipped on purpose. The import preview and `nestegg import` show them.

use std::fmt::Display;

words! {
    // ---- import: whole files
    map_not_pair(part: &str) =
        "'{part}' is not KEY=COLUMN; write e.g. date=交易日期,amount=3",
        "“{part}”不是 KEY=COLUMN 的形式；请写成如 date=交易日期,amount=3";
    map_no_column(part: &str) = "'{part}' names no column", "“{part}”没有指定列";
    map_unknown_key(key: &str) =
        "'{key}' is not a key of a mapping: use date, amount (or debit/out and credit/in), dc, payee, note, category, currency, header, skip, sign or year",
        "“{key}”不是映射的键：请用 date、amount（或 debit/out 和 credit/in）、dc、payee、note、category、currency、header、skip、sign 或 year";
    map_bad_number(part: &str) = "'{part}' needs a number", "“{part}”需要一个数字";
    map_bad_sign(part: &str) =
        "'{part}': sign is - (positive amounts are money out) or +",
        "“{part}”：sign 为 -（正数为支出）或 +";
    map_bad_dc(spec: &str) =
        "dc='{spec}': write dc=COLUMN, or dc=COLUMN:OUT/IN such as dc=借贷标志:借/贷 (several words with |)",
        "dc=“{spec}”：请写 dc=列，或 dc=列:支出词/收入词，如 dc=借贷标志:借/贷（多个词用 | 分隔）";
    map_dc_needs_amount =
        "a direction column (dc=) goes with one amount column (amount=), whose sign it decides",
        "方向列（dc=）要配一个金额列（amount=），由它决定正负";
    no_header_cell(cell: &str) = "no row of the file holds the header cell '{cell}'", "文件里没有哪一行含有表头单元格“{cell}”";
    sign_warning(dir: &str, n: usize, column: &str) =
        "warning: all {n} rows read as {dir}, and column '{column}' was not mapped: if it tells money in from money out, map it (dc={column}, or in=/out=) before importing",
        "注意：全部 {n} 行都读成了{dir}，而“{column}”列没有映射：如果它区分收入和支出，请先映射它（dc={column}，或 in=/out=）再导入";
    money_out = "money out", "支出";
    money_in = "money in", "收入";
    card_repayment =
        "a repayment of the card: a transfer from your bank account, not income (it is booked from the bank's side)",
        "信用卡还款：是从银行账户的转账，不是收入（从银行那边记）";
    total_row = "a total of the rows above, not a transaction", "上面各行的合计，不是一笔交易";
    unknown_currency(cell: &str) =
        "'{cell}' is no currency nestegg knows (write an ISO code such as CNY or USD)",
        "“{cell}”不是 nestegg 认识的币种（请写 ISO 代码，如 CNY 或 USD）";
    direction_word(said: &str, out: &str, into: &str) =
        "the direction column says '{said}': expected {out} (out) or {into} (in)",
        "方向列写着“{said}”：应为 {out}（支出）或 {into}（收入）";
    date_needs_year(text: &str) =
        "'{text}' has no year and the file states no period: add year=YYYY to the mapping",
        "“{text}”没有年份，文件也没有写账单周期：请在映射里加 year=YYYY";
    map_needs_date_amount =
        "a mapping needs at least date=COLUMN and amount=COLUMN (or debit=COLUMN and credit=COLUMN)",
        "映射至少需要 date=COLUMN 和 amount=COLUMN（或 debit=COLUMN 和 credit=COLUMN）";
    map_amount_or_split =
        "map one signed amount column, or debit and credit columns, not both",
        "请映射一个带正负号的金额列，或支出列和收入列，不要两者都映射";
    map_column_twice(col: &str, first: &str, then: &str) =
        "column '{col}' is mapped twice ({first} and {then}); give each field its own column",
        "“{col}”列被映射了两次（{first} 和 {then}）；每个字段请用各自的列";
    unknown_bill =
        "cannot tell what kind of bill this is (no Alipay, WeChat Pay or nestegg header found); for a bank CSV pass --preset generic --map date=COLUMN,amount=COLUMN[,payee=…,note=…]",
        "无法识别这是哪种账单（没有找到支付宝、微信支付或 nestegg 的表头）；银行 CSV 请加 --preset generic --map date=COLUMN,amount=COLUMN[,payee=…,note=…]";
    generic_needs_map =
        "the generic preset needs --map date=COLUMN,amount=COLUMN[,…]",
        "generic 预设需要 --map date=COLUMN,amount=COLUMN[,…]";
    no_bill_account(name: &str) =
        "there is no '{name}' account for this bill: add it, or pass --account NAME to nestegg import",
        "没有这份账单对应的“{name}”账户：请添加它，或用 nestegg import 加 --account 名称";
    bank_needs_account = "a bank CSV needs --account NAME (the account its rows belong to)",
        "银行 CSV 需要 --account 名称（这些行所属的账户）";
    not_alipay =
        "not an Alipay bill: no header row with 交易时间, 交易分类 and 收/支 (or 交易号, 交易创建时间 and 收/支)",
        "不是支付宝账单：没有含“交易时间、交易分类、收/支”（或“交易号、交易创建时间、收/支”）的表头行";
    alipay_header =
        "the Alipay header lacks 交易时间, 收/支 or 金额",
        "支付宝表头缺少“交易时间”“收/支”或“金额”";
    not_wechat =
        "not a WeChat Pay bill: no header row with 交易时间, 交易类型 and 收/支",
        "不是微信支付账单：没有含“交易时间、交易类型、收/支”的表头行";
    wechat_header =
        "the WeChat Pay header lacks 交易时间, 收/支 or 金额(元)",
        "微信支付表头缺少“交易时间”“收/支”或“金额(元)”";
    columns_from_one = "column numbers start at 1", "列号从 1 开始";
    no_such_column(col: &str, columns: &str) =
        "the header has no column '{col}'; it has: {columns}",
        "表头里没有“{col}”列；现有的列：{columns}";
    file_empty = "the file is empty", "文件是空的";
    mapping_too_wide(width: usize, n: usize, columns: &str) =
        "the mapping names column {width}, but the header has {n} columns: {columns}",
        "映射用到第 {width} 列，但表头只有 {n} 列：{columns}";
    not_nestegg_csv(header: &str) =
        "not a nestegg CSV: the first line must be {header}",
        "不是 nestegg CSV：第一行必须是 {header}";
    csv_unreadable_at(line: usize, e: impl Display) = "line {line}: cannot read the CSV ({e})", "第 {line} 行：无法读取 CSV（{e}）";
    csv_unreadable(e: impl Display) = "cannot read the CSV ({e})", "无法读取 CSV（{e}）";
    xlsx_unreadable(e: impl Display) =
        "cannot read the spreadsheet ({e}); save it as CSV (UTF-8) and import that",
        "无法读取表格（{e}）；请另存为 CSV（UTF-8）后再导入";
    no_sheet = "it has no sheet", "里面没有工作表";
    xlsx_unzips_to(size: impl Display, max: impl Display) =
        "the workbook unzips to {size}, over the {max} nestegg reads; nothing was read",
        "该工作簿解压后有 {size}，超过 nestegg 可读取的 {max}；未读取任何内容";
    xlsx_declares(area: &str, cells: u64, max: u64) =
        "its sheet declares the area {area} ({cells} cells), over the {max} cells nestegg reads; nothing was read",
        "其工作表声明的范围为 {area}（{cells} 个单元格），超过 nestegg 可读取的 {max} 个单元格；未读取任何内容";
    xlsx_spans(area: &str, cells: u64, max: u64) =
        "its cells span the area {area} ({cells} cells), over the {max} cells nestegg reads; nothing was read",
        "其单元格分布的范围为 {area}（{cells} 个单元格），超过 nestegg 可读取的 {max} 个单元格；未读取任何内容";
    xlsx_text(max: impl Display) =
        "its cells hold more than {max} of text, the most nestegg reads; nothing was read",
        "其单元格中的文字超过 {max}，超出 nestegg 可读取的上限；未读取任何内容";
    xlsx_cells(max: u64) =
        "its sheet lists more than {max} cells (the same cells named again and again), over the {max} cells nestegg reads; nothing was read",
        "其工作表列出的单元格超过 {max} 个（同一单元格被反复列出），超出 nestegg 可读取的 {max} 个单元格；未读取任何内容";
    csv_too_many_cells(line: usize, max: u64) =
        "the CSV holds more than {max} cells (counted to line {line}), the most nestegg reads; nothing was read",
        "该 CSV 的单元格超过 {max} 个（数到第 {line} 行），超出 nestegg 可读取的上限；未读取任何内容";
    csv_too_many_rows(line: usize, max: u64) =
        "the CSV holds more than {max} rows (counted to line {line}), the most nestegg reads; nothing was read",
        "该 CSV 超过 {max} 行（数到第 {line} 行），超出 nestegg 可读取的上限；未读取任何内容";
    xlsx_rows(area: &str, max: u64) =
        "its cells span the area {area}, over the {max} rows nestegg reads; nothing was read",
        "其单元格分布的范围为 {area}，超出 nestegg 可读取的 {max} 行；未读取任何内容";
    rules_problem_at(file: &str, line: usize, message: &str) = "{file}: line {line}: {message}", "{file}：第 {line} 行：{message}";
    rule_regex(file: &str, n: usize, re: &str, e: impl Display) =
        "{file}: rule {n}: regex '{re}' does not compile: {e}",
        "{file}：规则 {n}：正则“{re}”无法编译：{e}";
    rule_matcher(file: &str, n: usize) =
        "{file}: rule {n}: give one of contains = \"…\" or regex = \"…\"",
        "{file}：规则 {n}：请给出 contains = \"…\" 或 regex = \"…\" 之一";
    rule_no_category(file: &str, n: usize, name: &str, closest: &str) =
        "{file}: rule {n}: no category '{name}'; closest: {closest}",
        "{file}：规则 {n}：没有分类“{name}”；最接近的：{closest}";
    rule_ambiguous(file: &str, n: usize, name: &str, candidates: &str) =
        "{file}: rule {n}: '{name}' could be {candidates}",
        "{file}：规则 {n}：“{name}”可能是 {candidates}";

    // ---- import: rows that cannot be imported, and rows skipped
    amount_zero(text: &str) = "the amount '{text}' is zero", "金额“{text}”为零";
    no_debit_or_credit = "neither the debit nor the credit column has an amount", "支出列和收入列都没有金额";
    debit_and_credit(debit: &str, credit: &str) =
        "both a debit ({debit}) and a credit ({credit}); a row moves money one way",
        "既有支出（{debit}）又有收入（{credit}）；一行只能是一个方向";
    amount_signed(text: &str) =
        "the amount '{text}' has a sign; this bill writes amounts without one",
        "金额“{text}”带有正负号；这种账单的金额不带符号";
    bad_date_time(text: &str) =
        "'{text}' is not a date and time such as 2023-03-31 12:00:00",
        "“{text}”不是日期时间，应形如 2023-03-31 12:00:00";
    row_cut_off(n: usize, want: usize) =
        "the row has {n} of the header's {want} columns; is the file cut off?",
        "这一行只有 {n} 列，表头有 {want} 列；文件是否不完整？";
    alipay_closed = "交易关闭 and never paid: no money moved", "交易关闭且未付款：没有资金变动";
    alipay_refund_netted =
        "a refund already counted on its original row (成功退款): counting it again would count it twice",
        "退款已计入原交易行（成功退款）：再计一次就重复了";
    alipay_refunded_in_full =
        "refunded in full (成功退款 equals 金额): the money left and came back",
        "已全额退款（成功退款等于金额）：钱出去又回来了";
    alipay_refund_cell(back: &str, amount: &str) =
        "成功退款 '{back}' is not an amount between 0 and the row's 金额 {amount}",
        "成功退款“{back}”不是 0 到本行金额 {amount} 之间的金额";
    alipay_came_back(amount: &str) = "{amount} refunded", "已退款 {amount}";
    service_fee_note = "service fee", "服务费";
    service_layout_unknown(service: &str, header: &str, layouts: &str) =
        "this looks like a bill from {service}, but its header is not one nestegg reads ({header}); nestegg reads {layouts}. Export the bill again from the app, or map its columns: --map date=COLUMN,amount=COLUMN",
        "这看起来是{service}账单，但它的表头不是 nestegg 能读的格式（{header}）；nestegg 能读：{layouts}。请在应用里重新导出账单，或映射各列：--map date=列,amount=列";
    alipay_layouts =
        "Alipay's 交易流水证明 and its 2021–22 app export (a header row with 交易时间, 交易分类, 收/支 and 金额, any order) and its 2019–21 web export 支付宝交易记录明细查询 (交易号, 交易创建时间, 收/支, 金额（元）)",
        "支付宝交易流水证明和 2021–22 年的应用导出（表头含“交易时间、交易分类、收/支、金额”，顺序不限），以及 2019–21 年的网页导出支付宝交易记录明细查询（交易号、交易创建时间、收/支、金额（元））";
    alipay_name = "Alipay", "支付宝";
    wechat_name = "WeChat Pay", "微信支付";
    wechat_layouts = "WeChat Pay's 微信支付账单明细 (CSV or XLSX)", "微信支付账单明细（CSV 或 XLSX）";
    ofx_no_body = "not an OFX statement: no <OFX> element", "不是 OFX 对账单：没有 <OFX> 元素";
    ofx_no_statement =
        "the OFX file holds no bank or card statement (STMTRS, CCSTMTRS)",
        "这个 OFX 文件里没有银行或信用卡对账单（STMTRS、CCSTMTRS）";
    ofx_missing(tag: &str) = "the transaction has no {tag}", "这笔交易缺少 {tag}";
    ofx_bad_date(text: &str) = "'{text}' is not an OFX date such as 20261003", "“{text}”不是 OFX 日期，应形如 20261003";
    ofx_other_currency(other: &str, code: &str) =
        "this row is in {other}, its statement in {code}: not imported as {code}",
        "这一行是 {other}，对账单是 {code}：不会按 {code} 导入";
    ofx_card_payment =
        "a repayment of the card: a transfer from your bank account, not income (record it from the bank's side, or with nestegg transfer)",
        "信用卡还款：是从银行账户的转账，不是收入（从银行那边记，或用 nestegg transfer）";
    moved_nothing(text: &str) = "the amount is {text}: no money moved", "金额为 {text}：没有资金变动";
    qif_no_type = "not a QIF file: no !Type: line", "不是 QIF 文件：没有 !Type: 行";
    qif_bad_date(text: &str) =
        "'{text}' is not a QIF date such as 10/03/2026, 10/03'26 or 2026-10-03",
        "“{text}”不是 QIF 日期，应形如 10/03/2026、10/03'26 或 2026-10-03";
    qif_missing(what: &str) = "the record has no {what}", "这条记录缺少 {what}";
    qif_splits_differ(splits: &str, total: &str) =
        "its splits add up to {splits}, its total is {total}",
        "拆分合计 {splits}，与总额 {total} 不符";
    file_needs_account(kind: &str) =
        "{kind} files need --account NAME (the account their rows belong to)",
        "{kind} 文件需要 --account 名称（这些行所属的账户）";
    alipay_neutral =
        "不计收支: money moved between your own pots (余额宝, a card), neither income nor spending",
        "不计收支：资金在你自己的账户之间移动（余额宝、银行卡），既非收入也非支出";
    alipay_direction(other: &str) =
        "收/支 is '{other}': expected 支出, 收入, 不计收支 or 其他",
        "收/支 为“{other}”：应为 支出、收入、不计收支 或 其他";
    wechat_neutral =
        "收/支 '/': neutral (a 零钱 top-up, withdrawal or transfer), neither income nor spending",
        "收/支 为“/”：中性（零钱充值、提现或转账），既非收入也非支出";
    wechat_direction(other: &str) =
        "收/支 is '{other}': expected 支出, 收入 or /",
        "收/支 为“{other}”：应为 支出、收入 或 /";
    date_format_mismatch(text: &str, f: &str) =
        "'{text}' does not match the date format '{f}'",
        "“{text}”与日期格式“{f}”不符";
    bad_bank_date(text: &str) =
        "'{text}' is not a date such as 2026-10-03; pass --date-format, e.g. %d/%m/%Y",
        "“{text}”不是形如 2026-10-03 的日期；请加 --date-format，如 %d/%m/%Y";
    row_too_narrow(n: usize, width: usize) =
        "the row has {n} columns; the mapping needs {width}",
        "这一行有 {n} 列，映射需要 {width} 列";
    bad_id(id: &str) = "id '{id}' is not a number", "编号“{id}”不是数字";
    bad_row_class(c: &str) =
        "class '{c}' is not income, housing, spending or transfer",
        "类别“{c}”不是 income、housing、spending 或 transfer";
    account_empty = "the account is empty", "账户为空";
    category_empty = "the category is empty", "分类为空";
    lone_leg =
        "a transfer row without its other side (the next row must be the other account's)",
        "转账行缺少另一边（下一行应是另一个账户的）";
    no_account_named(name: &str) =
        "no account '{name}' in this ledger; add it first: nestegg accounts add \"{name}\" --kind bank",
        "账本里没有账户“{name}”；请先添加：nestegg accounts add \"{name}\" --kind bank";
    no_import_account = "no account to import into; pass --account NAME", "没有可导入的账户；请加 --account NAME";
    row_currency(code: &str, account: &str, currency: impl Display) =
        "the row is in {code} but '{account}' holds {currency}",
        "这一行是 {code}，但“{account}”是 {currency}";
    row_too_large(amount: &str, max: &str) =
        "{amount} is more than one row can hold here ({max}); is a column mixed up?",
        "{amount} 超出单行可记的金额（{max}）；是不是列弄混了？";
    row_too_long(field: &str, chars: usize, limit: usize) =
        "its {field} is {chars} characters long; a {field} holds at most {limit}",
        "其{field}有 {chars} 个字符；{field}最多 {limit} 个字符";
    category_class_differs(name: &str, class: &str, file: &str) =
        "'{name}' is a {class} category here, but the file says {file}",
        "“{name}”在这里是{class}分类，但文件里是 {file}";
    no_category_named(name: &str, class: &str) =
        "no category '{name}' in this ledger; add it first: nestegg categories add \"{name}\" --class {class}",
        "账本里没有分类“{name}”；请先添加：nestegg categories add \"{name}\" --class {class}";
    no_class_category(class: &str) =
        "there is no {class} category to put this row in; add one first",
        "没有可放这一行的{class}分类；请先添加一个";
    transfer_rows_differ(a_date: impl Display, a: &str, b_date: impl Display, b: &str) =
        "a transfer's two rows must share a date and have opposite amounts ({a_date} {a} and {b_date} {b})",
        "转账的两行须同一天且金额相反（{a_date} {a} 和 {b_date} {b}）";
    transfer_rows_same_account = "a transfer's two rows name the same account", "转账的两行是同一个账户";
}

/// [`file_needs_account`] for a kind of file named in the reader's
/// language by `label` (the caller holds no language).
pub fn file_needs_account_of(label: impl Fn(super::Lang) -> &'static str) -> String {
    file_needs_account(label(super::lang()))
}
