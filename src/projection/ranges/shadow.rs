//! Ranking the paths fast, the figures from the engine: each path's
//! balance is followed in floats beside a bound on how far it can be from
//! the engine's figure, only to find which paths stand at the 10th, 50th
//! and 90th percentile; the figures shown are those paths' own, from the
//! engine's integer arithmetic ([`super::engine::figures`]). No figure is
//! ever a float; a float only says which path to ask.
//!
//! # The bound
//! A shadow balance steps as the engine does, `b · G + c · S` a year (or
//! `b · g + c` a month), with the engine's own contribution `c` (exact,
//! integer) and floats for `G = g¹²` and `S = 1 + g + … + g¹¹`. Each of
//! `g`, `G`, `S` and the step is within 60 roundings of 2⁻⁵³ of the
//! engine's, which is itself within 2⁻⁵⁶ of the exact values, so a year
//! adds under `90 · 2⁻⁵³ · M` of error, `M = |b| · G + |c| · S` (the
//! magnitude the step went through, followed beside the balance). The
//! bound grows as `E · G · (1 + ρ) + ρ · M + σ` with `ρ = 10⁻¹³` (ten
//! times that) and `σ = 10⁻⁶` fen (the engine's own truncations, 2⁻⁴⁰ fen
//! a month); the figure's rounding to the fen adds one fen. Today's money
//! is the same balance times the engine's factor (the same float, which
//! the engine truncates to 2⁻⁵²), so its bound is the balance's times the
//! factor, and the truncation's.
//! A path past 2⁵⁰ fen in magnitude (where the engine may saturate), or
//! whose bound passes [`MAX_EPS`], is *wild* at that sample: its figure
//! is asked of the engine outright.
//!
//! # The selection
//! For a sample's row of shadows `f` (a wild path's is its exact figure),
//! each within `ε` of its path's figure `R`: let `v` be the `k`-th
//! smallest `f`. Then the `k`-th smallest `R` lies in `[v − ε, v + ε]`
//! (fewer than `k` paths have `R < v − ε`, since each has `f < v`; at
//! least `k + 1` have `R ≤ v + ε`, since each with `f ≤ v` does), and
//! every path with `R` there has `f` in `[v − 2ε, v + 2ε]`. So the
//! engine is asked for those paths only (a handful), the paths with
//! `f < v − 2ε` are counted as below, and the answer is the right one of
//! the handful, exactly the figure ranking every path by the engine gives
//! (a test checks it against the engine path by path).

use super::engine::{Model, figures};
use super::{Band, RangePoint, band, rank};

/// Relative error a step may add, ten times the float's worst case.
const RHO: f64 = 1e-13;
/// Absolute error a step may add (fen): the engine's truncations, with room.
const SIGMA: f64 = 1e-6;
/// Past this magnitude (fen) a path is asked of the engine outright.
const TAME: f64 = (1u64 << 50) as f64;
/// A bound past this (fen) makes a path wild at that sample.
pub const MAX_EPS: f64 = 8.0;

/// One path's balance in floats, the magnitude it went through, and the
/// bound on its distance from the engine's unrounded balance (all fen).
#[derive(Debug, Clone, Copy)]
pub(super) struct Shadow {
    b: f64,
    m: f64,
    e: f64,
}

impl Shadow {
    pub fn new(start: i64) -> Shadow {
        let b = start as f64;
        Shadow { b, m: b.abs(), e: 0.0 }
    }

    /// A year of growth `g12`, sum `s12` (see [`super::engine::YearFactors`]) and contribution `c`.
    #[inline(always)]
    pub fn year(&mut self, g12: f64, s12: f64, c: i64) {
        let c = c as f64;
        self.b = self.b * g12 + c * s12;
        self.m = self.m * g12 + c.abs() * s12;
        self.e = self.e * g12 * (1.0 + RHO) + RHO * self.m + SIGMA;
    }

    /// A month of growth `g` and contribution `c`.
    #[inline(always)]
    pub fn month(&mut self, g: f64, c: i64) {
        let c = c as f64;
        self.b = self.b * g + c;
        self.m = self.m * g + c.abs();
        self.e = self.e * g * (1.0 + RHO) + RHO * self.m + SIGMA;
    }
}

/// Each sample's shadows over all paths (sample-major), each row's
/// bound, and the wild (sample, path) pairs.
pub(super) struct Rows {
    n: usize,
    nominal: Vec<f64>,
    today: Vec<f64>,
    eps: Vec<[f64; 2]>,
    wild: Vec<(u32, u32)>,
}

impl Rows {
    pub fn new(samples: usize, paths: usize) -> Rows {
        Rows {
            n: paths,
            nominal: vec![0.0; samples * paths],
            today: vec![0.0; samples * paths],
            eps: vec![[0.0; 2]; samples],
            wild: Vec::new(),
        }
    }

