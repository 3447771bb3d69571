//! Worked examples and properties for `money`: every accepted and rejected input form,
//! formatting, compact axis labels and checked arithmetic.

use super::*;
use proptest::prelude::*;

const CNY: Currency = Currency::CNY;
const USD: Currency = Currency::USD;
const JPY: Currency = Currency::JPY;

fn cny(input: &str) -> Result<i64, MoneyError> {
    Money::parse(input, CNY).map(|m| m.minor)
}

fn yuan(minor: i64) -> Money {
    Money::new(minor, CNY)
}

fn invalid_reason(input: &str) -> String {
    match cny(input) {
        Err(MoneyError::Invalid { input: shown, reason }) => {
            assert_eq!(shown, input.trim(), "error names the input");
            reason
        }
        other => panic!("{input:?}: expected Invalid, got {other:?}"),
    }
}

#[test]
fn accepts_everyday_forms() {
    let cases = [
        ("25", 2500),
        ("25.5", 2550),
        ("25.50", 2550),
        ("-12", -1200),
        ("+12", 1200),
        ("1,234.56", 123_456),
        ("¥1,234.56", 123_456),
        ("￥25", 2500),
        ("-¥25.00", -2500),
        ("¥-25", -2500),
        ("1.5万", 1_500_000),
        ("2万", 2_000_000),
        ("-2万", -2_000_000),
        ("1.5 万", 1_500_000),
        ("1.23456万", 1_234_560),
        ("1.234567万", 1_234_567),
        ("0.5", 50),
        (".5", 50),
        ("25.", 2500),
        ("  25  ", 2500),
        ("\u{3000}25\u{3000}", 2500),
        ("1,234,567.89", 123_456_789),
        ("CNY 25", 2500),
        ("cny25", 2500),
        ("RMB 25", 2500),
        ("¥ 25", 2500),
        ("- 25", -2500),
        ("25.500", 2550),
        ("007", 700),
        ("0", 0),
        ("-0", 0),
        ("92233720368547758.07", i64::MAX),
        ("-92,233,720,368,547,758.08", i64::MIN),
    ];
    for (input, want) in cases {
        assert_eq!(cny(input), Ok(want), "{input:?}");
    }
}

#[test]
fn accepts_other_currencies_own_markers() {
    assert_eq!(Money::parse("$12", USD), Ok(Money::new(1200, USD)));
    assert_eq!(Money::parse("usd 12.5", USD), Ok(Money::new(1250, USD)));
    assert_eq!(Money::parse("-$0.99", USD), Ok(Money::new(-99, USD)));
    assert_eq!(Money::parse("JP¥1,234", JPY), Ok(Money::new(1234, JPY)));
    assert_eq!(Money::parse("¥1,234", JPY), Ok(Money::new(1234, JPY)));
    assert_eq!(Money::parse("1.5万", JPY), Ok(Money::new(15_000, JPY)));
    let chf = Currency::from_code("CHF").unwrap();
    assert_eq!(Money::parse("-CHF 25.00", chf), Ok(Money::new(-2500, chf)));
    let kwd = Currency::from_code("KWD").unwrap();
    assert_eq!(Money::parse("KD 1.234", kwd), Ok(Money::new(1234, kwd)));
    // "$" belongs to USD, so for CNY it is stray text, not silently dropped.
    let want = MoneyError::StrayText { input: "$12".into(), stray: "$".into() };
    assert_eq!(cny("$12"), Err(want));
}

#[test]
fn rejects_empty_and_symbol_only() {
    for input in ["", "   ", "\u{3000}", "¥", "-", "+¥", "万", "¥ 万"] {
        assert_eq!(cny(input), Err(MoneyError::Empty), "{input:?}");
    }
    assert_eq!(MoneyError::Empty.to_string(), "amount is empty: type a number such as 25 or 12.50");
}

