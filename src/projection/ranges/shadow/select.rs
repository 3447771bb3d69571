//! Which paths to ask: a row's shadows ranked, each within its bound of
//! its path's figure, and the engine asked only for the paths near each
//! percentile (see the parent module's selection).
//!
//! The shadow `v` at each rank, the paths within `2ε` of it and how
//! many lie below them come from a histogram of the shadows over their
//! range: the bucket each rank falls in and how many shadows are below it;
//! only that bucket's few shadows are ranked among themselves. (Tried and
//! slower: a sample of every eighth shadow to bracket each rank, twice as
//! slow, since a bracket of 4.5 standard deviations keeps about 8 % of the
//! row per rank; computing each bucket again in place of keeping it, 10 %.)

use super::super::{Band, band, rank};

/// Buckets of the shadows' histogram (one row's, in the L1 cache).
const BUCKETS: usize = 2048;

/// What the selection reuses from row to row: each shadow's bucket, and
/// the shadows (with their paths) in the buckets the ranks fall in.
#[derive(Default)]
pub(super) struct Scratch {
    buckets: Vec<u16>,
    picked: Vec<(f64, usize)>,
}

/// What the engine is asked about one rank: the shadow at the rank, the
/// paths whose shadows are within `2ε` of it, and how many shadows lie
/// below those.
struct Near {
    v: f64,
    near: Vec<usize>,
    under: usize,
}

/// The 10th, 50th and 90th percentile of the figures whose shadows are
/// `row`, each within `eps` (see the parent module's selection): the
/// shadows ranked, the engine asked for the paths near each rank. `span`
/// holds the least and the greatest shadow of the row ([`range`]), kept
/// as the shadows were written (a pass over the row fewer).
pub(super) fn verified(
    row: &[f64],
    span: (f64, f64),
    eps: f64,
    scratch: &mut Scratch,
    mut figure: impl FnMut(usize) -> i64,
) -> Band {
    let n = row.len();
    let ks = [rank(10, n), rank(50, n), rank(90, n)];
    // Room for the floats' own rounding of the thresholds.
    let eps = eps + 1.0;
    let found = histogram(row, span, ks, eps, scratch);
    let mut out = [0i64; 3];
    for (j, Near { v, near, under }) in found.into_iter().enumerate() {
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

/// The least and the greatest of `row` (eight lanes, so it vectorizes).
#[cfg(test)]
pub(super) fn range(row: &[f64]) -> (f64, f64) {
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

/// Each rank's [`Near`]: the ranks without sorting, a histogram of the
/// shadows over their range (the bucket a value falls in never decreases
/// with it) finds the bucket each rank falls in and how many are below
/// it; only that bucket's few shadows are ranked among themselves.
fn histogram(row: &[f64], (lo, hi): (f64, f64), ks: [usize; 3], eps: f64, scratch: &mut Scratch) -> [Near; 3] {
    let n = row.len();
    let scale = Some(BUCKETS as f64 / (hi - lo)).filter(|s| hi > lo && s.is_finite()).unwrap_or(0.0);
    // (f − lo) · scale is within 0 ..= BUCKETS; adding 2⁵² rounds it to a
    // whole number held in the low bits, and never decreases with f.
    // The least of that and BUCKETS: the same bucket (it is never more),
    // and no index past the counts.
    let bucket = |f: f64| {
        (((f - lo) * scale + 4_503_599_627_370_496.0).to_bits() & (2 * BUCKETS as u64 - 1)).min(BUCKETS as u64) as usize
    };
    // Each shadow's bucket first, then the counts: the buckets' pass has
    // nothing to wait for, so it runs on vectors; the counts are kept in
    // four tables in turn, so an increment never waits for the one before
    // it in the same bucket.
    scratch.buckets.resize(n, 0);
    for (slot, &f) in scratch.buckets.iter_mut().zip(row) {
        *slot = bucket(f) as u16;
    }
    let mut tables = [[0u32; BUCKETS + 1]; 4];
    let quads = scratch.buckets.chunks_exact(4);
    for &b in quads.remainder() {
        tables[0][b as usize] += 1;
    }
    for q in quads {
        for (table, &b) in tables.iter_mut().zip(q) {
            table[b as usize] += 1;
        }
    }
    let mut counts = [0u32; BUCKETS + 1];
    for (b, count) in counts.iter_mut().enumerate() {
        *count = tables.iter().map(|t| t[b]).sum();
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
    // The shadows in the ranks' buckets, a few in a row (each shadow's
    // bucket kept from the first pass: cheaper than computing it again).
    // Sixteen buckets at a time (compared on vectors), most with none of them.
    let [b0, b1, b2] = at.map(|(b, _)| b as u16);
    scratch.picked.clear();
    for (c, chunk) in scratch.buckets.chunks(16).enumerate() {
        if chunk.iter().fold(false, |any, &b| any | (b == b0) | (b == b1) | (b == b2)) {
            for (i, &b) in chunk.iter().enumerate() {
                if b == b0 || b == b1 || b == b2 {
                    let p = 16 * c + i;
                    scratch.picked.push((row[p], p));
                }
            }
        }
    }
    let scratch = &scratch.picked;
    std::array::from_fn(|j| {
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
        if edge(wlo) == b && edge(whi) == b {
            let near = mine.iter().filter(|&&(f, _)| f >= wlo && f <= whi).map(|&(_, p)| p).collect();
            Near { v, near, under: under + mine.iter().filter(|&&(f, _)| f < wlo).count() }
        } else {
            let near = (0..n).filter(|&p| row[p] >= wlo && row[p] <= whi).collect();
            Near { v, near, under: row.iter().filter(|&&f| f < wlo).count() }
        }
    })
}

/// How many rows the engine had to give whole (the tests expect none).
#[cfg(test)]
pub(in super::super) static FALLBACKS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every figure exact, so the selection's answer is the row's own ranks.
    fn ranks(row: &[f64]) -> Band {
        let figures: Vec<i64> = row.iter().map(|&f| f as i64).collect();
        verified(row, range(row), 0.0, &mut Scratch::default(), |p| figures[p])
    }

    /// Worked example: 0 … 9,999 shuffled (a fixed seed), nearest ranks
    /// 999, 4,999 and 8,999; with ε = 1, each rank's window holds the 5
    /// within 2 of it.
    #[test]
    fn the_histogram_finds_the_ranks_and_their_windows() {
        use rand_xoshiro::Xoshiro256PlusPlus;
        use rand_xoshiro::rand_core::{RngCore, SeedableRng};
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
        let mut row: Vec<f64> = (0..10_000).map(f64::from).collect();
        for i in (1..row.len()).rev() {
            row.swap(i, (rng.next_u64() % (i as u64 + 1)) as usize);
        }
        let n = row.len();
        assert_eq!(n, 10_000);
        let ks = [rank(10, n), rank(50, n), rank(90, n)];
        let found = histogram(&row, range(&row), ks, 1.0, &mut Scratch::default());
        for (near, v) in found.iter().zip([999, 4_999, 8_999]) {
            let mut paths: Vec<i64> = near.near.iter().map(|&p| row[p] as i64).collect();
            paths.sort();
            assert_eq!((near.v, near.under), (v as f64, v as usize - 2));
            assert_eq!(paths, (v - 2..=v + 2).collect::<Vec<i64>>());
        }
        assert_eq!(ranks(&row), Band { p10: 999, p50: 4_999, p90: 8_999 });
    }
}
