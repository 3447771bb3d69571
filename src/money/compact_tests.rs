//! Worked examples of the Chinese compact label (`1.2万`).

use super::*;
use crate::text::Lang;

fn zh(minor: i64) -> String {
    Money::new(minor, Currency::CNY).compact_in(Lang::Zh)
}

#[test]
fn chinese_labels_count_in_ten_thousands() {
    for (minor, want) in [
        (0, "0"),
        (30_000, "300"),
        (250_000, "2500"),
        (999_900, "9999"),
        // 9,999.5 rounds to 10,000, which is 1万, not "10000".
        (999_950, "1万"),
        (1_000_000, "1万"),
        (1_200_000, "1.2万"),
        (1_234_500, "1.2万"),
        (1_250_000, "1.3万"),
        (-1_250_000, "-1.3万"),
        (12_345_600, "12.3万"),
        (99_940_000, "99.9万"),
        (99_960_000, "100万"),
        (999_960_000, "1000万"),
        // 9,999.96万 rounds to 10,000万, which is 1亿.
        (9_999_960_000, "1亿"),
        (35_000_000_000, "3.5亿"),
        (200_000_000_000_000, "2万亿"),
        (-40, "-0"),
    ] {
        let want = if want == "-0" { "0" } else { want };
        assert_eq!(zh(minor), want, "{minor}");
    }
    assert_eq!(zh(i64::MAX), "92233.7万亿");
    assert_eq!(Money::new(12_000, Currency::from_code("JPY").unwrap()).compact_in(Lang::Zh), "1.2万");
}

#[test]
fn english_labels_are_unchanged_by_the_language_parameter() {
    for minor in [0, 30_000, 250_000, 1_234_500, 99_996_000, -1_250_000, i64::MAX] {
        let m = Money::new(minor, Currency::CNY);
        assert_eq!(m.compact(), m.compact_in(Lang::En));
    }
    assert_eq!(Money::new(1_234_500, Currency::CNY).compact_in(Lang::En), "12.3k");
}
