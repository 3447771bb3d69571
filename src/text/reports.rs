//! Words of the command line's reports and plans: `report`, `budget`,
//! `project` and `goals`, `relocate`, `mortgage`, `recurring`, `import`,
//! `export`, `backup` and `restore`. Their csv and json stay English.

words! {
    // `report` (reports.rs).
    h_month = "MONTH", "月份";
    // `report safe` (cli/safe.rs).
    h_what = "WHAT", "项目";
    h_amount = "AMOUNT", "金额";
    safe_title(month: &str, days: u32, goal: &str) =
        "safe to spend in {month}: {days} days left, today counted; savings goal {goal}",
        "{month} 可花：还剩 {days} 天（含今天）；储蓄目标 {goal}";
    safe_today = "safe to spend today", "今日可花";
    safe_per_day = "a day to the month's end", "到月底每天";
    safe_left = "left this month", "本月还可花";
    safe_kept = "kept for the goal", "为目标留出";
    safe_expected_rate = "expected savings rate", "预计储蓄率";
    safe_no_income(month: &str) =
        "no income in {month}, posted or expected from a recurring rule: nothing to spend from",
        "{month} 没有收入（已记或定期规则预计的）：无从计算可花的钱";
    h_week = "WEEK FROM", "周起始日";
    h_income = "INCOME", "收入";
    h_housing = "HOUSING", "住房";
    h_spending = "SPENDING", "支出";
    h_savings = "SAVINGS", "储蓄";
    h_rate = "RATE", "储蓄率";
    h_class = "CLASS", "类别";
    h_share = "SHARE", "占比";
    total_label = "(total)", "（合计）";
    nothing_spent(month: impl std::fmt::Display) =
        "nothing went to housing or spending in {month}", "{month} 没有住房或支出";
    shares_of(month: impl std::fmt::Display) =
        "{month}: shares are of the class's total", "{month}：占比按所属类别的合计计算";

    // `budget` (budget.rs).
    budget_income(name: &str) =
        "'{name}' is an income category; budgets limit housing and spending",
        "“{name}”是收入分类；预算只限制住房和支出";
    budget_copied(n: usize, from: crate::model::Month, to: crate::model::Month) =
        ("copied {n} budget from {from} to {to}; one undo takes it back" | "copied {n} budgets from {from} to {to}; one undo takes them back"),
        "已把 {from} 的 {n} 项预算复制到 {to}；撤销一次即可恢复";
    budget_copy_same(from: crate::model::Month, to: crate::model::Month) =
        "the budgets of {to} are already those of {from}: nothing to copy",
        "{to} 的预算已与 {from} 相同，无需复制";
    budget_negative(amount: &str) =
        "'{amount}' is negative; a budget is what you allow a month, e.g. 1200",
        "“{amount}”是负数；预算是每月允许花的钱，例如 1200";
    budget_none_from(name: &str, from: impl std::fmt::Display) =
        "no budget for {name} from {from} on", "{name} 从 {from} 起不设预算";
    budget_set(name: &str, limit: &str, from: impl std::fmt::Display, roll: &str) =
        "{name}: {limit} a month from {from}{roll}", "{name}：从 {from} 起每月 {limit}{roll}";
    rolls_over = ", what is left rolls into the next month", "，剩余结转到下月";
    no_rollover = ", no rollover", "，不结转";
    no_budgets(month: impl std::fmt::Display) =
        "no budgets for {month}; set one: nestegg budget set food 1200",
        "{month} 没有预算；设一个：nestegg budget set 餐饮 1200";
    h_budget = "BUDGET", "预算";
    h_spent = "SPENT", "已花";
    h_left = "LEFT", "剩余";
    budget_total(month: impl std::fmt::Display, total: &str, income: &str) =
        "{month}: budgets {total} against income {income}", "{month}：预算 {total}，收入 {income}";
    over_budget(list: &str) = "over budget (!): {list}", "超支（!）：{list}";

    // `project` and `goals` (plan.rs).
    flag_negative(name: &str) =
        "--{name} cannot be negative: type what comes in or goes out a month",
        "--{name} 不能为负：请输入每月的收入或支出";
    no_complete_month(what: &str) =
        "the ledger has no complete month yet to take {what} from; pass --income, --housing and --spending",
        "账本还没有完整的月份可取{what}；请给出 --income、--housing 和 --spending";
    median = "median", "中位数";
    mean = "mean", "平均数";
    source_months(how: &str, n: usize, from: impl std::fmt::Display, to: impl std::fmt::Display, rules: &str) =
        "{how} of {n} complete month(s), {from} to {to}{rules}", "{n} 个完整月份的{how}，{from} 至 {to}{rules}";
    source_rules = ", with the recurring rules' amounts from now on", "，此后按定期规则的金额";
    source_typed = "typed figures (no complete month in the ledger yet)", "输入的数字（账本还没有完整的月份）";
    withdrawal_positive = "--withdrawal must be more than 0, e.g. 4 for the 4 % rule",
        "--withdrawal 必须大于 0，例如 4 表示 4% 法则";
    too_large = "the balance grows past what nestegg can count; use fewer --months or a lower --return",
        "余额超出 nestegg 能计算的范围；请减少 --months 或降低 --return";
    baseline(source: &str) = "Baseline: {source}", "基准：{source}";
    baseline_flows(income: &str, housing: &str, spending: &str, saving: &str, rate: &str) =
        "  income {income} · housing {housing} · spending {spending} → saving {saving} a month ({rate})",
        "  收入 {income} · 住房 {housing} · 支出 {spending} → 每月储蓄 {saving}（{rate}）";
    baseline_rates(start: &str, ret: &str, inflation: &str, growth: &str) =
        "  start {start} · return {ret} · inflation {inflation} · income growth {growth} a year",
        "  起始 {start} · 年收益 {ret} · 通胀 {inflation} · 收入年增长 {growth}";
    h_balance = "BALANCE", "余额";
    h_today = "TODAY'S MONEY", "折合今天";
    h_contributed = "CONTRIBUTED", "累计存入";
    h_returns = "RETURNS", "收益";
    fi_never = "not at this saving rate", "按此储蓄率达不到";
    fi_years(y: f64) = "{y:.1} years", "{y:.1} 年";
    fi_line(pct: &str, fi: &str) =
        "Financial independence at {pct} withdrawal: {fi}", "按 {pct} 提取率实现财务自由：{fi}";
    goal_none_yet(name: &str) =
        "no goal named '{name}'; there are none yet: nestegg goals add NAME --target N",
        "没有名为“{name}”的目标，目前一个也没有：nestegg goals add 名称 --target 金额";
    goal_none(name: &str, closest: &str) = "no goal named '{name}'; closest: {closest}", "没有名为“{name}”的目标；最接近的：{closest}";
    goal_several(name: &str, list: &str) = "'{name}' matches several goals: {list}", "“{name}”对应多个目标：{list}";
    no_goals = "no goals yet; add one: nestegg goals add \"Flat in Hegang\" --target 37500 --by 2027-12",
        "还没有目标；添加一个：nestegg goals add \"鹤岗买房\" --target 37500 --by 2027-12";
    reached = "reached", "已达成";
    reach_in(m: impl std::fmt::Display, n: u32) = "{m} ({n} mo)", "{m}（{n} 个月）";
    not_at_this_rate = "not at this rate", "按此速度达不到";
    needed_by(amount: &str, by: impl std::fmt::Display) = "{amount} a month by {by}", "每月 {amount}，至 {by}";
    has_passed(by: impl std::fmt::Display) = "{by} has passed", "{by} 已过";
    h_goal = "GOAL", "目标";
    h_priority = "PRIORITY", "优先级";
    h_target = "TARGET", "目标金额";
    h_progress = "PROGRESS", "进度";
    h_to_go = "TO GO", "还差";
    h_at_rate = "AT THE CURRENT RATE", "按目前速度";
    h_to_make = "TO MAKE THE DATE", "按期需要";
    goal_added(name: &str, target: &str, by: &str) = "added goal '{name}': {target}{by}", "已添加目标“{name}”：{target}{by}";
    goal_by(m: impl std::fmt::Display) = " by {m}", "，至 {m}";
    goal_nothing = "nothing to change: pass --rename, --target, --by or --accounts",
        "没有要改的：请给出 --rename、--target、--by 或 --accounts";
    goal_changed(name: &str, target: &str) = "changed goal '{name}': {target}", "已修改目标“{name}”：{target}";
    goal_deleted(name: &str) = "deleted goal '{name}'", "已删除目标“{name}”";

    // `relocate` (relocate.rs).
    cost_negative(s: &str) = "'{s}' is negative; type what it costs, e.g. 1500", "“{s}”是负数；请输入花费，例如 1500";
    stay_needs_month = "staying is built from the ledger, which has no complete month yet; log a month first",
        "“留下”按账本计算，而账本还没有完整的月份；请先记满一个月";
    price_hint = "; pass it (e.g. --price-per-m2 2274 --area 50)", "；请给出（例如 --price-per-m2 2274 --area 50）";
    stay_not_stored = "Stay is built from the ledger's recent complete months (the setting baseline_months), not stored: it changes as you log; relocate compare shows it beside every scenario",
        "“留下”按账本最近几个完整月份（设置 baseline_months）计算，并不保存：随记账而变；relocate compare 会把它列在每个方案旁";
    stay = "Stay", "留下";
    as_now(monthly: &str) = "as now: {monthly} a month", "照旧：每月 {monthly}";
    rent_plan(monthly: &str, deposit_months: i64, agent_fee: &str) =
        "rent {monthly} a month, deposit {deposit_months} month(s), agent fee {agent_fee}",
        "租房每月 {monthly}，押金 {deposit_months} 个月，中介费 {agent_fee}";
    loan_split(loan: &str, commercial: &str, rate: &str, fund: &str, fund_rate: &str) =
        "loan {loan}: {commercial} commercial at {rate} and 公积金 {fund} at {fund_rate}",
        "贷款 {loan}：商贷 {commercial}，利率 {rate}；公积金 {fund}，利率 {fund_rate}";
    loan_one(loan: &str, rate: &str) = "loan {loan} at {rate}", "贷款 {loan}，利率 {rate}";
    #[allow(clippy::too_many_arguments)]
    buy_plan(area: i64, price: &str, down: &str, down_pct: &str, loan: &str, years: &str, method: &str) =
        "buy {area} m² for {price} with {down} down ({down_pct}), {loan}, {years} {method}",
        "买 {area} m²，总价 {price}，首付 {down}（{down_pct}），{loan}，{years} {method}";
    buy_outright(area: i64, price: &str, tax: &str, fees: &str) =
        "buy {area} m² outright for {price} + {tax} deed tax + {fees} fees",
        "全款买 {area} m²：{price} + 契税 {tax} + 手续费 {fees}";
    one_year = "1 year", "1 年";
    n_years(n: i64) = "{n} years", "{n} 年";
    one_month = "1 month", "1 个月";
    n_months(n: i64) = "{n} months", "{n} 个月";
    buying_costs(tax: &str, tax_pct: &str, fees: &str, monthly: &str) =
        "deed tax {tax} ({tax_pct}), buying fees {fees}, property fees {monthly} a month",
        "契税 {tax}（{tax_pct}），购房手续费 {fees}，物业费每月 {monthly}";
    no_scenarios = "no scenarios yet; try: nestegg relocate add Hegang --city Hegang --moving-costs 3000",
        "还没有方案；试试：nestegg relocate add Hegang --city Hegang --moving-costs 3000";
    moves_on(m: impl std::fmt::Display) = " · moves {m}", " · {m} 搬";
    scenario_line(name: &str, city: &str, income: &str, plan: &str, living: &str, moves: &str) =
        "{name} ({city}): income {income} · {plan} · living {living}{moves}",
        "{name}（{city}）：收入 {income} · {plan} · 生活 {living}{moves}";
    h_city = "CITY", "城市";
    h_price_m2 = "¥/M²", "元/平米";
    none_first(months: &str) = " (none in the first {months})", "（前 {months} 没有）";
    show_income(income: &str, settling: &str) = "  income {income} a month{settling}", "  收入每月 {income}{settling}";
    show_housing(plan: &str) = "  housing: {plan}", "  住房：{plan}";
    show_living(living: &str, moving: &str) =
        "  living costs {living} a month · moving costs {moving}", "  生活费每月 {living} · 搬家费 {moving}";
    moves_in(m: impl std::fmt::Display) = "  moves in {m} (living as now until then)", "  {m} 搬（此前照旧生活）";
    moves_now = "  moves now", "  现在就搬";
    show_payment(first: &str, interest: &str) =
        "  first payment {first}, total interest {interest}", "  首月还款 {first}，总利息 {interest}";
    scenario_added(name: &str, plan: &str) = "added scenario '{name}': {plan}", "已添加方案“{name}”：{plan}";
    scenario_unchanged(name: &str) =
        "scenario '{name}' is unchanged; see nestegg relocate edit --help for its fields",
        "方案“{name}”没有变化；可改的项见 nestegg relocate edit --help";
    scenario_changed(name: &str, plan: &str) = "changed scenario '{name}': {plan}", "已修改方案“{name}”：{plan}";
    scenario_copied(name: &str, copy: &str) = "copied scenario '{name}' as '{copy}'", "已将方案“{name}”复制为“{copy}”";
    scenario_deleted(name: &str) = "deleted scenario '{name}'", "已删除方案“{name}”";
    goals_baseline(n: i64, from: impl std::fmt::Display, to: impl std::fmt::Display) =
        "At the current rate: the mean saving of {n} complete month(s), {from} to {to} (the setting baseline_months), as the Plan tab, project and relocate",
        "按当前储蓄：{n} 个完整月份的平均储蓄，{from} 至 {to}（设置 baseline_months），与规划页、project 和 relocate 相同";
    unknown_city(name: &str) =
        "no reference city '{name}'; see nestegg relocate cities, add it to your cities.toml, or type --rent/--price-per-m2/--living",
        "没有参考城市“{name}”；见 nestegg relocate cities，或加到你的 cities.toml，或直接输入 --rent/--price-per-m2/--living";
    which_city(typed: &str, list: &str) =
        "'{typed}' could be {list}; type the Chinese name", "“{typed}”可能是 {list}；请填中文名";
    at_once = "at once", "立即";
    in_one_month(when: &str) = "1 month ({when})", "1 个月（{when}）";
    in_months(m: u32, when: &str) = "{m} months ({when})", "{m} 个月（{when}）";
    beyond_horizon = "not within the horizon", "期限内达不到";
    // Break-even: the first month from which a scenario stays at or above staying.
    never_behind = "never behind staying", "始终不落后于留下";
    never_within(years: u32) =
        ("never within {years} year" | "never within {years} years"), "{years} 年内回不了本";
    r_income = "income", "收入";
    r_housing = "housing", "住房";
    r_living = "living costs", "生活费";
    r_savings = "savings", "储蓄";
    r_rate = "savings rate", "储蓄率";
    r_moves = "moves", "搬家";
    now = "now", "现在";
    r_one_off = "one-off costs", "一次性花费";
    r_lowest = "lowest cash", "最低现金";
    r_break_even = "break-even", "回本";
    r_net_worth(y: u32) = "net worth {y}y", "{y} 年后净资产";
    r_goal(name: &str) = "goal: {name}", "目标：{name}";
    net_worth_note = "Net worth = cash + investments + the home lived in now at its value less what its loans owe (unless sold) + a deposit held or a home bought at its projected value (its yearly price change) less selling costs and its loan. Cash is bank, cash, wallet and savings accounts less what cards owe.",
        "净资产 = 现金 + 投资 + 现住房产（按现值，减去尚欠贷款；卖掉则不计）+ 押金或新买房产（按预计价值〔年涨跌〕，减去卖房成本和贷款）。现金指银行、现金、钱包和储蓄账户，减去信用卡欠款。";
    home_sold(name: &str, amount: &str) =
        "{name} sells the home lived in now at the move: {amount} comes in as cash, after fees and what its loans owe.",
        "{name} 搬家时卖掉现住的房子：扣除费用和尚欠贷款后，{amount} 计入现金。";
    home_not_sold(name: &str) =
        "Warning: {name} sells the home lived in now, but no home account holds one: nothing is sold (add it: nestegg accounts add NAME --kind home --balance VALUE).",
        "注意：{name} 要卖现住的房子，但没有房产账户：不计卖房（可添加：nestegg accounts add 名称 --kind home --balance 现值）。";
    short_of_cash(name: &str, lowest: &str) =
        "Warning: {name} needs more cash than there is (lowest {lowest}); the figures borrow from nowhere.",
        "注意：{name} 需要的现金超过现有（最低 {lowest}）；这些数字假定钱凭空借来。";

    // `mortgage` (mortgage.rs).
    loan_summary(principal: &str, method: &str, years: i64, rate: f64) =
        "{principal} {method} over {years} years at {rate:.2}%",
        "{principal} {method}，{years} 年，年利率 {rate:.2}%";
    first_payment(payment: &str, interest: &str, principal: &str) =
        "  first payment {payment} (interest {interest}, principal {principal})",
        "  首月还款 {payment}（利息 {interest}，本金 {principal}）";
    last_payment(payment: &str, interest: &str, paid: &str) =
        "  last payment {payment} · total interest {interest} · total paid {paid}",
        "  末月还款 {payment} · 总利息 {interest} · 共还 {paid}";
    h_year = "YEAR", "年";
    h_paid = "PAID", "还款";
    h_interest = "INTEREST", "利息";
    h_principal = "PRINCIPAL", "本金";
    every_month = "(every month: --schedule --format csv)", "（逐月明细：--schedule --format csv）";

    // `recurring` (recurring.rs).
    amount_not_positive(text: &str) =
        "--amount: '{text}' is not more than zero; type it positive (the category gives the sign)",
        "--amount：“{text}”不大于零；请输入正数（正负由分类决定）";
    amount_needed = "--amount is needed: what each instance moves, e.g. --amount 5000",
        "需要 --amount：每次的金额，例如 --amount 5000";
    end_before_start(end: impl std::fmt::Display, start: impl std::fmt::Display) =
        "--end {end} is before the start {start}", "--end {end} 早于开始日期 {start}";
    step_up_positive = "--step-up: type the yearly rise as a positive amount or a %",
        "--step-up：请把每年涨幅写成正的金额或百分比";
    step_percent(whole: i64, frac: i64) = "+{whole}.{frac:02}%/yr", "+{whole}.{frac:02}%/年";
    step_amount(amount: &str) = "+{amount}/yr", "+{amount}/年";
    no_rules = "no recurring rules yet; try: nestegg recurring add salary --amount 5000 --category salary --day 10",
        "还没有定期规则；试试：nestegg recurring add 工资 --amount 5000 --category 工资 --day 10";
    h_schedule = "SCHEDULE", "周期";
    h_next = "NEXT", "下次";
    h_step_up = "STEP-UP", "年涨幅";
    rule_no_account = "there is no active account; add one first: nestegg accounts add",
        "还没有可用的账户；请先添加：nestegg accounts add";
    rule_needs_category = "--category is needed, e.g. --category salary", "需要 --category，例如 --category 工资";
    next_none = "none", "无";
    rule_added(name: &str, amount: &str, schedule: &str, next: &str) =
        "added '{name}': {amount} {schedule}, next {next}", "已添加“{name}”：{amount} {schedule}，下次 {next}";
    date_needs_amount = "--date changes one instance's amount: give --amount too",
        "--date 只改某一次的金额：请同时给出 --amount";
    no_instance_on(name: &str, d: impl std::fmt::Display) = "'{name}' has no instance on {d}", "“{name}”在 {d} 没有要记的账";
    instance_now(name: &str, d: impl std::fmt::Display, amount: &str) =
        "'{name}' on {d} is now {amount}", "“{name}”在 {d} 的金额改为 {amount}";
    rule_changed(name: &str, amount: &str, schedule: &str) =
        "changed '{name}' from now on: {amount} {schedule}", "已修改“{name}”（从现在起）：{amount} {schedule}";
    rule_removed(name: &str) =
        "removed '{name}'; what it posted stays in the ledger", "已删除“{name}”；它已记下的账仍留在账本中";
    no_instance_to_come(name: &str) = "'{name}' has no instance to come", "“{name}”之后没有要记的账";
    skipped_on(name: &str, when: impl std::fmt::Display) =
        "'{name}' on {when} will not be posted", "“{name}”在 {when} 不会记账";
    dry_run_due(n: usize) =
        ("dry run: {n} instance due, nothing was written" | "dry run: {n} instances due, nothing was written"), "试运行：{n} 笔到期，未写入任何内容";
    posted(n: usize) = ("posted {n} instance" | "posted {n} instances"), "已记下 {n} 笔";
    posted_at_start(n: usize, list: &str, more: &str) =
        ("nestegg: posted {n} recurring instance: {list}{more}" | "nestegg: posted {n} recurring instances: {list}{more}"), "nestegg：已记下 {n} 笔定期账：{list}{more}";
    and_n_more(n: usize) = " and {n} more", " 等另外 {n} 笔";
    post_failed(e: impl std::fmt::Display) =
        "nestegg: could not post recurring instances ({e}); nestegg recurring post retries",
        "nestegg：无法记下定期账（{e}）；可用 nestegg recurring post 重试";
    post_held(name: &str, date: impl std::fmt::Display, amount: &str, max: &str) =
        "'{name}' is held back from {date}: its instance comes to {amount}, over nestegg's limit of {max} for one figure, so it and the rule's later ones wait unposted; change the rule (nestegg recurring edit '{name}' --step-up … or --end …) or that instance (nestegg recurring edit '{name}' --date {date} --amount …)",
        "“{name}”自 {date} 起暂不记账：这一笔为 {amount}，超过 nestegg 单笔金额的上限 {max}，它和此后各笔都先不记；请修改规则（nestegg recurring edit '{name}' --step-up … 或 --end …）或这一笔（nestegg recurring edit '{name}' --date {date} --amount …）";
    posted_with_rule(n: usize, list: &str, more: &str) =
        ("already due, posted with it (one undo takes both back): {n} instance, {list}{more}" | "already due, posted with it (one undo takes both back): {n} instances, {list}{more}"),
        "已到期的 {n} 笔随之记下（撤销一次即一并撤回）：{list}{more}";

}
