//! Part 2 of the table of `help`: each English help text of the command
//! line exactly as clap holds it, and its Chinese.

pub(super) const ROWS: &[(&str, &str)] = &[
    (
        "Instead: exactly N transactions, over ten years from 3,600 on (30 a month; fewer span fewer months): a large ledger for trying nestegg at scale and for benchmarks; progress on stderr",
        "改为：正好 N 笔交易，3,600 笔及以上时跨十年（每月 30 笔；笔数更少则跨的月份更少）：用于在大账本上试用 nestegg 和做基准测试；进度输出到 stderr",
    ),
    ("Seed: the same seed gives the same household", "种子：相同的种子生成相同的家庭"),
    (
        "Import a bill: Alipay, WeChat Pay, a bank CSV, or nestegg's own CSV",
        "导入账单：支付宝、微信支付、银行 CSV，或 nestegg 自己的 CSV",
    ),
    (
        "Presets:\n  alipay   Alipay 交易流水证明 (用于个人对账) CSV, GBK, its 2021-22 app export and its\n           2019-21 web export 支付宝交易记录明细查询: each row on the account that\n           paid it (收/付款方式: 花呗, a card by its last digits, 余额 on Alipay…)\n  wechat   WeChat Pay 微信支付账单明细, CSV or XLSX (any sheet): each row on the account\n           that paid it (支付方式: 零钱 on WeChat Pay, a card…)\n  nestegg  nestegg's own CSV (ls/export --format csv)\n  ofx      an OFX or QFX statement (OFX 1 SGML or OFX 2 XML, bank or card); needs --account\n  qif      a QIF file (Bank, CCard, Cash; splits; [Account] transfers); needs --account\n  cmb, cmb-credit, icbc, abc, ccb, boc, bocom, cgb-credit\n           招商银行 (and its credit card), 工商, 农业, 建设, 中国, 交通 and 广发\n           credit card statements, told from their header; need --account\n  generic  any bank CSV with --map; amounts signed (negative = money out),\n           or debit=/out= and credit=/in= columns, or dc=COL[:OUT/IN] beside amount=\n           (dc=借贷标志:借/贷); also header=CELL or skip=N (where the header is),\n           sign=- (positive is money out: a card), year=YYYY (dates without one;\n           else the statement's period), currency=COL (a row in another currency\n           than the account's is refused). Rows of 0.00 and 合计 rows are skipped.\n\nCategories: the service's own category (餐饮美食 → food …), then your rules in\n  ~/.config/nestegg/rules.toml:   [[rule]]  contains = \"美团\"  category = \"food\"\n  (or regex = \"^滴滴\"), then the payee's last category, then other / side income.\n\nImporting a file twice adds nothing; two identical rows in one file are both kept.\nA file with invalid rows imports nothing (each bad row is listed) unless --skip-invalid.\nThe whole import is one undo step (u in the interface, or nestegg undo).",
        "预设：\n  alipay   支付宝 交易流水证明 (用于个人对账) CSV（GBK），以及它 2021-22 年的\n           App 导出和 2019-21 年的网页导出 支付宝交易记录明细查询：每行记到\n           付款的账户（收/付款方式：花呗、按尾号对应的银行卡、支付宝的 余额…）\n  wechat   微信支付 微信支付账单明细，CSV 或 XLSX（任一工作表）：每行记到付款\n           的账户（支付方式：微信支付的 零钱、银行卡…）\n  nestegg  nestegg 自己的 CSV（ls/export --format csv）\n  ofx      OFX/QFX 对账单（OFX 1 SGML 或 OFX 2 XML，银行或信用卡）；需 --account\n  qif      QIF 文件（Bank、CCard、Cash；拆分；[Account] 转账）；需 --account\n  cmb, cmb-credit, icbc, abc, ccb, boc, bocom, cgb-credit\n           招商银行（及其信用卡）、工商、农业、建设、中国、交通和广发\n           信用卡的流水，按表头识别；需 --account\n  generic  任何银行 CSV，配合 --map；金额带正负（负数 = 流出），\n           或 debit=/out= 与 credit=/in= 两列，或在 amount= 旁加 dc=COL[:OUT/IN]\n           （dc=借贷标志:借/贷）；还可用 header=CELL 或 skip=N（表头位置），\n           sign=-（正数为流出：信用卡），year=YYYY（日期不含年份时；否则\n           按流水的期间），currency=COL（币种与账户不同的行会被拒绝）。\n           金额为 0.00 的行和 合计 行会跳过。\n\n分类：先用服务自带的分类（餐饮美食 → 餐饮 …），再用你的规则\n  ~/.config/nestegg/rules.toml:   [[rule]]  contains = \"美团\"  category = \"餐饮\"\n  （或 regex = \"^滴滴\"），再用该对方上次的分类，最后是 其他 / 副业收入。\n\n同一文件导入两次不会重复添加；同一文件里两行完全相同则都保留。\n文件中有无效行时什么都不导入（逐行列出无效行），除非用 --skip-invalid。\n整个导入是一步撤销（界面中按 u，或 nestegg undo）。",
    ),
    (
        "The bill: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030), an XLSX workbook, OFX/QFX or QIF",
        "账单文件：CSV（UTF-8、带 BOM 的 UTF-8、GBK/GB18030）、XLSX 工作簿、OFX/QFX 或 QIF",
    ),
    (
        "auto, nestegg, generic, alipay, wechat, ofx, qif, ledger, beancount, a bank (cmb, icbc, …), or a mapping saved with --save-map",
        "auto、nestegg、generic、alipay、wechat、ofx、qif、ledger、beancount、某家银行（cmb、icbc、…），或用 --save-map 保存的映射",
    ),
    (
        "The account every row goes to [default: for Alipay and WeChat Pay bills, the account that paid each row]",
        "所有行记入的账户 [默认：支付宝和微信支付账单按每行付款的账户]",
    ),
    (
        "Columns of a bank CSV by header name or number: date=COL,amount=COL (or debit=COL,credit=COL)[,payee=COL,note=COL,category=COL,dc=COL,currency=COL,header=CELL,skip=N,sign=-,year=YYYY]",
        "银行 CSV 的列，按表头名称或列号：date=COL,amount=COL（或 debit=COL,credit=COL）[,payee=COL,note=COL,category=COL,dc=COL,currency=COL,header=CELL,skip=N,sign=-,year=YYYY]",
    ),
    (
        "The date format of a bank CSV, chrono style, e.g. %d/%m/%Y [default: YYYY-MM-DD or YYYY/MM/DD]",
        "银行 CSV 的日期格式，chrono 写法，例如 %d/%m/%Y [默认：YYYY-MM-DD 或 YYYY/MM/DD]",
    ),
    (
        "Save --map and --date-format under this name, for --preset NAME next time",
        "以这个名称保存 --map 和 --date-format，下次可用 --preset NAME",
    ),
    ("Show what would be imported, row by row; write nothing", "逐行显示将要导入的内容；不写入任何内容"),
    (
        "Import the valid rows and list the invalid ones, instead of importing nothing",
        "导入有效的行并列出无效的行，而不是什么都不导入",
    ),
    (
        "A journal's (hledger, ledger-cli, beancount) accounts as nestegg's accounts and categories: 'assets:bank:icbc=ICBC card,expenses:dining=food'; for an Alipay or WeChat Pay bill, its payment methods as accounts: '花呗=My Huabei,招商银行储蓄卡(1234)=CMB' (kept for the next import)",
        "把记账文件（hledger、ledger-cli、beancount）的账户对应为 nestegg 的账户和分类：'assets:bank:icbc=ICBC card,expenses:dining=food'；对支付宝或微信支付账单，则把付款方式对应为账户：'花呗=My Huabei,招商银行储蓄卡(1234)=CMB'（保存，下次导入沿用）",
    ),
    (
        "Lines of the file to keep apart from their twins in the ledger (a bank row paid through Alipay or WeChat Pay and the bill's row it pays), booked as they are: 12,15",
        "文件中不与账本里同一笔合并的行（经支付宝或微信支付付款的银行流水行，与它所付的账单行），照原样记账：12,15",
    ),
    (
        "Export the ledger: CSV, JSON, or a journal for hledger and ledger-cli",
        "导出账本：CSV、JSON，或供 hledger 和 ledger-cli 使用的记账文件",
    ),
    (
        "The columns of `ls --format csv` (the nestegg import preset reads it back)",
        "与 `ls --format csv` 的列相同（导入预设 nestegg 可读回）",
    ),
    ("One object per transaction, amounts as strings", "每笔交易一个对象，金额为字符串"),
    ("hledger / ledger-cli journal", "hledger / ledger-cli 记账文件"),
    ("From this day on (YYYY-MM-DD)", "从这一天起（YYYY-MM-DD）"),
    ("Up to this day, included (YYYY-MM-DD)", "到这一天为止，含当天（YYYY-MM-DD）"),
    (
        "Write to this new file (created 0600) instead of standard output",
        "写入这个新文件（以 0600 权限创建），而不是标准输出",
    ),
    ("Replace --out FILE if it exists (never a ledger or backup)", "--out FILE 已存在时覆盖它（但从不覆盖账本或备份）"),
    (
        "Copy the ledger to a backup file (safe while the interface is open)",
        "把账本复制到备份文件（界面开着时也可放心使用）",
    ),
    (
        "Where to write it [default: backups/ledger-YYYY-MM-DD-HHMMSS.db beside the ledger]",
        "备份写到哪里 [默认：账本旁的 backups/ledger-YYYY-MM-DD-HHMMSS.db]",
    ),
    (
        "Replace the ledger with a backup (the current one is kept as a dated copy)",
        "用备份替换账本（当前账本另存为带日期的副本）",
    ),
    ("A backup made by nestegg backup (or any nestegg ledger)", "由 nestegg backup 生成的备份（或任何 nestegg 账本）"),
    (
        "Project savings: where today's saving leads, goals, financial independence",
        "储蓄预测：照现在的储蓄能攒到多少、目标、财务自由",
    ),
    ("How many months ahead", "预测未来几个月"),
    ("Monthly income [default: from the ledger's recent months]", "月收入 [默认：取自账本最近几个月]"),
    ("Monthly housing [default: from the ledger]", "每月住房支出 [默认：取自账本]"),
    ("Monthly spending other than housing [default: from the ledger]", "住房以外的每月支出 [默认：取自账本]"),
    (
        "Starting balance [default: the sum of all accounts, or of --accounts]",
        "起始余额 [默认：所有账户之和，或 --accounts 所列账户之和]",
    ),
    ("Start from the balance of these accounts only, comma-separated", "只以这些账户的余额为起点，用逗号分隔"),
    (
        "Annual return on savings, percent (0.95 is a one-year deposit)",
        "储蓄的年收益率，百分比（0.95 相当于一年期定期存款）",
    ),
    (
        "Annual inflation, percent (housing and spending rise by it once a year)",
        "年通胀率，百分比（住房和支出每年按它上涨一次）",
    ),
    ("Annual income growth, percent (a raise once a year)", "收入年增长率，百分比（每年涨一次薪）"),
    (
        "How many recent complete months the baseline comes from [default: baseline_months in the settings, else 6]",
        "基准取最近几个完整月份 [默认：设置中的 baseline_months，未设置则为 6]",
    ),
    ("Use the median of those months instead of the mean", "用这些月份的中位数代替平均值"),
    ("Withdrawal rate for financial independence, percent", "财务自由的提取率，百分比"),
    (
        "Monthly saving: spending becomes income − housing − this (not with --spending)",
        "每月储蓄：支出按 收入 − 住房 − 此数 计算（不能与 --spending 同用）",
    ),
    (
        "A target to time besides the ledger's goals, e.g. 37500; repeat for more",
        "除账本里的目标外，再估算达到这个金额的时间，例如 37500；可重复给出多个",
    ),
    (
        "Run the projection many times over drawn years and show the 10th, 50th and 90th percentiles (every month up to 36 months; beyond, each year end and the last month: other months' CSV band cells are empty, JSON fields null)",
        "用随机抽取的年份多次模拟预测，显示第 10、50 和 90 百分位（36 个月内逐月显示；之后只显示每年年末和最后一个月：其他月份 CSV 的区间单元格为空，JSON 字段为 null）",
    ),
    (
        "The ranges' seed: the same seed, the same figures [default: 1]",
        "区间模拟的随机种子：种子相同，结果相同 [默认：1]",
    ),
    ("How many runs the ranges draw [default: 10000]", "区间模拟的次数 [默认：10000]"),
    (
        "A year's return drawn around --return with this standard deviation, percent [default: 10, a mix of shares and bonds; a share index swings nearer 20, a deposit 0]",
        "每年收益围绕 --return 随机抽取，这是其标准差，百分比 [默认：10，即股债混合；股票指数的波动接近 20，存款为 0]",
    ),
    (
        "A year's inflation drawn around --inflation with this standard deviation, percent [default: 1]",
        "每年通胀围绕 --inflation 随机抽取，这是其标准差，百分比 [默认：1]",
    ),
    ("Savings goals: list, add, edit, rm", "储蓄目标：list、add、edit、rm"),
    (
        "Each goal's progress, what is left, when the current saving gets there (the default)",
        "每个目标的进度、还差多少、按目前的储蓄何时达成（默认）",
    ),
    ("Add a goal", "添加目标"),
    ("The goal's name, e.g. \"Flat in Hegang\"", "目标名称，例如 \"鹤岗买房\""),
    ("Target amount, e.g. 37500 or 3.75万", "目标金额，例如 37500 或 3.75万"),
    ("Month to reach it by, YYYY-MM", "在哪个月之前达成，YYYY-MM"),
    ("Accounts that fund it, comma-separated [default: all accounts]", "为它存钱的账户，用逗号分隔 [默认：所有账户]"),
    (
        "high, normal or low (高, 中, 低): lists show high ones first [default: normal]",
        "high、normal 或 low（高、中、低）：列表中优先级高的排在前面 [默认：normal]",
    ),
    ("Change a goal", "修改目标"),
    ("The goal's name (or unique prefix)", "目标名称（或能唯一确定它的开头几个字）"),
    ("New name", "新名称"),
    ("New month to reach it by, YYYY-MM, or `none`", "新的达成月份，YYYY-MM，或 `none`"),
    ("New funding accounts, comma-separated, or `all`", "新的存钱账户，用逗号分隔，或 `all`"),
    ("high, normal or low (高, 中, 低)", "high、normal 或 low（高、中、低）"),
    ("Delete a goal", "删除目标"),
    (
        "Recurring income and housing costs: salary on the 10th, rent on the 1st",
        "定期收入和住房支出：10 号发工资，1 号交房租",
    ),
    (
        "Due instances are posted whenever nestegg starts (command line or interface), up to today, each once.\nExamples:\n  nestegg recurring add salary --amount 5000 --category salary --every month --day 10 --step-up 3%\n  nestegg recurring add rent --amount 1500 --category rent --every month --day 1\n  nestegg recurring skip rent --date 2027-02-01",
        "每次启动 nestegg（命令行或界面）时，截至今天到期的各笔都会记账，每笔只记一次。\n示例：\n  nestegg recurring add 工资 --amount 5000 --category 工资 --every month --day 10 --step-up 3%\n  nestegg recurring add 房租 --amount 1500 --category 房租 --every month --day 1\n  nestegg recurring skip 房租 --date 2027-02-01",
    ),
    ("Every rule with its next instance (the default)", "每条规则及其下一次记账（默认）"),
    ("Add a rule", "添加规则"),
    (
        "What each instance moves, typed positive (the category's class gives the sign)",
        "每次的金额，输入正数（正负由分类的类别决定）",
    ),
    ("(add: the first account)", "（add 时默认：第一个账户）"),
    ("month, week or year", "month、week 或 year"),
    (
        "Monthly or yearly: the day of the month (the month's last day when it is shorter) (add: the start's)",
        "按月或按年时：每月的几号（当月没有这一天则取月末）（add 时默认：开始日期的那一天）",
    ),
    ("Every N months, weeks or years", "每 N 个月、周或年一次"),
    (
        "The first instance falls on or after this day, YYYY-MM-DD (add: today)",
        "第一次记账在这一天或之后，YYYY-MM-DD（add 时默认：今天）",
    ),
    ("No instance after this day, YYYY-MM-DD (or `none`)", "这一天之后不再记账，YYYY-MM-DD（或 `none`）"),
    ("At most this many instances (or 0 for no limit)", "最多记这么多次（0 表示不限）"),
    (
        "A yearly raise: 3% (a percentage) or 100 (an amount), or `none`",
        "每年涨幅：3%（百分比）或 100（金额），或 `none`",
    ),
    (
        "Change a rule from now on (what was posted stays); with --date, change one instance only",
        "从现在起修改规则（已记的账不变）；加 --date 则只改某一次",
    ),
    ("Change only the instance on this day (its amount), YYYY-MM-DD", "只改这一天的那一次（的金额），YYYY-MM-DD"),
    ("Remove a rule (what it posted stays)", "删除规则（它已记的账仍保留）"),
    ("Skip one instance [default: the next]", "跳过一次 [默认：下一次]"),
    ("Post what is due now (this happens at every start anyway)", "现在就记下到期的各笔（每次启动本来也会这样做）"),
    ("Show what would be posted; write nothing", "显示将记下哪些账；不写入任何内容"),
    ("Monthly budgets per category: spent against limit", "各分类的每月预算：已花与限额对比"),
    ("The month to show, YYYY-MM [default: this month]", "要显示的月份，YYYY-MM [默认：本月]"),
    (
        "Set a monthly limit for a category (a parent category counts its children)",
        "为分类设置每月限额（上级分类包含其下级分类）",
    ),
    ("The limit, e.g. 1200 (0 removes it from that month on)", "限额，例如 1200（0 表示从该月起取消预算）"),
    ("From this month on, YYYY-MM [default: this month]", "从这个月起，YYYY-MM [默认：本月]"),
    (
        "Carry what is left unspent into the next month [default: as the category's budget did before]",
        "把没花完的结转到下月 [默认：沿用该分类预算之前的做法]",
    ),
    ("Stop carrying what is left into the next month", "不再把剩余结转到下月"),
    (
        "Make a month's budgets those of another (limits and rollover; one undo step)",
        "把一个月的预算设成与另一个月相同（限额和结转；一步可撤销）",
    ),
    (
        "The month whose budgets are copied, YYYY-MM [default: the month before --to]",
        "复制哪个月的预算，YYYY-MM [默认：--to 的前一个月]",
    ),
    (
        "The month that gets them, from then on, YYYY-MM [default: this month]",
        "复制到哪个月（从该月起生效），YYYY-MM [默认：本月]",
    ),
    (
        "Plan a move: scenarios (rent or buy in another city) compared with staying",
        "规划搬家：把各方案（去别的城市租房或买房）与「留下」比较",
    ),
    ("The scenarios (the default)", "列出方案（默认）"),
    ("One scenario in full, with its mortgage if it has one", "显示一个方案的全部内容，有房贷的连同房贷"),
    (
        "Staying against each scenario (or the ones named): savings, break-even, net worth",
        "把「留下」与每个方案（或指定的方案）比较：储蓄、回本、净资产",
    ),
    ("Years to look ahead", "看未来几年"),
    (
        "Yearly return on savings, percent (as project's --return) [default 0]",
        "储蓄的年收益率，百分比（同 project 的 --return）[默认：0]",
    ),
    (
        "Yearly inflation, percent: raises living costs and gives today's-money figures [default 0]",
        "年通胀率，百分比：用于上调生活费，并折算成今日币值 [默认：0]",
    ),
    (
        "Add a scenario: a copy of staying (from the ledger) with what differs",
        "添加方案：以「留下」（取自账本）为底稿，再改不同之处",
    ),
    (
        "City, e.g. 鹤岗 or Hegang (reference figures fill in rent, price and living costs)",
        "城市，例如 鹤岗 或 Hegang（参考数据会填入房租、房价和生活费）",
    ),
    (
        "Monthly income there: an amount, \"today\" (keep today's income) or \"city\" (the city's average wage, carried forward) (add: today)",
        "在那里的月收入：金额、\"today\"（保持现在的收入）或 \"city\"（该城市平均工资，推算到今年）（add 时默认：today）",
    ),
    (
        "Monthly living costs other than housing (add: today's spending, scaled by --city's cost indices)",
        "住房以外的每月生活费（add 时默认：现在的支出，按 --city 的生活成本指数换算）",
    ),
    ("One-off moving costs", "一次性搬家费用"),
    ("Months without income while settling in", "安顿期间没有收入的月数"),
    (
        "The month of the move, YYYY-MM (until then you live as now), or \"now\" (add: now)",
        "搬家的月份，YYYY-MM（在那之前照旧生活），或 \"now\"（add 时默认：now）",
    ),
    (
        "Sell the home lived in now at the move, at its value less this fee in percent (e.g. 1), or \"no\" to keep it (add: no)",
        "搬家时卖掉现住的房子：按现值减去这个百分比的费用（例如 1），或填 \"no\" 保留（add 时默认：no）",
    ),
    ("Housing plan: rent, mortgage or outright", "住房方式：rent（租房）、mortgage（贷款买房）或 outright（全款买房）"),
    ("Rent: monthly rent", "租房：月租金"),
];
