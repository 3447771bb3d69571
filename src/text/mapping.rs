//! Words of the interface's mapping screen: choosing a bank bill's columns
//! (its keys, its fields, its preview of the first rows).

words! {
    // The screen.
    title(name: &str, encoding: &str) = " Columns of {name} ({encoding}) ", " {name} 的列（{encoding}） ";
    field_date = "date", "日期";
    field_amount = "amount", "金额";
    field_debit = "debit (out)", "支出列";
    field_credit = "credit (in)", "收入列";
    field_direction = "in/out column", "收支方向列";
    field_sign = "positive is", "正数表示";
    sign_in = "money in", "收入";
    sign_out = "money out (a card)", "支出（信用卡）";
    field_currency = "currency", "币种";
    field_payee = "payee", "对方";
    field_note = "note", "备注";
    field_category = "category", "类别";
    field_date_format = "date format", "日期格式";
    field_account = "account", "账户";
    field_save_as = "save as", "保存为";
    none = "—", "—";
    /// The date format read without one: ISO dates, also with `/`.
    iso_dates = "YYYY-MM-DD, YYYY/MM/DD", "YYYY-MM-DD 或 YYYY/MM/DD";
    /// The save-as field, empty.
    not_saved = "(not saved)", "（不保存）";
    no_open_account = "(no open account)", "（没有可用账户）";
    col_line = "LINE", "行";
    reads_as = "read as:", "读成：";
    field_error(field: &str, error: &str) = "✗ {field}: {error}", "✗ {field}：{error}";
    no_rows = "the file has no rows below its header", "表头下面没有数据行";

    // Messages.
    opened(name: &str) =
        "{name} is a bank bill nestegg does not know yet: choose its columns with ←/→, then Enter previews the import",
        "{name} 是 nestegg 还不认识的银行账单：用 ←/→ 选好各列，然后按 Enter 预览导入";
    fix_first(error: &str) = "fix the mapping first: {error}", "请先修正映射：{error}";
    needs_account =
        "the rows need an account, and this ledger has no open one: add one first (: accounts add NAME)",
        "这些行需要一个账户，而账本里没有可用账户：请先添加（: accounts add 名称）";
    back = "back to the columns: nothing was written; Esc cancels the import",
        "回到选列：未写入任何内容；按 Esc 取消导入";
    cancelled = "import cancelled: nothing was written, no mapping saved", "已取消导入：未写入任何内容，也未保存映射";
    imported_saved(n: usize, file: &str, name: &str) =
        ("imported {n} transaction from {file}; its columns are saved as '{name}', so the next bill like it opens in the preview; u undoes the import"
            | "imported {n} transactions from {file}; its columns are saved as '{name}', so the next bill like it opens in the preview; u undoes the whole import"),
        "已从 {file} 导入 {n} 笔；列的映射已保存为“{name}”，下次同样的账单直接预览；u 撤销整个导入";

    // Keys (the keymap's help and footer).
    help_preview = "preview the import with these columns", "用这些列预览导入";
    help_cancel = "cancel the import: write nothing", "取消导入：不写入任何内容";
    help_next_field = "next field", "下一项";
    help_prev_field = "previous field", "上一项";
    help_prev_choice = "previous column or choice (the caret, in the name)", "上一个列或选项（在名称里移动光标）";
    help_next_choice = "next column or choice (the caret, in the name)", "下一个列或选项（在名称里移动光标）";
    help_backspace = "delete the character before the caret (the name)", "删除光标前的字（名称）";
    help_delete_char = "delete the character at the caret (the name)", "删除光标处的字（名称）";
    help_caret_home = "caret to the start of the name", "光标移到名称开头";
    help_caret_end = "caret to the end of the name", "光标移到名称末尾";
    help_title = "Columns of a bank bill", "银行账单的列";
    f_preview = "preview", "预览";
    f_cancel = "cancel", "取消";
    f_next = "next", "下一项";
    f_choose = "choose", "选择";
}
