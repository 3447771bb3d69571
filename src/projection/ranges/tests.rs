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
    (Band { p10: 7_542_814, p50: 8_319_895, p90: 9_199_958 }, Band { p10: 7_356_974, p50: 8_101_052, p90: 8_971_589 }),
    (
        Band { p10: 36_777_133, p50: 48_150_852, p90: 63_965_548 },
        Band { p10: 28_487_941, p50: 37_669_607, p90: 50_056_832 },
    ),
    (
        Band { p10: 222_116_562, p50: 423_438_799, p90: 806_557_647 },
        Band { p10: 83_352_250, p50: 159_229_453, p90: 307_420_874 },
    ),
];
const PINNED_REACH: ReachRange =
    ReachRange { paths: 2_000, reached: 2_000, p10: Reach::In(168), p50: Reach::In(211), p90: Reach::In(274) };

/// One path (its own stream, whatever the count): the month `reach` finds
/// a year at a time is the first month its monthly balances reach the
/// target, and its year ends are the monthly path's to the fen.
#[test]
fn a_year_at_a_time_is_the_months_one_by_one() {
    let a = plan([1_000_000, 800_000, 200_000, 300_000], "0.03", "0.02", "0.04", 36);
    let s = Spread { paths: 1, volatility: d("0.25"), inflation_spread: d("0.03"), seed: 0 };
    for seed in 0..40 {
        let s = Spread { seed, ..s };
        let monthly = simulate(&a, &s);
        assert_eq!(monthly.len(), 36);
        // 37 months and more: a year at a time, and month 37 stepped.
        let yearly = simulate(&Assumptions { months: 37, ..a }, &s);
        let at = |m: u32| monthly[m as usize - 1].balance;
        assert_eq!(
            yearly.iter().map(|p| (p.index, p.balance)).collect::<Vec<_>>()[..3],
            [(12, at(12)), (24, at(24)), (36, at(36))]
        );
        for target in [at(5).p50, at(12).p50, at(13).p50, at(30).p50, at(36).p50 + 1] {
            let first = monthly.iter().find(|p| p.balance.p50 >= target).map(|p| p.index);
            let r = reach(&a, &s, target);
            match first {
                Some(m) => assert_eq!(r.p50, Reach::In(m), "seed {seed}, {target}"),
                None => assert!(!matches!(r.p50, Reach::In(m) if m <= 36), "seed {seed}, {target}: {r:?}"),
            }
        }
    }
}

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

/// Independence over the runs: with no spread, the first year end at which
/// `project`'s balance in today's money covers the goal, on every path;
/// with spread, a range around it.
#[test]
fn years_to_independence_as_a_range() {
    // 1,500 of housing and spending a month: 18,000 a year ÷ 4 % = 450,000.
    let a = plan([5_000_000, 1_000_000, 50_000, 100_000], "0", "0.02", "0.05", 480);
    let goal = fi_goal(&a, d("0.04")).unwrap();
    assert_eq!(goal, 45_000_000);
    assert_eq!(fi_goal(&a, Decimal::ZERO), None);
    let line = project(&Assumptions { months: 1200, ..a });
    let first = line.iter().find(|p| p.index % 12 == 0 && p.balance_today >= goal).unwrap().index;
    let r = fi(&a, &still(3), goal);
    assert_eq!((r.p10, r.p50, r.p90, r.reached), (Reach::In(first), Reach::In(first), Reach::In(first), 3));
    // Hand check of the year: 50,000 + 8,500 a month at 5 % passes 450,000
    // of today's money (2 % a year of prices) in its fourth year.
    assert_eq!(first, 48);
    // Drawn years spread it, in whole years, in order.
    let r = fi(&a, &Spread { paths: 500, ..Spread::DEFAULT }, goal);
    let years = |x: Reach| match x {
        Reach::In(m) => m,
        other => panic!("{other:?}"),
    };
    let (p10, p50, p90) = (years(r.p10), years(r.p50), years(r.p90));
    assert!(p10 % 12 == 0 && p50 % 12 == 0 && p90 % 12 == 0 && p10 <= p50 && p50 <= p90, "{r:?}");
    assert!(p10 < p90, "{r:?}");
    // Already there.
    assert_eq!(fi(&Assumptions { start: goal, ..a }, &still(3), goal).p50, Reach::Already);
}

