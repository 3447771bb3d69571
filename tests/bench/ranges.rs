//! Ranges (issue 25): 10,000 paths × 40 years in-process on one thread,
//! against the deterministic projection of the same 480 months, measured
//! in the same run: the bands at the 40 year ends (float shadows rank the
//! paths, the engine's fixed point gives the figures of the few at each
//! rank), and the months to a target (a year at a time).

use nestegg::projection::ranges::{self, Spread};
use nestegg::projection::{Assumptions, project};
use rust_decimal::Decimal;

use super::{median, row};

pub fn ranges(runs: usize) {
    println!("\n## ranges (in-process, one thread)");
    let a = Assumptions {
        start: 5_000_000,
        income: 1_000_000,
        housing: 250_000,
        spending: 500_000,
        income_growth: Decimal::new(2, 2),
        inflation: Decimal::new(25, 3),
        annual_return: Decimal::new(5, 2),
        months: 480,
    };
    let runs = runs.max(5);
    let line = median(runs * 10, || {
        std::hint::black_box(project(std::hint::black_box(&a)));
    });
    row("project(): 480 months", line, None);
    let s = Spread::DEFAULT;
    let band = median(runs, || {
        std::hint::black_box(ranges::simulate(std::hint::black_box(&a), &s));
    });
    row("ranges: 10,000 paths x 480 months (40 year ends)", band, Some(("project()", line)));
    // The Plan tab keeps the draws while the rates and the horizon stay: a
    // saving, spending or income what-if is then only the household's part.
    let kept = ranges::Prepared::new(&a, &s).expect("40 whole years");
    let what_if = Assumptions { spending: 450_000, ..a };
    let again = median(runs, || {
        std::hint::black_box(kept.simulate(std::hint::black_box(&what_if)));
    });
    row("ranges: the same, a what-if on kept draws", again, Some(("project()", line)));
    let target = median(runs, || {
        std::hint::black_box(ranges::reach(std::hint::black_box(&a), &s, 100_000_000));
    });
    row("ranges: months to 1,000,000.00, 10,000 paths", target, Some(("project()", line)));
}
