//! The edges of `budget copy`, `categories move` and goal priorities that
//! `tests/cli/cli_catalog.rs` leaves out: the default months (a fixed clock, so
//! the command line runs in-process as `tests/store/undo_zh.rs` does), a limit
//! that differs only in rollover, limits after `--to` left alone, an
//! archived parent, a move to where a category already is, the refusals in
//! Chinese, and goals read for the Plan tab high priority first with their
//! projections unchanged. Every refusal writes nothing.

use std::path::Path;

use crate::common;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Parser;
use nestegg::cli;
use nestegg::model::Priority;
use nestegg::ops::{self, Ctx};
use nestegg::store::{GoalPatch, Store};
use nestegg::text::{self, Lang};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap().and_hms_opt(12, 0, 0).unwrap()
}

/// `nestegg --db DB args…` in-process on 2026-03-15, in `lang`: its output or its error's words.
fn run(db: &Path, lang: Lang, args: &[&str]) -> Result<String, String> {
    let argv = ["nestegg", "--db", db.to_str().unwrap()].into_iter().chain(args.iter().copied());
    let parsed = cli::Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    text::in_lang(lang, || cli::run(parsed.command.as_ref().expect("a command"), db, now(), &mut out))
        .map_err(|e| text::in_lang(lang, || e.to_string()))?;
    Ok(String::from_utf8(out).expect("output is UTF-8"))
}

fn ok(db: &Path, args: &[&str]) -> String {
    run(db, Lang::En, args).unwrap_or_else(|e| panic!("{args:?} failed: {e}"))
}

fn ledger() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    ok(&db, &["accounts"]);
    (dir, db)
}

/// Every table, row by row: to show a refusal wrote nothing.
fn dump(db: &Path) -> Vec<String> {
    common::dump_file(db)
}

