//! Issue 21: the whole product in the interface. The screens of things
//! (accounts `@`, categories `#`, recurring rules `*`, goals `g` on the
//! Plan tab) and the Budget tab's form, driven with scripted keys through
//! the real app loop on a ledger file: create, change, delete, undo and
//! redo; bad input shows the CLI's words next to the field it names and
//! writes nothing. Snapshots at 80×24 in both languages.

use crate::common;

use common::{Session, keys, today};
use nestegg::tui::app::{App, Mode};
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn run(s: &Session, script: &str) -> (App, String) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let app = run_app(&mut terminal, &mut s.store(), today(), &mut keys(script).into_iter()).unwrap();
    (app, common::screen(&terminal))
}

fn status(app: &App) -> String {
    app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

/// The refusal the open form shows: (the field's label or none, the words).
fn refusal(app: &App) -> (Option<&'static str>, String) {
    let form = app.fields.as_ref().expect("the form stays open");
    let (at, words) = form.errors.first().cloned().expect("a refusal");
    (at.map(|i| form.fields[i].label), words)
}

fn query(s: &Session, sql: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(&s.path).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        Ok((0..n)
            .map(|i| match r.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Null => "NULL".to_owned(),
                rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                other => format!("{other:?}"),
            })
            .collect::<Vec<_>>()
            .join("|"))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn dump(s: &Session) -> Vec<String> {
    common::dump_file(&s.path)
}

#[test]
fn accounts_are_listed_with_balances_added_renamed_archived_and_brought_back() {
    let s = Session::new();
    s.add("2026-11-10", "salary", "Bank card", "厂", 500_000);
    let (app, screen) = run(&s, "@");
    assert_eq!(app.mode, Mode::Sheet);
    let bank = screen.lines().find(|l| l.contains("Bank card")).unwrap_or_default();
    assert!(bank.contains("bank") && bank.contains("CNY") && bank.contains("¥5,000.00"), "{screen}");
    assert!(screen.contains("a new") && screen.contains("x archive"), "the footer names the keys: {screen}");

    // Add: a name, the kind picked by its first letter, the currency as typed.
    let (app, _) = run(&s, "@a招商银行<Tab>s<Tab><C-u>USD<Enter>");
    assert_eq!(status(&app), "added account '招商银行' (savings, USD)");
    assert_eq!(app.mode, Mode::Sheet, "back on the screen");
    assert_eq!(query(&s, "SELECT kind, currency FROM accounts WHERE name = '招商银行'"), ["savings|USD"]);

    // Refused with the CLI's words, next to the field it names; nothing written.
    let before = dump(&s);
    let (app, _) = run(&s, "@aCash<Enter>");
    assert_eq!(app.mode, Mode::Fields);
    let (field, words) = refusal(&app);
    assert_eq!(field, Some("Name"), "{words}");
    assert!(words.contains("'Cash' already exists"), "{words}");
    let (app, screen) = run(&s, "@aPiggy<Tab><Tab><C-u>XYZ<Enter>");
    let (field, words) = refusal(&app);
    assert_eq!((field, words.contains("unknown currency 'XYZ'")), (Some("Currency"), true), "{words}");
    assert!(screen.contains("✗") && screen.contains("unknown currency"), "shown beside the field: {screen}");
    let (app, _) = run(&s, "@a<Enter>");
    assert_eq!(refusal(&app), (Some("Name"), "needed".to_owned()), "an empty name is named before anything runs");
    assert_eq!(dump(&s), before);

    // Rename the selected one (the second row: Cash).
    let (app, _) = run(&s, "@je<C-u>零钱<Enter>");
    assert_eq!(status(&app), "renamed account 'Cash' to '零钱'");
    assert_eq!(query(&s, "SELECT count(*) FROM accounts WHERE name = '零钱'"), ["1"]);

    // Archive: it leaves the list (and the pickers) and stays in history; v shows it, x brings it back.
    let (app, screen) = run(&s, "@jx");
    assert!(status(&app).contains("archived"), "{}", status(&app));
    assert!(!screen.lines().any(|l| l.starts_with('│') && l.contains("零钱")), "hidden: {screen}");
    assert!(screen.contains("1 archived hidden (v shows them)"), "{screen}");
    let (app, _) = run(&s, "");
    assert!(app.accounts.iter().any(|a| a.name == "零钱" && a.archived), "kept, archived");
    let (_, screen) = run(&s, "@v");
    assert!(screen.contains("零钱") && screen.contains("archived"), "{screen}");
    run(&s, "@vjjjjx"); // archived ones come last
    assert_eq!(query(&s, "SELECT archived FROM accounts WHERE name = '零钱'"), ["0"]);
    // u on the screen takes back its last change, Ctrl-r brings it back; the rows follow.
    let (app, _) = run(&s, "@u");
    assert_eq!(status(&app), "undid: bring back account 零钱; Ctrl-r redoes it");
    assert_eq!(query(&s, "SELECT archived FROM accounts WHERE name = '零钱'"), ["1"]);
    let (_, screen) = run(&s, "@uu");
    assert!(screen.lines().any(|l| l.starts_with('│') && l.contains("Cash")), "renamed back: {screen}");
    run(&s, "@<C-r><C-r>");
    assert_eq!(query(&s, "SELECT name, archived FROM accounts WHERE id = 2"), ["零钱|1"], "renamed and archived again");
}

#[test]
fn categories_are_added_with_class_and_parent_renamed_and_archived() {
    let s = Session::new();
    let (_, screen) = run(&s, "#");
    assert!(screen.contains("salary") && screen.contains("income"), "{screen}");
    // The class starts at the selected row's (salary: income); `s` picks spending.
    let (app, _) = run(&s, "#a奶茶<Tab>s<Tab>food<Enter>");
    assert!(status(&app).contains("奶茶"), "{}", status(&app));
    assert_eq!(
        query(
            &s,
            "SELECT c.class, p.name FROM categories c JOIN categories p ON p.id = c.parent_id WHERE c.name = '奶茶'"
        ),
        ["spending|food"]
    );
    let (_, screen) = run(&s, "#");
    assert!(screen.contains("  奶茶") && screen.lines().any(|l| l.contains("奶茶") && l.contains("food")), "{screen}");
    // A parent that does not exist: the CLI's words, next to Parent; nothing written.
    let before = dump(&s);
    let (app, _) = run(&s, "#aPets<Tab>s<Tab>nosuch<Enter>");
    let (field, words) = refusal(&app);
    assert_eq!(field, Some("Parent"), "{words}");
    assert!(words.contains("nosuch"), "{words}");
    assert_eq!(dump(&s), before);
    // Rename and archive the first row (salary).
    let (app, _) = run(&s, "#e<C-u>wages<Enter>");
    assert_eq!(status(&app), "renamed category 'salary' to 'wages'");
    run(&s, "#x");
    assert_eq!(query(&s, "SELECT archived FROM categories WHERE name = 'wages'"), ["1"]);
}

#[test]
fn recurring_rules_are_added_changed_skipped_ended_deleted_undone_and_redone() {
    let s = Session::new();
    // A rule: salary 5,000 on the 10th from December.
    let add = "*a工资<Tab>5000<Tab>salary<Tab><Tab><Tab><Tab>10<Tab><C-u>2026-12-10<Enter>";
    let (app, screen) = run(&s, add);
    assert_eq!(status(&app), "added '工资': ¥5,000.00 every month on day 10, next 2026-12-10", "{screen}");
    let row = screen.lines().find(|l| l.contains("工资") && l.contains("2026-12-10")).unwrap_or_default();
    assert!(row.contains("¥5,000.00") && row.contains("salary"), "listed with its next date: {screen}");
    // What it will post is shown before it is posted.
    assert!(screen.contains("What 工资 will post next"), "{screen}");
    assert!(screen.contains("2026-12-10 ¥5,000.00") && screen.contains("2027-01-10 ¥5,000.00"), "{screen}");
    assert_eq!(query(&s, "SELECT amount FROM recurring"), ["500000"]);

    // Bad input: the amount, refused with the CLI's words next to it; nothing written.
    let before = dump(&s);
    let (app, _) = run(&s, "*e<Tab>abc<Enter>");
    let (field, words) = refusal(&app);
    assert_eq!(field, Some("Amount"), "{words}");
    assert!(words.contains("'abc'"), "{words}");
    // Under its field the refusal does not name the command line's flag.
    assert!(!words.starts_with("--amount"), "{words}");
    // A field the command needs, left empty: named before anything runs.
    let (app, _) = run(&s, "*aGym<Tab><Tab>food<Enter>");
    assert_eq!(refusal(&app), (Some("Amount"), "needed".to_owned()));
    let (app, _) = run(&s, "*aGym<Tab>100<Enter>");
    assert_eq!(refusal(&app), (Some("Category"), "needed".to_owned()));
    assert_eq!(dump(&s), before);

    // Change it from now on; skip the next instance; change one; end it.
    let (app, _) = run(&s, "*e<Tab>5500<Enter>");
    assert!(status(&app).starts_with("changed '工资' from now on"), "{}", status(&app));
    assert_eq!(query(&s, "SELECT amount FROM recurring"), ["550000"]);
    let (app, screen) = run(&s, "*s<Enter>");
    assert_eq!(status(&app), "'工资' on 2026-12-10 will not be posted");
    assert!(!screen.contains("2026-12-10 ¥"), "the skipped one is not shown as coming: {screen}");
    let (app, screen) = run(&s, "*c<Tab>6000<Enter>");
    assert_eq!(status(&app), "'工资' on 2027-01-10 is now ¥6,000.00");
    assert!(screen.contains("2027-01-10 ¥6,000.00") && screen.contains("2027-02-10 ¥5,500.00"), "{screen}");
    let (app, screen) = run(&s, "*x<C-u>2027-02-28<Enter>");
    assert!(status(&app).contains("工资"), "{}", status(&app));
    assert!(screen.contains("2027-02-10 ¥5,500.00") && !screen.contains("2027-03-10"), "ended: {screen}");

    // Delete asks first; u brings it back, Ctrl-r deletes it again.
    let (app, screen) = run(&s, "*d");
    assert_eq!(app.mode, Mode::Confirm);
    assert!(screen.contains("Delete 工资? What it posted stays."), "{screen}");
    let (app, _) = run(&s, "*dn");
    assert_eq!(app.mode, Mode::Sheet, "n keeps it");
    assert_eq!(query(&s, "SELECT count(*) FROM recurring"), ["1"]);
    run(&s, "*dy");
    assert_eq!(query(&s, "SELECT count(*) FROM recurring"), ["0"]);
    let (app, screen) = run(&s, "*u");
    assert!(status(&app).starts_with("undid"), "{}", status(&app));
    assert!(screen.contains("工资"), "the screen reads its rows again: {screen}");
    assert_eq!(query(&s, "SELECT count(*) FROM recurring"), ["1"]);
    run(&s, "*<C-r>");
    assert_eq!(query(&s, "SELECT count(*) FROM recurring"), ["0"]);
}

#[test]
fn the_budget_tab_sets_changes_and_ends_a_budget_from_a_form() {
    let s = Session::new();
    s.add("2026-11-12", "food", "WeChat Pay", "食堂", -30_000);
    let (_, screen) = run(&s, "5");
    assert!(screen.contains("a new") && screen.contains("c copy last"), "the footer names the keys: {screen}");
    let (app, _) = run(&s, "5afood<Tab>1200<Enter>");
    assert_eq!(status(&app), "food: ¥1,200.00 a month from 2026-11, no rollover");
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(query(&s, "SELECT amount, rollover FROM budgets"), ["120000|0"]);
    // s on the selected line: the amount has the focus and typing replaces it; rollover chosen.
    let (app, screen) = run(&s, "5s900<Tab><Tab><Right><Enter>");
    assert_eq!(status(&app), "food: ¥900.00 a month from 2026-11, what is left rolls into the next month");
    assert!(screen.contains(">  food") && screen.contains("¥900.00"), "{screen}");
    // Bad input is refused next to its field, writing nothing.
    let before = dump(&s);
    for (script, field, words) in [
        ("5s-5<Enter>", "Amount", "-5"),
        ("5s<Tab><C-u>2026-13<Enter>", "From", "2026-13"),
        ("5a<Enter>", "Category", "needed"),
        ("5asalary<Tab>100<Enter>", "Category", "salary"),
    ] {
        let (app, _) = run(&s, script);
        let (at, said) = refusal(&app);
        assert_eq!(at, Some(field), "{script}: {said}");
        assert!(said.contains(words), "{script}: {said}");
        assert_eq!(dump(&s), before, "{script}");
    }
    // x ends it from the month shown on; u undoes that.
    let (app, _) = run(&s, "5x");
    assert_eq!(status(&app), "no budget for food from 2026-11 on");
    let (_, screen) = run(&s, "5");
    assert!(screen.contains("No budgets for this month"), "{screen}");
    run(&s, "5u");
    let (_, screen) = run(&s, "5");
    assert!(screen.contains(">  food") && screen.contains("¥900.00"), "{screen}");
}

#[test]
fn goals_are_added_with_a_priority_changed_and_deleted_from_the_plan_tab() {
    let s = Session::new();
    let (app, screen) = run(&s, "3ga鹤岗买房<Tab>37500<Tab>2027-12<Tab><Tab>h<Enter>");
    assert_eq!(status(&app), "added goal '鹤岗买房': ¥37,500.00 by 2027-12", "{screen}");
    assert_eq!(query(&s, "SELECT name, target, by_month, priority FROM goals"), ["鹤岗买房|3750000|2027-12|0"]);
    let row = screen.lines().find(|l| l.contains("鹤岗买房")).unwrap_or_default();
    assert!(row.contains("high") && row.contains("¥37,500.00") && row.contains("2027-12"), "{screen}");
    // A second goal, normal: listed after the high one.
    run(&s, "3gaBike<Tab>1000<Enter>");
    let (_, screen) = run(&s, "3g");
    let at = |name: &str| screen.find(name).unwrap_or(usize::MAX);
    assert!(at("鹤岗买房") < at("Bike"), "{screen}");
    // Bad input: next to the field, nothing written.
    let before = dump(&s);
    let (app, _) = run(&s, "3gaCar<Tab>abc<Enter>");
    let (field, words) = refusal(&app);
    assert_eq!(field, Some("Target"), "{words}");
    let (app, _) = run(&s, "3gaCar<Tab>100<Tab>2027-13<Enter>");
    let (field, words) = refusal(&app);
    assert_eq!(field, Some("By"), "{words}");
    let (app, _) = run(&s, "3gaBike<Tab>100<Enter>");
    let (field, words) = refusal(&app);
    assert_eq!((field, words.contains("'Bike' already exists")), (Some("Name"), true), "{words}");
    assert_eq!(dump(&s), before);
    // Edit the selected one (the high one first): target, no date, low priority.
    let (app, _) = run(&s, "3ge<C-u>40000<Tab><C-u>none<Tab><Tab>l<Enter>");
    assert!(status(&app).contains("鹤岗买房"), "{}", status(&app));
    assert_eq!(query(&s, "SELECT target, by_month, priority FROM goals WHERE name = '鹤岗买房'"), ["4000000|NULL|2"]);
    let (_, screen) = run(&s, "3g");
    assert!(screen.find("Bike").unwrap() < screen.find("鹤岗买房").unwrap(), "low goes last: {screen}");
    // Delete asks first.
    let (_, screen) = run(&s, "3gd");
    assert!(screen.contains("Delete the goal Bike?"), "{screen}");
    run(&s, "3gdy");
    assert_eq!(query(&s, "SELECT name FROM goals"), ["鹤岗买房"]);
    // Undo brings it back; redo deletes it again.
    let (app, screen) = run(&s, "3gu");
    assert_eq!(status(&app), "undid: delete goal Bike; Ctrl-r redoes it");
    assert!(screen.contains("Bike"), "{screen}");
    run(&s, "3g<C-r>");
    assert_eq!(query(&s, "SELECT name FROM goals"), ["鹤岗买房"]);
}

#[test]
fn a_category_moves_under_a_parent_and_budgets_are_copied_from_last_month() {
    let s = Session::new();
    // `p` on the first row (salary): under side income, then back to the top.
    let (app, screen) = run(&s, "#p<C-u>side income<Enter>");
    assert_eq!(status(&app), "moved category 'salary' under 'side income'", "{screen}");
    let before = dump(&s);
    let (app, _) = run(&s, "#jp<C-u>food<Enter>");
    let (field, words) = refusal(&app);
    assert_eq!(field, Some("Parent"), "{words}");
    assert!(words.contains("sub-category must have its parent's class"), "{words}");
    assert_eq!(dump(&s), before);
    // The screen now lists salary under side income: the first row is side income.
    let (app, _) = run(&s, "#jp<C-u>none<Enter>");
    assert_eq!(status(&app), "moved category 'salary' to the top level");
    // Budgets: October's food limit is ended in November; c brings October's back.
    let conn = rusqlite::Connection::open(&s.path).unwrap();
    let food: i64 = conn.query_row("SELECT id FROM categories WHERE name = 'food'", [], |r| r.get(0)).unwrap();
    conn.execute(
        "INSERT INTO budgets (category_id, from_month, amount, rollover) VALUES (?1, '2026-10', 80000, 1)",
        [food],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO budgets (category_id, from_month, amount, rollover) VALUES (?1, '2026-11', 0, 0)",
        [food],
    )
    .unwrap();
    let (app, screen) = run(&s, "5c");
    assert_eq!(status(&app), "copied 1 budget from 2026-10 to 2026-11; one undo takes it back", "{screen}");
    assert!(
        screen.contains("food") && screen.contains("¥1,600.00"),
        "October's ¥800.00 and what it left, rolled over: {screen}"
    );
    run(&s, "5u");
    assert_eq!(query(&s, "SELECT amount FROM budgets WHERE from_month = '2026-11'"), ["0"]);
}

#[test]
fn every_screen_is_found_from_the_help_and_esc_goes_back() {
    let s = Session::new();
    let mut terminal = Terminal::new(TestBackend::new(120, 90)).unwrap();
    run_app(&mut terminal, &mut s.store(), today(), &mut keys("?").into_iter()).unwrap();
    let help = common::screen(&terminal);
    for words in [
        "accounts: balances, add, rename, archive",
        "categories: add, rename, archive, move under a",
        "recurring rules (salary, rent): next dates",
        "run a command as on the command line",
        "who owes whom: money lent and borrowed",
    ] {
        assert!(help.contains(words), "{words}: {help}");
    }
    for key in ["@", "#", "*", "3g", "O"] {
        let (app, _) = run(&s, &format!("{key}<Esc>"));
        assert_eq!((app.mode, app.sheet.is_none()), (Mode::Browse, true), "{key}");
        // A form's Esc goes back to its screen, writing nothing.
        let (app, _) = run(&s, &format!("{key}aX<Esc>"));
        assert_eq!(app.mode, Mode::Sheet, "{key}");
    }
    // `?` on a screen lists its own keys first.
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    run_app(&mut terminal, &mut s.store(), today(), &mut keys("*?").into_iter()).unwrap();
    let help = common::screen(&terminal);
    assert!(help.find("Recurring rules").unwrap_or(usize::MAX) < help.find("On every tab").unwrap_or(0), "{help}");
}

#[test]
fn screens_and_forms_at_80x24_in_both_languages() {
    use nestegg::text::{Lang, set_lang};
    let s = Session::new();
    s.add("2026-11-10", "salary", "Bank card", "厂", 500_000);
    run(&s, "*a工资<Tab>5000<Tab>salary<Tab><Tab><Tab><Tab>10<Tab><C-u>2026-12-10<Enter>");
    for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        set_lang(lang);
        insta::assert_snapshot!(format!("accounts_{tag}"), common::screen(&s.run("@", (80, 24))));
        insta::assert_snapshot!(format!("rules_{tag}"), common::screen(&s.run("*", (80, 24))));
        insta::assert_snapshot!(
            format!("budget_form_error_{tag}"),
            common::screen(&s.run("5afood<Tab>abc<Enter>", (80, 24)))
        );
    }
    set_lang(Lang::En);
}

