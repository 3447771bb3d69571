//! The paths' arithmetic: integer fixed point, one year's draws at a time.
//! Pure: no clock, no I/O. See [`super`] for the model and the precision.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::SeedableRng;
use rand_distr::{Distribution, StandardNormal};
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
/// Drawn returns stay within −100 % … 600 % a year (so the monthly rate in
/// 2⁻⁶⁴ fits an `i64`); drawn inflation within −99 % … 1000 %.
const RETURN_RANGE: (i64, i64) = (-1_000_000_000, 6_000_000_000);
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

/// `base` fen at price level `level` (2⁻⁶⁰), rounded half (within [`TIE`]) away from zero.
fn at_level(base: i64, level: i128) -> i64 {
    // A price level under 8 fits an i64: one 64 × 64 → 128 product.
    if level as i64 as i128 == level {
        return to_fen((base as i128 * level as i64 as i128).clamp(-CAP << (L - F), CAP << (L - F)) >> (L - F), F, TIE);
    }
    match (base as i128).checked_mul(level) {
        Some(p) => to_fen(p.clamp(-CAP, CAP) >> (L - F), F, TIE),
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

/// All paths, advanced a month at a time.
pub(super) struct Engine {
    a: Assumptions,
    rng: ChaCha8Rng,
    mean_return: i64,
    mean_inflation: i64,
    volatility: f64,
    spread: f64,
    /// The month the paths stand at (0 = today).
    pub month: u32,
    /// Per path: the balance (2⁻⁴⁰ fen), this year's monthly rate (2⁻⁶⁴)
    /// and contribution (fen), the price level at the start of this year
    /// (2⁻⁶⁰), this year's inflation (ppb), today's money per fen now (a
    /// float, `1 ÷ level`) and its step to next month's.
    balance: Vec<i128>,
    rate: Vec<i64>,
    saving: Vec<i64>,
    level: Vec<i128>,
    inflation: Vec<i64>,
    deflator: Vec<f64>,
    step: Vec<f64>,
    /// Whether today's money is asked for (a search for a target does without).
    today: bool,
}

impl Engine {
    pub fn new(a: &Assumptions, s: &Spread, today: bool) -> Engine {
        let n = s.paths.max(1) as usize;
        let f = |d: Decimal| d.to_f64().unwrap_or(0.0);
        Engine {
            a: *a,
            rng: ChaCha8Rng::seed_from_u64(s.seed),
            mean_return: ppb(a.annual_return),
            mean_inflation: ppb(a.inflation),
            volatility: f(s.volatility),
            spread: f(s.inflation_spread),
            month: 0,
            balance: vec![(a.start as i128).clamp(-CAP >> F, CAP >> F) << F; n],
            rate: vec![0; n],
            saving: vec![0; n],
            level: vec![1i128 << L; n],
            inflation: vec![0; n],
            deflator: vec![1.0; n],
            step: vec![1.0; n],
            today,
        }
    }

    pub fn paths(&self) -> usize {
        self.balance.len()
    }

    /// One year's draws for every path, in path order, the return before
    /// the inflation (the stream's order: year by year, path by path).
    fn new_year(&mut self, monthly_today: bool) {
        let year = self.month / 12;
        let income = stepped(self.a.income, self.a.income_growth, self.month + 1);
        // The draws first, in the stream's order; then each kind of figure
        // in a loop of its own, so the paths' float chains overlap.
        for p in 0..self.balance.len() {
            let zr: f64 = StandardNormal.sample(&mut self.rng);
            let zi: f64 = StandardNormal.sample(&mut self.rng);
            let r = self.mean_return.saturating_add(whole(self.volatility * zr * 1e9));
            let i = self.mean_inflation.saturating_add(whole(self.spread * zi * 1e9));
            self.rate[p] = r.clamp(RETURN_RANGE.0, RETURN_RANGE.1);
            if year > 0 {
                // Last year's inflation, before this year's takes its place.
                self.level[p] = grown(self.level[p], self.inflation[p]);
            }
            self.inflation[p] = i.clamp(INFLATION_RANGE.0, INFLATION_RANGE.1);
        }
        for r in &mut self.rate {
            *r = ((*r as i128 * MONTHLY) >> 32) as i64;
        }
        for (saving, &level) in self.saving.iter_mut().zip(&self.level) {
            let housing = at_level(self.a.housing, level);
            let spending = at_level(self.a.spending, level);
            *saving = income.saturating_sub(housing).saturating_sub(spending);
        }
        if !monthly_today {
            return;
        }
        for (d, &level) in self.deflator.iter_mut().zip(&self.level) {
            *d = per_fen(level);
        }
        for (w, &i) in self.step.iter_mut().zip(&self.inflation) {
            *w = twelfth_root_inverse(i as f64 / 1e9);
        }
    }

    /// Advances every path a month; writes each path's balance, and its
    /// balance in today's money when asked, in fen.
    pub fn advance(&mut self, nominal: &mut [i64], today: Option<&mut [i64]>) {
        if self.month % 12 == 0 {
            self.new_year(self.today);
        }
        self.month += 1;
        let paths = self.balance.iter_mut().zip(&self.rate).zip(&self.saving).zip(nominal.iter_mut());
        match today {
            None => {
                for (((b, &q), &c), out) in paths {
                    *out = next(b, q, c);
                }
            }
            Some(today) => {
                let real = self.deflator.iter_mut().zip(&self.step).zip(today.iter_mut());
                for ((((b, &q), &c), out), ((d, &w), real)) in paths.zip(real) {
                    *out = next(b, q, c);
                    *d *= w;
                    *real = deflate(*b, *d);
                }
            }
        }
    }
}

impl Engine {
    /// Advances every path a whole year (they stand at a year start): its
    /// closed form ([`year`]); writes each path's balance at the year end,
    /// and in today's money when asked (by the path's price level at the
    /// year end, exactly `project`'s yearly power at zero spread).
    pub fn advance_year(&mut self, nominal: &mut [i64], today: Option<&mut [i64]>) {
        debug_assert_eq!(self.month % 12, 0);
        self.new_year(false);
        self.month += 12;
        let paths = self.balance.iter_mut().zip(&self.rate).zip(&self.saving).zip(nominal.iter_mut());
        for (((b, &q), &c), out) in paths {
            *out = year(b, q, c);
        }
        if let Some(today) = today {
            let levels = self.level.iter().zip(&self.inflation);
            for ((&b, (&level, &i)), real) in self.balance.iter().zip(levels).zip(today.iter_mut()) {
                *real = deflate(b, per_fen(grown(level, i)));
            }
        }
    }

    /// Advances a year every path whose `when` is not yet set (`u32::MAX`);
    /// a path whose year end reaches `target` is stepped through the year
    /// month by month from its year start to find the month (within a year
    /// a path's balance is monotonic: its month-to-month changes are a
    /// geometric series, all of one sign). Returns how many reached it.
    pub fn search_year(&mut self, target: i64, when: &mut [u32]) -> usize {
        debug_assert_eq!(self.month % 12, 0);
        self.new_year(false);
        let start = self.month;
        self.month += 12;
        let mut reached = 0;
        for (((b, &q), &c), w) in self.balance.iter_mut().zip(&self.rate).zip(&self.saving).zip(when.iter_mut()) {
            if *w != u32::MAX {
                continue;
            }
            let before = *b;
            if year(b, q, c) < target {
                continue;
            }
            *b = before;
            for m in 1..=12 {
                if next(b, q, c) >= target {
                    *w = start + m;
                    reached += 1;
                    break;
                }
            }
        }
        reached
    }
}

/// A monthly rate (2⁻⁶⁴) below which a year's growth `g¹²` is under 2:
/// 5.9 % a month, about 71 % a year (`1.059¹² ≈ 1.99`).
const FAST_RATE: i64 = ((1u128 << 64) * 59 / 1000) as i64;

/// Twelve months of one path at once: `B · G + c · S` with the monthly
/// growth `g = 1 + q ÷ 2⁶⁴`, `G = g¹²` and `S = 1 + g + … + g¹¹ =
/// (1 + g + g²)(1 + g³)(1 + g⁶)`; the powers in 2⁻⁶² (`u64`, `g¹² < 2`),
/// the sums in 2⁻⁶⁰. Each product is off by under one unit of its last
/// place, so `G` is off its binary value by under 2⁻⁵⁸ (a balance of 10⁹
/// fen by under 10⁻⁸ fen a year) and `c · S` by under 2⁻⁵⁵ of `c`; the
/// monthly steps' own error is of the same order (see [`super`]'s
/// precision). A faster growth (over about 71 % a year) or a contribution
/// past 2⁶⁰ fen takes the 12 monthly steps instead (rare, and exact).
#[inline(always)]
fn year(b: &mut i128, q: i64, c: i64) -> i64 {
    if q >= FAST_RATE || c.unsigned_abs() >= 1 << 60 {
        let mut out = 0;
        for _ in 0..12 {
            out = next(b, q, c);
        }
        return out;
    }
    const ONE: u64 = 1 << 62;
    // q > −2⁶⁴ ÷ 12 (a return of −100 %), so g > 11 ÷ 12.
    let g = (ONE as i64 + (q >> 2)) as u64;
    let mul = |x: u64, y: u64| ((x as u128 * y as u128) >> 62) as u64;
    let (g2, g3, g6, g12) = {
        let g2 = mul(g, g);
        let g3 = mul(g2, g);
        let g6 = mul(g3, g3);
        (g2, g3, g6, mul(g6, g6))
    };
    let s3 = ((ONE as u128 + g as u128 + g2 as u128) >> 2) as u64;
    let s6 = ((s3 as u128 * ((ONE + g3) >> 2) as u128) >> 60) as u64;
    let s12 = (s6 as u128 * ((ONE + g6) >> 2) as u128) >> 60;
    // B · G ÷ 2⁶² as B = hi · 2⁶⁴ + lo, as in [`next`] (|hi| < 2³⁸, G < 2⁶³).
    let (hi, lo) = ((*b >> 64) as i64, *b as u64);
    let grown = ((hi as i128 * g12 as i128) << 2) + ((lo as u128 * g12 as u128) >> 62) as i128;
    // c · S (fen × 2⁻⁶⁰) to 2⁻⁴⁰ fen: |c| < 2⁶⁰, S < 2⁶⁵.
    let added = (c as i128 * s12 as i128) >> (60 - F);
    *b = (grown + added).clamp(-CAP, CAP);
    to_fen(*b, F, TIE)
}

/// A price level (2⁻⁶⁰) after a year of `inflation` (ppb), held under [`LEVEL_CAP`].
#[inline(always)]
fn grown(level: i128, inflation: i64) -> i128 {
    let factor = (((PPB as i64 + inflation) as u64 as u128 * YEARLY as u64 as u128) >> 30) as i128;
    // Both positive; under 2⁶⁴ (the usual case) one 64 × 64 → 128 product
    // (an i128 `checked_mul` is a library call).
    if (level | factor) >> 64 == 0 {
        return ((level as u64 as u128 * factor as u64 as u128) >> L).min(LEVEL_CAP as u128) as i128;
    }
    level.checked_mul(factor).map_or(LEVEL_CAP, |x| x >> L).min(LEVEL_CAP)
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
        return to_fen(((x as i64 as i128 * d as i128) >> D).clamp(-CAP >> (F - G), CAP >> (F - G)), G, 1);
    }
    match x.checked_mul(d as i128) {
        Some(x) => to_fen((x >> D).clamp(-CAP >> (F - G), CAP >> (F - G)), G, 1),
        None if b < 0 => i64::MIN,
        None => i64::MAX,
    }
}
