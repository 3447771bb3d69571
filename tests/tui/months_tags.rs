//! The Months tab's breakdown by tag (`g`, issue 26's tags slicing
//! spending): the month's housing and spending by tag as `report tags`
//! sums them, the untagged rest its own row, each with its share of the
//! month's outgoings; at the use case and on screen at 60x20, 80x24 and
//! 120x40 in both languages.

use crate::common;

use std::path::Path;

use common::inproc::ok;
use common::{Session, screen};
use nestegg::ops::Ctx;
use nestegg::ops::views::month_tags;
use nestegg::text::{Lang, set_lang};

/// October by hand: salary 5,000; rent 600 and food 300 untagged; a
/// dinner of 200 tagged 旅行 and 朋友, a train of 800 tagged 旅行, a gift
/// of 100 tagged 朋友. Outgoings 2,000: 旅行 200 + 800 = 1,000 (50.0 %),
/// untagged 600 + 300 = 900 (45.0 %), 朋友 200 + 100 = 300 (15.0 %); the
/// dinner counts in both its tags, so the shares add up to 110 %.
fn october(db: &Path) {
    ok(db, &["add", "5000", "-c", "salary", "-d", "2026-10-10"]);
    ok(db, &["add", "600", "-c", "rent", "-d", "2026-10-01"]);
    ok(db, &["add", "300", "-c", "food", "-d", "2026-10-03"]);
    ok(db, &["add", "200", "-c", "food", "-d", "2026-10-05", "-p", "晚饭", "-t", "旅行", "-t", "朋友"]);
    ok(db, &["add", "800", "-c", "travel", "-d", "2026-10-06", "-p", "高铁", "-t", "旅行"]);
    ok(db, &["add", "100", "-c", "food", "-d", "2026-10-07", "-p", "礼物", "-t", "朋友"]);
}

#[test]
fn a_months_spending_by_tag_with_the_untagged_rest() {
    let (_dir, db) = common::inproc::ledger();
    october(&db);
    let store = nestegg::store::Store::open(&db).unwrap();
    let ctx = Ctx::of(&store, common::inproc::today());
    let rows: Vec<(String, i64, String)> = month_tags(&store, &ctx, "2026-10".parse().unwrap())
        .unwrap()
        .into_iter()
        .map(|s| (s.name, s.amount, s.share.unwrap().percent()))
        .collect();
    let row = |name: &str, amount, share: &str| (name.to_owned(), amount, share.to_owned());
    assert_eq!(rows, [row("旅行", 100_000, "50.0%"), row("", 90_000, "45.0%"), row("朋友", 30_000, "15.0%")]);
    // The same sums as report tags (which has no untagged row).
    let csv = ok(&db, &["report", "tags", "--month", "2026-10", "-f", "csv"]);
    assert!(csv.contains("旅行,2,1000.00,0.00,CNY") && csv.contains("朋友,2,300.00,0.00,CNY"), "{csv}");
    assert!(month_tags(&store, &ctx, "2026-09".parse().unwrap()).unwrap().is_empty(), "nothing spent, no rows");
}

/// `2` opens November (today 2026-11-28), `h` selects October, `g` shows
/// it by tag; `g` again brings the categories back.
#[test]
fn g_shows_the_selected_month_by_tag() {
    let s = Session::new();
    october(&s.path);
    for (lang, title, untagged) in [(Lang::En, "spending by tag", "untagged"), (Lang::Zh, "各标签支出", "无标签")]
    {
        set_lang(lang);
        for size in [(60, 20), (80, 24), (120, 40)] {
            let shown = screen(&s.run("2hg", size));
            let at = format!("{lang:?} {size:?}:\n{shown}");
            assert!(shown.contains(title), "{at}");
            for (name, amount, share) in
                [("+旅行", "¥1,000.00", "50.0%"), (untagged, "¥900.00", "45.0%"), ("+朋友", "¥300.00", "15.0%")]
            {
                let line = shown.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name}: {at}"));
                assert!(line.contains(amount) && line.contains(share), "{name}: {at}");
            }
            let shown = screen(&s.run("2hgg", size));
            assert!(!shown.contains(title) && !shown.contains("+旅行"), "{lang:?} {size:?}:\n{shown}");
        }
    }
    set_lang(Lang::En);
    // Another month keeps the tags: November has none, so nothing is shown.
    let shown = screen(&s.run("2hgl", (80, 24)));
    assert!(shown.contains("2026-11 spending by tag") && shown.contains("nothing this month"), "{shown}");
}

/// By tag, ↓/↑ (j/k) select a row and Enter opens its rows that month on
/// the Ledger with the Ledger's own filter (`tag:旅行 2026-10`): 旅行 is
/// the dinner and the train, 朋友 (two rows down, past the untagged row)
/// the dinner and the gift; the untagged row opens the month unfiltered.
#[test]
fn enter_on_a_tag_opens_its_rows_on_the_ledger() {
    let s = Session::new();
    october(&s.path);
    for size in [(60, 20), (80, 24), (120, 40)] {
        let shown = screen(&s.run("2hg<Enter>", size));
        assert!(shown.contains("tag:旅行 2026-10"), "{size:?}:\n{shown}");
        assert!(shown.contains("晚饭") && shown.contains("高铁") && !shown.contains("礼物"), "{size:?}:\n{shown}");
        let shown = screen(&s.run("2hgjj<Enter>", size));
        assert!(shown.contains("tag:朋友 2026-10"), "{size:?}:\n{shown}");
        assert!(shown.contains("晚饭") && shown.contains("礼物") && !shown.contains("高铁"), "{size:?}:\n{shown}");
        // k back up to the untagged row: the month, every row of it.
        let shown = screen(&s.run("2hgjjjk<Enter>", size));
        assert!(!shown.contains("tag:"), "{size:?}:\n{shown}");
        assert!(shown.contains("礼物") && shown.contains("高铁"), "{size:?}:\n{shown}");
    }
}