#[test]
fn rejects_too_many_decimals() {
    let err = cny("25.123").unwrap_err();
    let want = MoneyError::TooManyDecimals { input: "25.123".into(), decimals: 3, allowed: 2, currency: Some("CNY") };
    assert_eq!(err, want);
    assert!(err.to_string().starts_with("'25.123' has 3 decimals but CNY allows 2"), "{err}");
    // 1.2345678万 = 12345.678: three places after scaling.
    assert!(matches!(cny("1.2345678万"), Err(MoneyError::TooManyDecimals { decimals: 3, .. })));
    let err = Money::parse("1.5", JPY).unwrap_err();
    assert!(matches!(err, MoneyError::TooManyDecimals { decimals: 1, allowed: 0, .. }));
    assert_eq!(err.to_string(), "'1.5' has 1 decimal but JPY allows none: type a whole number");
    let bare = parse_minor("1.234", 2).unwrap_err();
    assert!(bare.to_string().starts_with("'1.234' has 3 decimals but this amount allows 2"), "{bare}");
}

#[test]
fn rejects_not_a_number_and_exponents() {
    for input in ["NaN", "nan", "inf", "-Infinity", "¥inf"] {
        assert!(matches!(cny(input), Err(MoneyError::NotANumber { .. })), "{input:?}");
    }
    assert!(cny("NaN").unwrap_err().to_string().starts_with("'NaN' is not an amount"));
    let err = cny("1e5").unwrap_err();
    assert_eq!(err, MoneyError::Exponent { input: "1e5".into(), hint: "write 100000".into() });
    assert_eq!(err.to_string(), "'1e5' is not an amount: exponents are not accepted; write 100000");
    let hint = |s: &str| match cny(s) {
        Err(MoneyError::Exponent { hint, .. }) => hint,
        other => panic!("{s:?}: {other:?}"),
    };
    assert_eq!(hint("-2.5E3"), "write -2500");
    assert_eq!(hint("1.5e-2"), "write 0.015");
    assert_eq!(hint("12e+0"), "write 12");
    assert_eq!(hint("1e999"), "write the number out in full");
    assert_eq!(hint("1e-9223372036854775808"), "write the number out in full");
}

#[test]
fn rejects_two_signs() {
    for input in ["--5", "+-5", "-¥-5", "¥--5", "-+¥5", "- -5"] {
        let want = MoneyError::MultipleSigns { input: input.into() };
        assert_eq!(cny(input), Err(want), "{input:?}");
    }
    assert!(cny("--5").unwrap_err().to_string().starts_with("'--5' has more than one sign"));
}

#[test]
fn rejects_stray_letters() {
    let err = cny("12abc").unwrap_err();
    assert_eq!(err, MoneyError::StrayText { input: "12abc".into(), stray: "abc".into() });
    assert!(err.to_string().starts_with("'12abc' contains 'abc', which is not part of an amount"));
    // Text with no digit at all is not an amount, and the message says how one starts.
    assert!(cny("abc").unwrap_err().to_string().contains("an amount starts with a number"));
    assert!(cny("lunch").unwrap_err().to_string().contains("an amount starts with a number"));
    assert!(matches!(cny("25元x"), Err(MoneyError::StrayText { stray, .. }) if stray == "元x"));
    assert!(matches!(cny("25元元"), Err(MoneyError::StrayText { stray, .. }) if stray == "元"));
    assert!(matches!(cny("0x10"), Err(MoneyError::StrayText { stray, .. }) if stray == "x"));
}

#[test]
fn rejects_malformed_numbers_with_reasons() {
    assert!(invalid_reason("1.2.3").contains("more than one decimal point"));
    assert!(invalid_reason("1..2").contains("more than one decimal point"));
    for input in ["12,34", "1,2345", ",123", "1,,234", "1234,567", "1,234,"] {
        assert!(invalid_reason(input).contains("groups of three"), "{input:?}");
    }
    assert!(invalid_reason("1.234,5").contains("whole part"));
    assert!(invalid_reason(".").contains("no digits"));
    assert!(invalid_reason(",").contains("no digits"));
    assert!(invalid_reason("1 234").contains("space"));
    assert!(invalid_reason("5-").contains("sign can only come at the front"));
    assert!(invalid_reason("1万5").contains("万 can only come at the end"));
}

#[test]
fn rejects_overflow() {
    assert_eq!(cny("92233720368547758.08"), Err(MoneyError::Overflow));
    assert_eq!(cny("-92233720368547758.09"), Err(MoneyError::Overflow));
    assert_eq!(cny("99999999999999999999999999"), Err(MoneyError::Overflow));
    assert_eq!(cny("1000000000000000万"), Err(MoneyError::Overflow));
    assert_eq!(parse_minor("1", 40), Err(MoneyError::Overflow));
    assert_eq!(parse_minor("0", u32::MAX), Ok(0));
    assert_eq!(parse_minor("-1", u32::MAX), Err(MoneyError::Overflow));
}

