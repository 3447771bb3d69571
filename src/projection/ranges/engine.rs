//! The paths' arithmetic: integer fixed point, one path at a time, a year (or a month) a step.
//! Pure: no clock, no I/O. See [`super`] for the model and the precision.

use rand_distr::{Distribution, StandardNormal};
use rand_xoshiro::rand_core::{RngCore, SeedableRng};
use rand_xoshiro::{SplitMix64, Xoshiro256PlusPlus};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::Spread;
use crate::projection::{Assumptions, stepped};

/// Fractional bits of a balance: a balance is an `i128` count of 2⁻⁴⁰ fen.
const F: u32 = 40;
/// A drawn rate is a whole count of billionths (ppb): 5 % = 50,000,000.
const PPB: i128 = 1_000_000_000;
/// A price level is a count of 2⁻⁶⁰ (2⁶⁰ = a level of 1), held under 2²⁰.
const L: u32 = 60;
const LEVEL_CAP: i128 = 1i128 << (L + 20);
/// ⌊2⁹⁰ ÷ 10⁹⌉: `1 + inflation` in ppb times this, shifted right 30, is the
/// year's price factor in 2⁻⁶⁰ (its error, under 2⁻⁶⁰, is far below the tie margin).
const YEARLY: i128 = ((1i128 << 90) + PPB / 2) / PPB;
/// Today's money per fen, in 2⁻⁵² (a factor under 2¹⁰; beyond, it saturates).
const D: u32 = 52;
/// ⌊2⁹⁶ ÷ (12 · 10⁹)⌉: a rate in ppb times this, shifted right 32, is the
/// monthly rate (÷ 12) in units of 2⁻⁶⁴ (a multiply, not a division, per path-year).
const MONTHLY: i128 = ((1i128 << 96) + 6 * PPB) / (12 * PPB);
/// Drawn returns stay within −100 % … 500 % a year (so the monthly rate in
/// 2⁻⁶⁴ fits an `i64`: at 600 % it would be 2⁶³, one past, and wrapped to
/// −50 % a month); drawn inflation within −99 % … 1000 %.
const RETURN_RANGE: (i64, i64) = (-1_000_000_000, 5_000_000_000);
const INFLATION_RANGE: (i64, i64) = (-990_000_000, 10_000_000_000);
/// Balances stay within ±2⁶² fen (a figure past it saturates there).
const CAP: i128 = 1i128 << (62 + F);
/// Within this much of a half fen (2⁻²⁰ fen, about a millionth) a figure
/// counts as the tie it stands for, which rounds away from zero: the fixed
/// point's error (under 10⁻⁸ fen on balances under 10⁹ fen for 40 years)
/// must not turn an exact decimal tie (at 6 %, 120 fen earn exactly half a
/// fen) into a round-down.
const TIE: i128 = 1i128 << (F - 20);

/// A rate as an exact count of ppb (a typed rate has at most 9 decimals in
/// practice; more are rounded half away from zero).
pub(super) fn ppb(rate: Decimal) -> i64 {
    crate::projection::round_fen(rate.saturating_mul(Decimal::from(PPB as i64)))
}

/// `x` (2⁻ᶠ fen, |x| < 2⁶²⁺ᶠ) rounded to the fen, half (within `tie`) away
/// from zero; branch-free (on the magnitude, the sign put back).
#[inline(always)]
fn to_fen(x: i128, frac: u32, tie: i128) -> i64 {
    let sign = x >> 127;
    let magnitude = (x ^ sign) - sign;
    let r = (magnitude + (1i128 << (frac - 1)) + tie) >> frac;
    ((r ^ sign) - sign) as i64
}

