//! Words of the Move tab, its scenario form and the scenario fields (their
//! labels, hints and the messages of their parsing, shared with the CLI).

use std::fmt::Display;

words! {
    // The Move tab.
    /// The comparison's first column, built from the ledger.
    stay = "Stay", "留下";
    comparing = "comparing…", "正在比较…";
    no_scenarios =
        "No scenarios yet. Press a to add one: it starts as a copy of staying, and you change \
         what would differ (a city such as Hegang fills in its rent, price and living costs).\n\n\
         Or from the command line, for example:\n  \
         nestegg relocate add Rent --city Hegang --moving-costs 900\n  \
         nestegg relocate duplicate Rent Buy\n  \
         nestegg relocate edit Buy --plan mortgage --area 50\n\n\
         Each is compared with staying.",
        "还没有方案。按 a 添加：新方案以「留下」为底稿，你只改会变的部分\
         （填鹤岗这样的城市，会自动填入那里的房租、房价和生活费）。\n\n\
         也可以用命令行，例如：\n  \
         nestegg relocate add 租房 --city 鹤岗 --moving-costs 900\n  \
         nestegg relocate duplicate 租房 买房\n  \
         nestegg relocate edit 买房 --plan mortgage --area 50\n\n\
         每个方案都与「留下」相比。";
    row_living = "living", "生活费";
    row_rate = "rate", "储蓄率";
    row_one_off = "one-off", "一次性支出";
    row_lowest_cash = "lowest cash", "最低现金";
    /// The row shown once a scenario sells the home lived in now.
    row_home_sale = "home sale", "卖房所得";
    /// Its cell when the scenario sells but the ledger has no home to sell.
    no_home = "no home", "无房可卖";
    no_home_to_sell(name: &str) =
        "⚠ {name} sells the home, but no home account holds one: nothing is sold",
        "⚠ {name} 要卖现房，但没有房产账户：不计卖房";
    row_break_even = "break-even", "回本";
    row_moves = "moves", "搬家";
    row_net_worth(years: u32) = "net worth {years}y", "净资产 {years}年";
    in_months(months: u32) = "{months} mo", "{months} 个月";
    months_later(months: u32) = "in {months} mo", "{months} 个月后";
    now = "now", "现在";
    later = "later", "更晚";
    scrolled(shown: usize, all: usize) = "←/→ {shown} of {all}", "←/→ {shown}/{all}";
    needs_cash(name: &str, lowest: &str) =
        "⚠ {name} needs more cash than there is (lowest {lowest})",
        "⚠ {name} 需要的现金超过现有（最低 {lowest}）";
    hidden_rows(n: usize) =
        ("… {n} more row on a taller terminal" | "… {n} more rows on a taller terminal"),
        "… 还有 {n} 行，终端窗口再高些即可显示";
    hidden_rows_fold(n: usize) =
        ("… {n} more row: v folds the chart to show it" | "… {n} more rows: v folds the chart to show them"),
        "… 还有 {n} 行：按 v 收起图表即可显示";
    net_worth_note =
        "net worth = cash + investments + homes − loans + deposit",
        "净资产 = 现金 + 投资 + 房产 − 贷款 + 押金";
    chart_title = " net worth: ", " 净资产：";
    chart_break_even = "█ break-even ", "█ 回本 ";
    axis_years(years: u32) = "{years}y", "{years}年";
    schedule_title(name: &str, from: impl Display) =
        " {name}: mortgage by year from {from} ", " {name}：房贷逐年明细，自 {from} 起 ";
    // The schedule's keys, on its lower border (as many as fit, in order).
    schedule_year = "↑/↓ year", "↑/↓ 选年";
    schedule_months = "Enter months", "Enter 看月份";
    schedule_close = "Esc closes", "Esc 关闭";
    col_year = "YEAR", "年";
    col_paid = "PAID", "还款";
    col_interest = "INTEREST", "利息";
    col_principal = "PRINCIPAL", "本金";
    col_balance = "BALANCE", "剩余本金";

    // The Move tab's messages.
    shipped_cities(e: impl Display) = "{e} (using the shipped cities)", "{e}（改用内置城市）";
    no_mortgage =
        "this scenario has no mortgage; pick a buy-with-a-mortgage one with ←/→",
        "这个方案没有房贷；用 ←/→ 选一个贷款买房的方案";
    needs_a_month =
        "a scenario starts as a copy of staying, which needs a complete month in the ledger first",
        "新方案以「留下」为底稿，需要账本里先有一个完整的月份";
    on_stay(what: &str) =
        "Stay comes from the ledger and cannot be {what}: ←/→ picks a scenario, a adds one",
        "「留下」来自账本本身，不能{what}：←/→ 选方案，a 添加方案";
    edited = "edited", "编辑";
    copied_word = "copied", "复制";
    renamed_word = "renamed", "改名";
    deleted = "deleted", "删除";
    copied(from: &str, name: &str) =
        "copied '{from}' as '{name}'; e edits it, r renames it", "已将「{from}」复制为「{name}」；e 编辑，r 改名";
    added(name: &str) = "added scenario '{name}'; u undoes it", "已添加方案「{name}」；u 撤销";
    saved(name: &str) = "saved scenario '{name}'", "已保存方案「{name}」";
    renamed(old: &str, name: &str) = "renamed '{old}' to '{name}'", "已将「{old}」改名为「{name}」";
    nothing_to_rename = "nothing to rename", "没有要改名的方案";
    gone = "gone", "这个方案已不在了";

    // The scenario form.
    label_name = "Name", "名称";
    form_edit(name: &str) = " Edit scenario '{name}' ", " 编辑方案「{name}」 ";
    form_new = " New scenario (a copy of staying) ", " 新方案（以「留下」为底稿） ";
    form_keys = " Enter save · Tab next · Esc cancel ", " Enter 保存 · Tab 下一项 · Esc 取消 ";
    more_lines(n: usize) = "  ↓ {n} more", "  ↓ 还有 {n} 项";
    choose_from(list: &str) = "←/→ choose: {list}", "←/→ 选择：{list}";
    choice_sep = " · ", " · ";
    error_line(label: &str, e: &str) = "✗ {label}: {e}", "✗ {label}：{e}";
    hint_name = "a name of your own, e.g. Hegang or Buy in Hegang", "自己起个名字，如 鹤岗 或 鹤岗买房";
    hint_city =
        "a reference city fills rent, price and living costs (then check them)",
        "参考城市会填入房租、房价和生活费（请再核对）";
    hint_start =
        "now, or the month you move (YYYY-MM); until then you live as now",
        "now（现在），或搬家的月份（YYYY-MM）；在那之前照旧生活";
    hint_choose = "←/→ choose", "←/→ 选择";
    hint_months_without_income = "months with no pay while you settle in", "安顿下来之前没有收入的月数";
    hint_deposit = "months of rent held by the landlord (still yours)", "房东收的几个月押金（仍是你的钱）";
    hint_fund =
        "the part of the loan the housing provident fund lends; 0 for none",
        "贷款中由住房公积金出借的部分；没有就填 0";
    hint_percent = "percent: 3.05 is 3.05 %", "百分数：3.05 即 3.05%";
    hint_whole = "a whole number", "整数";
    hint_amount = "25 · 1,500 · 1.5万", "金额：25 · 1,500 · 1.5万";
    name_missing = "type a name for the scenario", "请给方案起个名字";
    name_stay = "Stay is built from the ledger itself; pick another name", "「留下」由账本本身得出；请换个名字";
    name_taken(other: &str) =
        "there is already a scenario '{other}'; pick another name", "已有方案「{other}」；请换个名字";
    copy_name(name: &str) = "{name} (copy)", "{name}（副本）";
    copy_name_n(name: &str, n: u32) = "{name} (copy {n})", "{name}（副本 {n}）";
    no_reference(typed: &str) =
        "no reference city '{typed}' (try a prefix: 鹤, heg); type its rent, price and living costs",
        "没有参考城市「{typed}」（可输入开头：鹤、heg）；请自己填房租、房价和生活费";
    which_reference(typed: &str, known: &str) =
        "'{typed}' could be {known}; type one of them", "「{typed}」可能是 {known}；请填其中一个";
    rent_modelled(rent: i64) = "rent {rent} (modelled from the price)", "房租 {rent}（由房价估算）";
    rent_dated(rent: i64, when: &str) = "rent {rent} ({when})", "房租 {rent}（{when}）";
    price_dated(price: i64, when: &str) = "{price} ¥/m² ({when})", "{price} ¥/m²（{when}）";
    filled(city: &str, rent: &str, price: &str, kept: &str) =
        "{city}: {rent}, {price}, living costs: scaled by the cities' cost indices, check them{kept}",
        "{city}：{rent}，{price}，生活费：按两城生活成本指数换算，请核对{kept}";
    kept_typed(list: &str) = " (kept what you typed: {list})", "（保留了你填的：{list}）";

    // The scenario fields' labels (the form keeps them within 15 columns).
    field_city = "City", "城市";
    field_income = "Income/month", "月收入";
    field_living = "Living/month", "月生活费";
    field_moving_costs = "Moving costs", "搬家费用";
    field_months_without_income = "Months no pay", "无收入月数";
    field_sell_home = "Sell home %", "卖现房 费用%";
    keep_home = "no", "不卖";
    hint_sell_home =
        "sell the home you live in at the move, at its value less this fee (e.g. 1); no keeps it",
        "搬家时按现值卖掉现住的房子，减去这个比例的费用（如 1）；填“不卖”则保留";
    show_sells_home(fee: &str) =
        "  sells the home lived in now at the move, at its value less {fee}% in fees and what its loans owe",
        "  搬家时卖掉现住的房子：按现值，减去 {fee}% 的费用和尚欠的贷款";
    /// After `show_sells_home`, when the ledger has nothing to sell.
    show_no_home =
        "  but no home account holds a home (add one: nestegg accounts add NAME --kind home --balance VALUE): nothing is sold",
        "  但没有房产账户（可添加：nestegg accounts add 名称 --kind home --balance 现值）：不计卖房";
    field_start = "Move in", "搬家时间";
    field_plan = "Housing", "住房方式";
    field_rent = "Rent/month", "月租金";
    field_deposit_months = "Deposit (mo)", "押金（月）";
    field_agent_fee = "Agent fee", "中介费";
    field_price_per_m2 = "Price per m²", "每平米单价";
    field_area = "Area m²", "面积 m²";
    field_down_payment = "Down paym. %", "首付 %";
    field_rate = "Rate %", "商贷利率 %";
    field_fund = "Fund loan", "公积金贷款";
    field_fund_rate = "Fund rate %", "公积金利率 %";
    field_years = "Years", "贷款年限";
    field_method = "Repayment", "还款方式";
    field_deed_tax = "Deed tax %", "契税 %";
    field_fees = "Buying fees", "购房杂费";
    field_property_fees = "Prop. fees/mo", "月物业费";
    h_province = "PROVINCE", "省份";
    h_wage_yearly = "WAGE/YEAR", "年平均工资";
    h_rent = "RENT 50M²", "50平月租";
    h_cost_index = "COST IDX", "生活成本指数";
    h_price_to_wage = "90M²/WAGE", "房价收入比";
    cities_note(n: usize, area: i64, yield_: &str, ratio_area: i64, year: i32, growth: &str) =
        "Cities: {n}. Yuan; (month or year) of each figure. Prices: average asking price of resale homes, 中国房价行情 (creprice.cn), 2026-05. \
         Wages: average yearly wage of employees, China City Statistical Yearbook (2020, 2019 where missing).\n\
         * modelled, not data: rent of a {area} m² flat at a {yield_} gross yield a year; cost index 100 × (3 + wage ÷ median wage) ÷ 4, 100 = the median city. \
         90M²/WAGE: a {ratio_area} m² home in years of the wage carried to {year} at {growth} a year. Correct any figure in your cities.toml.",
        "共 {n} 个城市。单位：元；括号里是数字的年月。房价：二手住宅挂牌均价，中国房价行情（creprice.cn），2026-05。\
         工资：在岗职工平均工资，中国城市统计年鉴（2020 年，缺失时用 2019 年）。\n\
         * 为模型估算，不是数据：{area} 平米住房按每年 {yield_} 的毛租金回报率估算的月租；生活成本指数 = 100 ×（3 + 工资 ÷ 中位工资）÷ 4，100 = 中位城市。\
         房价收入比：{ratio_area} 平米住房相当于几年工资（工资按每年 {growth} 推算到 {year} 年）。任何数字都可在你的 cities.toml 里更正。";
    filled_from(city: &str, parts: &str) = "from {city}: {parts}", "取自 {city}：{parts}";
    filled_living(living: &str) =
        "living costs {living} (today's spending × the cities' cost indices, modelled)",
        "生活费 {living}（今天的开销 × 两城生活成本指数，模型估算）";
    filled_rent_modelled(rent: &str, area: i64, yield_: &str) =
        "rent {rent} modelled from the price ({area} m² at a {yield_} gross yield; type the real figure with --rent)",
        "房租 {rent} 由房价估算（{area} 平米，毛租金回报率 {yield_}；用 --rent 填实际数字）";
    filled_rent(rent: &str, when: &str) = "rent {rent} ({when})", "房租 {rent}（{when}）";
    filled_price(price: &str, when: &str) = "price {price}/m² ({when}, asking price)", "房价每平米 {price}（{when}，挂牌价）";
    filled_wage(monthly: &str, gross: &str, yearly: &str, year: u16, now: i32, growth: &str) =
        "income {monthly} a month take-home: the city's average wage {yearly} a year in {year}, carried to {now} at {growth} a year, is {gross} a month gross, less social insurance, the housing fund and income tax (nestegg salary shows how)",
        "收入每月到手 {monthly}：该城市 {year} 年平均工资 {yearly}，按每年 {growth} 推算到 {now} 年为税前每月 {gross}，扣除社保、公积金和个税（nestegg salary 可看明细）";
    home_unknown(name: &str) =
        "the setting home_city is '{name}', which no reference city answers to; see nestegg relocate cities, or nestegg config set home_city custom",
        "设置 home_city 是“{name}”，没有这个参考城市；见 nestegg relocate cities，或 nestegg config set home_city custom";
    home_unset =
        "home city not set: living costs scaled against the median city (nestegg config set home_city 鹤岗)",
        "未设居住城市：生活费按中位城市换算（nestegg config set home_city 鹤岗）";
    home_is(city: &str) = "living in {city}", "现居 {city}";
    home_custom(index: i64) = "living in a custom city (cost index {index})", "现居自定义城市（生活成本指数 {index}）";
    economy_note(ret: &str, inflation: &str) =
        "return {ret}% a year, inflation {inflation}% a year", "年回报 {ret}%，年通胀 {inflation}%";
    baseline_note(from: impl Display, to: impl Display, n: i64, home: &str, rates: &str) =
        "Staying: the mean of {n} complete months, {from} to {to} (the setting baseline_months) · {home} · {rates}",
        "留下：{n} 个完整月份的平均，{from} 至 {to}（设置 baseline_months）· {home} · {rates}";
    r_today = "  in today's money", "  折合今天的钱";
    r_price = "Home price", "房价";
    r_price_income = "Price ÷ your income (y)", "房价 ÷ 你的年收入";
    r_price_city_wage = "Price ÷ city wage (y)", "房价 ÷ 城市年工资";
    r_city_ratio = "City's 90 m² ÷ wage (y)", "该城 90 平 ÷ 年工资";
    ask_home =
        "where do you live now? type a city (鹤岗, hegang) or custom, then Enter",
        "你现在住在哪里？输入城市（鹤岗、hegang）或 custom，然后回车";
    home_banner =
        "Where do you live now? H to say (鹤岗, hegang or custom); until then living costs scale against the median city",
        "你现在住在哪里？按 H 设置（鹤岗、hegang 或 custom）；在此之前生活费按中位城市换算";
    row_today(years: u32) = "{years}y today's ¥", "{years}年 今日币值";
    row_price_income = "Price÷inc·wage", "房价÷收入·工资";
    row_city_ratio = "City 90m²÷wage", "该城90平÷工资";
    baseline_short(from: impl Display, to: impl Display) = "stay: mean {from}–{to}", "留下：{from}–{to} 平均";
    from_today = " (today's income)", "（现在的收入）";
    with_inflation = "inflation", "随通胀";
    income_monthly(income: &str, times: i64, monthly: &str) =
        "note: --income is a month's pay: {income} a month is {times} times today's; if it is a year's, type {monthly}",
        "注意：--income 是月收入：每月 {income} 是现在的 {times} 倍；如果是年收入，请填 {monthly}";
    no_city_found(query: &str) =
        "no reference city starts with '{query}'; try the first letters of its pinyin (heg) or its first character (鹤), or add it to your cities.toml",
        "没有以“{query}”开头的参考城市；试试拼音开头（heg）或第一个汉字（鹤），或加到你的 cities.toml";
    show_rent_modelled(area: i64, yield_: &str) =
        "  the rent is modelled from the city's price ({area} m² at a {yield_} gross yield), not data: type the real one with --rent",
        "  房租按该城房价估算（{area} 平米，毛租金回报率 {yield_}），不是数据：用 --rent 填实际数字";
    show_living_scaled =
        "  living costs follow today's spending × the cities' cost indices (modelled; --living fixes a figure)",
        "  生活费随今天的开销 × 两城生活成本指数变化（估算；用 --living 固定一个数字）";
    modelled_note(yield_: &str) =
        "* modelled, not data: rent from the city's price at a {yield_} gross yield; living costs: today's spending × the cities' cost indices; income: the city's average wage, taken home after contributions and tax. Type the real figures to replace them.",
        "* 为模型估算，不是数据：房租按该城房价和 {yield_} 毛租金回报率估算；生活费 = 今天的开销 × 两城生活成本指数；收入 = 该城平均工资扣除社保、公积金和个税后的到手部分。填入实际数字即可替换。";
    modelled_short = "* modelled, not data", "* 为估算，不是数据";
    wage_needs_city =
        "the city's wage needs a reference city: name one first", "取城市工资需要参考城市：请先填城市";
    from_city_wage(gross: &str, yearly: &str, year: u16, now: i32, growth: &str) =
        " take-home (the city's average wage, {yearly} a year in {year}, carried to {now} at {growth} a year: {gross} a month gross, less social insurance, the housing fund and income tax; nestegg salary shows how)",
        "到手（该城市平均工资：{year} 年每年 {yearly}，按每年 {growth} 推算到 {now} 年为税前每月 {gross}，扣除社保、公积金和个税；nestegg salary 可看明细）";
    from_typed_wage =
        " (the city's wage when it was set: the city has no wage figure now)",
        "（设定时的城市工资：该城市现在没有工资数字）";
    show_rent_growth(pct: &str) = "  rent rises {pct} a year", "  房租每年上涨 {pct}";
    show_rent_inflation = "  rent rises with inflation", "  房租随通胀上涨";
    show_price_change(change: &str, selling: &str) =
        "  the home's value changes {change} a year; selling it would cost {selling} (net worth counts it so)",
        "  房价每年变动 {change}；卖房成本 {selling}（净资产按此计算）";
    field_rent_growth = "Rent rise %/y", "房租年涨幅 %";
    field_price_change = "Price chg %/y", "房价年涨跌 %";
    field_selling_costs = "Selling cost %", "卖房成本 %";
    income_today = "today", "今天的";
    income_city = "city wage", "城市工资";
    clause_sep = "; ", "；";
    hint_income =
        "today (keep today's income), city wage (the city's average wage, taken home: :salary --city shows how), or an amount",
        "今天的（保持现在的收入）、城市工资（该城市平均工资的到手部分：:salary --city 可看明细）或金额";
    hint_change = "percent a year; negative when it falls", "每年百分比；下降填负数";
    hint_rent_growth =
        "percent a year, or inflation (rises as prices do)", "每年百分比，或 随通胀（与物价同涨）";
    hint_selling_costs =
        "agent and taxes if the home were sold: net worth counts the home less these",
        "如卖房要付的中介费和税：净资产按房价减去这些计算";
    no_city_wage(city: &str) =
        "no wage figure for '{city}'; type an amount, or today",
        "没有「{city}」的工资数字；请填金额，或 今天的";
    change_range(s: &str) =
        "'{s}' % is out of range: a yearly change here is from -50 to 50",
        "「{s}」% 超出范围：这里的年变化在 -50 到 50 之间";

    // The housing plans and repayment methods as the form shows them.
    plan_as_now = "as now", "照旧";
    plan_rent = "rent", "租房";
    plan_mortgage = "mortgage", "贷款买房";
    plan_outright = "outright", "全款买房";
    method_equal_payment = "equal-payment", "等额本息";
    method_equal_principal = "equal-principal", "等额本金";

    // The scenario fields' parse errors (the CLI shows them too).
    start_past(month: impl Display, now: impl Display) =
        "{month} is past; a move starts this month ({now}) or later",
        "{month} 已过；搬家最早从本月（{now}）开始";
    as_now_refused =
        "'as now' is staying's housing; pick rent, mortgage or outright",
        "as now（照旧）是「留下」时的住房；请选 rent（租房）、mortgage（贷款买房）或 outright（全款买房）";
    not_a_plan(text: &str) =
        "'{text}' is not a plan: use rent, mortgage or outright",
        "「{text}」不是住房方式：请用 rent（租房）、mortgage（贷款买房）或 outright（全款买房）";
    fund_over_loan(fund: &str, loan: &str) =
        "the housing fund (公积金) part {fund} is more than the whole loan {loan}; it is the share of the loan the fund lends",
        "公积金贷款 {fund} 超过了整笔贷款 {loan}；它是贷款中由公积金出借的部分";
    price_over_limit(area: i64, per_m2: &str, price: &str, max: &str) =
        "{area} m² at {per_m2} a m² comes to {price}, over nestegg's limit of {max} for one figure; check the area and the price for extra digits",
        "{area} m² 按每平米 {per_m2} 计为 {price}，超过 nestegg 单笔金额的上限 {max}；请检查面积和单价是否多打了数字";
    price_zero = "the price per m² must be more than zero", "每平米单价必须大于零";
    needs_price = "buying needs a price per m²", "买房需要每平米单价";
    needs_area = "buying needs an area in m²", "买房需要面积（m²）";
    needs_rent =
        "renting needs a rent: type one, or name a city for a reference figure",
        "租房需要租金：填一个，或写个城市取参考数字";
    negative(s: &str) =
        "'{s}' is negative; type it as a positive amount, e.g. 1500", "「{s}」是负数；请填正数，如 1500";
    percent_range(s: &str) =
        "'{s}' % is out of range: rates and shares here are from 0 to 100",
        "「{s}」% 超出范围：这里的利率和比例在 0 到 100 之间";
    not_whole(s: &str, from: i64, to: i64) =
        "'{s}' is not a whole number: type one from {from} to {to}", "「{s}」不是整数：请填 {from} 到 {to} 之间的整数";
    out_of_range(n: i64, from: i64, to: i64) = "{n} is out of range: use {from} to {to}", "{n} 超出范围：请用 {from} 到 {to}";

    // The Move tab's break-even row, in a column of 12 characters.
    never_behind = "never behind", "始终不落后";
    never_in_years(years: u32) = "never in {years}y", "{years}年内不回本";
}