fn budgets(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT c.name, b.from_month, b.amount, b.rollover FROM budgets b JOIN categories c ON c.id = b.category_id
             ORDER BY c.name, b.from_month",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok(format!(
            "{} {} {} {}",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, bool>(3)?
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn budget_copy_defaults_to_last_month_into_this_one() {
    let (_dir, db) = ledger();
    let db = db.as_path();
    // February: food 1,200 rolling over, transport 300. March (this month): food 1,200 without rollover.
    ok(db, &["budget", "set", "food", "1200", "--from", "2026-02", "--rollover"]);
    ok(db, &["budget", "set", "transport", "300", "--from", "2026-02"]);
    ok(db, &["budget", "set", "food", "1200", "--from", "2026-03", "--no-rollover"]);
    // A limit from May on is the user's plan for later: a copy into March leaves it.
    ok(db, &["budget", "set", "transport", "450", "--from", "2026-05"]);
    // Only food's rollover differs: that alone is copied, from 2026-02 into 2026-03.
    assert_eq!(ok(db, &["budget", "copy"]).trim(), "copied 1 budget from 2026-02 to 2026-03; one undo takes it back");
    assert_eq!(
        budgets(db),
        [
            "food 2026-02 120000 true",
            "food 2026-03 120000 true",
            "transport 2026-02 30000 false",
            "transport 2026-05 45000 false"
        ]
    );
    // --to alone: from the month before it. April already holds March's budgets.
    let before = dump(db);
    assert_eq!(
        ok(db, &["budget", "copy", "--to", "2026-04"]).trim(),
        "the budgets of 2026-04 are already those of 2026-03: nothing to copy"
    );
    assert_eq!(
        run(db, Lang::Zh, &["budget", "copy", "--to", "2026-04"]).unwrap().trim(),
        "2026-04 的预算已与 2026-03 相同，无需复制"
    );
    assert_eq!(dump(db), before, "nothing differed, nothing written (no undo step either)");
    // Copying May's back into March (a later month into an earlier one) is allowed.
    assert_eq!(
        ok(db, &["budget", "copy", "--from", "2026-05", "--to", "2026-03"]).trim(),
        "copied 1 budget from 2026-05 to 2026-03; one undo takes it back"
    );
    assert!(budgets(db).contains(&"transport 2026-03 45000 false".to_owned()), "{:?}", budgets(db));
    // A bad --to is refused in either language, writing nothing.
    let before = dump(db);
    let en = run(db, Lang::En, &["budget", "copy", "--to", "2026-13"]).unwrap_err();
    assert!(en.contains("--to") && en.contains("YYYY-MM"), "{en}");
    let zh = run(db, Lang::Zh, &["budget", "copy", "--from", "三月"]).unwrap_err();
    assert!(zh.contains("--from") && zh.contains("三月"), "{zh}");
    assert_eq!(dump(db), before);
}

#[test]
fn a_category_is_never_moved_under_an_archived_parent_itself_or_its_own() {
    let (_dir, db) = ledger();
    let db = db.as_path();
    ok(db, &["categories", "add", "milk tea", "--class", "spending", "--parent", "food"]);
    ok(db, &["categories", "add", "boba", "--class", "spending", "--parent", "milk tea"]);
    ok(db, &["categories", "archive", "travel"]);
    let before = dump(db);
    let refused = |lang, args: &[&str], needle: &str| {
        let e = run(db, lang, args).expect_err(needle);
        assert!(e.contains(needle), "{args:?}: {e}");
    };
    refused(Lang::En, &["categories", "move", "food", "--parent", "travel"], "'travel' is archived");
    refused(Lang::Zh, &["categories", "move", "food", "--parent", "travel"], "“旅行”已归档");
    refused(Lang::En, &["categories", "move", "food", "--parent", "food"], "'food' cannot be under itself");
    refused(Lang::Zh, &["categories", "move", "food", "--parent", "food"], "“餐饮”不能放在自己下面");
    // Two levels down is still its own.
    refused(Lang::En, &["categories", "move", "food", "--parent", "boba"], "'boba' is under 'food'");
    refused(Lang::Zh, &["categories", "move", "food", "--parent", "boba"], "“boba”在“餐饮”下面");
    refused(Lang::Zh, &["categories", "move", "boba", "--parent", "工资"], "子分类须与上级同类");
    // Where it already is: said, and nothing written (not even an empty undo step).
    assert_eq!(
        ok(db, &["categories", "move", "boba", "--parent", "milk tea"]).trim(),
        "category 'boba' is already under 'milk tea'; nothing changed"
    );
    assert_eq!(
        run(db, Lang::Zh, &["categories", "move", "food", "--parent", "none"]).unwrap().trim(),
        "分类“餐饮”已在顶层；未作改动"
    );
    assert_eq!(dump(db), before);
    // A sub-tree moves whole: milk tea (with boba under it) under groceries, three deep.
    ok(db, &["categories", "move", "milk tea", "--parent", "groceries"]);
    let list = ok(db, &["categories"]);
    assert!(list.lines().any(|r| r.starts_with("boba") && r.contains("milk tea")), "{list}");
    assert!(list.lines().any(|r| r.starts_with("milk tea") && r.contains("groceries")), "{list}");
    ok(db, &["check"]);
}

/// The store refuses what the command line's name lookup already would,
/// for any caller of `ops::catalog`: an archived parent, by id.
#[test]
fn the_use_case_refuses_an_archived_parent_and_survives_a_damaged_loop() {
    let (_dir, db) = ledger();
    let db = db.as_path();
    let mut store = Store::open(db).unwrap();
    let id = |store: &Store, name: &str| {
        store.categories(true).unwrap().into_iter().find(|c| c.name == name).map(|c| c.id).unwrap()
    };
    let (food, travel, gifts) = (id(&store, "food"), id(&store, "travel"), id(&store, "gifts and red packets"));
    ops::catalog::set_category_archived(&mut store, travel, true).unwrap();
    let before = dump(db);
    let e = text::in_lang(Lang::En, || {
        ops::catalog::move_category(&mut store, food, Some(travel)).unwrap_err().to_string()
    });
    assert!(e.contains("the parent 'travel' is archived"), "{e}");
    let e = text::in_lang(Lang::En, || {
        ops::catalog::add_category(&mut store, "hotels", nestegg::model::Class::Spending, Some(travel))
            .unwrap_err()
            .to_string()
    });
    assert!(e.contains("the parent 'travel' is archived"), "{e}");
    assert_eq!(dump(db), before);
    // A file whose categories already loop (travel ↔ gifts, written outside
    // nestegg): a move under one of them ends its walk up and is made.
    drop(store);
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute("UPDATE categories SET parent_id = ?1, archived = 0 WHERE id = ?2", [gifts, travel]).unwrap();
    conn.execute("UPDATE categories SET parent_id = ?1 WHERE id = ?2", [travel, gifts]).unwrap();
    let mut store = Store::open(db).unwrap();
    let moved = ops::catalog::move_category(&mut store, food, Some(travel)).unwrap();
    assert_eq!(moved.parent_id, Some(travel));
}

#[test]
fn the_plan_reads_goals_high_priority_first_and_priority_never_changes_a_projection() {
    let (_dir, db) = ledger();
    let db = db.as_path();
    ok(db, &["demo", "--months", "8"]);
    ok(db, &["goals", "add", "Bike", "--target", "3000"]);
    ok(db, &["goals", "add", "Cushion", "--target", "10000", "--by", "2027-01"]);
    ok(db, &["goals", "add", "Trip", "--target", "8000", "--priority", "LOW"]);
    ok(db, &["goals", "add", "Flat", "--target", "37500", "--priority", "高"]);
    ok(db, &["goals", "add", "Car", "--target", "60000", "--priority", "中"]);
    let store = Store::open(db).unwrap();
    let ctx = Ctx::of(&store, now().date());
    let names = |store: &Store| -> Vec<String> {
        ops::views::plan(store, &ctx).unwrap().goals.into_iter().map(|(g, _)| g.name).collect()
    };
    // The Plan tab shows the first three: the high one, then the normal ones as they were made.
    assert_eq!(names(&store), ["Flat", "Bike", "Cushion", "Car", "Trip"]);
    let statuses = ops::views::goal_statuses(&store, &ctx).unwrap();
    let order: Vec<&str> = statuses.iter().map(|(g, _)| g.name.as_str()).collect();
    assert_eq!(order, ["Flat", "Bike", "Cushion", "Car", "Trip"], "nestegg goals lists them so too");
    let of = |list: &[(nestegg::model::Goal, nestegg::projection::GoalStatus)], name: &str| {
        list.iter().find(|(g, _)| g.name == name).map(|(_, s)| *s).unwrap()
    };
    let trip_low = of(&statuses, "Trip");
    assert!(trip_low.projected.is_some(), "the demo's saving reaches it: {trip_low:?}");
    drop(store);
    // Trip made high: among the high ones in the order they were made (Trip
    // before Flat), its projection the same to the month and the fen.
    let mut store = Store::open(db).unwrap();
    let trip = store.goals().unwrap().into_iter().find(|g| g.name == "Trip").unwrap();
    ops::catalog::update_goal(
        &mut store,
        trip.id,
        &GoalPatch { priority: Some(Priority::High), ..GoalPatch::default() },
    )
    .unwrap();
    assert_eq!(names(&store), ["Trip", "Flat", "Bike", "Cushion", "Car"]);
    let after = ops::views::goal_statuses(&store, &ctx).unwrap();
    for name in ["Flat", "Trip", "Bike", "Cushion", "Car"] {
        assert_eq!(of(&after, name), of(&statuses, name), "{name}");
    }
    // The list words each priority in the reader's language; a wrong one is refused in both.
    let zh = run(db, Lang::Zh, &["goals"]).unwrap();
    let row = |name: &str| zh.lines().find(|r| r.starts_with(name)).unwrap_or_default().to_owned();
    assert!(row("Trip").contains('高') && row("Bike").contains('中'), "{zh}");
    let before = dump(db);
    let e = run(db, Lang::Zh, &["goals", "edit", "Bike", "--priority", "紧急"]).unwrap_err();
    assert!(e.contains("“紧急”不是优先级"), "{e}");
    let e = run(db, Lang::En, &["goals", "add", "Boat", "--target", "1", "--priority", "urgent"]).unwrap_err();
    assert!(e.contains("--priority: 'urgent' is not a priority; use high, normal or low"), "{e}");
    assert_eq!(dump(db), before);
}
