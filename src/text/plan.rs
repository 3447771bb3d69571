//! Words of the Plan tab: the baseline, the what-if changes, the projection
//! chart, the summary and the goals.

words! {
    reading = "reading the ledger…", "正在读取账本…";
    no_month_yet =
        "The plan starts from your own figures, and the ledger has no complete month yet.\n\n\
         Log a month of income, rent and spending (or load the demo household with D on the \
         Ledger tab), then come back; or use the command line with your own figures:\n\
         nestegg project --income 5000 --housing 800 --spending 1700",
        "规划从你自己的数字出发，而账本里还没有一个完整的月份。\n\n\
         先记一个月的收入、房租和支出（或在账目页按 D 载入示例家庭），再回来；\
         也可以在命令行用你自己的数字：\n\
         nestegg project --income 5000 --housing 800 --spending 1700";
    /// The head line: saving = income − housing − spending (each `op` a
    /// `−`, or a `+` for a negative figure).
    saving_line(saving: &str, rate: &str, income: &str, op_h: &str, housing: &str, op_s: &str, spending: &str) =
        "saving {saving} ({rate}) = {income} in {op_h} {housing} housing {op_s} {spending} spent",
        "每月存 {saving}（{rate}）= 收入 {income} {op_h} 住房 {housing} {op_s} 支出 {spending}";
    recurring_rules = " + recurring rules", " + 定期规则";
    mean_of_one(month: impl std::fmt::Display, rules: &str) = "mean of {month}{rules}", "{month} 均值{rules}";
    mean_of(from: impl std::fmt::Display, to: impl std::fmt::Display, rules: &str) =
        "mean of {from}…{to}{rules}", "{from}…{to} 均值{rules}";
    no_income_to_change =
        "the baseline has no income, so a savings rate or a raise changes nothing: s changes spending",
        "基准里没有收入，储蓄率和涨薪都无从改变：按 s 改支出";
    change_rate(points: i64) = "rate {points:+} pts", "储蓄率 {points:+} 点";
    change_income(pct: i64) = "income {pct:+}%", "收入 {pct:+}%";
    change_spending(pct: i64) = "spending {pct:+}%", "支出 {pct:+}%";
    change_return(pct: &str) = "return {pct}", "收益 {pct}";
    change_inflation(pct: &str) = "inflation {pct}", "通胀 {pct}";
    assumptions(source: &str, start: &str, ret: &str, infl: &str) =
        "from {source} · start {start} · return {ret} · infl. {infl}",
        "依据 {source} · 起点 {start} · 年收益 {ret} · 通胀 {infl}";
    what_if_none =
        "what-if: none yet — try the keys below; 0 goes back to the ledger's figures",
        "假设：暂无 — 用下方按键调整数字；0 恢复账本的数字";
    what_if(changes: &str) =
        "what-if: {changes} · 0 goes back to the ledger's figures",
        "假设：{changes} · 0 恢复账本的数字";
    /// Joins the what-if changes.
    list_sep = ", ", "，";
    // The chart's legend: each follows its line's glyph (— in colour;
    // without colour * balance, + today's money, x o … each goal).
    chart_title(years: u32) = " projected balance, {years} years: ", " {years} 年余额预测：";
    /// The same when the legend has no room for it.
    chart_title_short(years: u32) = " {years} years: ", " {years} 年：";
    legend_balance = "balance", "余额";
    legend_today = "in today's money", "今日币值";
    legend_goals = "goals", "目标";
    not_at_this_rate = "not at this rate", "按此速度达不到";
    fi_years(years: &str) = "{years} years", "{years} 年";
    in_years(years: u32) = "In {years} years: ", "{years} 年后：";
    in_today_money(amount: &str) = ", {amount} in today's money", "，按今日币值 {amount}";
    /// How the end adds up; each `op` a `+`, or a `−` for a negative figure.
    summary(start: &str, op_saved: &str, saved: &str, op_returns: &str, returns: &str) =
        "= {start} {op_saved} {saved} saved {op_returns} {returns} returns",
        "= {start} {op_saved} 存入 {saved} {op_returns} 收益 {returns}";
    fi(rule: &str, fi: &str) = "FI ({rule}% rule): {fi}", "财务自由（{rule}% 法则）：{fi}";
    /// No goals yet, with an example command (`goals_example`) on the same
    /// line, or (`no_goals`) with the command on a line of its own.
    no_goals_line(command: &str) = "No goals yet: {command}", "还没有目标：{command}";
    no_goals = "No goals yet:", "还没有目标：";
    /// Short enough for a line of 60 columns.
    goals_example =
        "nestegg goals add \"Hegang flat\" --target 37500 --by 2027-12",
        "nestegg goals add \"鹤岗买房\" --target 37500 --by 2027-12";
    goals_head = "GOALS", "目标";
    goal_progress(pct: &str, target: &str, remaining: &str) =
        " {pct} of {target} · {remaining} to go", " 已达 {target} 的 {pct} · 还差 {remaining}";
    reached = "reached", "已达成";
    at_this_rate(month: impl std::fmt::Display) = "at this rate: {month}", "按此速度：{month}";
    needed_monthly(amount: &str, by: impl std::fmt::Display) =
        " · {amount}/month makes {by}", " · 每月 {amount} 可在 {by} 达成";
    by_passed(by: impl std::fmt::Display) = " · {by} has passed", " · {by} 已过";
    more_goals(n: usize) = "… {n} more: nestegg goals", "… 另有 {n} 个：nestegg goals";
}