/// Kept draws give what drawing afresh gives, to the fen: the whole-year
/// horizon (kept draws) against one a month longer (drawn and stepped as
/// it goes) at every year end, and a what-if on the household's figures
/// on the same kept draws against a fresh run of it.
#[test]
fn kept_draws_are_the_same_figures() {
    let a = plan([5_000_000, 1_000_000, 250_000, 500_000], "0.02", "0.025", "0.05", 480);
    let s = Spread { paths: 300, ..Spread::DEFAULT };
    let kept = Prepared::new(&a, &s).expect("40 whole years");
    let bands = kept.simulate(&a);
    let longer = simulate(&Assumptions { months: 481, ..a }, &s);
    assert!(Prepared::new(&Assumptions { months: 481, ..a }, &s).is_none());
    for b in &bands {
        let other = longer.iter().find(|p| p.index == b.index).unwrap();
        assert_eq!(b, other);
    }
    // Saving more, spending less: the same draws serve it.
    let what_if = Assumptions { spending: 300_000, income: 1_100_000, start: 0, ..a };
    assert!(kept.serves(&what_if, &s));
    assert_eq!(kept.simulate(&what_if), simulate(&what_if, &s));
    // Another return, another seed or another horizon: not these draws.
    assert!(!kept.serves(&Assumptions { annual_return: d("0.06"), ..a }, &s));
    assert!(!kept.serves(&a, &Spread { seed: 2, ..s }));
    assert!(!kept.serves(&Assumptions { months: 360, ..a }, &s));
}

proptest! {
    #![proptest_config(crate::proptest_config(64))]

    /// The shadows only rank: every figure is the engine's, the same as
    /// ranking every path by the engine, for any plan and any draws, up to
    /// volatilities that send paths past 2⁵⁰ fen (wild, asked outright),
    /// from scratch and on kept draws; the bound never fails.
    #[test]
    fn shadows_rank_as_the_engine_does(
        start in -(1i64 << 34)..(1i64 << 34), income in 0i64..100_000_000, housing in 0i64..30_000_000,
        spending in 0i64..100_000_000, growth in -300i64..1_500, ret in -9_000i64..20_000,
        infl in -500i64..2_000, vol in 0i64..15_000, spread in 0i64..1_500, seed in any::<u64>(),
        paths in 1u32..300, months in prop_oneof![1u32..60, 37u32..600, Just(480), (4u32..51).prop_map(|y| 12 * y)],
    ) {
        let a = Assumptions {
            start, income, housing, spending, income_growth: rate::from_bp(growth),
            inflation: rate::from_bp(infl), annual_return: rate::from_bp(ret), months,
        };
        let s = Spread { volatility: rate::from_bp(vol), inflation_spread: rate::from_bp(spread), paths, seed };
        let before = shadow::FALLBACKS.load(std::sync::atomic::Ordering::Relaxed);
        let by_engine = simulate_by_engine(&a, &s);
        prop_assert_eq!(&simulate(&a, &s), &by_engine);
        if let Some(kept) = Prepared::new(&a, &s) {
            prop_assert_eq!(&kept.simulate(&a), &by_engine);
        }
        prop_assert_eq!(shadow::FALLBACKS.load(std::sync::atomic::Ordering::Relaxed), before);
    }
}

/// Many paths close together (the default spread, 4,000 paths, 40 years):
/// the shadows' windows hold several paths, and the figures are still the engine's.
#[test]
fn dense_ranks_are_the_engines() {
    let a = plan([5_000_000, 1_000_000, 250_000, 500_000], "0.02", "0.025", "0.05", 480);
    for (vol, seed) in [("0.10", 1), ("0.01", 2), ("0.0001", 3), ("0.60", 4)] {
        let s = Spread { volatility: d(vol), paths: 4_000, seed, ..Spread::DEFAULT };
        assert_eq!(simulate(&a, &s), simulate_by_engine(&a, &s), "volatility {vol}");
    }
    // No spread at all: every path is the first.
    let s = still(50);
    assert_eq!(simulate(&a, &s), simulate_by_engine(&a, &s));
}
