//! The Plan tab's ranges (`b`), headless: the band on the chart and under
//! it, each goal's months as a range, off again, at every size.

use crate::common;

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
    let band = "Ranges: in 5 years 8 of 10 runs end between ¥169,140.28 and ¥242,590.11 (median ¥201,937.72)";
    assert!(text.contains(band), "{text}");
    // 12,500 to go from 25,000 at 2,500 a month: month 5 at the mean, a month
    // later in a run whose first year falls far enough.
    assert!(text.contains("between 2027-04 and 2027-05 in 8 of 10 runs"), "{text}");
    // Independence over the runs, in whole years, beside the band.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("; independence in ") && flat.contains(" years (median "), "{text}");
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
        if size.0 >= 60 {
            assert!(text.contains("8 of 10 runs"), "{size:?}\n{text}");
        }
    }
}

#[test]
fn a_typed_figure_moves_the_plan_and_its_goals() {
    let s = household();
    // Saving 4,200 a month: spending 5,000 − 800 − 4,200 = 0; 12,500 to go ÷ 4,200 → 3 months.
    let text = screen(&s.run("3tsaving 4200<Enter>", (120, 40)));
    assert!(text.contains("saving ¥4,200.00 (84.0%) = ¥5,000.00 in − ¥800.00 housing − ¥0.00 spent"), "{text}");
    assert!(text.contains("what-if: saving ¥4,200.00 typed"), "{text}");
    assert!(text.contains("at this rate: 2027-02"), "{text}");
    // In Chinese words, a return typed, and the ranges over both.
    let text = screen(&s.run("3t储蓄 3000<Enter>treturn 3%<Enter>b", (120, 40)));
    assert!(text.contains("saving ¥3,000.00 (60.0%)") && text.contains("return 3.00%"), "{text}");
    assert!(text.contains("in 8 of 10 runs"), "{text}");
    // 0 goes back to the ledger's figures.
    let text = screen(&s.run("3tspending 100<Enter>0", (120, 40)));
    assert!(text.contains("saving ¥2,500.00 (50.0%)") && text.contains("what-if: none yet"), "{text}");
    // Esc leaves everything as it was.
    let text = screen(&s.run("3tsaving 10<Esc>", (120, 40)));
    assert!(text.contains("saving ¥2,500.00 (50.0%)"), "{text}");
}

#[test]
fn a_figure_it_cannot_take_is_said_and_changes_nothing() {
    let s = household();
    let text = screen(&s.run("3trent 900<Enter>", (120, 40)));
    assert!(text.contains("'rent 900': start with saving, spending, income, return or inflation"), "{text}");
    assert!(text.contains("saving ¥2,500.00 (50.0%)"), "{text}");
    let text = screen(&s.run("3tsaving 9000<Enter>", (120, 40)));
    assert!(
        text.contains("a saving of ¥9,000.00 leaves less than nothing to spend: income − housing is ¥4,200.00"),
        "{text}"
    );
    assert!(text.contains("saving ¥2,500.00 (50.0%)"), "{text}");
    let text = screen(&s.run("3treturn 3.125<Enter>", (120, 40)));
    assert!(text.contains("a rate to a hundredth of a percent"), "{text}");
    // A return the balance cannot be counted at is refused; the plan stays (it
    // showed ¥92,233,720,368,547,758.07, the counter's end, as money).
    let text = screen(&s.run("3treturn 1000%<Enter>", (120, 40)));
    assert!(text.contains("the balance would grow past what nestegg can count"), "{text}");
    assert!(text.contains("return 0.00%") && !text.contains("92,233,720"), "{text}");
}
