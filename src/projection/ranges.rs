//! Ranges: the projection run many times over drawn years (Monte Carlo),
//! and the 10th, 50th and 90th percentile of where it lands.
//! Pure: plain numbers in, plain numbers out; no SQL, no clock, no terminal.
//!
//! # Model
//! The model of [`crate::projection`], with each path drawing its own year:
//! at the start of each year (months 1, 13, 25, … as [`stepped`](super::stepped)
//! counts them) a path draws that year's return from a normal distribution
//! around the mean return with the stated volatility, and that year's
//! inflation around the mean inflation with the stated spread. The return
//! compounds monthly through the year (`B · (1 + r/12) + c`); housing and
//! spending step at the start of each year by the path's own price level
//! (the product of its years' `1 + inflation`, rounded to the fen once, as
//! in `stepped`); income grows by the stated growth, the same on every
//! path; today's money divides by the path's price level month by month
//! (the year's twelfth root within a year, as `project` does).
//!
//! # Draws
//! Each path has its own xoshiro256++ stream, seeded from the seed and
//! the path's number (the same figures on every platform and every run, and a path's years
//! are the same however many paths are run and however far it is
//! followed, so a search for a target stops drawing for a path once it is
//! there, and its paths are `simulate`'s). A path reads its years in
//! order, the return before the inflation; each draw is a standard normal
//! (`rand_distr`'s), scaled and rounded to a whole billionth (a rate of
//! 5 % is 50,000,000 billionths, exactly), so from there on all is
//! integer. With zero volatility and zero spread every path is the typed
//! rates exactly, and every percentile is `project`'s balance to the fen
//! (a test checks it). Drawn returns are held within −100 % … 500 % a year
//! and drawn inflation within −99 % … 1000 %.
//!
//! # Sample months
//! The band is given at sample months ([`is_sample`]): every month up to
//! [`MONTHLY_HORIZON`] (36), else each year end (12, 24, …) and the
//! horizon's last month. A whole year with no sample inside it but its end
//! is one step: with the year's monthly growth `g = 1 + r/12` and
//! contribution `c` (both fixed within a year), twelve months take a
//! balance `B` to `B · g¹² + c · (1 + g + … + g¹¹)`, in fixed point (see
//! the engine's `year`); a growth over about 71 % a year or a contribution
//! past 2⁶⁰ fen takes the twelve monthly steps instead. Months to a target
//! go a year at a time the same way, and month by month only through the
//! year a path reaches it.
//!
//! # Precision
//! Balances are `i128` counts of 2⁻⁴⁰ fen; a month's interest is the
//! balance times the monthly rate in 2⁻⁶⁴, a multiple of 4 (5 % ÷ 12 is off its
//! exact value by about 10⁻¹⁹), so a balance of 10⁹ fen drifts from the
//! exact decimal by under 10⁻⁸ fen in 40 years; a year's step has `g¹²` in
//! 2⁻⁶² (off by under 2⁻⁵⁸, about 4 · 10⁻¹⁸: under 10⁻⁷ fen in 40 years
//! on 10⁹ fen). Each figure is rounded to the fen once, half away from
//! zero, a value within 2⁻²⁰ fen of a half counting as the half (the exact
//! decimal ties that rates like 6 % make). Today's money multiplies by the
//! path's `1 ÷ price level`, a float factor (53 bits, relative error about
//! 10⁻¹⁵; a factor, not money), times the balance exactly; at a year end
//! it is the path's price level at that end, within a year (horizons up
//! to 36 months, and the last part-year) the year start's times the
//! year's twelfth root month by month. No balance is ever a float.
//!
//! # Ranking
//! Which path stands at each percentile is found fast, and its figure is
//! then the engine's: each path is followed beside its integer draws by a
//! float *shadow* of its balance with a proven bound on how far it can be
//! from the engine's figure ([`shadow`]; on a horizon of whole years the
//! shadow follows the draws alone, its price level and contribution in
//! floats too, eight paths side by side: [`shadow::drawn_paths`]); the shadows are ranked (a
//! histogram, then the few in the rank's bucket), and the engine runs
//! only the paths whose shadows lie within twice the bound of each rank,
//! which decide the figure exactly. So the figures are those of ranking
//! every path by the engine (a proptest checks it against that, plans and
//! draws of every kind), at a fraction of the cost: 10,000 paths over 40
//! years run the engine on a few hundred. A path too large for the bound
//! (past 2⁵⁰ fen) is run by the engine outright; when more than a quarter
//! are, every path is. With no volatility and no spread every path is the
//! first, run once.
//!
//! # Percentiles
//! Nearest rank: of `n` values sorted ascending, the `p`-th percentile is
//! the one at rank `⌈p · n ÷ 100⌉` (1-based), an actual path's figure, never
//! an interpolation. Months to a target: a path that does not reach it
//! within [`MAX_MONTHS`] ranks after all that do; a percentile that falls on
//! such a path is `None` (not within the search).

