//! Words of the settings file and `nestegg config`.

use std::fmt::Display;

words! {
    at_line(file: &str, line: usize) = "{file} line {line}", "{file} 第 {line} 行";
    problem_with_key(at: &str, key: &str, message: &str) = "{at}: key \"{key}\": {message}", "{at}：键 \"{key}\"：{message}";
    problem(at: &str, message: &str) = "{at}: {message}", "{at}：{message}";
    not_toml(message: &str) = "this is not valid TOML ({message})", "这不是有效的 TOML（{message}）";
    wrong_type(found: &str) = "expected text or a whole number, found {found}", "应为文字或整数，实际是 {found}";
    bad_language(v: &str) = "\"{v}\" is not a language nestegg speaks; use en or zh", "不支持语言 \"{v}\"；请用 en 或 zh";
    empty_account = "the account name is empty", "账户名为空";
    bad_weekday(v: &str) = "\"{v}\" is not a day of the week; use monday … sunday", "\"{v}\" 不是星期几；请用 monday … sunday";
    bad_month_start(v: &str) = "\"{v}\" is not a day from 1 to 28 (the day your month starts, e.g. 10 for salary on the 10th)",
        "\"{v}\" 不是 1 到 28 之间的日子（每月从哪天算起，例如工资 10 号发就写 10）";
    bad_baseline(v: &str) = "\"{v}\" is not a number of months from 1 to 120", "\"{v}\" 不是 1 到 120 之间的月数";
    bad_theme(v: &str) = "\"{v}\" is not a theme; use default, high-contrast or none", "没有主题 \"{v}\"；请用 default、high-contrast 或 none";
    unknown_key(known: &str) = "unknown key; the keys are {known}", "未知的键；可用的键有 {known}";
    using_defaults(problems: &str) = "{problems}\nnestegg goes on with the defaults for these settings; `nestegg config show` lists them",
        "{problems}\nnestegg 将对这些设置使用默认值；`nestegg config show` 可查看全部设置";
    using_all_defaults(problems: &str) = "{problems}\nnestegg goes on with the default for every setting; `nestegg config show` lists them",
        "{problems}\nnestegg 将对所有设置使用默认值；`nestegg config show` 可查看全部设置";
    cannot_read(path: impl Display, e: impl Display) = "cannot read {path}: {e}", "无法读取 {path}：{e}";
    cannot_write(path: impl Display, e: impl Display) = "cannot write {path}: {e}", "无法写入 {path}：{e}";
    no_config_dir = "cannot find a config directory (is HOME set?)", "找不到配置目录（HOME 设置了吗？）";
    set_done(key: &str, value: &str, path: impl Display) = "{key} = {value} (saved in {path})", "{key} = {value}（已保存到 {path}）";
    unset_done(key: &str, value: &str) = "{key} is back to its default: {value}", "{key} 已恢复默认值：{value}";
    from_file = "set in the file", "来自配置文件";
    from_default = "default", "默认";
    refused_in_file = "default: the file's value was refused (see below)", "默认：文件里的值无效（见下）";
    account_from_settings(e: impl Display) =
        "{e}\n(no --account was given, so this is `account` from the settings: `nestegg config set account NAME` changes it, `nestegg config unset account` drops it)",
        "{e}\n（没有给 --account，所以用的是设置里的 account：`nestegg config set account 名称` 可修改，`nestegg config unset account` 可去掉）";
    from_locale = "from the locale (LANG/LC_ALL)", "来自区域设置（LANG/LC_ALL）";
    from_flag = "from --lang", "来自 --lang";
    unset = "(unset)", "（未设置）";
    file_missing = " (not created yet: `nestegg config set KEY VALUE` makes it)", "（尚未创建：`nestegg config set 键 值` 会创建它）";
    about_language = "the language: en or zh (unset: the locale decides)", "界面语言：en 或 zh（不设置则跟随区域设置）";
    about_currency = "the currency of new accounts (ISO code)", "新账户的币种（ISO 代码）";
    about_account = "the account an entry goes to when none is named", "记账时未指定账户则记到这个账户";
    about_week_start = "the first day of the week", "每周的第一天";
    about_month_start = "the day a month starts: 10 makes 10 Oct – 9 Nov the month 2026-10", "每月从哪天算起：10 表示 10月10日–11月9日算作 2026-10";
    about_baseline_months = "recent complete months a projection averages", "预测取最近几个完整月份的平均";
    about_home_city =
        "where you live now: a reference city (relocate cities) or custom; moves scale living costs from it",
        "现在住的城市：参考城市（relocate cities）或 custom；搬家方案按它换算生活费";
    about_home_cost_index =
        "cost index of a custom home city, 100 = the median city",
        "自定义居住城市的生活成本指数，100 = 中位城市";
    bad_home_city = "type a city's name (up to 40 characters) or custom", "请填城市名（最多 40 个字符）或 custom";
    bad_cost_index(v: &str) =
        "\"{v}\" is not a cost index; use a whole number from 20 to 500 (100 = the median city)",
        "\"{v}\" 不是生活成本指数；请用 20 到 500 的整数（100 = 中位城市）";
    no_such_city(typed: &str) =
        "no reference city '{typed}'; see nestegg relocate cities, add it to your cities.toml, or use custom",
        "没有参考城市「{typed}」；见 nestegg relocate cities，或加到你的 cities.toml，或用 custom";
    about_pension_rate = "your pension contribution, percent of the base (take-home pay; default 8)",
        "个人养老保险缴费比例，占缴费基数的百分比（算到手工资用；默认 8）";
    about_medical_rate = "your medical insurance contribution, percent (default 2)", "个人医疗保险缴费比例，百分比（默认 2）";
    about_unemployment_rate = "your unemployment insurance contribution, percent (default 0.5)", "个人失业保险缴费比例，百分比（默认 0.5）";
    about_housing_fund_rate =
        "your housing provident fund contribution, percent, 5 to 12 by law (default 7)",
        "个人住房公积金缴存比例，百分比，法定 5 到 12（默认 7）";
    about_special_deductions =
        "special additional deductions a month before income tax: rent, children, parents… (default 0)",
        "每月专项附加扣除：住房租金、子女教育、赡养老人等（默认 0）";
    bad_contribution_rate(v: &str, cap: &str) =
        "\"{v}\" is not a contribution rate; use a percent from 0 to {cap}, e.g. 8 or 0.5%",
        "\"{v}\" 不是缴费比例；请用 0 到 {cap} 的百分比，例如 8 或 0.5%";
    bad_deductions(v: &str, max: i64) =
        "\"{v}\" is not a monthly deduction; use an amount from 0 to {max}",
        "\"{v}\" 不是每月扣除额；请用 0 到 {max} 的金额";
    about_savings_goal =
        "the savings rate you aim at each month, percent: safe to spend keeps it (default 0)",
        "每月想达到的储蓄率，百分比：「今日可花」会先留出它（默认 0）";
    bad_savings_goal(v: &str) =
        "\"{v}\" is not a savings goal; use a percent from 0 to 100, e.g. 50 or 50%",
        "\"{v}\" 不是储蓄目标；请用 0 到 100 的百分比，例如 50 或 50%";
    about_theme = "colours: default, high-contrast or none", "配色：default、high-contrast 或 none";
}
