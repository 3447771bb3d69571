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
//! A path past 2⁵⁰ fen in magnitude at a sample (where the engine may
//! saturate), or whose bound there passes [`MAX_EPS`], is *wild*: its
//! figures are asked of the engine outright. Every row's bound is the
//! greatest over the tame paths ([`Rows`]).
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

use super::RangePoint;
use super::engine::{Draws, Model, Rates, figures, float_powers};
#[cfg(test)]
pub(super) use select::FALLBACKS;
use select::{Scratch, verified};

/// Relative error a step may add, ten times the float's worst case.
const RHO: f64 = 1e-13;
/// Absolute error a step may add (fen): the engine's truncations, with room.
const SIGMA: f64 = 1e-6;
/// Past this magnitude (fen) a path is asked of the engine outright.
const TAME: f64 = (1u64 << 50) as f64;
/// A bound past this (fen) at any sample makes a path wild.
pub const MAX_EPS: f64 = (1u64 << 20) as f64;

/// One path's balance in floats, the magnitude it went through, and the
/// bound on its distance from the engine's unrounded balance (all fen);
/// and the greatest bound, magnitude and today's-money factor at its
/// samples so far (what decides whether the path is tame).
#[derive(Debug, Clone, Copy)]
pub(super) struct Shadow {
    b: f64,
    m: f64,
    e: f64,
    top_m: f64,
    top_df: f64,
}