/// A month's contribution: `income` less `housing` and `spending` at
/// price level `level` (2⁻⁶⁰), each rounded to the fen ([`at_level`]).
#[inline(always)]
fn saving(income: i64, housing: i64, spending: i64, level: i128) -> i64 {
    // The usual case (both 0 ≤ x < 2⁶² fen, a level under 8 = 2⁶³): one
    // check, two unsigned products each rounded once, the same fen as
    // `at_level`'s two steps (⌊(⌊P ÷ 2²⁰⌋ + c) ÷ 2⁴⁰⌋ = ⌊(P + c · 2²⁰) ÷ 2⁶⁰⌋
    // for a whole c).
    if (housing | spending) as u64 >> 62 == 0 && (level as u128) >> 63 == 0 {
        const ROUND: u128 = (1 << (L - 1)) + ((TIE as u128) << (L - F));
        let at = |base: i64| ((base as u128 * level as u128 + ROUND) >> L) as i64;
        return income.saturating_sub(at(housing)).saturating_sub(at(spending));
    }
    income.saturating_sub(at_level(housing, level)).saturating_sub(at_level(spending, level))
}

/// `base` fen at price level `level` (2⁻⁶⁰), rounded half (within [`TIE`]) away from zero.
fn at_level(base: i64, level: i128) -> i64 {
    // A price level under 8 fits an i64: one 64 × 64 → 128 product.
    if level as i64 as i128 == level {
        // |base| < 2⁶³ and level < 2⁶³: the product is under 2¹²⁶, so after
        // the shift under 2¹⁰⁶ (a base past 2⁶² fen is clamped, rarely).
        let x = (base as i128 * level as i64 as i128) >> (L - F);
        return to_fen(if base.unsigned_abs() < 1 << 62 { x } else { x.clamp(-CAP, CAP) }, F, TIE);
    }
    // The product in 2⁻⁶⁰ fen, held at the cap once in 2⁻⁴⁰ fen (held
    // before the shift it stopped at 2⁴² fen, 2²⁰ times short).
    match (base as i128).checked_mul(level) {
        Some(p) => to_fen((p >> (L - F)).clamp(-CAP, CAP), F, TIE),
        None if base < 0 => i64::MIN,
        None => i64::MAX,
    }
}

/// `x` rounded to a whole number, half away from zero (as `f64::round`,
/// without the library call: a draw in billionths is far from 2⁵²).
#[inline(always)]
fn whole(x: f64) -> i64 {
    let t = x as i64;
    let rest = x - t as f64;
    t + (rest >= 0.5) as i64 - (rest <= -0.5) as i64
}

/// `(1 + i)^(−1/12)` for `i` > −1: two Newton steps for `y¹² · x = 1` from
/// the series' first terms (float; the error after them is the float's own).
fn twelfth_root_inverse(i: f64) -> f64 {
    let x = 1.0 + i;
    let mut y = if i.abs() < 0.5 { 1.0 - i / 12.0 + 13.0 * i * i / 288.0 } else { x.powf(-1.0 / 12.0) };
    for _ in 0..3 {
        let y2 = y * y;
        let y4 = y2 * y2;
        let y12 = y4 * y4 * y4;
        y = y * (13.0 - x * y12) / 12.0;
    }
    y
}

/// What every path shares: the plan, the mean rates, the spreads, the
/// key each path's stream is seeded from ([`stream`]), and each year's
/// income (the same on every path).
pub(super) struct Model {
    a: Assumptions,
    key: u64,
    mean_return: i64,
    mean_inflation: i64,
    volatility: f64,
    spread: f64,
    /// Income in year `y` (months `12y + 1 ..= 12y + 12`).
    incomes: Vec<i64>,
}

impl Model {
    /// The model for paths of up to `months` months.
    pub fn new(a: &Assumptions, s: &Spread, months: u32) -> Model {
        let f = |d: Decimal| d.to_f64().unwrap_or(0.0);
        Model {
            a: *a,
            key: SplitMix64::seed_from_u64(s.seed).next_u64(),
            mean_return: ppb(a.annual_return),
            mean_inflation: ppb(a.inflation),
            volatility: f(s.volatility),
            spread: f(s.inflation_spread),
            incomes: (0..months.div_ceil(12)).map(|y| stepped(a.income, a.income_growth, 12 * y + 1)).collect(),
        }
    }
}