#[test]
fn display_and_plain_worked_examples() {
    let cases = [
        (123_456, "¥1,234.56", "1234.56"),
        (-2500, "-¥25.00", "-25.00"),
        (0, "¥0.00", "0.00"),
        (5, "¥0.05", "0.05"),
        (-5, "-¥0.05", "-0.05"),
        (100_000_000, "¥1,000,000.00", "1000000.00"),
        (i64::MIN, "-¥92,233,720,368,547,758.08", "-92233720368547758.08"),
    ];
    for (minor, shown, plain) in cases {
        assert_eq!(yuan(minor).display(), shown);
        assert_eq!(yuan(minor).to_string(), shown);
        assert_eq!(yuan(minor).plain(), plain);
        assert_eq!(CNY.show(minor), shown, "a currency shows an amount as Money does");
    }
    assert_eq!(Money::new(1234, JPY).display(), "JP¥1,234");
    assert_eq!(JPY.show(-1234), "-JP¥1,234");
    assert_eq!(Money::new(-1234, JPY).plain(), "-1234");
    let chf = Currency::from_code("chf").unwrap();
    assert_eq!(Money::new(-2500, chf).display(), "-CHF 25.00");
    assert_eq!(format_minor_plain(7, 3), "0.007");
    assert_eq!(format_minor_plain(-1_234_567, 0), "-1234567");
}

#[test]
fn compact_worked_examples() {
    let cases = [
        (250_000, "2.5k"),
        (1_225_000, "12.3k"),
        (-1_225_000, "-12.3k"),
        (1_224_999, "12.2k"),
        (200_000, "2k"),
        (120_000_000, "1.2M"),
        (-30_000, "-300"),
        (99_996_000, "1M"),
        (99_949_999, "999.5k"),
        (99_960, "1k"),
        (4, "0"),
        (-40, "0"),
        (-50, "-1"),
        (300_000_000_000, "3B"),
        (i64::MIN, "-92233.7T"),
    ];
    for (minor, want) in cases {
        assert_eq!(yuan(minor).compact(), want, "{minor}");
    }
    assert_eq!(Money::new(1234, JPY).compact(), "1.2k");
    assert_eq!(Money::new(i64::MAX, JPY).compact(), "9223372T");
}

#[test]
fn checked_arithmetic() {
    assert_eq!(yuan(100).checked_add(yuan(250)), Ok(yuan(350)));
    assert_eq!(yuan(100).checked_sub(yuan(250)), Ok(yuan(-150)));
    assert_eq!(yuan(i64::MAX).checked_add(yuan(1)), Err(MoneyError::Overflow));
    assert_eq!(yuan(i64::MIN).checked_sub(yuan(1)), Err(MoneyError::Overflow));
    assert_eq!(yuan(i64::MIN).checked_neg(), Err(MoneyError::Overflow));
    assert_eq!(yuan(i64::MIN).abs(), Err(MoneyError::Overflow));
    assert_eq!(yuan(-7).abs(), Ok(yuan(7)));
    assert_eq!(yuan(i64::MAX).checked_neg(), Ok(yuan(-i64::MAX)));
    let mismatch = MoneyError::CurrencyMismatch { left: CNY, right: USD };
    assert_eq!(yuan(1).checked_add(Money::new(1, USD)), Err(mismatch.clone()));
    assert_eq!(yuan(1).checked_sub(Money::new(1, USD)), Err(mismatch.clone()));
    assert!(mismatch.to_string().starts_with("cannot combine CNY with USD"));
    assert!(yuan(-1).is_negative() && !yuan(0).is_negative());
    assert!(Money::zero(CNY).is_zero() && !yuan(1).is_zero());
}