    /// Path `p`'s shadow at sample `k`, today's money at factor `df` (the
    /// engine's today's money per fen, before its truncation).
    #[inline(always)]
    pub fn put(&mut self, k: usize, p: usize, s: &Shadow, df: f64) {
        let i = k * self.n + p;
        self.nominal[i] = s.b;
        self.today[i] = s.b * df;
        let e = s.e + 1.0;
        // Today's money: the balance's bound times the factor, the
        // product's own rounding, the engine's truncation of the factor
        // to 2⁻⁵² (under 2⁻⁵² of the balance) and of the balance (2⁻²⁰ fen).
        let et = (s.e + RHO * s.m) * df + RHO * s.m + 1.0;
        // A factor past 2¹⁰ is near where the engine's saturates (2¹¹).
        // Written so that a NaN anywhere fails it.
        if s.m < TAME && s.m * df < TAME && df <= 1024.0 && e <= MAX_EPS && et <= MAX_EPS {
            let eps = &mut self.eps[k];
            eps[0] = eps[0].max(e);
            eps[1] = eps[1].max(et);
        } else {
            self.wild.push((k as u32, p as u32));
        }
    }

    /// How many paths each row has.
    pub fn paths(&self) -> usize {
        self.n
    }

    /// How many (sample, path) pairs are wild.
    pub fn wild(&self) -> usize {
        self.wild.len()
    }

    /// The band at each of `samples` (sample month indexes, in order), the
    /// figures from the engine for the paths that `model` draws.
    pub fn bands(mut self, samples: &[u32], model: &Model, months: u32) -> Vec<RangePoint> {
        let mut exact = Exact { model, months, paths: vec![None; self.n] };
        // A wild path's shadow is its figure (so every shadow is within its row's bound).
        for &(k, p) in &self.wild {
            let (b, t) = exact.at(p as usize, k as usize);
            let i = k as usize * self.n + p as usize;
            (self.nominal[i], self.today[i]) = (b as f64, t as f64);
            // Past 2⁵³ a figure is not exact in a float: widen the bound by its step.
            let eps = &mut self.eps[k as usize];
            eps[0] = eps[0].max(b.unsigned_abs() as f64 * f64::EPSILON);
            eps[1] = eps[1].max(t.unsigned_abs() as f64 * f64::EPSILON);
        }
        let n = self.n;
        let mut scratch = Scratch::default();
        let rows = self.nominal.chunks_exact(n).zip(self.today.chunks_exact(n));
        samples
            .iter()
            .zip(rows)
            .zip(&self.eps)
            .enumerate()
            .map(|(k, ((&index, (b, t)), eps))| RangePoint {
                index,
                balance: verified(b, eps[0], &mut scratch, |p| exact.at(p, k).0),
                today: verified(t, eps[1], &mut scratch, |p| exact.at(p, k).1),
            })
            .collect()
    }
}

/// One path's (balance, today's money) at each sample, from the engine.
type Figures = Box<[(i64, i64)]>;

/// The engine's figures of the paths asked for, each path run once.
struct Exact<'m> {
    model: &'m Model,
    months: u32,
    paths: Vec<Option<Figures>>,
}

impl Exact<'_> {
    fn at(&mut self, p: usize, k: usize) -> (i64, i64) {
        let (model, months) = (self.model, self.months);
        self.paths[p].get_or_insert_with(|| figures(model, p as u32, months).into_boxed_slice())[k]
    }
}

/// Buckets of the shadows' histogram (one row's, in the L1 cache).
const BUCKETS: usize = 2048;

/// What [`verified`] reuses from row to row: each shadow's bucket, and
/// the shadows (with their paths) in the buckets the ranks fall in.
#[derive(Default)]
struct Scratch {
    buckets: Vec<u16>,
    picked: Vec<(f64, usize)>,
}

/// The least and the greatest of `row` (eight lanes, so it vectorizes).
fn range(row: &[f64]) -> (f64, f64) {
    let (mut lo, mut hi) = ([f64::INFINITY; 8], [f64::NEG_INFINITY; 8]);
    let chunks = row.chunks_exact(8);
    let rest = chunks.remainder();
    for c in chunks {
        for i in 0..8 {
            lo[i] = if c[i] < lo[i] { c[i] } else { lo[i] };
            hi[i] = if c[i] > hi[i] { c[i] } else { hi[i] };
        }
    }
    let fold = |init: f64, xs: &[f64], f: fn(f64, f64) -> f64| xs.iter().fold(init, |a, &x| f(a, x));
    let lo = fold(fold(f64::INFINITY, &lo, f64::min), rest, f64::min);
    let hi = fold(fold(f64::NEG_INFINITY, &hi, f64::max), rest, f64::max);
    (lo, hi)
}

