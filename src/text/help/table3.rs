//! Part 3 of the table of `help`: each English help text of the command
//! line exactly as clap holds it, and its Chinese.

pub(super) const ROWS: &[(&str, &str)] = &[
    ("Rent: deposit in months of rent", "租房：押金，按几个月房租计"),
    ("Rent: agent fee", "租房：中介费"),
    ("Buying: price per m²", "买房：每平米单价"),
    ("Buying: area in m²", "买房：面积（m²）"),
    ("Mortgage: down payment, percent [default 15]", "房贷：首付比例，百分比 [默认：15]"),
    ("Mortgage: commercial rate, percent [default 3.05]", "房贷：商贷利率，百分比 [默认：3.05]"),
    ("Mortgage: the part lent by the housing provident fund (公积金)", "房贷：由住房公积金贷出的部分"),
    ("Mortgage: the provident fund's rate, percent [default 2.60]", "房贷：公积金贷款利率，百分比 [默认：2.60]"),
    (
        "Mortgage: the fund loan's own term in years; \"\" for the loan's term [default: --years]",
        "房贷：公积金贷款自己的年限；\"\" 表示与贷款年限相同 [默认：--years]",
    ),
    (
        "Mortgage: a prepayment (提前还款) after a payment, AMOUNT@MONTH such as 50000@36; 0 for none",
        "房贷：在某期还款后提前还款，AMOUNT@MONTH（金额@期数），例如 50000@36；0 表示不提前还款",
    ),
    (
        "Mortgage: a prepayment every year, AMOUNT[@MONTH] (from payment 12 unless said); 0 for none",
        "房贷：每年提前还款，AMOUNT[@MONTH]（不写期数则从第 12 期起）；0 表示不提前还款",
    ),
    (
        "Mortgage: what prepaying buys, term (缩短年限) or payment (减少月供) [default term]",
        "房贷：提前还款后选 term（缩短年限）或 payment（减少月供）[默认：term]",
    ),
    (
        "Mortgage: prepayment penalty (违约金), percent of the prepaid amount [default 0]",
        "房贷：提前还款违约金，占提前还款金额的百分比 [默认：0]",
    ),
    ("Mortgage: term in years [default 30]", "房贷：贷款年限 [默认：30]"),
    (
        "Mortgage: equal-payment (等额本息) or equal-principal (等额本金)",
        "房贷：equal-payment（等额本息）或 equal-principal（等额本金）",
    ),
    ("Buying: deed tax, percent [default 1]", "买房：契税，百分比 [默认：1]"),
    ("Buying: one-off fees", "买房：一次性购房杂费"),
    ("Buying: monthly property fees", "买房：每月物业费"),
    (
        "Rent: yearly rise, percent, or \"inflation\" (rises as prices do) [default: inflation]",
        "租房：房租年涨幅，百分比，或 \"inflation\"（随物价上涨）[默认：inflation]",
    ),
    (
        "Buying: the home's yearly change in value, percent; negative when prices fall [default 0]",
        "买房：房子每年的价值变动，百分比；房价下跌时为负 [默认：0]",
    ),
    (
        "Buying: what selling would cost, percent of the value; net worth counts the home less it [default 2]",
        "买房：卖房成本，占房价的百分比；净资产按扣除它后的房价计算 [默认：2]",
    ),
    ("Change a scenario", "修改方案"),
    (
        "Copy a scenario under a new name (then change the copy with edit)",
        "以新名称复制一个方案（之后用 edit 修改副本）",
    ),
    ("Delete a scenario (`nestegg undo` brings it back)", "删除方案（`nestegg undo` 可恢复）"),
    (
        "The 312 reference cities (price, wage, modelled rent and cost index, with sources), or those QUERY finds: 鹤, heg, Hegang",
        "312 个参考城市（房价、工资、估算的房租和生活成本指数，附来源），或按 QUERY 找到的城市：鹤、heg、Hegang",
    ),
    ("A mortgage's monthly payment and schedule (等额本息 or 等额本金)", "房贷月供和还款计划（等额本息或等额本金）"),
    ("The loan, e.g. 300000 or 30万", "贷款金额，例如 300000 或 30万"),
    (
        "Annual rate, percent (4.9 is 4.9 %); or --lpr for a floating rate",
        "年利率，百分数（4.9 即 4.9%）；浮动利率用 --lpr",
    ),
    ("Term in years", "贷款年限"),
    (
        "equal-payment (等额本息) or equal-principal (等额本金)",
        "equal-payment（等额本息）或 equal-principal（等额本金）",
    ),
    (
        "Every month's payment, interest, principal and balance (yearly rows in the table)",
        "每月的还款额、利息、本金和剩余本金（表格中按年列出）",
    ),
    (
        "The first payment's month, YYYY-MM, so end dates are printed [default: next month]",
        "首次还款的月份，YYYY-MM，用于显示还清日期 [默认：下个月]",
    ),
    (
        "Prepayment (提前还款) after a payment: 50000@36 or 50000@2029-06 (repeatable)",
        "在某期还款后提前还款：50000@36 或 50000@2029-06（可重复）",
    ),
    (
        "Prepayment every year from a payment (default: after payment 12) (repeatable)",
        "自某期起每年提前还款（默认：第 12 期后）（可重复）",
    ),
    (
        "What a prepayment buys: term (缩短年限: payment kept) or payment (减少月供: term kept)",
        "提前还款后选：term（缩短年限：月供不变）或 payment（减少月供：年限不变）",
    ),
    ("缩短年限: the payment kept, the term cut", "缩短年限：月供不变，年限缩短"),
    ("减少月供: the term kept, the payment lowered", "减少月供：年限不变，月供降低"),
    (
        "Prepayment penalty (违约金), percent of each prepaid amount [default 0]",
        "提前还款违约金，占每笔提前还款金额的百分比 [默认：0]",
    ),
    ("Charge the penalty only on prepayments made within the first N payments", "只对前 N 期内的提前还款收违约金"),
    (
        "Floating rate: the LPR at the start, percent (instead of --rate)",
        "浮动利率：开始时的 LPR，百分比（代替 --rate）",
    ),
    (
        "Floating rate: the spread over the LPR, percent, may be negative [default 0]",
        "浮动利率：在 LPR 上的加点，百分比，可为负 [默认：0]",
    ),
    (
        "Floating rate: repriced every January (jan) or on the loan's anniversary",
        "浮动利率：每年 1 月（jan）或每个贷款周年日重新定价",
    ),
    ("Every 1 January", "每年 1 月 1 日"),
    ("Each anniversary of the loan", "每个贷款周年日"),
    (
        "Floating rate: the LPR from a month on, YYYY-MM:PCT (repeatable)",
        "浮动利率：某月起的 LPR，YYYY-MM:PCT（可重复）",
    ),
    (
        "Fixed rate: a new rate from a month on, YYYY-MM:PCT (repeatable)",
        "固定利率：某月起的新利率，YYYY-MM:PCT（可重复）",
    ),
    (
        "Combined loan (组合贷): the part of --principal the housing provident fund lends",
        "组合贷：--principal 中由住房公积金贷出的部分",
    ),
    ("The fund loan's rate, percent [default 2.6]", "公积金贷款利率，百分比 [默认：2.6]"),
    ("The fund loan's term in years [default: --years]", "公积金贷款年限 [默认：--years]"),
    (
        "Take-home pay from a gross salary: social insurance, housing fund, income tax (到手工资)",
        "由税前工资算到手工资：社保、公积金、个人所得税",
    ),
    (
        "Gross pay a month, e.g. 10000 or 1万 [default: the --city's average wage]",
        "每月税前工资，例如 10000 或 1万 [默认：--city 的平均工资]",
    ),
    ("GROSS is a year's pay (divided by 12)", "GROSS 是年薪（除以 12）"),
    (
        "A reference city (鹤岗, hegang): its average wage carried to this year, instead of GROSS",
        "参考城市（鹤岗、hegang）：用它推算到今年的平均工资代替 GROSS",
    ),
    (
        "The base contributions are worked out on, when the employer declares one [default: the gross]",
        "社保公积金的缴费基数（单位申报了基数时填）[默认：税前工资]",
    ),
    (
        "Settings: language, currency, default account, month start day, theme…",
        "设置：语言、币种、默认账户、每月起始日、主题…",
    ),
    ("Print where the settings file is (it need not exist yet)", "显示设置文件的位置（文件可以还不存在）"),
    ("Every setting, its value and where the value comes from (the default)", "列出每项设置、它的值和值的来源（默认）"),
    (
        "Change one setting (the file is made when missing; comments are kept)",
        "修改一项设置（文件不存在时会创建；注释会保留）",
    ),
    (
        "Keys: language (en|zh), currency (ISO code), account (name), week_start (monday…sunday), month_start (1–28), baseline_months (1–120), theme (default|high-contrast|none)\n\nExamples:\n  nestegg config set language zh\n  nestegg config set month_start 10",
        "键：language（en|zh）、currency（ISO 代码）、account（账户名）、week_start（monday…sunday）、month_start（1–28）、baseline_months（1–120）、theme（default|high-contrast|none）\n\n示例：\n  nestegg config set language zh\n  nestegg config set month_start 10",
    ),
    (
        "language, currency, account, week_start, month_start, baseline_months or theme",
        "language、currency、account、week_start、month_start、baseline_months 或 theme",
    ),
    ("Put one setting back to its default", "把一项设置恢复为默认值"),
    ("Print a shell completion script (see README for where it goes)", "输出 shell 补全脚本（放在哪里见 README）"),
    (
        "Reverse the last change (from here or the interface; the history is kept in the ledger)",
        "撤销上一次更改（命令行或界面中的都可以；历史记录保存在账本里）",
    ),
    ("Re-apply the change undone last", "重做最近撤销的更改"),
    (
        "Check the ledger: the file's integrity, rows pointing at rows that are not there (foreign keys), its schema against the one nestegg's migrations make (foreign triggers, views, indexes or tables; missing or changed ones), and the kept month totals and payee list recomputed from the transactions",
        "检查账本：文件是否完好；有没有行指向不存在的行（外键）；结构是否与 nestegg 迁移建立的一致（外来的触发器、视图、索引或表；缺少或被改动的）；保存的月合计和对方列表是否与按交易重新计算的相符",
    ),
    (
        "Mend what differs: after keeping a copy in backups/before-repair-…, take foreign schema objects out (a foreign table with its rows), put missing or changed indexes and triggers back, and rebuild the kept totals from the transactions. A changed table, and rows pointing nowhere, are left for `restore`",
        "修复不一致之处：先在 backups/before-repair-… 保留一份副本，再移除外来的结构对象（外来的表连同其中的行），补回缺少或被改动的索引和触发器，并按交易重建保存的合计。被改动的表和指向不存在的行留给 `restore` 处理",
    ),
    (
        "A city's name or its start, in Chinese or pinyin [default: every city]",
        "城市名或其开头，中文或拼音均可 [默认：所有城市]",
    ),
    ("A note kept with the transaction", "备注，随交易保存"),
    ("How to print it: a table, or csv or json for other programs", "输出格式：表格，或给其他程序用的 csv、json"),
    ("Its new value", "新的值"),
    ("New target amount, e.g. 37500 or 3.75万", "新的目标金额，例如 37500 或 3.75万"),
    ("The category of what it posts (or unique prefix)", "所记交易的分类（或唯一前缀）"),
    ("The copy's name", "副本的名称"),
    ("The file's format", "导出文件的格式"),
    ("The instance to skip, YYYY-MM-DD [default: the next]", "要跳过的那一次，YYYY-MM-DD [默认：下一次]"),
    ("The new scenario's name", "新方案的名称"),
    ("The note of what it posts", "所记交易的备注"),
    ("The payee of what it posts", "所记交易的对方"),
    ("The rule's name", "周期规则的名称"),
    ("The scenario's name", "方案名称"),
    ("The scenarios to compare [default: all of them]", "要比较的方案 [默认：全部]"),
    ("The setting to take back to its default", "要恢复为默认值的设置"),
    ("The shell to complete for", "要生成补全的 shell"),
    ("Who was paid, or who paid you (offered again next time)", "对方：付给谁，或谁付给你（下次会再提示）"),
];
