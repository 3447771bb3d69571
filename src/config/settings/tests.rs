use super::*;
use crate::text::in_lang;

#[test]
fn an_empty_or_missing_file_is_all_defaults() {
    assert_eq!(parse(""), (Settings::default(), vec![]));
    let d = Settings::default();
    assert_eq!((d.currency, d.week_start, d.month_start, d.baseline_months), (Currency::CNY, Weekday::Mon, 1, 6));
    assert_eq!((d.language, d.account, d.theme), (None, None, Theme::Default));
}

#[test]
fn every_key_is_read() {
    let text = "language = \"zh\"\ncurrency = \"usd\"\naccount = \"Alipay\"\nweek_start = \"sunday\"\n\
        month_start = 10\nbaseline_months = 12\ntheme = \"high-contrast\"\n";
    let (s, problems) = parse(text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(s.language, Some(Lang::Zh));
    assert_eq!(s.currency.code(), "USD");
    assert_eq!(s.account.as_deref(), Some("Alipay"));
    assert_eq!(s.week_start, Weekday::Sun);
    assert_eq!((s.month_start, s.baseline_months), (10, 12));
    assert_eq!(s.theme, Theme::HighContrast);
    // Written as text, a number is read as well.
    assert_eq!(parse("month_start = \"25\"").0.month_start, 25);
}

#[test]
fn a_bad_key_names_file_line_and_key_and_the_good_keys_still_count() {
    let text = "# mine\nlanguage = \"zh\"\n\nmonth_start = 31\ntheem = \"dark\"\nbaseline_months = true\n";
    let (s, problems) = parse(text);
    assert_eq!(s.language, Some(Lang::Zh), "a good key counts");
    assert_eq!(s.month_start, 1, "a bad value keeps the default");
    let lines: Vec<_> = problems.iter().map(|p| (p.line, p.key.clone().unwrap())).collect();
    assert_eq!(
        lines,
        [(Some(4), "month_start".into()), (Some(5), "theem".into()), (Some(6), "baseline_months".into())]
    );
    let said = in_lang(Lang::En, || problems[0].describe("/h/.config/nestegg/config.toml"));
    assert_eq!(
        said,
        "/h/.config/nestegg/config.toml line 4: key \"month_start\": \"31\" is not a day from 1 to 28 \
         (the day your month starts, e.g. 10 for salary on the 10th)"
    );
    assert!(in_lang(Lang::En, || problems[1].describe("f")).contains("unknown key; the keys are language, currency"));
    assert!(in_lang(Lang::Zh, || problems[0].describe("f")).starts_with("f 第 4 行：键 \"month_start\"："));
}

#[test]
fn a_file_that_is_not_toml_gives_the_defaults_and_its_line() {
    let (s, problems) = parse("language = \"zh\"\nmonth_start = = 3\n");
    assert_eq!(s, Settings::default());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, Some(2));
    assert!(problems[0].message.starts_with("this is not valid TOML"), "{}", problems[0].message);
}

#[test]
fn values_are_checked_and_spelled_one_way() {
    let mut s = Settings::default();
    for (key, typed, kept) in [
        ("language", "zh_CN", "zh"),
        ("currency", "jpy", "JPY"),
        ("week_start", "Sun", "sunday"),
        ("week_start", "周三", "wednesday"),
        ("theme", "High_Contrast", "high-contrast"),
        ("theme", "no-color", "none"),
        ("month_start", " 10 ", "10"),
        ("home_city", "鹤岗", "鹤岗"),
        ("home_city", "CUSTOM", "custom"),
        ("home_city", "自定义", "custom"),
        ("home_cost_index", "115", "115"),
        ("pension_rate", "8", "8%"),
        ("unemployment_rate", " 0.50% ", "0.5%"),
        ("housing_fund_rate", "12%", "12%"),
        ("medical_rate", "0", "0%"),
        ("special_deductions", "1,500", "1500.00"),
        ("special_deductions", "0.15万", "1500.00"),
        ("savings_goal", "50", "50%"),
        ("savings_goal", "12.5%", "12.5%"),
        ("savings_goal", "100", "100%"),
    ] {
        apply(&mut s, key, typed).unwrap();
        assert_eq!(value_of(&s, key).unwrap(), kept);
    }
    for (key, typed) in [
        ("language", "fr"),
        ("currency", "XYZ"),
        ("account", " "),
        ("week_start", "someday"),
        ("month_start", "0"),
        ("month_start", "29"),
        ("baseline_months", "121"),
        ("theme", "neon"),
        ("colour", "red"),
        ("home_city", " "),
        ("home_city", "a city whose name is much longer than forty characters"),
        ("home_cost_index", "19"),
        ("home_cost_index", "501"),
        ("home_cost_index", "1.5"),
        ("housing_fund_rate", "13"),
        ("pension_rate", "-1"),
        ("pension_rate", "21%"),
        ("medical_rate", "two"),
        ("special_deductions", "-100"),
        ("savings_goal", "101"),
        ("savings_goal", "-5%"),
        ("savings_goal", "half"),
        ("special_deductions", "100001"),
    ] {
        assert!(apply(&mut s, key, typed).is_err(), "{key} = {typed}");
    }
}

#[test]
fn set_keeps_comments_and_other_keys_and_unset_removes_one() {
    let before = "# my settings\nlanguage = \"zh\" # 中文\n";
    let after = set_in(before, "month_start", "10").unwrap();
    assert_eq!(after, "# my settings\nlanguage = \"zh\" # 中文\nmonth_start = 10\n");
    let again = set_in(&after, "language", "en").unwrap();
    assert!(again.contains("language = \"en\"") && again.contains("# my settings"), "{again}");
    assert_eq!(parse(&again).0.month_start, 10);
    assert!(set_in(before, "month_start", "40").is_err());
    assert!(set_in(before, "nope", "1").is_err());
    assert_eq!(unset_in(&after, "month_start").unwrap(), before);
    // The cost index is a number in the file, the home city text.
    let home = set_in(&set_in("", "home_cost_index", "90").unwrap(), "home_city", "custom").unwrap();
    assert_eq!(home, "home_cost_index = 90\nhome_city = \"custom\"\n");
    let (read, problems) = parse(&home);
    assert_eq!((read.home_city.as_deref(), read.home_cost_index, problems.len()), (Some("custom"), 90, 0));
}

#[test]
fn pay_settings_reach_the_rates_take_home_pay_uses() {
    let source =
        "pension_rate = 8\nunemployment_rate = 0.3\nhousing_fund_rate = \"12%\"\nspecial_deductions = \"1500\"\n";
    let (s, problems) = parse(source);
    assert!(problems.is_empty(), "{problems:?}");
    let r = s.pay.rates;
    let d = |n, scale| rust_decimal::Decimal::new(n, scale);
    assert_eq!((r.pension, r.medical, r.unemployment, r.housing_fund), (d(8, 2), d(2, 2), d(3, 3), d(12, 2)));
    assert_eq!(s.pay.special_deductions, 150_000);
    // Written back as the file keeps them: text, a percent.
    assert_eq!(set_in("", "unemployment_rate", "0.3").unwrap(), "unemployment_rate = \"0.3%\"\n");
    // A refused rate keeps its default, and says why.
    let (s, problems) = parse("housing_fund_rate = 15\n");
    assert_eq!(s.pay.rates.housing_fund, d(7, 2));
    assert!(problems[0].message.contains("0 to 12"), "{}", problems[0].message);
}
