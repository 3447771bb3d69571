//! Words of ranges (Monte Carlo projections) and typed what-ifs: `project
//! --ranges`, `--saving`, `--goal`, on the command line.

use std::fmt::Display;

words! {
    // ---- refusals
    saving_and_spending =
        "--saving and --spending both set spending (a saving is income − housing − spending); give one of them",
        "--saving 和 --spending 都在决定支出（储蓄 = 收入 − 住房 − 支出）；请只给其中一个";
    saving_too_much(saving: &str, most: &str) =
        "a saving of {saving} a month leaves less than nothing to spend: income − housing is {most}",
        "每月储蓄 {saving} 会让支出成为负数：收入 − 住房只有 {most}";
    range_flag_alone(flag: &str) =
        "{flag} shapes the ranges: add --ranges", "{flag} 用于区间预测：请加上 --ranges";
    volatility_negative(flag: &str) =
        "{flag} is a spread around the mean and cannot be negative, e.g. 10 for 10 %",
        "{flag} 是围绕均值的波动幅度，不能为负，例如 10 表示 10%";
    goal_not_positive(typed: &str) =
        "--goal {typed}: a target is more than 0, e.g. --goal 37500",
        "--goal {typed}：目标金额须大于 0，例如 --goal 37500";

    // ---- the table
    ranges_line(paths: u32, seed: u64, volatility: &str, spread: &str) =
        "  ranges: {paths} runs (seed {seed}), return ± {volatility} a year, inflation ± {spread} (one standard deviation)",
        "  区间：{paths} 次模拟（种子 {seed}），年收益波动 ± {volatility}，通胀波动 ± {spread}（一个标准差）";
    h_p10 = "10TH", "第10百分位";
    h_p50 = "MEDIAN", "中位数";
    h_p90 = "90TH", "第90百分位";
    goals_head = "Goals:", "目标：";
    typed_goal = "(typed)", "（输入）";
    goal_already(name: &str, target: &str) = "  {name} {target}: already there", "  {name} {target}：已达到";
    goal_in(n: u32, name: &str, target: &str, month: impl Display) =
        ("  {name} {target}: in {n} month, {month}" | "  {name} {target}: in {n} months, {month}"),
        "  {name} {target}：{n} 个月后，{month}";
    goal_never(name: &str, target: &str) =
        "  {name} {target}: not within 100 years at this saving", "  {name} {target}：按此储蓄 100 年内达不到";
    goal_between(name: &str, target: &str, from: impl Display, to: impl Display, median: impl Display, n: u32) =
        "  {name} {target}: between {from} and {to} in 8 of 10 runs (half of them by {median}, {n} months)",
        "  {name} {target}：十次里有八次在 {from} 至 {to} 之间达到（一半在 {median} 或更早，{n} 个月）";
    goal_some(name: &str, target: &str, reached: &str, from: impl Display) =
        "  {name} {target}: only {reached} of the runs get there within 100 years; the luckiest tenth by {from}",
        "  {name} {target}：只有 {reached} 的模拟在 100 年内达到；最幸运的十分之一在 {from} 或更早";
    goal_few(name: &str, target: &str, reached: &str) =
        "  {name} {target}: only {reached} of the runs get there within 100 years",
        "  {name} {target}：只有 {reached} 的模拟在 100 年内达到";

    // ---- the Plan tab
    help_type_figure =
        "type a figure for the plan: saving 2500, spending 1800, income 6000, return 3%, inflation 2% (中文：储蓄 2500、支出、收入、收益、通胀)",
        "输入规划的数字：储蓄 2500、支出 1800、收入 6000、收益 3%、通胀 2%（英文 saving、spending、income、return、inflation 亦可）";
    f_type_figure = "type", "输入";
    prompt_what_if = " A figure for the plan ", " 输入规划数字 ";
    prompt_what_if_hint =
        "saving 2500 · spending 1800 · income 6000 · return 3% · inflation 2%; 0 goes back to the ledger's figures",
        "储蓄 2500 · 支出 1800 · 收入 6000 · 收益 3% · 通胀 2%；按 0 回到账本的数字";
    typed_what(line: &str) =
        "'{line}': start with saving, spending, income, return or inflation, then the figure (saving 2500)",
        "“{line}”：请以 储蓄、支出、收入、收益 或 通胀 开头，后接数字（储蓄 2500）";
    typed_no_figure(word: &str) = "{word}: and the figure? e.g. {word} 2500", "{word}：请给出数字，例如 {word} 2500";
    typed_hundredth(figure: &str) =
        "{figure}: a rate to a hundredth of a percent, e.g. 3.25", "{figure}：利率最多精确到百分之一个百分点，例如 3.25";
    typed_negative(word: &str) = "{word} cannot be negative", "{word} 不能为负";
    typed_saving_too_much(saving: &str, most: &str) =
        "a saving of {saving} leaves less than nothing to spend: income − housing is {most}",
        "储蓄 {saving} 会让支出成为负数：收入 − 住房只有 {most}";
    typed_set(what: &str) = "what-if: {what}", "假设：{what}";
    change_saving(amount: &str) = "saving {amount} typed", "储蓄 {amount}（输入）";
    change_spending(amount: &str) = "spending {amount} typed", "支出 {amount}（输入）";
    change_income(amount: &str) = "income {amount} typed", "收入 {amount}（输入）";
    help_ranges =
        "show or hide the ranges: the 10th and 90th percentile of 10,000 runs over drawn years (return ± 10 %, inflation ± 1 % a year) around the line, and each goal's months as a range",
        "显示或隐藏区间：10,000 次随机年份模拟（年收益 ± 10%，通胀 ± 1%）的第 10 与第 90 百分位，以及每个目标达成月份的区间";
    f_ranges = "ranges", "区间";
    legend_band = "10th–90th", "10–90 百分位";
    band_line(years: u32, p10: &str, p50: &str, p90: &str) =
        "Ranges: in {years} years 8 of 10 runs end between {p10} and {p90} (median {p50})",
        "区间：{years} 年后，十次模拟里有八次在 {p10} 至 {p90} 之间（中位数 {p50}）";
    goal_same(name: &str, target: &str, month: impl Display, n: u32) =
        "  {name} {target}: in {month} in 8 of 10 runs or more ({n} months)",
        "  {name} {target}：十次里至少有八次在 {month} 达到（{n} 个月）";
    tab_same(month: impl Display) = "in {month} in 8 of 10 runs or more", "十次里至少有八次在 {month}";
    fi_range(from: u32, to: u32, median: u32) =
        "  over the runs: in 8 of 10 between {from} and {to} years (median {median}), in today's money",
        "  模拟中：十次里有八次在 {from} 到 {to} 年之间（中位数 {median} 年），按今天的钱算";
    fi_range_some(reached: &str, from: u32) =
        "  over the runs: only {reached} get there within 100 years, the luckiest tenth in {from} years",
        "  模拟中：只有 {reached} 在 100 年内达到，最幸运的十分之一用 {from} 年";
    fi_range_same(years: u32) =
        "  over the runs: in {years} years in 8 of 10 or more, in today's money",
        "  模拟中：十次里至少有八次用 {years} 年，按今天的钱算";
    fi_range_few = "  over the runs: fewer than 1 in 10 get there within 100 years", "  模拟中：不到十分之一在 100 年内达到";
    fi_range_already = "  over the runs: there already", "  模拟中：已经达到";
    tab_fi(from: u32, to: u32, median: u32) =
        "; independence in {from}–{to} years (median {median})", "；{from}–{to} 年实现财务自由（中位数 {median} 年）";
    typed_too_large =
        "the balance would grow past what nestegg can count: type a lower figure",
        "余额会超出 nestegg 能记的范围：请填小一点的数字";
    tab_between(from: impl Display, to: impl Display) =
        "between {from} and {to} in 8 of 10 runs", "十次里有八次在 {from} 至 {to} 之间";
    tab_some(reached: &str, from: impl Display) =
        "{reached} of runs get there, the luckiest tenth by {from}", "{reached} 的模拟能达到，最幸运的十分之一在 {from} 或更早";
    tab_few(reached: &str) = "only {reached} of runs get there in 100 years", "只有 {reached} 的模拟在 100 年内达到";
}
