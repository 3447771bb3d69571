//! Words of the Months tab: the month's figures, the chart, the breakdown.

words! {
    reading = "reading the months…", "正在读取各月…";
    span_6 = "6 months", "6 个月";
    span_12 = "12 months", "12 个月";
    span_24 = "24 months", "24 个月";
    span_all = "all months", "全部月份";
    averages(span: &str, average: &str, rolling: &str) =
        "   ·  {span} average {average}  ·  3-month {rolling}",
        "   ·  {span}平均 {average}  ·  3 个月 {rolling}";

    // The figures above the chart.
    income = "  income ", "  收入 ";
    housing = "  housing ", "  住房 ";
    spending = "  spending ", "  支出 ";
    over_budget(list: &str) = "  ! over budget: {list}", "  ! 超预算：{list}";
    savings = "savings ", "储蓄 ";
    rate = "  rate ", "  储蓄率 ";
    // What waits to come back at the month's end (`ops::views::waiting`);
    // each part is followed by its amount, a part of zero is left out.
    waiting = "waiting: ", "待收：";
    waiting_lent = "lent ", "借出 ";
    waiting_reimburse = "to be reimbursed ", "报销 ";
    waiting_shares = "AA shares ", "AA ";
    waiting_sep = " · ", " · ";

    // The chart's legend and titles.
    // Each follows its fill (■ in colour; █ ▓ ▒ ░ without), negative savings a ↓.
    legend_income = "income", "收入";
    legend_housing = "housing", "住房";
    legend_spending = "spending", "支出";
    legend_savings = "savings", "储蓄";
    legend_negative = "negative", "负数";
    scrolled(shown: usize, all: usize) = "· {shown} of {all} months shown, ←/→ scroll ",
        "· 显示 {all} 个月中的 {shown} 个，←/→ 滚动 ";
    /// The same, when the legend has no room for the words.
    scrolled_short(shown: usize, all: usize) = "· {shown} of {all} ←/→ ", "· {shown}/{all} 个月 ←/→ ";
    rates_title = " savings rate: line per month · dots 3-month ", " 储蓄率：线为每月 · 点为 3 个月 ";

    // The breakdown.
    by_category(month: impl std::fmt::Display) = " {month} spending by category ", " {month} 各分类支出 ";
    housing_title = " housing ", " 住房 ";
    /// `g`: the same panel by tag; tags slice, they do not partition.
    by_tag(month: impl std::fmt::Display) =
        " {month} spending by tag · a row counts in each of its tags ",
        " {month} 各标签支出 · 一笔计入它的每个标签 ";
    untagged = "untagged", "无标签";
    top_payees = " top payees ", " 主要商户 ";
    nothing = "nothing this month", "本月没有";
}
