//! Words of reading a plain-text journal (hledger, ledger-cli) or a
//! beancount file: why an entry is not imported or is left out, and how
//! its accounts map to nestegg's accounts and categories.

words! {
    // ---- amounts and lines
    not_a_currency(sym: &str) =
        "'{sym}' is not a currency nestegg keeps (a stock or another commodity): not imported",
        "“{sym}”不是 nestegg 记账用的货币（股票或其他商品）：不导入";
    bad_amount(text: &str) = "'{text}' is not an amount", "“{text}”不是金额";
    with_cost(text: &str) =
        "'{text}' has a cost or price (@, {{…}}): conversions and holdings at cost are not imported",
        "“{text}”带有成本或价格（@、{{…}}）：换汇和按成本持有的资产不导入";
    expression(text: &str) = "'{text}' is an amount expression: write the amount itself",
        "“{text}”是金额表达式：请直接写金额";
    bad_date(day: &str) = "'{day}' is not a date (YYYY-MM-DD, YYYY/MM/DD, or MM/DD after a Y directive)",
        "“{day}”不是日期（YYYY-MM-DD、YYYY/MM/DD，或 Y 指令之后的 MM/DD）";
    too_many_postings(max: usize) = "more than {max} postings in one entry", "一笔分录超过 {max} 条记账行";
    automated = "an automated transaction (=): it adds postings to others, which are imported as written",
        "自动交易（=）：它给别的分录加记账行，那些分录按原样导入";
    periodic = "a periodic transaction (~): a budget or forecast, no money moved",
        "周期交易（~）：是预算或预测，没有资金变动";
    include(line: &str) =
        "'{line}': this journal includes another file; nestegg reads one file: join them first (hledger print -f main.journal > all.journal, or bean-query), then import that",
        "“{line}”：这份账本引用了另一个文件；nestegg 只读一个文件：请先合并（hledger print -f main.journal > all.journal，或 bean-query），再导入合并后的文件";
    alias_regex(line: &str) = "'{line}': only plain aliases (alias OLD = NEW) are read, not regular expressions",
        "“{line}”：只读普通别名（alias OLD = NEW），不读正则表达式";
    not_understood(word: &str) = "a '{word}' line: not a transaction, left out", "“{word}”行：不是交易，略过";
    assertions_unchecked =
        "balance assertions (= X) are not checked: nestegg keeps its own balances (the postings are imported)",
        "余额断言（= X）不做检查：nestegg 自己计算余额（记账行照常导入）";
    pad(account: &str) =
        "a pad for {account}: an opening balance; set it on the account (nestegg accounts opening NAME AMOUNT --as-of DATE)",
        "{account} 的 pad：即期初余额；请在账户上设置（nestegg accounts opening 名称 金额 --as-of 日期）";
    // ---- entries
    unknown_root(account: &str) =
        "'{account}' is not under assets, liabilities, income, expenses or equity",
        "“{account}”不在 assets、liabilities、income、expenses 或 equity 之下";
    equity(equity: &str, account: &str, balance: &str) =
        "against {equity} ({account} {balance}): an opening balance, a valuation or an adjustment is not income or spending; set an opening with nestegg accounts opening NAME AMOUNT --as-of DATE",
        "对方是 {equity}（{account} {balance}）：期初余额、估值或调整不算收入或支出；期初余额请用 nestegg accounts opening 名称 金额 --as-of 日期 设置";
    no_own_account = "no assets or liabilities account: a move between categories, no money moved",
        "没有资产或负债账户：只是类别之间的调整，没有资金变动";
    many_account_transfer(n: usize) =
        "a transfer among {n} accounts: split it into transfers between two",
        "在 {n} 个账户之间转账：请拆成两两之间的转账";
    many_to_many = "several accounts and several categories in one entry: split it so each account or each category stands alone",
        "一笔分录里有多个账户和多个类别：请拆开，让账户或类别只有一个";
    one_posting = "an entry needs two postings or more", "一笔分录至少需要两条记账行";
    two_missing = "more than one posting without an amount", "不止一条记账行没有金额";
    assignment(account: &str) =
        "a balance assignment for {account} (= X with no amount): write the amount",
        "{account} 的余额赋值（只有 = X 没有金额）：请写出金额";
    two_currencies(a: &str, b: &str) = "{a} and {b} in one entry: conversions are not imported",
        "一笔分录里有 {a} 和 {b}：换汇不导入";
    too_large = "an amount too large to add up", "金额太大，无法相加";
    unbalanced(sum: &str) = "the postings do not balance (they add up to {sum})", "记账行不平衡（合计 {sum}）";
    // ---- accounts and categories
    map_not_pair(part: &str) =
        "'{part}' is not JOURNAL=NESTEGG (for a bill, METHOD=ACCOUNT); write e.g. --account-map 'assets:bank:icbc=ICBC card,expenses:dining=food' or '花呗=My Huabei'",
        "“{part}”不是 JOURNAL=NESTEGG（账单为 付款方式=账户）的形式；请写成如 --account-map 'assets:bank:icbc=ICBC card,expenses:dining=food' 或 '花呗=我的花呗'";
    map_names_no_account(journal: &str, name: &str) =
        "--account-map maps {journal} to '{name}', and there is no such account: add it (nestegg accounts add) or map to another",
        "--account-map 把 {journal} 映射到“{name}”，但没有这个账户：请先添加（nestegg accounts add）或映射到别的账户";
    map_names_no_category(journal: &str, name: &str) =
        "--account-map maps {journal} to '{name}', and there is no such category: add it (nestegg categories add) or map to another",
        "--account-map 把 {journal} 映射到“{name}”，但没有这个类别：请先添加（nestegg categories add）或映射到别的类别";
    wrong_class(journal: &str, name: &str, class: &str) =
        "{journal} maps to '{name}', a {class} category, which cannot hold its money; map it to another with --account-map",
        "{journal} 映射到“{name}”，它是{class}类别，放不下这些钱；请用 --account-map 映射到别的类别";
    unmapped(n: usize, list: &str, example: &str) =
        ("the journal names {n} account nestegg does not have: {list}. Map it to an account or category of this ledger with --account-map '{example}' (kept for the next import), or add it first (nestegg accounts add / nestegg categories add); nothing was imported"
            | "the journal names {n} accounts nestegg does not have: {list}. Map each to an account or category of this ledger with --account-map '{example}' (kept for the next import), or add them first (nestegg accounts add / nestegg categories add); nothing was imported"),
        "账本里有 {n} 个 nestegg 没有的账户：{list}。请用 --account-map '{example}' 映射到本账本的账户或类别（下次导入沿用），或先添加（nestegg accounts add / nestegg categories add）；未导入任何内容";
    map_not_journal = "--account-map is for hledger, ledger-cli and beancount files, and Alipay and WeChat Pay bills",
        "--account-map 只用于 hledger、ledger-cli 和 beancount 文件，以及支付宝和微信支付账单";
    not_a_table = "a journal is read as text, not as a table", "账本按文本读取，不是表格";
    map_kept(preset: &str) = "account map kept for the next {preset} import", "账户映射已保存，下次导入 {preset} 文件时沿用";
}
