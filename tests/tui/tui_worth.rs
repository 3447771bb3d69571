//! Issue 22 in the interface: reconcile (`r`), value (`V`) and a loan's
//! terms (`L`) from the accounts screen; the Ledger's mark on reconciled
//! rows and the question before changing one; net worth on the Months tab
//! (`w`). Scripted keys through the real app loop on a ledger file.

use crate::common;

use common::{Session, keys, today};
use nestegg::text::{Lang, set_lang};
use nestegg::tui::app::{App, Mode, Pending};
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn run_at(s: &Session, script: &str, size: (u16, u16)) -> (App, String) {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let app = run_app(&mut terminal, &mut s.store(), today(), &mut keys(script).into_iter()).unwrap();
    // A full redraw of the last state: what a user sees (wide characters and all).
    terminal.clear().unwrap();
    terminal.draw(|f| nestegg::tui::views::draw(f, &app)).unwrap();
    (app, common::screen(&terminal))
}

fn run(s: &Session, script: &str) -> (App, String) {
    run_at(s, script, (80, 24))
}

fn status(app: &App) -> String {
    app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

/// A command on the ledger, as the command line runs it.
fn cli(s: &Session, line: &str) -> String {
    let now = today().and_hms_opt(12, 0, 0).unwrap();
    let ran = nestegg::cli::inside::run_line(line, &s.path, now);
    assert!(ran.ok, "{line}: {}", ran.output);
    ran.output
}

fn count(s: &Session, sql: &str) -> i64 {
    rusqlite::Connection::open(&s.path).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Bank card: 5,000 earned, 100 spent on food (4,900); the statement says 4,874.50.
fn short_by_25_50() -> Session {
    let s = Session::new();
    s.add("2026-11-10", "salary", "Bank card", "厂", 500_000);
    s.add("2026-11-15", "food", "Bank card", "食堂", -10_000);
    s
}

/// The row of the accounts screen that names `name`, as `j` presses.
fn down_to(s: &Session, name: &str) -> String {
    let (app, _) = run(s, "@");
    let sheet = app.sheet.expect("the accounts screen");
    let at = sheet.accounts().iter().position(|(a, _)| a.name == name).expect("listed");
    "j".repeat(at)
}

#[test]
fn a_reconciliation_that_differs_shows_its_rows_and_a_records_the_adjustment_u_undoes_it() {
    set_lang(Lang::En);
    let s = short_by_25_50();
    let marks = "SELECT count(*) FROM balance_marks";
    let (app, screen) = run(&s, "@r4874.50<Enter>");
    assert_eq!(app.mode, Mode::Reconcile, "{screen}");
    assert!(screen.contains("a difference of -¥25.50"), "{screen}");
    assert!(screen.contains("¥4,900.00") && screen.contains("¥4,874.50"), "{screen}");
    assert!(screen.contains("Rows not yet reconciled:"), "{screen}");
    let food = screen.lines().find(|l| l.contains("食堂")).unwrap_or_default();
    assert!(food.contains("2026-11-15") && food.contains("-¥100.00") && food.contains("food"), "{screen}");
    assert!(screen.contains("a adjust") && screen.contains("Esc leave"), "the footer: {screen}");
    assert_eq!(count(&s, marks), 0, "nothing written yet");

    // Esc leaves: nothing written.
    let (app, _) = run(&s, "@r4874.50<Enter><Esc>");
    assert_eq!((app.mode, status(&app).contains("Nothing was written")), (Mode::Sheet, true), "{}", status(&app));
    assert_eq!(count(&s, marks), 0);

    // a records the difference as an adjustment: the balance is the statement's.
    let (app, screen) = run(&s, "@r4874.50<Enter>a");
    assert_eq!(app.mode, Mode::Sheet);
    assert!(status(&app).contains("Recorded an adjustment of -¥25.50 to Bank card on 2026-11-28"), "{}", status(&app));
    let bank = screen.lines().find(|l| l.contains("Bank card")).unwrap_or_default();
    assert!(bank.contains("¥4,874.50"), "{screen}");
    assert_eq!(count(&s, marks), 1);

    // u takes it back as one step.
    let (app, screen) = run(&s, "@u");
    assert!(status(&app).starts_with("undid:"), "{}", status(&app));
    assert_eq!(count(&s, marks), 0);
    let bank = screen.lines().find(|l| l.contains("Bank card")).unwrap_or_default();
    assert!(bank.contains("¥4,900.00"), "{screen}");
}

#[test]
fn a_reconciliation_that_matches_is_recorded_and_said() {
    set_lang(Lang::En);
    let s = short_by_25_50();
    let (app, _) = run(&s, "@r4900<Enter>");
    assert_eq!(app.mode, Mode::Sheet);
    assert_eq!(status(&app), "Bank card matches the statement: ¥4,900.00 on 2026-11-28; 2 rows reconciled");
    assert_eq!(count(&s, "SELECT count(*) FROM balance_marks WHERE kind = 'reconcile'"), 1);
    // A bad figure or day: the refusal under its field, nothing more written.
    let (app, screen) = run(&s, "@rabc<Enter>");
    let form = app.fields.as_ref().expect("the form stays open");
    assert_eq!(form.errors.first().and_then(|(at, _)| *at), Some(0), "{screen}");
    let (app, _) = run(&s, "@r4900<Tab><C-u>2026-13-01<Enter>");
    let form = app.fields.as_ref().expect("the form stays open");
    assert_eq!(form.errors.first().and_then(|(at, _)| *at), Some(1), "{:?}", form.errors);
    assert_eq!(count(&s, "SELECT count(*) FROM balance_marks"), 1);
}

#[test]
fn an_investment_valued_up_1000_shows_in_its_balance_and_other_kinds_are_refused_at_the_field() {
    set_lang(Lang::En);
    let s = Session::new();
    cli(&s, "accounts add Fund --kind investment --balance 10000 --as-of 2026-10-01");
    let j = down_to(&s, "Fund");
    let (app, screen) = run(&s, &format!("@{j}V11000<Enter>"));
    assert!(
        status(&app).contains("Fund is worth ¥11,000.00 on 2026-11-28: a change in value of +¥1,000.00"),
        "{}",
        status(&app)
    );
    let fund = screen.lines().find(|l| l.contains("Fund")).unwrap_or_default();
    assert!(fund.contains("¥11,000.00") && fund.contains("investment"), "{screen}");
    // A bank account is not valued: the command's words under the account's field.
    let (app, screen) = run(&s, "@V1<Enter>");
    let form = app.fields.as_ref().expect("the form stays open");
    let (at, words) = form.errors.first().cloned().expect("a refusal");
    assert_eq!(at, Some(0), "{words}");
    assert!(words.contains("is not an investment or a home account"), "{words}");
    assert!(screen.contains("✗"), "{screen}");
    assert_eq!(count(&s, "SELECT count(*) FROM balance_marks"), 1);
}

#[test]
fn a_loans_terms_are_set_from_the_accounts_screen() {
    set_lang(Lang::En);
    let s = Session::new();
    cli(&s, "accounts add Mortgage --kind loan");
    let j = down_to(&s, "Mortgage");
    let (app, screen) = run(&s, &format!("@{j}L300000<Tab>4.9<Tab>20<Tab><C-u>2025-01-15<Enter>"));
    assert!(status(&app).contains("Mortgage: ¥300,000.00 at 4.9% over 240 months"), "{}\n{screen}", status(&app));
    let loan = screen.lines().find(|l| l.contains("Mortgage")).unwrap_or_default();
    assert!(loan.contains("-¥2"), "it owes what the schedule says: {screen}");
    // Not a loan: refused under the account's field.
    let (app, _) = run(&s, "@L1<Tab>1<Tab>1<Enter>");
    let form = app.fields.as_ref().expect("the form stays open");
    assert_eq!(form.errors.first().and_then(|(at, _)| *at), Some(0), "{:?}", form.errors);
}

#[test]
fn reconciled_rows_are_marked_and_changing_one_asks_first() {
    set_lang(Lang::En);
    let s = short_by_25_50();
    cli(&s, "reconcile 'Bank card' 4900 --date 2026-11-20");
    let later = s.add("2026-11-25", "food", "Bank card", "超市", -2_000);
    let (app, screen) = run(&s, "");
    let line = |payee: &str| screen.lines().find(|l| l.contains(payee)).unwrap_or_default().to_owned();
    assert!(line("食堂").contains("2026-11-15✓"), "{screen}");
    assert!(line("厂").contains("2026-11-10✓"), "{screen}");
    assert!(!line("超市").contains('✓'), "after the reconciliation: no mark: {screen}");
    assert_eq!(app.selected_txn().map(|t| t.id), Some(later));

    // The row after it opens in the form at once.
    let (app, _) = run(&s, "e");
    assert_eq!(app.mode, Mode::Form);
    // A reconciled one asks first; n leaves it; y opens the form, and it saves.
    let (app, screen) = run(&s, "je");
    assert_eq!(app.mode, Mode::Confirm);
    assert!(matches!(app.confirm, Some(Pending::Edit(..))));
    assert!(screen.contains("is reconciled") && screen.contains("Change it anyway?"), "{screen}");
    let (app, _) = run(&s, "jen");
    assert_eq!((app.mode, app.form.is_none()), (Mode::Browse, true));
    let (app, _) = run(&s, "jey");
    assert_eq!(app.mode, Mode::Form);
    run(&s, "jey120<Enter>");
    assert_eq!(count(&s, "SELECT amount FROM txns WHERE payee = '食堂'"), -12_000, "changed after the yes");
    // Deleting one says it is reconciled.
    let (app, screen) = run(&s, "jd");
    assert_eq!(app.mode, Mode::Confirm);
    assert!(screen.contains("It is reconciled"), "{screen}");
}

fn worth_ledger() -> Session {
    let s = Session::new();
    cli(&s, "accounts add Fund --kind investment --balance 10000 --as-of 2026-09-01");
    for m in [9, 10, 11] {
        s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "厂", 500_000);
        s.add(&format!("2026-{m:02}-15"), "food", "Bank card", "食堂", -150_000);
    }
    cli(&s, "value Fund 11000 --date 2026-11-20");
    s
}

#[test]
fn net_worth_on_the_months_tab_in_both_languages() {
    let s = worth_ledger();
    for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        set_lang(lang);
        let (app, screen) = run(&s, "2w");
        assert!(app.months.worth && !app.months.worth_months.is_empty(), "{screen}");
        // November: 3,500 saved and the fund up 1,000.
        let now = app.months.selected_worth().copied().expect("this month's net worth");
        assert_eq!((now.change, now.saved, now.value, now.other), (450_000, 350_000, 100_000, 0));
        insta::assert_snapshot!(format!("months_worth_{tag}"), screen);
        // w again: the savings bars.
        let (app, _) = run(&s, "2ww");
        assert!(!app.months.worth);
    }
    set_lang(Lang::En);
    let (_, screen) = run(&s, "2w");
    assert!(screen.contains("Net worth 2026-11: ¥21,500.00"), "{screen}");
    assert!(screen.contains("change +¥4,500.00 = saved +¥3,500.00 + value +¥1,000.00 + other ¥0.00"), "{screen}");
    // It fits at every size, moving between months too.
    for size in [(60, 20), (80, 24), (100, 30), (120, 40)] {
        let (_, screen) = run_at(&s, "2wh", size);
        assert!(screen.contains("Net worth 2026-10"), "{size:?}\n{screen}");
    }
}

