use proptest::prelude::*;

use super::*;

/// The ranges' ends keep their meaning: the highest drawn return is
/// 500 % ÷ 12 a month, not wrapped past the `i64` (600 % was, to
/// −50 % a month); a price level past 128 grows by its inflation, not to
/// the cap (a 128-bit product of a level past 2⁶⁷ overflowed there).
#[test]
fn the_ranges_ends_keep_their_meaning() {
    let month = |r: i64| monthly(r) as f64 / 2f64.powi(64);
    assert!((month(RETURN_RANGE.1) - 5.0 / 12.0).abs() < 1e-15);
    assert!((month(RETURN_RANGE.0) + 1.0 / 12.0).abs() < 1e-15);
    let mut b = (-12i128) << F;
    assert_eq!(next(&mut b, monthly(RETURN_RANGE.1), -1), -18);
    // 200 at 5 %: 210, to within the floor's unit.
    let level = 200i128 << L;
    assert!((grown(level, 50_000_000) - (210i128 << L)).abs() <= 1 << 10);
    // Past the cap it is held there.
    assert_eq!(grown(LEVEL_CAP - 1, 1_000_000_000), LEVEL_CAP);
    // 78,938,048.18 a month at a level of 630 (19 % a year for 37 years):
    // 4,973,097,035,340 fen, not held at 2⁴² fen (4,398,046,511,104).
    assert_eq!(at_level(7_893_804_818, 630i128 << L), 4_973_097_035_340);
}

proptest! {
    #![proptest_config(crate::proptest_config(512))]

    /// A year in one step is twelve monthly steps: the same fen, and
    /// within 2⁻²⁴ fen unrounded, for balances up to 2³² fen and
    /// contributions up to 2³² fen a month, returns from −100 % to 100 %
    /// (past the fast path's bound of about 71 %).
    #[test]
    fn a_year_is_twelve_months(
        start in -(1i64 << 32)..(1i64 << 32), frac in 0i128..(1 << F),
        ppb_rate in -1_000_000_000i64..1_000_000_000, c in -(1i64 << 32)..(1i64 << 32),
    ) {
        let q = monthly(ppb_rate);
        let b0 = ((start as i128) << F) + frac;
        let (mut monthly, mut yearly) = (b0, b0);
        let mut fen = 0;
        for _ in 0..12 {
            fen = next(&mut monthly, q, c);
        }
        prop_assert_eq!(year(&mut yearly, q, c), fen);
        prop_assert!((yearly - monthly).abs() < 1 << (F - 24), "{} vs {}", yearly, monthly);
    }
}
