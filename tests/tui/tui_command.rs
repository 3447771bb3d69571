//! The command line inside the interface (issue 21, `:`): the CLI's own
//! commands run from the interface's keyboard, through the real app loop
//! on a real ledger file: same parser, same handlers, same words; results
//! in the status line or over the screen; undo and redo from the interface;
//! bad input shows why and writes nothing.

use crate::common;

use common::{Session, keys, today};
use nestegg::tui::app::{App, Mode};
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;

fn run(s: &Session, script: &str) -> (App, String) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let app = run_app(&mut terminal, &mut s.store(), today(), &mut keys(script).into_iter()).unwrap();
    (app, common::screen(&terminal))
}

fn status(app: &App) -> (String, bool) {
    app.status.as_ref().map(|s| (s.text.clone(), s.error)).unwrap_or_default()
}

fn budgets(s: &Session) -> Vec<(i64, i64)> {
    let conn = rusqlite::Connection::open(&s.path).unwrap();
    let mut stmt = conn.prepare("SELECT category_id, amount FROM budgets ORDER BY 1").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
}

fn dump(s: &Session) -> Vec<String> {
    common::dump_file(&s.path)
}

#[test]
fn a_command_line_sets_a_budget_that_undo_and_redo_take_back_and_bring_back() {
    let s = Session::new();
    let (app, screen) = run(&s, ":budget set food 1200<Enter>");
    let set = format!("food: ¥1,200.00 a month from {}, no rollover", today().format("%Y-%m"));
    assert_eq!(status(&app), (set, false), "the interface's day, not the clock's: {screen}");
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(budgets(&s).iter().map(|b| b.1).collect::<Vec<_>>(), [120_000]);
    // The interface's own u takes the command's step back; Ctrl-r redoes it.
    let (app, _) = run(&s, "u");
    assert!(status(&app).0.starts_with("undid"), "{:?}", app.status);
    assert!(budgets(&s).is_empty());
    run(&s, "<C-r>");
    assert_eq!(budgets(&s).len(), 1);
    // On the Budget tab, what was set shows at once.
    let (_, screen) = run(&s, "5:budget set transport 100<Enter>");
    assert!(screen.contains("transport") && screen.contains("¥100.00"), "{screen}");
}

#[test]
fn bad_input_says_why_in_the_cli_s_words_and_writes_nothing() {
    let s = Session::new();
    let before = dump(&s);
    for (script, words) in [
        (":add abc -c food<Enter>", "'abc' is not an amount"),
        (":goals add Flat --target 10000000000.01<Enter>", "over nestegg's limit"),
        (":budget set nosuch 12<Enter>", "nosuch"),
        (":restore /tmp/x.db<Enter>", "quit (q) and run `nestegg restore FILE`"),
        (":ls --db /tmp/other.db<Enter>", "leave out --db"),
        (":add 12 -c \"food<Enter>", "a quote is not closed"),
        (":<Enter>", "type a command as on the command line"),
    ] {
        let (app, screen) = run(&s, script);
        let (text, error) = status(&app);
        assert!(error && text.contains(words), "{script}: {text:?}\n{screen}");
        assert_eq!(dump(&s), before, "{script} wrote nothing");
    }
    // An unknown command: clap's own message, over the screen.
    let (app, _) = run(&s, ":frobnicate<Enter>");
    let (line, lines) = app.output.clone().expect("shown over the screen");
    assert_eq!(line, "frobnicate");
    assert!(lines.join("\n").contains("unrecognized subcommand 'frobnicate'"), "{lines:?}");
    assert!(status(&app).1);
}

#[test]
fn salary_runs_inside_and_writes_nothing() {
    let s = Session::new();
    let before = dump(&s);
    let (app, _) = run(&s, ":salary 10000<Enter>");
    let (line, lines) = app.output.clone().expect("the breakdown is shown over the screen");
    assert_eq!(line, "salary 10000");
    let take_home = lines.iter().find(|l| l.starts_with("Take-home pay")).expect("a take-home row");
    assert!(take_home.contains("¥8,135.00") && take_home.contains("¥97,620.00"), "{lines:?}");
    assert_eq!(dump(&s), before);
}

#[test]
fn long_output_shows_over_the_screen_and_history_brings_lines_back() {
    let s = Session::new();
    let (app, screen) = run(&s, ":goals add Flat --target 37500<Enter>:accounts<Enter>");
    assert_eq!(app.mode, Mode::Help);
    let (line, lines) = app.output.clone().unwrap();
    assert_eq!(line, "accounts");
    assert!(lines.iter().any(|l| l.contains("WeChat Pay")), "{lines:?}");
    assert!(screen.contains(":accounts") && screen.contains("Bank card"), "{screen}");
    // Esc closes it; ↑ in a new line brings the earlier lines back, newest first.
    let (app, screen) = run(&s, ":goals add Flat --target 37500<Enter>:accounts<Enter><Esc>:<Up><Up>");
    assert_eq!((app.mode, app.output.is_none()), (Mode::Prompt, true));
    assert_eq!(app.prompt.text(), "goals add Flat --target 37500", "{screen}");
    let (app, _) = run(&s, ":goals add A --target 1<Enter>:<Up><Up><Down>");
    assert_eq!(app.prompt.text(), "", "a fresh session's history is its own: past the newest, an empty line");
    // The goal added from the interface is the CLI's.
    let goals = common::table_rows(&rusqlite::Connection::open(&s.path).unwrap(), "goals");
    assert!(goals.iter().any(|g| g.contains("Flat") && g.contains("3750000")), "{goals:?}");
}

