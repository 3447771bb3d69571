//! Words of the core's descriptions: why an imported row got its category,
//! chart spans, recurring schedules.

use std::fmt::Display;

words! {
    /// Why an imported row got its category: the file named it.
    why_file = "file", "文件";
    why_default = "default", "默认";
    why_transfer = "transfer", "转账";
    why_refund_of(order: &str) = "refund of {order}", "退款：{order}";
    why_service(preset: &str, service: &str) = "{preset}: {service}", "{preset}：{service}";
    why_refund_payee = "refund: the payee's category in this file", "退款：按本文件中该收付方的分类";
    why_payee_last = "payee's last category", "该收付方上次的分类";
    why_rule_contains(c: &str) = "rule: contains {c}", "规则：包含 {c}";
    why_rule_regex(re: &str) = "rule: regex {re}", "规则：正则 {re}";
    why_collects(person: &str) = "collects what {person} owes", "收回{person}欠的钱";
    why_repays(person: &str) = "repays what you owe {person}", "还{person}的钱";
    kept_income(person: &str, amount: &str, open: &str) =
        "from {person}, {amount} is more than the {open} {person} owes you: kept as income",
        "来自{person}的 {amount} 超过了{person}欠你的 {open}：仍记为收入";
    kept_spending(person: &str, amount: &str, open: &str) =
        "to {person}, {amount} is more than the {open} you owe {person}: kept as spending",
        "付给{person}的 {amount} 超过了你欠{person}的 {open}：仍记为支出";
    settles(n: usize, who: &str) =
        ("{n} row settles what people owe: {who}" | "{n} rows settle what people owe: {who}"),
        "{n} 行结清欠款：{who}";
    encoding_utf8_bom = "UTF-8 with BOM", "UTF-8（带 BOM）";
    span_six = "6 months", "6 个月";
    span_twelve = "12 months", "12 个月";
    span_twenty_four = "24 months", "24 个月";
    span_all = "all months", "全部月份";
    every_month = "every month", "每月";
    every_week = "every week", "每周";
    every_year = "every year", "每年";
    every_n_months(n: u32) = "every {n} months", "每 {n} 个月";
    every_n_weeks(n: u32) = "every {n} weeks", "每 {n} 周";
    every_n_years(n: u32) = "every {n} years", "每 {n} 年";
    on_day(every: &str, day: u32) = "{every} on day {day}", "{every} {day} 日";
    from_date(every: &str, start: impl Display) = "{every} from {start}", "{every}，自 {start} 起";
    on_date(every: &str, month: u32, day: u32) = "{every} on {month:02}-{day:02}", "{every} {month} 月 {day} 日";
}
