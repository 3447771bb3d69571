use proptest::prelude::*;

use super::*;
use crate::projection::ranges::band;

use crate::projection::Assumptions;
use crate::projection::ranges::Spread;

/// Where a drawn path's shadow is farther from the engine's figure
/// than its row's bound (balance or today's money), if anywhere.
fn off_bound(a: &Assumptions, s: &Spread) -> Option<String> {
    let model = Model::new(a, s, a.months);
    let (n, samples) = (s.paths as usize, (a.months / 12) as usize);
    let mut rows = Rows::new(samples, n);
    for p in 0..n {
        drawn_years(&mut rows, &model, p, samples, a.start);
    }
    for p in (0..n).filter(|p| !rows.wild.contains(&(*p as u32))) {
        for (k, (b, t)) in figures(&model, p as u32, a.months).into_iter().enumerate() {
            let (i, [eb, et]) = (k * n + p, rows.eps[k]);
            let (fb, ft) = (rows.nominal[i], rows.today[i]);
            if (fb - b as f64).abs() > eb || (ft - t as f64).abs() > et {
                return Some(format!("path {p} year {k}: {fb} vs {b} (bound {eb}), {ft} vs {t} (bound {et})"));
            }
        }
    }
    None
}

/// What the bound's test and random exploration (`NESTEGG_EXPLORE=1`)
/// found, each an engine defect the drawn shadow did not share: a
/// price level past 128 held at the cap (1), a month's spending at a
/// level past 2⁴² fen held there (2). (A third, a return drawn at 600 %
/// wrapped to −50 % a month, is `engine`'s test of the ranges' ends: its
/// paths grow too fast for the bound, and are the engine's outright.)
#[test]
fn drawn_shadows_found_off_by_exploration() {
    let bp = crate::projection::rate::from_bp;
    let case = |[start, income, housing, spending]: [i64; 4], [ret, infl, vol, spread]: [i64; 4], seed, years: u32| {
        let a = Assumptions {
            start,
            income,
            housing,
            spending,
            income_growth: bp(0),
            inflation: bp(infl),
            annual_return: bp(ret),
            months: 12 * years,
        };
        (a, Spread { volatility: bp(vol), inflation_spread: bp(spread), paths: 40, seed })
    };
    for (a, s) in [
        case([0, 0, 0, 1], [0, 1130, 0, 886], 9_549_209_288_284_854, 35),
        case([0, 0, 0, 7_893_804_818], [-3116, 1907, 9176, 273], 7_643_660_700_857_314_021, 37),
    ] {
        assert!(Model::new(&a, &s, a.months).drawn(a.months));
        assert_eq!(off_bound(&a, &s), None);
    }
}

proptest! {
    #![proptest_config(crate::proptest_config(256))]

    /// A drawn path's shadow is within its row's bound of the engine's
    /// figure at every sample, balance and today's money, for plans and
    /// draws of every kind the drawn route takes (a wild path is the
    /// engine's outright); the bound is the one thing the ranking rests on.
    #[test]
    fn drawn_shadows_are_within_their_bound(
        start in -(1i64 << 40)..(1i64 << 40), income in 0i64..(1i64 << 36), housing in 0i64..(1i64 << 32),
        spending in 0i64..(1i64 << 34), growth in -300i64..1_500, ret in -9_000i64..20_000,
        infl in -500i64..2_000, vol in 0i64..15_000, spread in 0i64..1_500, seed in any::<u64>(),
        years in 4u32..60,
    ) {
        use crate::projection::{Assumptions, rate};
        let a = Assumptions {
            start, income, housing, spending, income_growth: rate::from_bp(growth),
            inflation: rate::from_bp(infl), annual_return: rate::from_bp(ret), months: 12 * years,
        };
        let s = Spread { volatility: rate::from_bp(vol), inflation_spread: rate::from_bp(spread), paths: 40, seed };
        prop_assume!(Model::new(&a, &s, a.months).drawn(a.months));
        if let Some(off) = off_bound(&a, &s) {
            prop_assert!(false, "{}", off);
        }
    }

    /// Whatever the figures and however each shadow strays within the
    /// bound (to its very edge, all one way, or none), the ranks are the
    /// figures' own: the same as sorting the figures.
    #[test]
    /// Rows of up to 2,500 paths, in any order (sorted ones too).
    fn the_selection_is_the_figures_ranks(
        figures in prop_oneof![
            prop::collection::vec(prop_oneof![-50i64..50, -(1i64 << 40)..(1i64 << 40)], 1..2_500),
            prop::collection::vec(0i64..3, 1..2_500),
            prop::collection::vec(-(1i64 << 30)..(1i64 << 30), 1_000..2_500).prop_map(|mut v| { v.sort(); v }),
        ],
        noise in prop::collection::vec(-1.0f64..=1.0, 2_500),
        eps in prop_oneof![Just(0.0), 0.0f64..3.0, Just(8.0)],
        lean in prop_oneof![Just(None), Just(Some(1.0)), Just(Some(-1.0))],
    ) {
        let row: Vec<f64> = figures
            .iter()
            .zip(&noise)
            .map(|(&r, &z)| r as f64 + eps * lean.unwrap_or(z))
            .collect();
        let before = FALLBACKS.load(std::sync::atomic::Ordering::Relaxed);
        let got = verified(&row, select::range(&row), eps, &mut Scratch::default(), |p| figures[p]);
        prop_assert_eq!(got, band(&mut figures.clone()));
        prop_assert_eq!(FALLBACKS.load(std::sync::atomic::Ordering::Relaxed), before);
    }
}