/// The 10th, 50th and 90th percentile of the figures whose shadows are
/// `row`, each within `eps` (see the module's selection): the shadows
/// ranked, the engine asked for the paths near each rank.
///
/// The ranks without sorting: a histogram of the shadows over their range
/// (the bucket a value falls in never decreases with it) finds the bucket
/// each rank falls in and how many are below it; only that bucket's few
/// shadows are ranked among themselves.
fn verified(row: &[f64], eps: f64, scratch: &mut Scratch, mut figure: impl FnMut(usize) -> i64) -> Band {
    let n = row.len();
    let ks = [rank(10, n), rank(50, n), rank(90, n)];
    // Room for the floats' own rounding of the thresholds.
    let eps = eps + 1.0;
    let (lo, hi) = range(row);
    let scale = Some(BUCKETS as f64 / (hi - lo)).filter(|s| hi > lo && s.is_finite()).unwrap_or(0.0);
    // (f − lo) · scale is within 0 ..= BUCKETS; adding 2⁵² rounds it to a
    // whole number held in the low bits, and never decreases with f.
    let bucket = |f: f64| ((f - lo) * scale + 4_503_599_627_370_496.0).to_bits() as usize & (2 * BUCKETS - 1);
    let mut counts = [0u32; BUCKETS + 1];
    scratch.buckets.resize(n, 0);
    for (slot, &f) in scratch.buckets.iter_mut().zip(row) {
        let b = bucket(f);
        counts[b] += 1;
        *slot = b as u16;
    }
    // Each rank's bucket and how many shadows lie in the buckets below it.
    let mut at = [(0usize, 0usize); 3];
    let (mut below, mut j) = (0usize, 0);
    for (b, &c) in counts.iter().enumerate() {
        while j < 3 && ks[j] < below + c as usize {
            at[j] = (b, below);
            j += 1;
        }
        below += c as usize;
    }
    let picked = at.map(|(b, _)| b as u16);
    scratch.picked.clear();
    for (p, &b) in scratch.buckets.iter().enumerate() {
        if b == picked[0] || b == picked[1] || b == picked[2] {
            scratch.picked.push((row[p], p));
        }
    }
    let scratch = &scratch.picked;
    let mut out = [0i64; 3];
    for j in 0..3 {
        let (b, under) = at[j];
        let mut mine: Vec<(f64, usize)> = scratch.iter().copied().filter(|&(f, _)| bucket(f) == b).collect();
        let v = mine.select_nth_unstable_by(ks[j] - under, |x, y| x.0.total_cmp(&y.0)).1.0;
        let (wlo, whi) = (v - 2.0 * eps, v + 2.0 * eps);
        // The window within the bucket: those below it in the bucket are
        // counted; past either edge of the bucket, a pass over the row.
        // (An edge outside the row's range is in the first or last bucket.)
        let edge = |f: f64| {
            if f <= lo {
                0
            } else if f >= hi {
                BUCKETS
            } else {
                bucket(f)
            }
        };
        let (near, under): (Vec<usize>, usize) = if edge(wlo) == b && edge(whi) == b {
            let near = mine.iter().filter(|&&(f, _)| f >= wlo && f <= whi).map(|&(_, p)| p).collect();
            (near, under + mine.iter().filter(|&&(f, _)| f < wlo).count())
        } else {
            let near = (0..n).filter(|&p| row[p] >= wlo && row[p] <= whi).collect();
            (near, row.iter().filter(|&&f| f < wlo).count())
        };
        let (lo, hi) = (v - eps, v + eps);
        let mut within: Vec<i64> = Vec::with_capacity(near.len());
        let mut under = under;
        for p in near {
            let r = figure(p);
            let x = r as f64;
            if x < lo {
                under += 1;
            } else if x <= hi {
                within.push(r);
            }
        }
        within.sort_unstable();
        out[j] = match ks[j].checked_sub(under).and_then(|i| within.get(i)) {
            Some(&r) => r,
            // The bound failed (it cannot, but a wrong figure is worse
            // than a slow one): the whole row from the engine.
            None => {
                #[cfg(test)]
                FALLBACKS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                return band(&mut (0..n).map(&mut figure).collect::<Vec<_>>());
            }
        };
    }
    Band { p10: out[0], p50: out[1], p90: out[2] }
}

/// How many rows the engine had to give whole (the tests expect none).
#[cfg(test)]
pub(super) static FALLBACKS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(crate::proptest_config(256))]

        /// Whatever the figures and however each shadow strays within the
        /// bound (to its very edge, all one way, or none), the ranks are the
        /// figures' own: the same as sorting the figures.
        #[test]
        fn the_selection_is_the_figures_ranks(
            figures in prop_oneof![
                prop::collection::vec(prop_oneof![-50i64..50, -(1i64 << 40)..(1i64 << 40)], 1..400),
                prop::collection::vec(0i64..3, 1..400),
            ],
            noise in prop::collection::vec(-1.0f64..=1.0, 400),
            eps in prop_oneof![Just(0.0), 0.0f64..3.0, Just(8.0)],
            lean in prop_oneof![Just(None), Just(Some(1.0)), Just(Some(-1.0))],
        ) {
            let row: Vec<f64> = figures
                .iter()
                .zip(&noise)
                .map(|(&r, &z)| r as f64 + eps * lean.unwrap_or(z))
                .collect();
            let before = FALLBACKS.load(std::sync::atomic::Ordering::Relaxed);
            let got = verified(&row, eps, &mut Scratch::default(), |p| figures[p]);
            prop_assert_eq!(got, band(&mut figures.clone()));
            prop_assert_eq!(FALLBACKS.load(std::sync::atomic::Ordering::Relaxed), before);
        }
    }
}
