//! The Months tab's line of what waits (issue 26's honest headline): money
//! lent, reimbursements and AA shares open at the end of the selected
//! month, beside its savings; at the use case (`ops::views::waiting`) and
//! on screen at 60x20, 80x24 and 120x40 in both languages.

use crate::common;

use std::path::Path;

use common::inproc::{month, october, ok};
use common::{Session, screen};
use nestegg::ops::Ctx;
use nestegg::ops::views::{Waiting, waiting};
use nestegg::text::{Lang, set_lang};

/// What waits at the end of `m` (as `YYYY-MM`).
fn waits(db: &Path, m: &str) -> Waiting {
    let store = nestegg::store::Store::open(db).unwrap();
    let ctx = Ctx::of(&store, common::inproc::today());
    waiting(&store, &ctx, m.parse().unwrap()).unwrap()
}

fn w(lent: i64, reimburse: i64, shares: i64) -> Waiting {
    Waiting { lent, reimburse, shares }
}

/// The worked example: October earns 5,000, pays 600 rent and 1,900 else
/// (2,500 saved, 50.0 %); 2,000 lent to 小王 on Oct 15 and a 1,200 trip
/// marked reimbursable on Oct 20 leave the rate at 50.0 %; the hot pot of
/// Oct 25 (35*4 AA:4, 140 paid) is 35 mine and 105 others': 1,935 spent,
/// 2,465 saved, 49.3 % (the 35, not the 105). At October's end 2,000 lent,
/// 1,200 to be reimbursed and 105 of shares wait.
fn worked_example(db: &Path) {
    october(db);
    ok(db, &["lend", "2000", "--to", "小王", "-d", "2026-10-15"]);
    ok(db, &["add", "1200", "-c", "travel", "-d", "2026-10-20", "-p", "高铁", "--reimburse"]);
    assert_eq!(month(db, "2026-10"), "5000.00,600.00,1900.00,2500.00,0.5000", "lent and reimbursable: 50.0 %");
    ok(db, &["add", "140", "-c", "food", "-d", "2026-10-25", "-p", "火锅", "--split", "4"]);
    assert_eq!(month(db, "2026-10"), "5000.00,600.00,1935.00,2465.00,0.4930", "only my share of 35 is spending");
}

/// November 3: 500 of the 2,000 comes back from 小王 (first in, first
/// out): November's end has 1,500 lent; October's end still had 2,000.
/// November 15: 1,000 of the trip comes back, the other 200 becomes
/// October's travel: October's end shows the 1,000 that was still to come
/// (as the ledger stands now), November's none. December 1: the 105 of
/// shares is collected from others, so December's end has only the 1,500.
#[test]
fn what_waits_is_what_is_open_at_each_months_end() {
    let (_dir, db) = common::inproc::ledger();
    worked_example(&db);
    assert_eq!(waits(&db, "2026-09"), Waiting::default(), "nothing before the first loan");
    assert!(waits(&db, "2026-09").is_empty());
    assert_eq!(waits(&db, "2026-10"), w(200_000, 120_000, 10_500));

    ok(&db, &["collect", "500", "--from", "小王", "-d", "2026-11-03"]);
    assert_eq!(waits(&db, "2026-10"), w(200_000, 120_000, 10_500), "October's end is as it was");
    assert_eq!(waits(&db, "2026-11"), w(150_000, 120_000, 10_500));

    let trip = ok(&db, &["claims", "-f", "csv"]);
    let id = trip.lines().find(|l| l.contains("高铁")).unwrap().split(',').next().unwrap().to_owned();
    ok(&db, &["reimbursed", &id, "1000", "-d", "2026-11-15"]);
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,2135.00,2265.00,0.4530", "200 not reimbursed is October's");
    assert_eq!(waits(&db, "2026-10"), w(200_000, 100_000, 10_500));
    assert_eq!(waits(&db, "2026-11"), w(150_000, 0, 10_500));

    ok(&db, &["collect", "105", "--from", "others", "-d", "2026-12-01"]);
    assert_eq!(waits(&db, "2026-11"), w(150_000, 0, 10_500));
    assert_eq!(waits(&db, "2026-12"), w(150_000, 0, 0));
    // Borrowing is no money waiting: what I owe 老李 is not here.
    ok(&db, &["borrow", "300", "--from", "老李", "-d", "2026-12-02"]);
    assert_eq!(waits(&db, "2026-12"), w(150_000, 0, 0));
}

/// On screen (today 2026-11-28): `2` opens November, `h` selects October.
/// From 80x24 the line has a row of its own; at 60x20 it takes the
/// averages' place beside the savings, parts that do not fit dropped whole.
#[test]
fn the_months_tab_shows_what_waits_beside_the_savings() {
    let s = Session::new();
    worked_example(&s.path);
    ok(&s.path, &["collect", "500", "--from", "小王", "-d", "2026-11-03"]);
    for (lang, october_line, november_part) in [
        (Lang::En, "waiting: lent ¥2,000.00 · to be reimbursed ¥1,200.00 · AA shares ¥105.00", "lent ¥1,500.00"),
        (Lang::Zh, "待收：借出 ¥2,000.00 · 报销 ¥1,200.00 · AA ¥105.00", "借出 ¥1,500.00"),
    ] {
        set_lang(lang);
        for size in [(80, 24), (120, 40)] {
            let shown = screen(&s.run("2h", size));
            assert!(shown.contains(october_line), "{lang:?} {size:?}:\n{shown}");
            assert!(shown.contains("49.3%"), "{lang:?} {size:?}:\n{shown}");
            let line = shown.lines().find(|l| l.contains(october_line)).unwrap();
            assert!(line.trim_start().starts_with(&october_line[..6]), "a line of its own: {line}");
            let shown = screen(&s.run("2", size));
            assert!(shown.contains(november_part), "{lang:?} {size:?}:\n{shown}");
        }
        // 60x20: beside the savings, the first part whole, the rest left out.
        let shown = screen(&s.run("2h", (60, 20)));
        let first = october_line.split(" · ").next().unwrap();
        let line = shown.lines().find(|l| l.contains(first)).unwrap_or_else(|| panic!("{lang:?}:\n{shown}"));
        assert!(line.contains("49.3%") && !line.contains(" · "), "{lang:?}: {line}");
        assert!(!shown.contains("1,200.00"), "{lang:?}:\n{shown}");
    }
    set_lang(Lang::En);
    // A month with nothing waiting has no such line.
    let shown = screen(&s.run("2hh", (80, 24)));
    assert!(!shown.contains("waiting:"), "{shown}");
}
