//! The same Chinese names typed into every face pick the same things: the
//! CLI's `add` and `ls`, the interface's form pickers, quick add, the
//! filter and the import preview's change-category prompt. `餐` is the start
//! of 餐饮 (food) and `微信` of 微信支付 (WeChat Pay); each face is driven
//! as a user would, in English and in Chinese, and the ledger (or the
//! filter the interface applied) shows what the names picked.

use crate::common;

use common::{Cli, fixture, keys, screen, today};
use nestegg::store::Store;
use nestegg::text::{Lang, set_lang};
use nestegg::tui::app::App;
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// What every face must pick for `餐` and `微信`.
const ANSWER: (&str, &str) = ("food", "WeChat Pay");

/// A ledger with rows the names must tell apart: food elsewhere, WeChat Pay
/// for other things, and neither.
fn ledger() -> Cli {
    let cli = Cli::new();
    for (amount, category, account, payee) in [
        ("12", "food", "Cash", "面馆"),
        ("8", "transport", "WeChat Pay", "地铁"),
        ("30", "groceries", "Bank card", "超市"),
    ] {
        cli.ok(&[
            "add",
            amount,
            "--category",
            category,
            "--account",
            account,
            "--payee",
            payee,
            "--date",
            "2026-11-20",
        ]);
    }
    cli
}

/// The app on `cli`'s ledger with scripted keys: the final state and screen.
fn interface(cli: &Cli, script: &str) -> (App, String) {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut store = Store::open(&cli.path).unwrap();
    let app = run_app(&mut terminal, &mut store, today(), &mut keys(script).into_iter()).unwrap();
    terminal.clear().unwrap();
    terminal.draw(|f| nestegg::tui::views::draw(f, &app)).unwrap();
    (app, screen(&terminal))
}

/// (category, account) of the rows with `payee`.
fn picked(cli: &Cli, payee: &str) -> Vec<(String, String)> {
    let rows = Store::open(&cli.path).unwrap().txn_page(&Default::default(), None, 1000).unwrap();
    rows.into_iter().filter(|t| t.payee == payee).map(|t| (t.category.unwrap_or_default(), t.account)).collect()
}

fn answer() -> Vec<(String, String)> {
    vec![(ANSWER.0.to_owned(), ANSWER.1.to_owned())]
}

#[test]
fn the_command_line_adds_and_lists_by_chinese_prefixes_in_either_language() {
    for lang in ["C.UTF-8", "zh_CN.UTF-8"] {
        let cli = ledger();
        let run = |args: &[&str]| {
            let out = cli.command(args).env("LANG", lang).output().unwrap();
            assert!(out.status.success(), "{args:?} in {lang}: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap()
        };
        run(&["add", "35", "--category", "餐", "--account", "微信", "--payee", "午饭"]);
        assert_eq!(picked(&cli, "午饭"), answer(), "add in {lang}");
        let listed = run(&["ls", "--category", "餐", "--account", "微信", "--format", "csv"]);
        let rows: Vec<&str> = listed.lines().skip(1).collect();
        assert_eq!(rows.len(), 1, "ls in {lang}: {listed}");
        assert!(rows[0].contains(",WeChat Pay,food,spending,午饭,"), "ls in {lang}: {listed}");
    }
}

#[test]
fn the_form_pickers_take_chinese_prefixes_in_either_language() {
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let cli = ledger();
        // a: the form on Amount; Tab to the category picker, Tab to the account picker, Tab to Payee.
        interface(&cli, "a35<Tab>餐<Tab>微信<Tab>午饭<Enter>");
        assert_eq!(picked(&cli, "午饭"), answer(), "{lang:?}");
    }
}

#[test]
fn quick_add_takes_chinese_prefixes_in_either_language() {
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let cli = ledger();
        let (_, text) = interface(&cli, "i35 午饭 #餐 @微信<Enter>");
        assert_eq!(picked(&cli, "午饭"), answer(), "{lang:?}: {text}");
    }
}

#[test]
fn the_filter_takes_chinese_prefixes_in_either_language() {
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let cli = ledger();
        cli.ok(&["add", "35", "--category", "food", "--account", "WeChat Pay", "--payee", "午饭"]);
        let (app, text) = interface(&cli, "/cat:餐 acct:微信<Enter>");
        let store = Store::open(&cli.path).unwrap();
        let name = |id: Option<i64>, of: &dyn Fn(i64) -> String| id.map(of);
        let category = name(app.filter.category_id, &|id| store.category(id).unwrap().name);
        let account = name(app.filter.account_id, &|id| store.account(id).unwrap().name);
        assert_eq!((category.as_deref(), account.as_deref()), (Some(ANSWER.0), Some(ANSWER.1)), "{lang:?}: {text}");
        assert!(text.contains("午饭") && !text.contains("面馆") && !text.contains("地铁"), "{lang:?}: {text}");
    }
}

#[test]
fn the_import_preview_takes_a_chinese_prefix_in_either_language() {
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let cli = ledger();
        // The bill's first row is 美团外卖 (to WeChat Pay, the bill's own account); c changes its category.
        let (_, text) = interface(&cli, &format!("I{}<Enter>c餐<Enter><Enter>", fixture("wechat.csv")));
        let rows = picked(&cli, "美团外卖");
        assert!(!rows.is_empty(), "{lang:?}: {text}");
        assert!(rows.iter().all(|r| *r == answer()[0]), "{lang:?}: {rows:?}");
    }
}

#[test]
fn an_unknown_chinese_name_is_refused_alike_with_relevant_suggestions() {
    set_lang(Lang::Zh);
    let cli = ledger();
    // 午餐 shares 餐 with 餐饮 only: the CLI and the interface both suggest it, and nothing else.
    let out = cli.command(&["add", "35", "--category", "午餐"]).env("LANG", "zh_CN.UTF-8").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("没有名为“午餐”的分类；最接近的：餐饮。"), "{err}");
    let (_, text) = interface(&cli, "i35 午饭 #午餐<Enter>");
    assert!(text.contains("没有分类“午餐”；最接近的：餐饮"), "{text}");
    let (_, text) = interface(&cli, "/cat:午餐<Enter>");
    assert!(text.contains("没有分类“午餐”；最接近的：餐饮"), "{text}");
    // 房 starts both 房租 (rent) and 房贷 (mortgage): both faces list them.
    let out = cli.command(&["add", "35", "--category", "房"]).env("LANG", "zh_CN.UTF-8").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("“房”对应多个分类：房租、房贷；"), "{err}");
    let (_, text) = interface(&cli, "i35 午饭 #房<Enter>");
    assert!(text.contains("“房”可能是 房租, 房贷"), "{text}");
    assert!(picked(&cli, "午饭").is_empty());
}

#[test]
fn an_archived_name_is_refused_alike_where_only_active_ones_count() {
    set_lang(Lang::En);
    let cli = ledger();
    cli.ok(&["accounts", "archive", "Cash"]);
    let out = cli.run(&["add", "5", "--category", "food", "--account", "现金"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("'Cash' is archived; bring it back with `nestegg accounts unarchive \"Cash\"`"), "{err}");
    let (_, text) = interface(&cli, "i5 煎饼 @现金<Enter>");
    assert!(text.contains("'Cash' is archived"), "{text}");
    assert!(picked(&cli, "煎饼").is_empty());
    // Over history (ls, the filter) an archived name still finds its rows.
    assert!(cli.ok(&["ls", "--account", "现金", "--format", "csv"]).contains("面馆"));
    let (app, _) = interface(&cli, "/acct:现金<Enter>");
    assert!(app.filter.account_id.is_some());
}
