//! Zero spread against `project`, pinned figures for the seeded stream,
//! and the order of the percentiles.

use proptest::prelude::*;

use super::*;
use crate::projection::{months_to_target, project, rate};

fn d(fraction: &str) -> Decimal {
    fraction.parse().unwrap()
}

/// Fen `[start, income, housing, spending]`, rates as fractions, months.
fn plan(
    [start, income, housing, spending]: [i64; 4],
    growth: &str,
    inflation: &str,
    ret: &str,
    months: u32,
) -> Assumptions {
    Assumptions {
        start,
        income,
        housing,
        spending,
        income_growth: d(growth),
        inflation: d(inflation),
        annual_return: d(ret),
        months,
    }
}

fn still(paths: u32) -> Spread {
    Spread { volatility: Decimal::ZERO, inflation_spread: Decimal::ZERO, paths, seed: 7 }
}

/// With no volatility and no spread every path is the typed rates, and
/// every percentile is `project`'s figure to the fen, every month.
#[test]
fn zero_spread_is_the_projection_to_the_fen() {
    let cases = [
        // 5 % return, 3 % inflation, 2 % raises: the brief's worked assumptions.
        plan([5_000_000, 1_200_000, 300_000, 400_000], "0.02", "0.03", "0.05", 480),
        // Overspending: the balance falls, through zero, into debt that compounds.
        plan([2_000_000, 500_000, 250_000, 400_000], "0", "0.03", "0.05", 480),
        // 6 %: half fens are exact decimal ties (120 fen earn 0.5 fen).
        plan([12_000, 250_000, 0, 0], "0", "0", "0.06", 480),
        // 12 %, 1.5 % inflation (5,033 × 1.015 = 5,108.495 → 5,108.50), odd fen.
        plan([123_457, 503_300, 503_300, 2_333], "0.015", "0.015", "0.12", 480),
        // A negative return and deflation; a big start.
        plan([987_654_321, 800_000, 120_000, 330_000], "0.041", "-0.005", "-0.0125", 480),
        // Rates to the basis point.
        plan([0, 730_001, 151_515, 260_007], "0.0325", "0.0217", "0.0733", 600),
    ];
    for a in &cases {
        // Each horizon: a long one (yearly samples) and a short one (monthly).
        for a in &[*a, Assumptions { months: 36, ..*a }, Assumptions { months: 473, ..*a }] {
            let exact = project(a);
            let bands = simulate(a, &still(3));
            let months: Vec<u32> = (1..=a.months).filter(|&m| is_sample(m, a.months)).collect();
            assert_eq!(bands.iter().map(|b| b.index).collect::<Vec<_>>(), months);
            for b in &bands {
                let p = &exact[b.index as usize - 1];
                let flat = |x| Band { p10: x, p50: x, p90: x };
                assert_eq!(b.balance, flat(p.balance), "month {} of {a:?}", p.index);
                assert_eq!(b.today, flat(p.balance_today), "month {} of {a:?} (today's money)", p.index);
            }
        }
        let exact = project(a);
        for target in [exact[11].balance, exact[200].balance + 1, 1_000_000_000] {
            let r = reach(a, &still(3), target);
            let one = months_to_target(a, target);
            assert_eq!((r.p10, r.p50, r.p90), (one, one, one), "{target} in {a:?}");
        }
    }
}

#[test]
fn nearest_rank() {
    assert_eq!((rank(10, 10_000), rank(50, 10_000), rank(90, 10_000)), (999, 4_999, 8_999));
    assert_eq!((rank(10, 10), rank(50, 10), rank(90, 10)), (0, 4, 8));
    assert_eq!((rank(10, 1), rank(90, 1)), (0, 0));
    let mut v: Vec<i64> = (1..=10).rev().collect();
    assert_eq!(band(&mut v), Band { p10: 1, p50: 5, p90: 9 });
}

/// The seeded stream's figures, pinned: a change to the draws (the stream,
/// their order, the normal's algorithm) changes them and fails here.
#[test]
fn a_fixed_seed_gives_the_same_figures() {
    let a = plan([5_000_000, 1_000_000, 250_000, 500_000], "0.02", "0.025", "0.05", 480);
    let s = Spread { paths: 2_000, ..Spread::DEFAULT };
    let bands = simulate(&a, &s);
    let at = |m: u32| bands.iter().find(|b| b.index == m).map(|b| (b.balance, b.today)).unwrap();
    let pinned = [at(12), at(120), at(480)];
    assert_eq!(pinned, PINNED, "{pinned:?}");
    let r = reach(&a, &s, 100_000_000);
    assert_eq!(r, PINNED_REACH, "{r:?}");
    // Another seed, other figures.
    assert_ne!(simulate(&a, &Spread { seed: 2, ..s }).last().unwrap().balance, bands.last().unwrap().balance);
}

const PINNED: [(Band, Band); 3] = [
    (Band { p10: 7_522_145, p50: 8_323_812, p90: 9_223_888 }, Band { p10: 7_337_211, p50: 8_120_129, p90: 9_011_396 }),
    (
        Band { p10: 36_793_136, p50: 48_498_511, p90: 63_434_349 },
        Band { p10: 28_575_771, p50: 38_079_731, p90: 49_880_467 },
    ),
    (
        Band { p10: 239_155_359, p50: 423_272_487, p90: 791_118_567 },
        Band { p10: 87_492_175, p50: 159_491_493, p90: 301_106_970 },
    ),
];
const PINNED_REACH: ReachRange =
    ReachRange { paths: 2_000, reached: 2_000, p10: Reach::In(167), p50: Reach::In(211), p90: Reach::In(272) };

proptest! {
    #![proptest_config(crate::proptest_config(24))]

    /// Whatever the plan and the draws, p10 ≤ p50 ≤ p90 at every sample month.
    #[test]
    fn percentiles_keep_their_order(
        start in -10_000_000i64..100_000_000, income in 0i64..3_000_000, housing in 0i64..1_000_000,
        spending in 0i64..3_000_000, ret in -500i64..1_500, infl in -200i64..800, vol in 0i64..4_000,
        spread in 0i64..500, seed in any::<u64>(), paths in 1u32..400, months in 1u32..480,
    ) {
        let a = Assumptions {
            start, income, housing, spending, income_growth: Decimal::ZERO,
            inflation: rate::from_bp(infl), annual_return: rate::from_bp(ret), months,
        };
        let s = Spread { volatility: rate::from_bp(vol), inflation_spread: rate::from_bp(spread), paths, seed };
        let points = simulate(&a, &s);
        prop_assert_eq!(points.len(), (1..=months).filter(|&m| is_sample(m, months)).count());
        for p in points {
            prop_assert!(p.balance.p10 <= p.balance.p50 && p.balance.p50 <= p.balance.p90, "{p:?}");
            prop_assert!(p.today.p10 <= p.today.p50 && p.today.p50 <= p.today.p90, "{p:?}");
        }
    }
}