#[test]
fn the_new_keys_are_in_the_footer_and_the_help() {
    set_lang(Lang::En);
    let s = short_by_25_50();
    let (_, screen) = run_at(&s, "@", (120, 30));
    assert!(screen.contains("r reconcile") && screen.contains("V value") && screen.contains("L loan"), "{screen}");
    let (_, help) = run_at(&s, "@?", (120, 60));
    assert!(help.contains("reconcile the selected account with its"), "{help}");
    let (_, help) = run_at(&s, "2?", (120, 60));
    assert!(help.contains("switch the chart between savings bars"), "{help}");
    set_lang(Lang::Zh);
    let (_, screen) = run_at(&s, "@", (120, 30));
    assert!(screen.contains("r 对账") && screen.contains("V 估值") && screen.contains("L 贷款"), "{screen}");
    set_lang(Lang::En);
}

#[test]
fn the_reconcile_popup_and_the_question_at_80x24_in_both_languages() {
    let s = short_by_25_50();
    for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        set_lang(lang);
        let (_, screen) = run(&s, "@r4874.50<Enter>");
        insta::assert_snapshot!(format!("reconcile_differs_{tag}"), screen);
    }
    set_lang(Lang::En);
    cli(&s, "reconcile 'Bank card' 4900");
    for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        set_lang(lang);
        let (_, screen) = run(&s, "e");
        insta::assert_snapshot!(format!("edit_reconciled_{tag}"), screen);
    }
    set_lang(Lang::En);
}