mod engine;
mod shadow;
#[cfg(test)]
mod tests;

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Assumptions, MAX_MONTHS, Reach};
use engine::{Model, Path, YearFactors};
use shadow::{Rows, Shadow};

/// How the paths are drawn. Rates are annual fractions (`0.10` = 10 %).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// The standard deviation of a year's return around the mean.
    pub volatility: Decimal,
    /// The standard deviation of a year's inflation around the mean.
    pub inflation_spread: Decimal,
    pub paths: u32,
    pub seed: u64,
}

impl Spread {
    /// The defaults: 10 % volatility (a mixed portfolio of shares and bonds;
    /// a share index alone swings nearer 20 %, a deposit near 0), 1 %
    /// inflation spread, 10,000 paths, seed 1.
    pub const DEFAULT: Spread = Spread {
        volatility: Decimal::from_parts(10, 0, 0, false, 2),
        inflation_spread: Decimal::from_parts(1, 0, 0, false, 2),
        paths: 10_000,
        seed: 1,
    };
    /// The most paths asked for at once.
    pub const MAX_PATHS: u32 = 1_000_000;
}

/// The 10th, 50th and 90th percentile of one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Band {
    pub p10: i64,
    pub p50: i64,
    pub p90: i64,
}

/// One sample month's band (`index` 1 = the first month ahead; see [`is_sample`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RangePoint {
    pub index: u32,
    pub balance: Band,
    /// The balance in today's money (each path deflated by its own prices).
    pub today: Band,
}

/// When a target is reached, over all paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReachRange {
    pub paths: u32,
    /// How many paths reach it within [`MAX_MONTHS`] (all of them when already there).
    pub reached: u32,
    /// The 10th, 50th and 90th percentile of the months to reach it
    /// (`Reach::Already` on every path when the start is there).
    pub p10: Reach,
    pub p50: Reach,
    pub p90: Reach,
}

/// The rank (0-based) of the `pct`-th percentile of `n` values: nearest rank.
pub fn rank(pct: u32, n: usize) -> usize {
    ((pct as usize * n).div_ceil(100)).clamp(1, n.max(1)) - 1
}

/// The 10th, 50th and 90th percentile of `v` (reordered; not empty).
fn band(v: &mut [i64]) -> Band {
    let n = v.len();
    let (k10, k50, k90) = (rank(10, n), rank(50, n), rank(90, n));
    let (below, &mut p50, above) = v.select_nth_unstable(k50);
    let p10 = if k10 == k50 { p50 } else { *below.select_nth_unstable(k10).1 };
    let p90 = if k90 == k50 { p50 } else { *above.select_nth_unstable(k90 - k50 - 1).1 };
    Band { p10, p50, p90 }
}

/// Horizons up to this many months are sampled every month; longer ones at
/// each year end and the last month.
pub const MONTHLY_HORIZON: u32 = 36;

/// Whether [`simulate`] gives a band for month `index` of a `months`-month
/// horizon: every month up to [`MONTHLY_HORIZON`], else each year end
/// (12, 24, …) and the horizon's last month.
pub fn is_sample(index: u32, months: u32) -> bool {
    (1..=months).contains(&index) && (months <= MONTHLY_HORIZON || index % 12 == 0 || index == months)
}

/// The sample months of a `months`-month horizon ([`is_sample`]), in order.
fn sample_months(months: u32) -> Vec<u32> {
    (1..=months).filter(|&m| is_sample(m, months)).collect()
}