/// Where a drawn shadow's bound holds ([`Model::drawn`]): mean rates
/// within this many ppb, and the household's figures within 2⁵⁰ fen.
const DRAWN_RATE: i64 = 1 << 33;
const DRAWN_FEN: i64 = 1 << 50;

impl Model {
    /// Whether paths of `months` months can be ranked by their draws alone
    /// ([`Draws`], [`super::shadow::drawn_years`]): whole years past the
    /// monthly horizon, mean rates within ±2³³ ppb (each drawn rate is then
    /// within 0.51 ppb of the engine's), housing and spending not
    /// negative, and every figure of the household under 2⁵⁰ fen.
    pub fn drawn(&self, months: u32) -> bool {
        let a = &self.a;
        let small = |x: i64| x.unsigned_abs() < DRAWN_FEN as u64;
        months > super::MONTHLY_HORIZON
            && months % 12 == 0
            && self.mean_return.unsigned_abs() <= DRAWN_RATE as u64
            && self.mean_inflation.unsigned_abs() <= DRAWN_RATE as u64
            && a.housing >= 0
            && a.spending >= 0
            && a.housing.saturating_add(a.spending) < DRAWN_FEN
            && small(a.start)
            && self.incomes.iter().all(|&i| small(i))
    }

    /// Income a month in year `y` (0-based).
    #[inline(always)]
    pub fn income(&self, y: usize) -> i64 {
        self.incomes.get(y).copied().unwrap_or(0)
    }

    /// Housing and spending a month at a price level of 1, as a float
    /// (exact: under 2⁵⁰ where [`Self::drawn`]).
    pub fn spent(&self) -> f64 {
        self.a.housing.saturating_add(self.a.spending) as f64
    }
}

/// Path `path`'s own generator: xoshiro256++ seeded (through SplitMix64,
/// as the generator's authors advise) from the model's key, itself the
/// first SplitMix64 output of the seed, with the path's number in its low
/// bits. Each path's stream depends only on the seed and its number, never
/// on how many paths there are or how far they are followed; two paths'
/// seeds differ by under 2³² while SplitMix64 steps by a multiple of its
/// odd gamma, so no two paths share a state word.
fn stream(model: &Model, path: u32) -> Xoshiro256PlusPlus {
    Xoshiro256PlusPlus::seed_from_u64(model.key ^ u64::from(path))
}

/// One path's draws alone, without the engine's integers: the same
/// stream and the same draws as [`Path`] (the seed's stream number
/// `path`), as standard normals; [`Rates::of`] makes them the year's
/// return and inflation.
pub(super) struct Draws {
    rng: Xoshiro256PlusPlus,
}

impl Draws {
    pub fn new(model: &Model, path: u32) -> Draws {
        Draws { rng: stream(model, path) }
    }

    /// The next year's two standard normals, the return's before the inflation's.
    #[inline(always)]
    pub fn next(&mut self) -> (f64, f64) {
        let zr: f64 = StandardNormal.sample(&mut self.rng);
        let zi: f64 = StandardNormal.sample(&mut self.rng);
        (zr, zi)
    }
}

/// What makes a year's two normals its return and inflation (ppb), as
/// floats, unrounded. Each is within 0.51 ppb of the engine's (where
/// [`Model::drawn`]): the engine rounds the same float `x` (scale times
/// draw) to a whole ppb (0.5) and adds the mean exactly; here the mean is
/// added in floats (under 2⁻⁵³ of a sum under 2³⁴ ppb, 2 · 10⁻⁶ ppb); a
/// sum past 2³⁴ is past either range's end both ways, and both are held
/// at the same end (holding is 1-Lipschitz).
#[derive(Clone, Copy)]
pub(super) struct Rates {
    mean_return: f64,
    mean_inflation: f64,
    volatility: f64,
    spread: f64,
}

