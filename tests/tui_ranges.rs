//! The Plan tab's ranges (`b`), headless: the band on the chart and under
//! it, each goal's months as a range, off again, at every size.

mod common;

use common::{Session, screen};

/// Six complete months before today's (November 2026): 5,000 salary, 800 rent,
/// 1,700 food each — saving 2,500 (50 %) a month; 10,000 in the bank at the start;
/// a goal of 37,500 that all accounts fund.
fn household() -> Session {
    let s = Session::new();
    s.add("2026-04-30", "salary", "Bank card", "opening", 1_000_000);
    for m in 5..=10 {
        s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "厂", 500_000);
        s.add(&format!("2026-{m:02}-01"), "rent", "Bank card", "房东", -80_000);
        s.add(&format!("2026-{m:02}-15"), "food", "WeChat Pay", "食堂", -170_000);
    }
    s.store()
        .write(|tx| tx.add_goal("Flat in Hegang", 3_750_000, nestegg::money::Currency::CNY, None, &[]).map(|_| ()))
        .unwrap();
    s
}

#[test]
fn b_shows_the_ranges_and_hides_them() {
    let s = household();
    let before = screen(&s.run("3", (120, 40)));
    assert!(!before.contains("10th–90th") && before.contains("at this rate: 2027-04"), "{before}");
    // 5 % return ( p p ), then the ranges: 10,000 runs at ± 10 % a year around it.
    let text = screen(&s.run("3ppb", (120, 40)));
    assert!(text.contains("10th–90th"), "{text}");
    // Pinned (a fixed seed: the same every run); the line itself is 202,099.17.
    let band = "Ranges: in 5 years 8 of 10 runs end between ¥169,261.87 and ¥243,904.70 (median ¥202,481.72)";
    assert!(text.contains(band), "{text}");
    // 12,500 to go from 25,000 at 2,500 a month: month 5 at the mean, a month
    // later in a run whose first year falls far enough.
    assert!(text.contains("between 2027-04 and 2027-05 in 8 of 10 runs"), "{text}");
    let again = screen(&s.run("3ppbb", (120, 40)));
    assert!(!again.contains("10th–90th") && again.contains("at this rate: 2027-04"), "{again}");
    let text = screen(&s.run("3ppbhhh", (120, 40)));
    assert!(text.contains("Ranges: in 30 years"), "{text}");
}

#[test]
fn the_ranges_draw_at_every_size() {
    let s = household();
    for size in [(60, 20), (80, 24), (120, 40), (40, 12), (200, 60)] {
        let text = screen(&s.run("3b", size));
        assert!(!text.is_empty(), "{size:?}");
    }
}