/// The band of the balance and of today's money at each sample month of
/// `a.months` ([`is_sample`]), in order. Path by path: a long horizon's
/// whole years a year at a time (the closed form of twelve months), and
/// today's money only at their ends; each path followed by its shadow
/// ([`shadow`]), the figures at each rank from the engine.
pub fn simulate(a: &Assumptions, s: &Spread) -> Vec<RangePoint> {
    let months = a.months;
    let samples = sample_months(months);
    let n = s.paths.max(1) as usize;
    let model = Model::new(a, s, months);
    if s.volatility.is_zero() && s.inflation_spread.is_zero() {
        // Every path draws the mean rates: one path is all of them.
        let one = engine::figures(&model, 0, months);
        let same = |x| Band { p10: x, p50: x, p90: x };
        let points = samples.iter().zip(one);
        return points.map(|(&index, (b, t))| RangePoint { index, balance: same(b), today: same(t) }).collect();
    }
    let mut rows = Rows::new(samples.len(), n);
    if model.drawn(months) {
        // Whole years: each path ranked from its draws alone.
        let whole = n - n % shadow::LANES;
        for p0 in (0..whole).step_by(shadow::LANES) {
            shadow::drawn_paths::<{ shadow::LANES }>(&mut rows, &model, p0, samples.len(), a.start);
        }
        for p in whole..n {
            shadow::drawn_years(&mut rows, &model, p, samples.len(), a.start);
        }
        return finish(rows, &samples, &model, months);
    }
    for p in 0..n {
        let mut path = Path::new(&model, p as u32);
        let mut shadow = Shadow::new(a.start);
        let (mut month, mut k) = (0, 0);
        while month < months {
            path.new_year();
            if months > MONTHLY_HORIZON && month + 12 <= months {
                month += 12;
                let f = path.factors();
                shadow.year(f.g12, f.s12, path.saving());
                rows.put(k, p, &mut shadow, f.df);
                k += 1;
                continue;
            }
            let (mut d, step) = path.monthly_deflator();
            let g = path.growth();
            for _ in 0..12.min(months - month) {
                month += 1;
                shadow.month(g, path.saving());
                d *= step;
                if is_sample(month, months) {
                    rows.put(k, p, &mut shadow, d);
                    k += 1;
                }
            }
        }
        rows.end(p, &shadow);
    }
    finish(rows, &samples, &model, months)
}

/// The bands from the rows; when more than a quarter of the paths are
/// wild (volatility that sends paths past 2⁵⁰ fen), every path from the engine.
fn finish(rows: Rows, samples: &[u32], model: &Model, months: u32) -> Vec<RangePoint> {
    let n = rows.paths();
    if rows.wild() <= n / 4 {
        return rows.bands(samples, model, months);
    }
    by_engine(samples, n, model, months)
}

/// The bands with every path's figures from the engine: the reference
/// the shadows are checked against, and the way for wild draws.
fn by_engine(samples: &[u32], n: usize, model: &Model, months: u32) -> Vec<RangePoint> {
    // Sample-major: each sample's figures over all paths side by side.
    let (mut nominal, mut today) = (vec![0i64; samples.len() * n], vec![0i64; samples.len() * n]);
    for p in 0..n {
        for (k, (b, t)) in engine::figures(model, p as u32, months).into_iter().enumerate() {
            (nominal[k * n + p], today[k * n + p]) = (b, t);
        }
    }
    let rows = nominal.chunks_exact_mut(n).zip(today.chunks_exact_mut(n));
    samples.iter().zip(rows).map(|(&index, (b, t))| RangePoint { index, balance: band(b), today: band(t) }).collect()
}

/// [`simulate`] with every path's figures from the engine (the reference).
#[cfg(test)]
fn simulate_by_engine(a: &Assumptions, s: &Spread) -> Vec<RangePoint> {
    let samples = sample_months(a.months);
    by_engine(&samples, s.paths.max(1) as usize, &Model::new(a, s, a.months), a.months)
}

/// The draws of a horizon of whole years (more than [`MONTHLY_HORIZON`]
/// months, a multiple of 12), kept: each path's years as
/// [`YearFactors`], which depend on the seed, the paths, the mean return
/// and inflation and their spread, never on income, housing, spending or
/// the start. A what-if on the household's figures (the Plan tab's saving,
/// spending, income) reuses them: only a year's two roundings and the
/// shadow's step per path-year are done again, and the engine's figures
/// for the paths at the ranks, the same figures to the fen as [`simulate`].
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    key: (Decimal, Decimal, Decimal, Decimal, u32, u64, u32),
    paths: usize,
    years: usize,
    /// Path-major: path `p`'s year `y` at `p · years + y`.
    factors: Vec<YearFactors>,
}

impl Prepared {
    fn key(a: &Assumptions, s: &Spread) -> (Decimal, Decimal, Decimal, Decimal, u32, u64, u32) {
        (a.annual_return, a.inflation, s.volatility, s.inflation_spread, s.paths.max(1), s.seed, a.months)
    }

    /// The draws for `a`'s horizon under `s`; `None` for a horizon that
    /// is not whole years past [`MONTHLY_HORIZON`] (it is sampled month by month).
    pub fn new(a: &Assumptions, s: &Spread) -> Option<Prepared> {
        if a.months <= MONTHLY_HORIZON || a.months % 12 != 0 {
            return None;
        }
        let (paths, years) = (s.paths.max(1) as usize, (a.months / 12) as usize);
        let model = Model::new(a, s, a.months);
        let mut factors = Vec::with_capacity(paths * years);
        for p in 0..paths {
            let mut path = Path::new(&model, p as u32);
            for _ in 0..years {
                path.new_year();
                factors.push(path.factors());
            }
        }
        Some(Prepared { key: Prepared::key(a, s), paths, years, factors })
    }