#[test]
fn the_command_line_speaks_chinese_in_chinese() {
    let s = Session::new();
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let (app, screen) = run(&s, ":budget set 餐饮 1200<Enter>");
    assert!(status(&app).0.contains("¥1,200.00"), "{:?}\n{screen}", app.status);
    assert!(!status(&app).1);
    let (app, _) = run(&s, ":add abc -c 餐饮<Enter>");
    assert!(status(&app).0.contains("不是金额") || status(&app).0.contains("abc"), "{:?}", app.status);
    let help = common::screen(&s.run("?", (80, 120)));
    assert!(help.contains("像命令行一样运行命令"), "{help}");
}

/// Issue 21: quick add remembers the account a payee was last paid from,
/// as it remembers the category; a typed `@account` still wins, and a new
/// payee goes to the default account.
#[test]
fn quick_add_takes_the_payee_s_usual_account() {
    let s = Session::new();
    let (app, _) = run(&s, ":add 30 -c food -a Alipay -p 沙县小吃<Enter>");
    assert!(!status(&app).1, "{:?}", app.status);
    run(&s, "i12 沙县小吃<Enter>i13 沙县小吃 @cash<Enter>i14 新面馆<Enter>");
    let conn = rusqlite::Connection::open(&s.path).unwrap();
    let account_of = |amount: i64| -> String {
        conn.query_row(
            "SELECT a.name FROM txns t JOIN accounts a ON a.id = t.account_id WHERE t.amount = ?1",
            [amount],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(account_of(-1200), "Alipay", "the payee's usual account");
    assert_eq!(account_of(-1300), "Cash", "typed wins");
    assert_eq!(account_of(-1400), "Bank card", "a new payee: the default");
}

/// Issue 21: a bank CSV imported from the interface: `I` and its path
/// open the mapping screen, a first guess at the columns from the file's
/// header (and the first open account); Enter previews the import, Enter
/// imports it, and a name typed in "save as" keeps the mapping
/// (`tests/tui/tui_mapping.rs` has the rest).
#[test]
fn a_bank_csv_gets_a_mapping_step_in_the_interface() {
    let s = Session::new();
    let bill = s.path.with_file_name("bank.csv");
    std::fs::write(&bill, "Date,Amount,Description\n2026-10-03,-18.50,Metro\n2026-10-04,-60.00,Grocer\n").unwrap();
    let (app, screen) = run(&s, &format!("I{}<Enter>", bill.display()));
    assert_eq!(app.mode, Mode::Mapping, "{screen}");
    let mapping = app.mapping.as_ref().unwrap().mapping(&app.accounts);
    assert_eq!(mapping.spec(), "date=Date,amount=Amount,payee=Description");
    assert_eq!(mapping.account.as_deref(), Some("Bank card"));
    assert!(status(&app).0.contains("bank.csv is a bank bill nestegg does not know yet"), "{:?}", app.status);
    let (app, _) = run(&s, &format!("I{}<Enter><Up>mybank<Enter><Enter>", bill.display()));
    assert!(status(&app).0.contains("imported 2 transactions"), "{:?}", app.status);
    let rows = common::table_rows(&rusqlite::Connection::open(&s.path).unwrap(), "txns");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(s.store().mapping_names().unwrap(), ["mybank"]);
}

/// The lines of the popup over the screen after `script` at `size`, all of
/// them: scrolled with j one line at a time until the end shows.
fn popup_lines(s: &Session, script: &str, size: (u16, u16)) -> Vec<String> {
    let inside = |text: &str| -> Vec<String> {
        let lines: Vec<&str> = text.lines().collect();
        lines[1..lines.len() - 1]
            .iter()
            .map(|l| l.trim_start_matches('│').trim_end().trim_end_matches('│').trim_end().to_owned())
            .collect()
    };
    let mut seen: Vec<String> = Vec::new();
    let mut last = Vec::new();
    for k in 0..60 {
        let text = common::screen(&s.run(&format!("{script}{}", "j".repeat(k)), size));
        let now = inside(&text);
        if now == last {
            break;
        }
        seen.push(now[0].clone());
        last = now;
    }
    seen.pop();
    seen.extend(last);
    seen.into_iter().filter(|l| !l.is_empty()).collect()
}

/// `:add --help` in either language: a flag's help longer than the popup
/// wraps under itself, none cut (in Chinese it was `[默认：~/.local/share/nestegg/le│`).
#[test]
fn a_commands_help_wraps_inside_the_popup_in_both_languages() {
    let s = Session::new();
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    let account = "Account name (or unique prefix) [default: account in the settings, else the first account]";
    let split = "Split AA this many ways (2 to 50): one share is yours, the others are owed";
    for lang in [nestegg::text::Lang::En, nestegg::text::Lang::Zh] {
        nestegg::text::set_lang(lang);
        let said =
            |en: &'static str| if lang == nestegg::text::Lang::En { en } else { nestegg::text::help::zh(en).unwrap() };
        for size in [(120, 40), (80, 24), (60, 20)] {
            let lines = popup_lines(&s, ":add --help<Enter>", size);
            let all = squeeze(&lines.join(" "));
            for help in [said(account), said(split)] {
                assert!(all.contains(&squeeze(help)), "{lang:?} {size:?}: {help:?} not whole in {lines:#?}");
            }
            // Each line of a flag's help starts under the help's first.
            let first = lines.iter().find(|l| l.contains("--split")).unwrap();
            let column = first.find(said(split).split(' ').next().unwrap()).unwrap();
            let at = lines.iter().position(|l| l == first).unwrap();
            if let Some(next) = lines.get(at + 1).filter(|l| !l.trim_start().starts_with('-')) {
                assert_eq!(
                    next.len() - next.trim_start().len(),
                    first[..column].width(),
                    "{lang:?} {size:?}: {lines:#?}"
                );
            }
        }
    }
}

/// Issue 25: `:salary 15000` lost the right side of its notes at 120
/// columns (`… special deductions = ¥│`). Its table stays whole and its
/// notes wrap inside the popup at 120×40 and 80×24, and at 60×20 they
/// scroll (j), none cut. The figures: 15,000 − 2,625 of contributions
/// (8 % + 2 % + 0.5 % + 7 %) − 5,000 = 7,375 taxable a month, 88,500 a year.
#[test]
fn the_salary_breakdown_fits_at_every_size() {
    let s = Session::new();
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    for (lang, rows, notes) in [
        (
            nestegg::text::Lang::En,
            ["Take-home pay             ¥11,847.50  ¥142,170.00", "Income tax (10% bracket)    -¥527.50   -¥6,330.00"],
            [
                "Taxable a month: ¥15,000.00 − ¥2,625.00 of contributions − ¥5,000.00 standard deduction − \
                 ¥0.00 special deductions = ¥7,375.00; ¥88,500.00 a year, in the 10% bracket.",
                "months 5–12 at 10%: ¥282.50–¥737.50.",
                "The housing fund stays yours, in your fund account.",
            ],
        ),
        (
            nestegg::text::Lang::Zh,
            ["到手工资              ¥11,847.50  ¥142,170.00", "个人所得税（10% 档）    -¥527.50   -¥6,330.00"],
            [
                "每月应纳税所得额：¥15,000.00 − 社保公积金 ¥2,625.00 − 基本减除费用 ¥5,000.00 − \
                 专项附加扣除 ¥0.00 = ¥7,375.00；全年 ¥88,500.00，适用 10% 档。",
                "5–12 月按 10%：¥282.50–¥737.50。",
                "公积金仍归你所有，存在你的公积金账户里。",
            ],
        ),
    ] {
        nestegg::text::set_lang(lang);
        for size in [(120, 40), (80, 24), (60, 20)] {
            let lines = popup_lines(&s, ":salary 15000<Enter>", size);
            for row in rows {
                assert!(lines.iter().any(|l| l == row), "{lang:?} {size:?}: {row:?} not whole in {lines:#?}");
            }
            let all = squeeze(&lines.join(" "));
            for note in notes {
                assert!(all.contains(&squeeze(note)), "{lang:?} {size:?}: {note:?} not whole in {lines:#?}");
            }
            assert!(lines.iter().all(|l| !l.ends_with('…')), "{lang:?} {size:?}: {lines:#?}");
        }
    }
}

/// A short table is shown over the screen, never joined into the status
/// line: `:instalments` with one plan is two lines, a header and a row.
#[test]
fn a_short_table_shows_over_the_screen() {
    let s = Session::new();
    let now = today().and_hms_opt(12, 0, 0).unwrap();
    let mut added = String::new();
    for line in [
        "accounts add 花呗 --kind credit",
        "accounts credit 花呗 --limit 5000 --statement-day 1 --due-day 9",
        "add 600 -c clothing -a 花呗 -p 测试",
    ] {
        let ran = nestegg::cli::inside::run_line(line, &s.path, now);
        assert!(ran.ok, "{line}: {}", ran.output);
        added = ran.output;
    }
    let id = added.trim_start_matches("added #").split(':').next().unwrap().to_owned();
    let (app, _) = run(&s, &format!(":instalments {id} 3<Enter>"));
    assert_eq!(app.mode, Mode::Browse, "{:?}", app.status);
    let (app, screen) = run(&s, ":instalments<Enter>");
    assert_eq!(app.mode, Mode::Help, "{:?}", app.status);
    assert!(screen.contains("测试") && screen.contains("¥600.00"), "{screen}");
}
