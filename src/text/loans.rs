//! Words of prepayments, rate changes and combined loans: `mortgage`'s
//! flags and refusals, and the lines its table prints.

words! {
    // Refusals (the engine's and the flags').
    prepay_not_positive(amount: &str) =
        "a prepayment must be more than zero, not {amount}",
        "提前还款金额必须大于零，而不是 {amount}";
    prepay_past_term(month: u32, months: u32) =
        "a prepayment after payment {month} is outside a loan of {months} payments: choose a payment from 1 to one before the last",
        "第 {month} 期后的提前还款超出了 {months} 期的贷款：请选第 1 期到倒数第二期之间";
    penalty_out_of_range(rate: &str) =
        "a penalty of {rate}% is out of range: give a percent of the prepaid amount from 0 to under 100",
        "违约金 {rate}% 超出范围：请给提前还款金额的 0 到 100 以下的百分比";
    bad_prepay(s: &str) =
        "'{s}' is not a prepayment: write AMOUNT@PAYMENT or AMOUNT@YYYY-MM, such as 50000@36 or 50000@2029-06",
        "“{s}”不是提前还款：请写成 金额@期数 或 金额@年-月，例如 50000@36 或 50000@2029-06";
    bad_scenario_prepay(s: &str) =
        "'{s}' is not a prepayment: write AMOUNT@PAYMENT, the payment after which it is made, such as 50000@36 (0 for none)",
        "“{s}”不是提前还款：请写成 金额@期数（在第几期之后还），例如 50000@36（0 表示不提前还款）";
    hint_penalty = "percent of each prepaid amount, e.g. 1 (0 for none)", "每笔提前还款金额的百分比，例如 1（0 表示没有）";
    bad_month(s: &str) =
        "'{s}' is not a month: write YYYY-MM, such as 2027-01",
        "“{s}”不是月份：请写成 年-月，例如 2027-01";
    bad_dated_rate(s: &str) =
        "'{s}' is not a dated rate: write YYYY-MM:PERCENT, such as 2027-01:3.45",
        "“{s}”不是带日期的利率：请写成 年-月:百分比，例如 2027-01:3.45";
    before_start(date: &str, start: &str) =
        "{date} is before the first payment ({start}): a change or prepayment must fall within the loan (or move --start)",
        "{date} 早于首次还款（{start}）：利率变化或提前还款须在贷款期内（或调整 --start）";
    fund_over_principal(fund: &str, principal: &str) =
        "the housing-fund part {fund} is more than the whole loan {principal}: --fund is the part of --principal the fund lends",
        "公积金部分 {fund} 超过了贷款总额 {principal}：--fund 是 --principal 中由公积金贷出的部分";
    floating_rate_out_of_range(rate: &str, date: &str) =
        "the floating rate would be {rate}% from {date} (LPR plus spread): it must be from 0 to under 100%",
        "{date} 起的浮动利率（LPR 加点）将是 {rate}%：须在 0 到 100% 以下";

    needs_flag(flag: &str, needed: &str) =
        "{flag} needs {needed}: give both, or leave {flag} out",
        "{flag} 需要 {needed}：请同时给出，或去掉 {flag}";

    bad_reduce(s: &str) =
        "'{s}' is not a choice: term (缩短年限: the payment kept) or payment (减少月供: the term kept)",
        "“{s}”不是可选项：term（缩短年限：月供不变）或 payment（减少月供：年限不变）";

    // A scenario's mortgage fields (the form and `relocate add/edit`).
    field_fund_years = "Fund years", "公积金年限";
    field_prepay = "Prepay once", "一次提前还款";
    field_prepay_yearly = "Prepay yearly", "每年提前还款";
    field_reduce = "Prepay reduces", "提前还款后";
    field_penalty = "Penalty %", "违约金 %";
    hint_fund_years = "whole years; blank: the loan's term", "整数年；留空：与商贷相同";
    hint_prepay = "amount@payment, e.g. 50000@36 (after payment 36); blank: none",
        "金额@期数，例如 50000@36（第 36 期后）；留空：无";
    hint_prepay_yearly = "amount@payment, every 12 months from it (default @12); blank: none",
        "金额@期数，此后每 12 期一次（默认 @12）；留空：无";
    show_prepay_once(amount: &str, month: u32) = "  prepays {amount} after payment {month}", "  第 {month} 期后提前还款 {amount}";
    show_prepay_yearly(amount: &str, month: u32) =
        "  prepays {amount} every year from payment {month}", "  自第 {month} 期起每年提前还款 {amount}";
    show_prepay_terms(reduce: &str, penalty: &str) =
        "  prepayments {reduce}; penalty {penalty}", "  提前还款{reduce}；违约金 {penalty}";
    show_fund_years(years: i64) = "  the fund loan over {years} years", "  公积金贷款 {years} 年";

    // `mortgage`'s table.
    loan_commercial = "commercial loan", "商业贷款";
    loan_fund = "housing fund loan", "公积金贷款";
    loan_both = "both loans", "两笔合计";
    part(label: &str, principal: &str, method: &str, years: u32, rate: &str) =
        "{label}: {principal} {method} over {years} years at {rate}%",
        "{label}：{principal} {method}，{years} 年，年利率 {rate}%";
    both(principal: &str) = "both loans: {principal}", "两笔合计：{principal}";
    both_first(payment: &str, interest: &str, principal: &str) =
        "  first payment {payment} (interest {interest}, principal {principal})",
        "  首月合计还款 {payment}（利息 {interest}，本金 {principal}）";
    ends(month: u32, date: &str) =
        "  last payment is payment {month} ({date})",
        "  第 {month} 期（{date}）还清";
    floating(lpr: &str, spread: &str, when: &str) =
        "  floating rate: LPR {lpr}% {spread}, repriced {when}",
        "  浮动利率：LPR {lpr}% {spread}，{when}重新定价";
    spread(bp: i64) = "{bp:+} bp", "{bp:+} 个基点";
    reprice_january = "every 1 January", "每年 1 月 1 日";
    reprice_anniversary = "on each anniversary of the loan", "每个贷款周年日";
    rate_step(month: u32, date: &str, rate: &str, payment: &str) =
        "  from payment {month} ({date}): {rate}%, payment {payment}",
        "  第 {month} 期（{date}）起：年利率 {rate}%，月供 {payment}";
    prepay_head(reduce: &str) = "With prepayments ({reduce}):", "提前还款（{reduce}）：";
    reduce_term = "shorten the term", "缩短年限";
    reduce_payment = "lower the payment", "减少月供";
    prepay_once(amount: &str, month: u32, date: &str) =
        "  {amount} after payment {month} ({date})",
        "  第 {month} 期（{date}）后还 {amount}";
    prepay_yearly(amount: &str, month: u32, date: &str) =
        "  {amount} every year from payment {month} ({date})",
        "  自第 {month} 期（{date}）起每年还 {amount}";
    to_commercial = "  (prepayments go to the commercial loan)", "  （提前还款用于商业贷款）";
    interest_saved(saved: &str, total: &str) =
        "  interest saved {saved} · total interest now {total}",
        "  节省利息 {saved} · 总利息变为 {total}";
    new_end(month: u32, date: &str, was: u32, was_date: &str) =
        "  last payment now payment {month} ({date}), was {was} ({was_date})",
        "  最后一期改为第 {month} 期（{date}），原为第 {was} 期（{was_date}）";
    new_end_commercial(month: u32, date: &str, was: u32, was_date: &str) =
        "  the commercial loan's last payment now payment {month} ({date}), was {was} ({was_date})",
        "  商业贷款最后一期改为第 {month} 期（{date}），原为第 {was} 期（{was_date}）";
    new_payment(month: u32, payment: &str, was: &str) =
        "  payment from payment {month}: {payment} (was {was})",
        "  第 {month} 期起月供 {payment}（原为 {was}）";
    prepaid_penalty(prepaid: &str, penalty: &str) =
        "  prepaid {prepaid} · penalty {penalty}",
        "  提前还款共 {prepaid} · 违约金 {penalty}";
    other_way(reduce: &str, saved: &str, month: u32, date: &str, payment: &str) =
        "  to {reduce} instead: interest saved {saved}, last payment {month} ({date}), payment {payment} after the prepayment",
        "  若改为{reduce}：节省利息 {saved}，最后一期为第 {month} 期（{date}），提前还款后月供 {payment}";
    way(reduce: &str, saved: &str, month: u32, payment: &str) =
        "{reduce}: saves {saved} of interest, last payment {month}, then {payment} a month",
        "{reduce}：节省利息 {saved}，最后一期第 {month} 期，之后月供 {payment}";
    way_penalty(penalty: &str, net: &str) =
        "  penalty {penalty} · net saving {net}",
        "  违约金 {penalty} · 净节省 {net}";
    show_way_chosen(way: &str) = "  prepaying, {way}", "  提前还款，{way}";
    show_way_other(way: &str) = "  or, to {way}", "  若改为{way}";
    net_saving(net: &str) =
        "  net saving {net} (interest saved − penalty)",
        "  净节省 {net}（节省利息 − 违约金）";
    ways_line(chosen: &str, other: &str) = "{chosen} · or {other}", "{chosen} · 若改为{other}";
    h_prepaid = "PREPAID", "提前还款";
    summed_note = "(both loans summed; each loan month by month: --schedule --format csv)",
        "（两笔贷款合计；逐笔逐月：--schedule --format csv）";
}

/// One way prepayments go, worded: `shorten the term: saves …, last payment …, then … a month`.
pub fn way_of(term: bool, saved: &str, month: u32, payment: &str) -> String {
    way(if term { reduce_term() } else { reduce_payment() }, saved, month, payment)
}
