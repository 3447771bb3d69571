//! Words of `nestegg salary`: a gross wage taken apart into contributions,
//! income tax and take-home pay.

words! {
    h_month = "A MONTH", "每月";
    h_year = "A YEAR", "每年";
    gross = "Gross pay", "税前工资";
    pension(rate: &str) = "Pension {rate}", "养老保险 {rate}";
    medical(rate: &str) = "Medical {rate}", "医疗保险 {rate}";
    unemployment(rate: &str) = "Unemployment {rate}", "失业保险 {rate}";
    housing_fund(rate: &str) = "Housing fund {rate}", "住房公积金 {rate}";
    income_tax(rate: i64) = "Income tax ({rate}% bracket)", "个人所得税（{rate}% 档）";
    take_home = "Take-home pay", "到手工资";
    city_wage(city: &str, yearly: &str, year: u16, now: i32, growth: &str, monthly: &str) =
        "{city}: average wage {yearly} a year in {year}, carried to {now} at {growth} a year: {monthly} a month gross",
        "{city}：{year} 年平均工资每年 {yearly}，按每年 {growth} 推算到 {now} 年：税前每月 {monthly}";
    no_city_wage(city: &str) =
        "{city} has no wage figure; type a gross salary (nestegg salary 6000), or add wage_yearly to your cities.toml",
        "{city} 没有工资数字；请直接填税前工资（nestegg salary 6000），或在你的 cities.toml 里加 wage_yearly";
    need_gross =
        "type a gross salary a month (nestegg salary 10000), or name a city for its average wage (nestegg salary --city 鹤岗)",
        "请填每月税前工资（nestegg salary 10000），或用 --city 取某城市的平均工资（nestegg salary --city 鹤岗）";
    gross_not_positive(v: &str) = "the gross salary must be more than 0 (got {v})", "税前工资必须大于 0（填的是 {v}）";
    taxable(gross: &str, contributions: &str, standard: &str, special: &str, taxable: &str, yearly: &str, rate: i64) =
        "Taxable a month: {gross} − {contributions} of contributions − {standard} standard deduction − {special} special deductions = {taxable}; {yearly} a year, in the {rate}% bracket.",
        "每月应纳税所得额：{gross} − 社保公积金 {contributions} − 基本减除费用 {standard} − 专项附加扣除 {special} = {taxable}；全年 {yearly}，适用 {rate}% 档。";
    no_tax(gross: &str, contributions: &str, standard: &str, special: &str) =
        "No income tax: {gross} − {contributions} of contributions − {standard} standard deduction − {special} special deductions leaves nothing taxable.",
        "不用交个税：{gross} − 社保公积金 {contributions} − 基本减除费用 {standard} − 专项附加扣除 {special}，没有应纳税所得额。";
    withheld(runs: &str) =
        "Withheld month by month (cumulative method, 累计预扣法): {runs}. Once the year so far crosses a bracket the months withhold more; the year's tax is the same.",
        "按月预扣（累计预扣法）：{runs}。全年累计跨档后每月扣得更多；全年税额不变。";
    month_run(from: usize, to: usize, rate: i64, amount: &str) = "months {from}–{to} at {rate}%: {amount}", "{from}–{to} 月按 {rate}%：{amount}";
    month_one(month: usize, rate: i64, amount: &str) = "month {month} at {rate}%: {amount}", "{month} 月按 {rate}%：{amount}";
    income_tax_none = "Income tax", "个人所得税";
    base(base: &str) =
        "Contributions on {base}: the gross (--base sets the base an employer declares, often the local minimum).",
        "社保公积金按 {base} 缴纳，即税前工资（单位申报的基数不同时用 --base 指定，常见的是当地最低基数）。";
    declared_base(base: &str) =
        "Contributions on {base}, the base declared with --base.",
        "社保公积金按 --base 申报的基数 {base} 缴纳。";
    rates_note =
        "Rates and deductions are settings: pension_rate, medical_rate, unemployment_rate, housing_fund_rate, special_deductions (nestegg config set housing_fund_rate 12). The housing fund stays yours, in your fund account.",
        "比例和扣除都是设置项：pension_rate、medical_rate、unemployment_rate、housing_fund_rate、special_deductions（nestegg config set housing_fund_rate 12）。公积金仍归你所有，存在你的公积金账户里。";
}