impl Rates {
    pub fn new(model: &Model) -> Rates {
        Rates {
            mean_return: model.mean_return as f64,
            mean_inflation: model.mean_inflation as f64,
            volatility: model.volatility,
            spread: model.spread,
        }
    }

    /// The return and inflation (ppb) of normals `zr` and `zi`.
    #[inline(always)]
    pub fn of(&self, zr: f64, zi: f64) -> (f64, f64) {
        let r = self.mean_return + self.volatility * zr * 1e9;
        let i = self.mean_inflation + self.spread * zi * 1e9;
        // Plain comparisons, a max and a min (`x` is never a NaN: a scale
        // and a draw, both finite).
        let hold = |x: f64, (lo, hi): (i64, i64)| {
            let x = if x > lo as f64 { x } else { lo as f64 };
            if x < hi as f64 { x } else { hi as f64 }
        };
        (hold(r, RETURN_RANGE), hold(i, INFLATION_RANGE))
    }
}

/// One path: its own stream of draws (the seed's stream number `path`, so
/// a path's years are the same whatever the other paths do and however
/// far it is followed), its balance (2⁻⁴⁰ fen), this year's monthly rate
/// (2⁻⁶⁴) and contribution (fen), its price level at the start of this
/// year (2⁻⁶⁰) and this year's inflation (ppb).
pub(super) struct Path<'m> {
    model: &'m Model,
    rng: Xoshiro256PlusPlus,
    /// The years drawn so far.
    year: u32,
    pub balance: i128,
    /// This year's return (ppb, held within [`RETURN_RANGE`]).
    ret: i64,
    saving: i64,
    level: i128,
    inflation: i64,
    /// The price level at the end of this year.
    end_level: i128,
}

