//! Worked examples from the published brackets, by hand.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;

fn yuan(y: i64) -> i64 {
    y * 100
}

#[test]
fn ten_thousand_a_month_at_the_defaults() {
    // 800 + 200 + 50 + 700 = 1,750 of contributions; 10,000 − 1,750 − 5,000
    // = 3,250 taxable a month, 39,000 a year: 10 % bracket, 3,900 − 2,520 = 1,380.
    let b = breakdown(yuan(10_000), None, &Pay::default());
    assert_eq!((b.pension, b.medical, b.unemployment, b.housing_fund), (80_000, 20_000, 5_000, 70_000));
    assert_eq!((b.contributions, b.taxable, b.tax_rate), (175_000, 325_000, 10));
    assert_eq!((b.year_tax, b.tax, b.take_home), (138_000, 11_500, 813_500));
    // January to November: the year so far stays under 36,000, 3 % of 3,250;
    // December crosses into 10 %: 1,380 − 11 × 97.50.
    let mut expected = [9_750; 12];
    expected[11] = 30_750;
    assert_eq!(b.withheld, expected);
}

#[test]
fn hegangs_typical_wage() {
    // 55,114 a year in 2020, carried forward to 2026: 6,154.84 a month.
    // 8 % 492.3872 → 492.39; 2 % 123.0968 → 123.10; 0.5 % 30.7742 → 30.77;
    // 7 % 430.8388 → 430.84: 1,077.10. Taxable 77.74 a month, 932.88 a year:
    // 3 % = 27.9864 → 27.99; a month 2.3325 → 2.33.
    let b = breakdown(615_484, None, &Pay::default());
    assert_eq!((b.pension, b.medical, b.unemployment, b.housing_fund), (49_239, 12_310, 3_077, 43_084));
    assert_eq!((b.contributions, b.taxable, b.year_tax, b.tax), (107_710, 7_774, 2_799, 233));
    assert_eq!(b.take_home, 507_541);
    // 2.3322 → 2.33; 4.6644 → 4.66 (2.33 more); 6.9966 → 7.00 (2.34 more).
    assert_eq!(&b.withheld[..3], &[233, 233, 234]);
    assert_eq!(b.withheld.iter().sum::<i64>(), 2_799);
}

#[test]
fn thirty_thousand_in_beijing_with_rent_deducted_and_a_full_fund() {
    // Fund at 12 %, 1,500 of special deductions (rent in a large city).
    let pay =
        Pay { rates: Rates { housing_fund: Decimal::new(12, 2), ..Rates::default() }, special_deductions: yuan(1_500) };
    let b = breakdown(yuan(30_000), None, &pay);
    // 2,400 + 600 + 150 + 3,600 = 6,750; 30,000 − 6,750 − 5,000 − 1,500 = 16,750;
    // 201,000 a year: 20 %, 40,200 − 16,920 = 23,280; 1,940 a month.
    assert_eq!((b.contributions, b.taxable, b.tax_rate), (yuan(6_750), yuan(16_750), 20));
    assert_eq!((b.year_tax, b.tax, b.take_home), (yuan(23_280), yuan(1_940), yuan(21_310)));
    // The year so far: 16,750 → 502.50; 33,500 → 1,005; 50,250 at 10 % →
    // 2,505; … 134,000 → 10,880; 150,750 at 20 % → 13,230; … 201,000 → 23,280.
    let w = [50_250, 50_250, 150_000, 167_500, 167_500, 167_500, 167_500, 167_500, 235_000, 335_000, 335_000, 335_000];
    assert_eq!(b.withheld, w);
}

#[test]
fn withholding_by_bracket_of_the_year_so_far() {
    let b = breakdown(yuan(10_000), None, &Pay::default());
    assert_eq!(withheld_runs(&b), vec![(1, 11, 3, 9_750, 9_750), (12, 12, 10, 30_750, 30_750)]);
    // Hegang's wage never leaves 3 %: one run, the fen of rounding between.
    let b = breakdown(615_484, None, &Pay::default());
    assert_eq!(withheld_runs(&b), vec![(1, 12, 3, 233, 234)]);
}

#[test]
fn a_declared_base_and_pay_below_the_deduction() {
    // The employer declares a 4,000 base on 8,000: 700 of contributions.
    let b = breakdown(yuan(8_000), Some(yuan(4_000)), &Pay::default());
    assert_eq!((b.base, b.contributions, b.taxable), (yuan(4_000), yuan(700), yuan(2_300)));
    // 27,600 a year at 3 %: 828, 69 a month.
    assert_eq!((b.year_tax, b.tax, b.take_home), (yuan(828), yuan(69), yuan(7_231)));
    // Under the standard deduction: no tax at all.
    let low = breakdown(yuan(4_000), None, &Pay::default());
    assert_eq!((low.taxable, low.year_tax, low.tax_rate, low.take_home), (0, 0, 0, yuan(3_300)));
}

#[test]
fn every_bracket_edge() {
    // At each upper bound the lower rate still applies; a fen above, the next.
    let mut before = 0;
    for (upper, rate, quick) in BRACKETS.iter().copied().take(6) {
        let u = upper.unwrap();
        assert_eq!(year_tax(u), u * rate / 100 - quick, "at {u}");
        assert!(year_tax(u + 100) > year_tax(u), "past {u}");
        assert!(year_tax(u) > before);
        before = year_tax(u);
    }
    // The quick deductions make the tax continuous at each bound.
    for w in BRACKETS.windows(2) {
        let u = w[0].0.unwrap();
        assert_eq!(u * w[1].1 / 100 - w[1].2, u * w[0].1 / 100 - w[0].2);
    }
    assert_eq!(year_tax(yuan(1_000_000)), yuan(450_000) - yuan(181_920));
}

proptest! {
    #![proptest_config(crate::proptest_config(2_000))]

    #[test]
    fn withholding_adds_up_to_the_year(gross in 0i64..1_000_000_000, deductions in 0i64..1_000_000) {
        let b = breakdown(gross, None, &Pay { special_deductions: deductions, ..Pay::default() });
        prop_assert_eq!(b.withheld.iter().sum::<i64>(), b.year_tax);
        prop_assert!(b.withheld.iter().all(|&w| w >= 0));
        prop_assert_eq!(b.take_home, b.gross - b.contributions - b.tax);
        prop_assert!(b.take_home <= b.gross);
        prop_assert!(b.tax * 12 - b.year_tax <= 6 && b.year_tax - b.tax * 12 <= 6);
    }
}