    /// Whether these draws serve `a` under `s`.
    pub fn serves(&self, a: &Assumptions, s: &Spread) -> bool {
        self.key == Prepared::key(a, s)
    }

    /// [`simulate`] on these draws (`a` must be one they [`serve`](Self::serves)).
    pub fn simulate(&self, a: &Assumptions) -> Vec<RangePoint> {
        let (n, years) = (self.paths, self.years);
        let spread = Spread { volatility: self.key.2, inflation_spread: self.key.3, paths: n as u32, seed: self.key.5 };
        let model = Model::new(a, &spread, a.months);
        let mut rows = Rows::new(years, n);
        for (p, path) in self.factors.chunks_exact(years).enumerate() {
            let mut shadow = Shadow::new(a.start);
            for (y, f) in path.iter().enumerate() {
                shadow.year(f.g12, f.s12, f.saving(&model, y));
                rows.put(y, p, &mut shadow, f.df);
            }
            rows.end(p, &shadow);
        }
        let samples: Vec<u32> = (1..=years as u32).map(|y| 12 * y).collect();
        finish(rows, &samples, &model, a.months)
    }
}

/// The months to reach `target` over the paths of `a` (its horizon is
/// ignored; each path searches up to [`MAX_MONTHS`]): a year at a time,
/// and month by month only through the year a path gets there (within a
/// year a path's balance is monotonic: its month-to-month changes are a
/// geometric series, all of one sign). A path stops drawing once there.
pub fn reach(a: &Assumptions, s: &Spread, target: i64) -> ReachRange {
    over_paths(a, s, target, |path| {
        let mut month = 0;
        while month < MAX_MONTHS {
            path.new_year();
            let start = path.balance;
            if path.whole_year() >= target {
                path.balance = start;
                for m in 1..=12 {
                    if path.month() >= target {
                        return Some(month + m);
                    }
                }
            }
            month += 12;
        }
        None
    })
}

/// Years to financial independence over the paths, in whole years: the
/// first year end at which a path's balance in today's money covers
/// `goal` (a year's housing and spending in today's money ÷ the withdrawal
/// rate: see [`fi_goal`]), searched up to [`MAX_MONTHS`]. The months in
/// the range are multiples of 12. Unlike [`super::fi_years`], which solves
/// the classic yearly model in fractions of a year, this follows each
/// path's own draws through the projection's model.
pub fn fi(a: &Assumptions, s: &Spread, goal: i64) -> ReachRange {
    over_paths(a, s, goal, |path| {
        (12..=MAX_MONTHS).step_by(12).find(|_| {
            path.new_year();
            path.whole_year();
            path.today_at_year_end() >= goal
        })
    })
}

/// Each path's month by `when` (`None`: not within the search), ranked;
/// every path is there already when the start is at `target`.
fn over_paths(a: &Assumptions, s: &Spread, target: i64, when: impl Fn(&mut Path) -> Option<u32>) -> ReachRange {
    let paths = s.paths.max(1);
    if a.start >= target {
        let p = Reach::Already;
        return ReachRange { paths, reached: paths, p10: p, p50: p, p90: p };
    }
    let model = Model::new(a, s, MAX_MONTHS);
    ranked(paths, (0..paths).map(|p| when(&mut Path::new(&model, p)).unwrap_or(u32::MAX)).collect())
}

/// What independence takes in today's money: a year of today's housing
/// and spending ÷ the withdrawal rate (`None` for a rate of 0 or less).
pub fn fi_goal(a: &Assumptions, withdrawal: Decimal) -> Option<i64> {
    let year = Decimal::from(a.housing.saturating_add(a.spending)) * Decimal::from(12);
    (withdrawal > Decimal::ZERO).then(|| super::round_fen(year / withdrawal))
}

/// Each path's month (`u32::MAX`: never) ranked into the 10th, 50th and 90th percentile.
fn ranked(paths: u32, mut when: Vec<u32>) -> ReachRange {
    let n = when.len();
    let left = when.iter().filter(|&&w| w == u32::MAX).count();
    let reached = (n - left) as u32;
    let mut pick = |pct| {
        let k = rank(pct, n);
        match *when.select_nth_unstable(k).1 {
            u32::MAX => Reach::NotReachable,
            m => Reach::In(m),
        }
    };
    ReachRange { paths, reached, p10: pick(10), p50: pick(50), p90: pick(90) }
}