impl<'m> Path<'m> {
    pub fn new(model: &'m Model, path: u32) -> Path<'m> {
        Path {
            model,
            rng: stream(model, path),
            year: 0,
            balance: start_balance(&model.a),
            ret: 0,
            saving: 0,
            level: 1i128 << L,
            inflation: 0,
            end_level: 1i128 << L,
        }
    }

    /// The next year's draws, the return before the inflation, and what
    /// follows from them: the monthly rate, the price level (last year's
    /// inflation applied), housing and spending at it, the contribution.
    #[inline(always)]
    pub fn new_year(&mut self) {
        let m = self.model;
        let zr: f64 = StandardNormal.sample(&mut self.rng);
        let zi: f64 = StandardNormal.sample(&mut self.rng);
        let r = m.mean_return.saturating_add(whole(m.volatility * zr * 1e9));
        let i = m.mean_inflation.saturating_add(whole(m.spread * zi * 1e9));
        self.ret = r.clamp(RETURN_RANGE.0, RETURN_RANGE.1);
        // Last year's end is this year's start.
        self.level = self.end_level;
        self.inflation = i.clamp(INFLATION_RANGE.0, INFLATION_RANGE.1);
        self.end_level = grown(self.level, self.inflation);
        let income = m.incomes.get(self.year as usize).copied().unwrap_or(0);
        self.saving = saving(income, m.a.housing, m.a.spending, self.level);
        self.year += 1;
    }

    /// The year just drawn, as factors that do not depend on the household's figures.
    pub fn factors(&self) -> YearFactors {
        let (g12, s12) = float_powers(self.growth());
        YearFactors { level: self.level, g12, s12, df: per_fen(self.end_level) }
    }

    /// This year's contribution a month (income less housing and spending), in fen.
    pub fn saving(&self) -> i64 {
        self.saving
    }

    /// This year's monthly growth `1 + r ÷ 12` as a float (for the shadow).
    pub fn growth(&self) -> f64 {
        1.0 + self.ret as f64 * (1.0 / (12.0 * PPB as f64))
    }

    /// The year just drawn in one step ([`year`]): the balance at its end, in fen.
    #[inline(always)]
    pub fn whole_year(&mut self) -> i64 {
        year(&mut self.balance, monthly(self.ret), self.saving)
    }

    /// One month of the year just drawn: the balance at its end, in fen.
    #[inline(always)]
    pub fn month(&mut self) -> i64 {
        next(&mut self.balance, monthly(self.ret), self.saving)
    }

    /// The balance at the end of the year just drawn in today's money: by
    /// the price level at that end (`project`'s yearly power at zero spread).
    #[inline(always)]
    pub fn today_at_year_end(&self) -> i64 {
        deflate(self.balance, per_fen(self.end_level))
    }

    /// Today's money per fen at the start of the year just drawn, and its
    /// step to the next month's (the year's twelfth root, as `project`).
    pub fn monthly_deflator(&self) -> (f64, f64) {
        (per_fen(self.level), twelfth_root_inverse(self.inflation as f64 / 1e9))
    }

    /// The balance in today's money at deflator `d` (from [`Self::monthly_deflator`]).
    #[inline(always)]
    pub fn today_at(&self, d: f64) -> i64 {
        deflate(self.balance, d)
    }
}

/// A yearly rate in ppb as a monthly rate in 2⁻⁶⁴, a multiple of 4 (so a
/// year's step, which works in 2⁻⁶², has exactly the months' rate): off
/// `r ÷ 12` by under 2⁻⁶³ (about 10⁻¹⁹).
#[inline(always)]
fn monthly(r: i64) -> i64 {
    ((((r as i128 * MONTHLY) >> 32) + 2) >> 2 << 2) as i64
}

/// A monthly rate (2⁻⁶⁴) below which a year's growth `g¹²` is under 2:
/// 5.9 % a month, about 71 % a year (`1.059¹² ≈ 1.99`).
const FAST_RATE: i64 = ((1u128 << 64) * 59 / 1000) as i64;

/// Twelve months of one path at once: `B · G + c · S` with the monthly
/// growth `g = 1 + q ÷ 2⁶⁴`, `G = g¹²` and `S = 1 + g + … + g¹¹ =
/// (1 + g + g²)(1 + g³)(1 + g⁶)`, all in 2⁻⁶² (the powers `u64`, `g¹² < 2`).
/// Each product is off by under one unit of its last place, so `G` is off
/// its binary value by under 2⁻⁵⁸ (a balance of 10⁹ fen by under 10⁻⁸ fen
/// a year) and `c · S` by under 2⁻⁵⁶ of `c` (a contribution of 10⁹ fen a
/// month by under 2 · 10⁻⁸ fen; a test checks 2⁻²⁴ fen up to 2³² fen); the
/// monthly steps' own error is of the same order (see [`super`]'s
/// precision). A faster growth (over about 71 % a year) or a contribution
/// past 2⁶⁰ fen takes the 12 monthly steps instead (rare, and exact).
#[inline(always)]
fn year(b: &mut i128, q: i64, c: i64) -> i64 {
    step_year(b, q, powers(q), c)
}

/// `G = g¹²` and `S₁₂` of [`year`] for the monthly rate `q`, in 2⁻⁶²;
/// `None` past [`FAST_RATE`] (the year then takes twelve monthly steps).
#[inline(always)]
fn powers(q: i64) -> Option<(u64, u128)> {
    if q >= FAST_RATE {
        return None;
    }
    const ONE: u64 = 1 << 62;
    // q > −2⁶⁴ ÷ 12 (a return of −100 %), so g > 11 ÷ 12; q is a multiple of 4.
    let g = (ONE as i64 + (q >> 2)) as u64;
    // Products rounded to nearest, so their errors do not all lean one way.
    const HALF: u128 = 1 << 61;
    let mul = |x: u64, y: u64| ((x as u128 * y as u128 + HALF) >> 62) as u64;
    let (g2, g3, g6, g12) = {
        let g2 = mul(g, g);
        let g3 = mul(g2, g);
        let g6 = mul(g3, g3);
        (g2, g3, g6, mul(g6, g6))
    };
    // S₃ = 1 + g + g², S₆ = S₃ + S₃ · g³, S₁₂ = S₆ + S₆ · g⁶, in 2⁻⁶² as
    // u128 (S₃ < 3.4, S₆ < 7.6, S₁₂ < 18.4: each product under 2¹²⁸).
    let s3 = ONE as u128 + g as u128 + g2 as u128;
    let s6 = s3 + ((s3 * g3 as u128 + HALF) >> 62);
    let s12 = s6 + ((s6 * g6 as u128 + HALF) >> 62);
    Some((g12, s12))
}

/// A year of `b` at monthly rate `q` with its [`powers`] and contribution
/// `c`: in one step, or in twelve past the fast range or for a
/// contribution past 2⁶⁰ fen.
#[inline(always)]
fn step_year(b: &mut i128, q: i64, powers: Option<(u64, u128)>, c: i64) -> i64 {
    let Some((g12, s12)) = powers.filter(|_| c.unsigned_abs() < 1 << 60) else {
        let mut out = 0;
        for _ in 0..12 {
            out = next(b, q, c);
        }
        return out;
    };
    // B · G ÷ 2⁶² as B = hi · 2⁶⁴ + lo, as in [`next`] (|hi| < 2³⁸, G < 2⁶³).
    let (hi, lo) = ((*b >> 64) as i64, *b as u64);
    let grown = ((hi as i128 * g12 as i128) << 2) + ((lo as u128 * g12 as u128) >> 62) as i128;
    // c · S (fen × 2⁻⁶²) to 2⁻⁴⁰ fen: |c| < 2⁶⁰, S < 2⁶⁷.
    let added = (c as i128 * s12 as i128) >> (62 - F);
    *b = (grown + added).clamp(-CAP, CAP);
    to_fen(*b, F, TIE)
}

/// What one path's year brings whatever the household's figures: its
/// price level at the year's start (housing and spending step by it), the
/// year's growth `g¹²` and sum `1 + g + … + g¹¹` as floats (for the
/// shadow, see [`super::shadow`]) and today's money per fen at its end
/// (the factor [`deflate`] applies, before its truncation to 2⁻⁵²).
/// Kept by [`super::Prepared`], so a what-if on the same rates does only
/// the household's arithmetic.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct YearFactors {
    level: i128,
    pub g12: f64,
    pub s12: f64,
    pub df: f64,
}