#[test]
fn currency_table_lookup_and_serde() {
    assert_eq!(Currency::default(), CNY);
    assert_eq!((CNY.code(), CNY.exponent(), CNY.symbol()), ("CNY", 2, "¥"));
    assert_eq!((JPY.exponent(), JPY.symbol()), (0, "JP¥"));
    assert_eq!(Currency::from_code(" usd "), Ok(USD));
    assert_eq!(CNY.to_string(), "CNY");
    let err = Currency::from_code("XYZ").unwrap_err();
    assert_eq!(err, MoneyError::UnknownCurrency("XYZ".into()));
    let msg = err.to_string();
    assert!(msg.contains("'XYZ'") && msg.contains("CNY") && msg.contains("USD"), "{msg}");
    for c in Currency::all() {
        assert_eq!(Currency::from_code(c.code()), Ok(*c));
        assert!(!c.symbol().is_empty());
    }
    assert_eq!(serde_json::to_string(&CNY).unwrap(), "\"CNY\"");
    assert_eq!(serde_json::from_str::<Currency>("\"jpy\"").unwrap(), JPY);
    assert!(serde_json::from_str::<Currency>("\"XYZ\"").is_err());
}

proptest! {
    #![proptest_config(crate::proptest_config(256))]

    #[test]
    fn display_and_plain_round_trip(minor in any::<i64>(), other in prop::sample::select(Currency::all())) {
        for currency in [CNY, JPY, USD, other] {
            let m = Money::new(minor, currency);
            prop_assert_eq!(Money::parse(&m.display(), currency), Ok(m));
            prop_assert_eq!(Money::parse(&m.plain(), currency), Ok(m));
        }
    }

    #[test]
    fn parse_minor_reads_format_minor_plain(minor in any::<i64>(), exponent in 0u32..=6) {
        prop_assert_eq!(parse_minor(&format_minor_plain(minor, exponent), exponent), Ok(minor));
    }

    #[test]
    fn whole_numbers_and_wan_scale_exactly(n in any::<i32>()) {
        prop_assert_eq!(cny(&n.to_string()), Ok(i64::from(n) * 100));
        prop_assert_eq!(cny(&format!("{n}万")), Ok(i64::from(n) * 1_000_000));
    }

    #[test]
    fn parse_never_panics(s in ".*") {
        let _ = Money::parse(&s, CNY);
        let _ = parse_minor(&s, 0);
    }

    #[test]
    fn parse_never_panics_on_amount_like_text(s in "[0-9+\\-.,¥￥万eE a-zA-Z\u{3000}]{0,24}") {
        for currency in [CNY, JPY, USD] {
            if let Ok(m) = Money::parse(&s, currency) {
                prop_assert_eq!(Money::parse(&m.display(), currency), Ok(m));
            }
        }
    }

    #[test]
    fn checked_add_matches_wide_sum(a in any::<i64>(), b in any::<i64>()) {
        let wide = i128::from(a) + i128::from(b);
        let want = i64::try_from(wide).map(yuan).map_err(|_| MoneyError::Overflow);
        prop_assert_eq!(yuan(a).checked_add(yuan(b)), want);
    }

    #[test]
    fn compact_never_panics(minor in any::<i64>(), currency in prop::sample::select(Currency::all())) {
        prop_assert!(!Money::new(minor, currency).compact().is_empty());
    }
}

/// Issue 19 item 21: amounts the way people write them in Chinese.
#[test]
fn reads_yuan_words_and_full_width_digits() {
    assert_eq!(cny("15元"), Ok(1500));
    assert_eq!(cny("5块"), Ok(500));
    assert_eq!(cny("20块钱"), Ok(2000));
    assert_eq!(cny("12.5 元"), Ok(1250));
    assert_eq!(cny("1.5万元"), Ok(1_500_000));
    assert_eq!(cny("-15元"), Ok(-1500));
    assert_eq!(cny("¥15"), Ok(1500));
    assert_eq!(cny("￥15元"), Ok(1500));
    assert_eq!(cny("１５"), Ok(1500));
    assert_eq!(cny("１２．５０"), Ok(1250));
    assert_eq!(cny("１，２３４"), Ok(123_400));
    assert_eq!(cny("－１５元"), Ok(-1500));
    assert_eq!(cny("元"), Err(MoneyError::Empty));
    // Yuan words mean CNY: other currencies refuse them as before.
    assert!(matches!(Money::parse("15元", Currency::USD), Err(MoneyError::StrayText { .. })));
    // Errors quote what was typed, full-width digits and all.
    assert!(cny("１５x").unwrap_err().to_string().contains("'１５x'"));
}