impl Shadow {
    pub fn new(start: i64) -> Shadow {
        let b = start as f64;
        Shadow { b, m: b.abs(), e: 0.0, top_m: 0.0, top_df: 0.0 }
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
/// bounds over the tame paths, and the wild paths.
///
/// A path is *tame* when at every sample its magnitude and its magnitude
/// in today's money are under 2⁵⁰ fen, its factor at most 2¹⁰, its level
/// (a drawn path's) under 2¹⁹ and both bounds at most [`MAX_EPS`]; the
/// magnitudes and factor judged from their greatest over the samples. A
/// wild path's figures are all asked of the engine. No bound, magnitude
/// or factor is ever a NaN (the growth is positive and finite, so they
/// are sums and products of nonnegative terms); one past the float's
/// range is infinite, and wild.
pub(super) struct Rows {
    n: usize,
    nominal: Vec<f64>,
    today: Vec<f64>,
    /// Each row's bounds (balance, today's money) over the tame paths.
    eps: Vec<[f64; 2]>,
    /// Each row's least and greatest shadow (balance, then today's money),
    /// kept as they are written.
    span: Vec<Span>,
    /// The path being followed: its bounds at each sample so far.
    pending: Vec<[f64; 2]>,
    wild: Vec<u32>,
}

impl Rows {
    pub fn new(samples: usize, paths: usize) -> Rows {
        Rows {
            n: paths,
            nominal: spare(samples * paths),
            today: spare(samples * paths),
            eps: vec![[0.0; 2]; samples],
            span: vec![Span::EMPTY; samples],
            pending: vec![[0.0; 2]; samples],
            wild: Vec::new(),
        }
    }

    /// Path `p`'s shadow at sample `k`, today's money at factor `df` (the
    /// engine's today's money per fen, before its truncation).
    #[inline(always)]
    pub fn put(&mut self, k: usize, p: usize, s: &mut Shadow, df: f64) {
        let i = k * self.n + p;
        self.nominal[i] = s.b;
        self.today[i] = s.b * df;
        self.span[k].take(s.b, self.today[i]);
        self.pending[k] = [s.e + 1.0, today_bound(s.e, s.m, df, 0.0)];
        s.top_m = top(s.top_m, s.m);
        s.top_df = top(s.top_df, df);
    }

    /// Path `p` is done (every sample put): tame (its bounds count) or wild.
    pub fn end(&mut self, p: usize, s: &Shadow) {
        self.settle(p, s.top_m, s.top_df);
    }

    /// Path `p` (its bounds at each sample pending) is done: tame or
    /// wild, by its greatest magnitude and factor.
    fn settle(&mut self, p: usize, m: f64, df: f64) {
        let bounds = &self.pending[..self.eps.len()];
        // Written so that an infinite bound fails it.
        if tame(m, df, 0.0) && bounds.iter().all(|&[e, et]| e <= MAX_EPS && et <= MAX_EPS) {
            for (eps, &[e, et]) in self.eps.iter_mut().zip(bounds) {
                *eps = [top(eps[0], e), top(eps[1], et)];
            }
        } else {
            self.wild.push(p as u32);
        }
    }

    /// Drawn paths `p0 ..` are done: each tame (`tame`) one's bounds
    /// (`bounds[k]`: sample `k`'s, balance then today's money, lane by
    /// lane) count in each row; the others are wild.
    fn settle_lanes<const L: usize>(&mut self, p0: usize, tame: [bool; L], bounds: &[[[f64; L]; 2]]) {
        for (eps, [e, et]) in self.eps.iter_mut().zip(bounds) {
            for l in 0..L {
                if tame[l] {
                    *eps = [top(eps[0], e[l]), top(eps[1], et[l])];
                }
            }
        }
        self.wild.extend((0..L).filter(|&l| !tame[l]).map(|l| (p0 + l) as u32));
    }

    /// How many paths each row has.
    pub fn paths(&self) -> usize {
        self.n
    }

    /// How many paths are wild.
    pub fn wild(&self) -> usize {
        self.wild.len()
    }

    /// The band at each of `samples` (sample month indexes, in order), the
    /// figures from the engine for the paths that `model` draws.
    pub fn bands(mut self, samples: &[u32], model: &Model, months: u32) -> Vec<RangePoint> {
        let mut exact = Exact { model, months, paths: vec![None; self.n] };
        // A wild path's shadows are its figures (so every shadow is within its row's bound).
        for &p in &self.wild {
            for (k, eps) in self.eps.iter_mut().enumerate() {
                let (b, t) = exact.at(p as usize, k);
                let i = k * self.n + p as usize;
                (self.nominal[i], self.today[i]) = (b as f64, t as f64);
                self.span[k].take(b as f64, t as f64);
                // Past 2⁵³ a figure is not exact in a float: widen the bound by its step.
                eps[0] = eps[0].max(b.unsigned_abs() as f64 * f64::EPSILON);
                eps[1] = eps[1].max(t.unsigned_abs() as f64 * f64::EPSILON);
            }
        }
        let n = self.n;
        let mut scratch = Scratch::default();
        let rows = self.nominal.chunks_exact(n).zip(self.today.chunks_exact(n));
        samples
            .iter()
            .zip(rows)
            .zip(self.eps.iter().zip(&self.span))
            .enumerate()
            .map(|(k, ((&index, (b, t)), (eps, span)))| RangePoint {
                index,
                balance: verified(b, (span.lo[0], span.hi[0]), eps[0], &mut scratch, |p| exact.at(p, k).0),
                today: verified(t, (span.lo[1], span.hi[1]), eps[1], &mut scratch, |p| exact.at(p, k).1),
            })
            .collect()
    }
}

/// A row's least and greatest shadow, of the balance and of today's
/// money: what its histogram spans ([`verified`]). Never narrower than
/// the row: it only widens, also by a wild path's exact figures (the
/// shadow they replace leaves it wider: a coarser histogram, never a
/// wrong one).
#[derive(Debug, Clone, Copy)]
struct Span {
    lo: [f64; 2],
    hi: [f64; 2],
}

impl Span {
    const EMPTY: Span = Span { lo: [f64::INFINITY; 2], hi: [f64::NEG_INFINITY; 2] };

    /// A balance's shadow `b` and today's money's `t` are in the row.
    #[inline(always)]
    fn take(&mut self, b: f64, t: f64) {
        self.lo = [least(self.lo[0], b), least(self.lo[1], t)];
        self.hi = [top(self.hi[0], b), top(self.hi[1], t)];
    }

    /// Lanes of shadows are in the row.
    #[inline(always)]
    fn take_lanes<const L: usize>(&mut self, b: &[f64; L], t: &[f64; L]) {
        let (mut lo, mut hi) = (self.lo, self.hi);
        for l in 0..L {
            lo = [least(lo[0], b[l]), least(lo[1], t[l])];
            hi = [top(hi[0], b[l]), top(hi[1], t[l])];
        }
        (self.lo, self.hi) = (lo, hi);
    }
}

/// The rows' shadows go back to [`SPARE`] for the next band.
impl Drop for Rows {
    fn drop(&mut self) {
        for row in [std::mem::take(&mut self.nominal), std::mem::take(&mut self.today)] {
            if row.capacity() <= KEPT_SPARE {
                SPARE.with_borrow_mut(|spare| spare.push(row));
            }
        }
    }
}

/// The most shadows (floats) a spare buffer may hold to be kept: 64 MB,
/// 200,000 paths over 40 years.
const KEPT_SPARE: usize = 8 << 20;

thread_local! {
    /// The last band's buffers of shadows, to reuse: the Plan tab bands
    /// again on every what-if, and fresh megabytes cost their page faults
    /// (7 % of a band of 10,000 paths over 40 years).
    static SPARE: std::cell::RefCell<Vec<Vec<f64>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A buffer of `len` shadows, a spare one reused if there is one: what
/// it held is left, not zeroed again (every shadow is written before it
/// is read: each path puts each of its samples).
fn spare(len: usize) -> Vec<f64> {
    let mut row = SPARE.with_borrow_mut(Vec::pop).unwrap_or_default();
    row.truncate(len);
    row.resize(len, 0.0);
    row
}

/// The bound in today's money (fen) of a path whose balance's bound is
/// `e`, magnitude `m`, factor `df` with relative error `lam`: the
/// balance's bound times the factor, the factor's error times the
/// magnitude, the product's own rounding and the engine's truncation of
/// the factor to 2⁻⁵² (under 2⁻⁵² of the balance) and of the balance
/// (2⁻²⁰ fen), and its rounding to the fen.
fn today_bound(e: f64, m: f64, df: f64, lam: f64) -> f64 {
    (e + m * (lam + RHO)) * df * (1.0 + lam) + RHO * m + 1.0
}

/// The relative error a drawn growth `g = 1 + r ÷ (12 · 10⁹)` adds to
/// `G = g¹²` (a drawn rate within 0.51 ppb: `g` within `δ = 4.25 · 10⁻¹¹`,
/// so `G` within `12 · δ ÷ g`, `g ≥ 11/12`), with room.
const KAPPA_G: f64 = 5.6e-10;
/// ... and to `S = 1 + g + … + g¹¹`, per unit of `max(G, 2.84)`: `S` moves
/// by under `66 · δ · max(1, g¹⁰)` and is at least `12 · min(1, g¹¹)`, so
/// by under `5.5 · δ · max(g¹⁰ ≤ G, (12/11)¹¹ < 2.84)` of itself.
const KAPPA_S: f64 = 2.4e-10;
/// A drawn inflation's error in `1 + i` (0.51 ppb, and the float's own
/// roundings of `i · 10⁻⁹`), with room.
const LAMBDA_DRAW: f64 = 0.52e-9;
/// What the engine's truncations (the level to 2⁻⁶⁰ at a level of at
/// least 2⁻¹⁰, the factor to 2⁻⁶⁰) and the floats' roundings add to a
/// year's level, relative, with room.
const LAMBDA_ROUND: f64 = 1.0 / (1u64 << 48) as f64;

/// Path `p` of a horizon of whole `years` ([`Model::drawn`]), every
/// sample a year end, ranked from its draws alone ([`Draws`]): no integer
/// of the engine's is computed. Beside the shadow of [`Shadow::year`]
/// runs what the draws' rounding moves:
/// - the growth: `G` and `S` within [`KAPPA_G`] and [`KAPPA_S`] of the
///   shadow's from the engine's rate, added to the step's relative error;
/// - the price level `ℓ`, a product of `1 + i`, within a relative `λ` of
///   the engine's, `λ' = λ · (1 + d) + d` with `d` = [`LAMBDA_DRAW`] ÷
///   `(1 + i)` + [`LAMBDA_ROUND`]; today's money per fen (`1 ÷ ℓ`, a
///   product of `1 ÷ (1 + i)`) within `λ` and the floats' 2 roundings a
///   year (under 10⁻¹³ in 100 years);
/// - the contribution `income − (housing + spending) · ℓ`, within
///   `γ = (housing + spending) · ℓ · λ + 1` fen of the engine's (its two
///   roundings to the fen, half a fen each with the tie's 2⁻²⁰) and the
///   floats' roundings (2⁻⁵⁰ of the figures), which the year's sum
///   `S` carries into the balance.
pub(super) fn drawn_years(rows: &mut Rows, model: &Model, p: usize, years: usize, start: i64) {
    drawn_paths::<1>(rows, model, p, years, start);
}

/// Drawn paths followed at once: as many lanes as a vector of the
/// machine's floats serves well.
pub(super) const LANES: usize = 8;

/// Paths `p0 .. p0 + L`, each as [`drawn_years`] follows it, side by side:
/// the same arithmetic lane by lane, so the floats vectorize across paths
/// (the draws stay each path's own).
#[inline(never)]
pub(super) fn drawn_paths<const L: usize>(rows: &mut Rows, model: &Model, p0: usize, years: usize, start: i64) {
    const ROUNDING: f64 = 1.0 / (1u64 << 50) as f64;
    let mut draws: [Draws; L] = std::array::from_fn(|l| Draws::new(model, (p0 + l) as u32));
    let spent = model.spent();
    let b0 = start as f64;
    let (mut b, mut m, mut e) = ([b0; L], [b0.abs(); L], [0.0f64; L]);
    let (mut level, mut df, mut lam) = ([1.0f64; L], [1.0f64; L], [0.0f64; L]);
    let (mut top_m, mut top_df, mut top_level) = ([0.0f64; L], [0.0f64; L], [0.0f64; L]);
    let (mut top_e, mut top_t) = ([0.0f64; L], [0.0f64; L]);
    let mut bounds = vec![[[0.0f64; L]; 2]; years];
    let (n, rates) = (rows.n, Rates::new(model));
    // Each path's draws first, path by path (the ziggurat's branches kept
    // apart from the lanes' floats).
    let mut z = vec![[[0.0f64; L]; 2]; years];
    for (l, draws) in draws.iter_mut().enumerate() {
        for z in z.iter_mut() {
            (z[0][l], z[1][l]) = draws.next();
        }
    }
    for (y, bounds) in bounds.iter_mut().enumerate() {
        let [zr, zi] = z[y];
        let income = model.income(y) as f64;
        let (mut today, mut eb, mut et) = ([0.0f64; L], [0.0f64; L], [0.0f64; L]);
        for l in 0..L {
            let (r, i) = rates.of(zr[l], zi[l]);
            let (g12, s12) = float_powers(1.0 + r * (1.0 / 12e9));
            let cost = spent * level[l];
            let gamma = cost * lam[l] + 1.000_01 + (income.abs() + cost) * ROUNDING;
            let c = income - cost;
            let kappa = KAPPA_G + KAPPA_S * top(2.84, g12) + RHO;
            b[l] = b[l] * g12 + c * s12;
            m[l] = m[l] * g12 + c.abs() * s12;
            e[l] = (e[l] * g12 + gamma * s12) * (1.0 + kappa) + kappa * m[l] + SIGMA;
            let f = 1.0 + i * 1e-9;
            let inv = 1.0 / f;
            let d = LAMBDA_DRAW * inv + LAMBDA_ROUND;
            (level[l], df[l], lam[l]) = (level[l] * f, df[l] * inv, lam[l] * (1.0 + d) + d);
            today[l] = b[l] * df[l];
            (eb[l], et[l]) = (e[l] + 1.0, today_bound(e[l], m[l], df[l], lam[l] + 1e-13));
            (top_m[l], top_df[l], top_level[l]) =
                (top(top_m[l], m[l]), top(top_df[l], df[l]), top(top_level[l], level[l]));
            (top_e[l], top_t[l]) = (top(top_e[l], eb[l]), top(top_t[l], et[l]));
        }
        let at = y * n + p0;
        rows.nominal[at..at + L].copy_from_slice(&b);
        rows.today[at..at + L].copy_from_slice(&today);
        rows.span[y].take_lanes(&b, &today);
        *bounds = [eb, et];
    }
    // Written so that an infinite bound fails it.
    let tame =
        std::array::from_fn(|l| tame(top_m[l], top_df[l], top_level[l]) && top_e[l] <= MAX_EPS && top_t[l] <= MAX_EPS);
    rows.settle_lanes(p0, tame, &bounds);
}

/// Whether a path of greatest magnitude `m`, factor `df` and (a drawn
/// path's; 0 otherwise) price level `level` is tame but for its bounds
/// (see [`Rows`]). A factor past 2¹⁰ is near where the engine's saturates
/// (2¹¹), a level past 2¹⁹ near where the engine holds it (2²⁰).
#[inline(always)]
fn tame(m: f64, df: f64, level: f64) -> bool {
    m < TAME && m * df < TAME && df <= 1024.0 && level < 524_288.0
}

/// The greater of `a` and `x`, neither a NaN (see [`Rows`]): a plain
/// comparison, one instruction (`f64::max` minds NaNs).
#[inline(always)]
fn top(a: f64, x: f64) -> f64 {
    if x > a { x } else { a }
}

/// The lesser of `a` and `x`, neither a NaN (as [`top`]).
#[inline(always)]
fn least(a: f64, x: f64) -> f64 {
    if x < a { x } else { a }
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

mod select;

#[cfg(test)]
mod tests;