impl YearFactors {
    /// The contribution a month on these factors for a household in
    /// `model`, year `y` (0-based): [`Path::new_year`]'s, to the fen.
    #[inline(always)]
    pub fn saving(&self, model: &Model, y: usize) -> i64 {
        let income = model.incomes.get(y).copied().unwrap_or(0);
        saving(income, model.a.housing, model.a.spending, self.level)
    }
}

/// A year of monthly growth `g` as floats: `g¹²` and `1 + g + … + g¹¹`
/// (the shadow's; each within 60 float roundings of the engine's
/// [`powers`], see [`super::shadow`]).
#[inline(always)]
pub(super) fn float_powers(g: f64) -> (f64, f64) {
    let g2 = g * g;
    let g3 = g2 * g;
    let g6 = g3 * g3;
    (g6 * g6, (1.0 + g + g2) * (1.0 + g3) * (1.0 + g6))
}

/// Each sample month's balance and today's money (fen) on path `p`, as
/// the band gives them: whole years past [`super::MONTHLY_HORIZON`] in
/// one step, else month by month. The figures of record; the shadow only ranks.
pub(super) fn figures(model: &Model, p: u32, months: u32) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut path = Path::new(model, p);
    let mut month = 0;
    while month < months {
        path.new_year();
        if months > super::MONTHLY_HORIZON && month + 12 <= months {
            month += 12;
            out.push((path.whole_year(), path.today_at_year_end()));
            continue;
        }
        let (mut d, step) = path.monthly_deflator();
        for _ in 0..12.min(months - month) {
            month += 1;
            let b = path.month();
            d *= step;
            if super::is_sample(month, months) {
                out.push((b, path.today_at(d)));
            }
        }
    }
    out
}

