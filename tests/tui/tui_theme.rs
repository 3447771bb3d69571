//! The interface in each theme, on TestBackend: which cells get colour,
//! and that meaning survives without it (signs, the over-budget marker).

use nestegg::config::Theme;
use nestegg::model::Cycle;
use nestegg::tui::{Prefs, run_app_with, theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use crate::common;
use common::{Session, keys, screen, today};

fn run(session: &Session, script: &str, prefs: Prefs, cycle: Cycle) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut store = session.store();
    store.set_cycle(cycle);
    let app = run_app_with(&mut terminal, &mut store, today(), &mut keys(script).into_iter(), prefs).unwrap();
    terminal.clear().unwrap();
    terminal.draw(|f| nestegg::tui::views::draw(f, &app)).unwrap();
    terminal
}

fn prefs(theme: Theme, no_colour: bool) -> Prefs {
    Prefs { palette: theme::palette(theme, no_colour), ..Prefs::default() }
}

/// Every foreground colour on screen.
fn colours(t: &Terminal<TestBackend>) -> Vec<Color> {
    let mut out: Vec<Color> =
        t.backend().buffer().content().iter().map(|c| c.fg).filter(|c| *c != Color::Reset).collect();
    out.sort_by_key(|c| format!("{c:?}"));
    out.dedup();
    out
}

/// The style of the first cell of `needle` on screen.
fn style_of(t: &Terminal<TestBackend>, needle: &str) -> (Color, Modifier) {
    let buf = t.backend().buffer();
    let text = screen(t);
    let (row, line) = text.lines().enumerate().find(|(_, l)| l.contains(needle)).unwrap_or_else(|| panic!("{needle}"));
    let col = unicode_width::UnicodeWidthStr::width(&line[..line.find(needle).unwrap()]) as u16;
    let cell = &buf[(col, row as u16)];
    (cell.fg, cell.modifier)
}

fn session() -> Session {
    let s = Session::new();
    s.add("2026-11-10", "salary", "Bank card", "", 500_000);
    s.add("2026-11-20", "food", "Alipay", "食堂", -2_500);
    s.add("2026-11-21", "rent", "Bank card", "landlord", -120_000);
    s
}

#[test]
fn each_theme_colours_by_role_and_none_has_no_colour() {
    let s = session();
    let default = run(&s, "", prefs(Theme::Default, false), Cycle::default());
    assert_eq!(style_of(&default, "¥5,000.00").0, Color::Green, "income");
    assert_eq!(style_of(&default, "¥1,200.00").0, Color::Magenta, "housing");
    let contrast = run(&s, "", prefs(Theme::HighContrast, false), Cycle::default());
    let (fg, modifier) = style_of(&contrast, "¥5,000.00");
    assert_eq!(fg, Color::Green);
    assert!(modifier.contains(Modifier::BOLD), "high contrast is bold");
    for (theme, no_colour) in [(Theme::None, false), (Theme::Default, true), (Theme::HighContrast, true)] {
        let t = run(&s, "", prefs(theme, no_colour), Cycle::default());
        assert_eq!(colours(&t), [], "{theme:?} no_colour={no_colour}");
        let text = screen(&t);
        assert!(text.contains("-¥25.00") && text.contains("-¥1,200.00"), "signs carry the meaning:\n{text}");
    }
    // The months tab (bars, rate line, breakdown) has no colour either.
    let months = run(&s, "2", prefs(Theme::None, false), Cycle::default());
    assert_eq!(colours(&months), []);
}

#[test]
fn the_ledger_header_sums_the_salary_cycle_month() {
    let s = session();
    s.add("2026-11-05", "food", "Cash", "面馆", -1_000);
    // Calendar November: 5,000 in, 1,200 rent, 35 food.
    let calendar = screen(&run(&s, "", Prefs::default(), Cycle::default()));
    assert!(calendar.contains("2026-11  saved ¥3,765.00"), "{calendar}");
    // From the 10th: the row of 5 Nov belongs to 2026-10, so November spent 25.
    // The newest row (21 Nov) is selected; its month runs 10 Nov – 9 Dec.
    let cycle = screen(&run(&s, "", Prefs::default(), Cycle::new(10).unwrap()));
    assert!(cycle.contains("2026-11  saved ¥3,775.00"), "{cycle}");
}

#[test]
fn the_add_form_starts_on_the_settings_account() {
    let s = session();
    let p = Prefs { account: Some("wechat pay".into()), ..Prefs::default() };
    let form = screen(&run(&s, "a", p, Cycle::default()));
    let account_line = form.lines().find(|l| l.contains("Account")).unwrap();
    assert!(account_line.contains("WeChat Pay"), "{form}");
}

#[test]
fn the_settings_account_counts_by_its_chinese_name_for_the_form_and_quick_add() {
    let s = session();
    let p = || Prefs { account: Some("支付宝".into()), ..Prefs::default() };
    let form = screen(&run(&s, "a", p(), Cycle::default()));
    assert!(form.lines().find(|l| l.contains("Account")).unwrap().contains("Alipay"), "{form}");
    run(&s, "i9 new stall<Enter>", p(), Cycle::default());
    let row = s.rows().into_iter().find(|t| t.payee == "new stall").expect("quick add saved");
    assert_eq!(row.account, "Alipay");
    // An account the ledger does not have falls back to the first open one.
    let form = screen(&run(&s, "a", Prefs { account: Some("花呗".into()), ..Prefs::default() }, Cycle::default()));
    assert!(form.lines().find(|l| l.contains("Account")).unwrap().contains("Bank card"), "{form}");
}

/// Issue 19, item 13: without colour the Months chart still says which bar
/// is which (a fill per series, shown in the legend) and a month that
/// saved less than nothing hangs below the zero line.
#[test]
fn the_months_chart_means_the_same_without_colour() {
    let s = session();
    // October overspent: 3,000 in, 4,000 out.
    s.add("2026-10-10", "salary", "Bank card", "", 300_000);
    s.add("2026-10-20", "travel", "Bank card", "去北京", -400_000);
    let t = run(&s, "2", prefs(Theme::None, false), Cycle::default());
    let text = screen(&t);
    let legend = text.lines().find(|l| l.starts_with("┌") && l.contains("income")).unwrap();
    assert!(legend.contains("█ income") && legend.contains("▓ housing") && legend.contains("▒ spending"), "{text}");
    assert!(legend.contains("░ savings") && legend.contains("↓ negative"), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    let zero = lines.iter().position(|l| l.starts_with("│     0 ")).expect("the zero line");
    // November's savings (3,775) stand up from the line in its group's
    // fourth column; October's (-1,000), one group (five columns) left,
    // hang below it and nothing of them shows above.
    let row = |r: usize| lines[r].chars().collect::<Vec<char>>();
    let november = row(zero).iter().rposition(|&c| c == '░').expect("November's savings");
    let october = november - 5;
    assert_eq!(row(zero + 1)[october], '░', "{text}");
    assert_eq!(row(zero)[october], ' ', "nothing of October's savings above the line:\n{text}");
    // Labelled with October's figure itself, beside the row where its bar ends.
    assert!(lines[zero + 1].starts_with("│-1,000 "), "the depth is labelled:\n{text}");
}