/// Issue 22: `o` on the accounts screen sets what the selected account held
/// on a day; the balance shown follows, and u takes it back.
#[test]
fn an_opening_balance_is_set_from_the_accounts_screen() {
    let s = Session::new();
    s.add("2026-11-20", "food", "Bank card", "食堂", -3_000);
    let (app, screen) = run(&s, "@o<C-u>80000<Tab><C-u>2026-11-01<Enter>");
    assert!(status(&app).contains("Bank card held ¥80,000.00 on 2026-11-01"), "{}\n{screen}", status(&app));
    let bank = screen.lines().find(|l| l.contains("Bank card")).unwrap_or_default();
    assert!(bank.contains("¥79,970.00"), "80,000 less the 30 spent after it: {screen}");
    // Bad input: next to the field, nothing written.
    let before = dump(&s);
    let (app, _) = run(&s, "@o<C-u>abc<Enter>");
    assert_eq!(refusal(&app).0, Some("Balance"), "{:?}", refusal(&app));
    assert_eq!(dump(&s), before);
    let (_, screen) = run(&s, "@u");
    let bank = screen.lines().find(|l| l.contains("Bank card")).unwrap_or_default();
    assert!(bank.contains("-¥30.00"), "{screen}");
    // A new account with what it holds.
    run(&s, "@aPiggy<Tab>s<Tab><Tab>5000<Enter>");
    assert_eq!(
        query(
            &s,
            "SELECT o.amount FROM opening_balances o JOIN accounts a ON a.id = o.account_id WHERE a.name = 'Piggy'"
        ),
        ["500000"]
    );
}