/// The balance a path starts from (2⁻⁴⁰ fen).
fn start_balance(a: &Assumptions) -> i128 {
    (a.start as i128).clamp(-CAP >> F, CAP >> F) << F
}

/// A price level (2⁻⁶⁰) after a year of `inflation` (ppb), held under [`LEVEL_CAP`].
///
/// Exact to the floor for every level under the cap: the level (under
/// 2⁸⁰) as `hi · 2⁶⁴ + lo`, the factor (`1 + inflation` in 2⁻⁶⁰, at most
/// 11 · 2⁶⁰, under 2⁶⁴) times each half; `hi · factor` is under 2⁸⁰ and
/// `hi · factor · 2⁶⁴` a multiple of 2⁶⁰. (A single 128-bit product held
/// a level past 2⁶⁷, 128, at the cap: today's money near nothing.)
#[inline(always)]
fn grown(level: i128, inflation: i64) -> i128 {
    let factor = ((PPB as i64 + inflation) as u64 as u128 * YEARLY as u64 as u128) >> 30;
    let (hi, lo) = ((level >> 64) as u64 as u128, level as u64 as u128);
    let x = ((hi * factor) << (64 - L)) + ((lo * factor) >> L);
    x.min(LEVEL_CAP as u128) as i128
}

/// Today's money per fen at price level `level` (2⁻⁶⁰): `1 ÷ level`, a
/// float factor (not money: it multiplies a balance held exactly).
#[inline(always)]
fn per_fen(level: i128) -> f64 {
    let level = match level as i64 as i128 == level {
        true => level as i64 as f64,
        false => ((level >> 64) as f64) * 18_446_744_073_709_551_616.0 + (level as u64) as f64,
    };
    (1u64 << L) as f64 / level
}

/// One month of one path: `B + B · q ÷ 2⁶⁴ + c`, the balance in fen.
#[inline(always)]
fn next(b: &mut i128, q: i64, c: i64) -> i64 {
    // B · q ÷ 2⁶⁴ as B = hi · 2⁶⁴ + lo: hi · q + ⌊lo · q ÷ 2⁶⁴⌋.
    // |B| < 2¹⁰² so hi fits an i64: two 64 × 64 → 128 products.
    let (hi, lo) = ((*b >> 64) as i64, *b as u64);
    let low = if q >= 0 {
        ((lo as u128 * q as u128) >> 64) as i128
    } else {
        // ⌊−x⌋ = −⌈x⌉ for the negative rate.
        let x = lo as u128 * q.unsigned_abs() as u128;
        -(((x + u64::MAX as u128) >> 64) as i128)
    };
    let interest = hi as i128 * q as i128 + low;
    *b = (*b + interest + ((c as i128) << F)).clamp(-CAP, CAP);
    to_fen(*b, F, TIE)
}

/// `b` (2⁻⁴⁰ fen) times a positive factor, in fen: the factor to 2⁻⁵²
/// times the balance to 2⁻²⁰ fen, exactly, rounded once (a product past
/// the `i128`, a balance over 2⁴² fen with a factor over 2¹⁰, saturates).
#[inline(always)]
fn deflate(b: i128, factor: f64) -> i64 {
    const G: u32 = 20;
    let d = (factor * (1u64 << D) as f64) as i64;
    let x = b >> (F - G);
    // A balance under 2⁴⁴ fen (the usual case) times the factor fits 128 bits.
    if x as i64 as i128 == x {
        // Under 2⁶³ · 2⁶³ ÷ 2⁵² = 2⁷⁴, far inside the cap: no clamp.
        return to_fen((x as i64 as i128 * d as i128) >> D, G, 1);
    }
    match x.checked_mul(d as i128) {
        Some(x) => to_fen((x >> D).clamp(-CAP >> (F - G), CAP >> (F - G)), G, 1),
        None if b < 0 => i64::MIN,
        None => i64::MAX,
    }
}

#[cfg(test)]
mod tests;
