//! The interface at its smallest promised size (60×20) and at 80 columns:
//! footer hints dropped whole with `? more` kept, the help readable in one
//! column with the ledger's path, status messages wrapped whole, the
//! Ledger's header and columns, and the quick-add hint in the reader's
//! language (a newcomer's test of small terminals).

use crate::common;

use common::{Session, keys, screen, today};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use nestegg::text::{Lang, set_lang};
use nestegg::tui::app::Tab;
use nestegg::tui::keymap::{self, Scope};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;

/// Three months of the demo household and a scenario that buys a flat.
fn demo() -> Session {
    use nestegg::relocation::scenario::Scenario;
    let s = Session::new();
    nestegg::ops::demo::load(&mut s.store(), nestegg::demo::household(today(), 3, 9), 0, |_| ()).unwrap();
    let housing = common::moving::hegang_mortgage();
    let buy = Scenario {
        name: "Buy in Hegang".into(),
        city: "Hegang".into(),
        income: 500_000,
        housing,
        living: 100_000,
        moving_costs: 300_000,
        months_without_income: 0,
        start: None,
        sell_home_fee_bp: None,
        income_from: Default::default(),
        rent_growth_bp: None,
        scaled_living: false,
        price_change_bp: 0,
        selling_costs_bp: 200,
    };
    s.store().write(|tx| tx.add_scenario(&buy)).unwrap();
    s
}

/// The text without any whitespace: what wrapping cannot change.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !"│".contains(*c)).collect()
}

fn footer(text: &str) -> &str {
    text.lines().last().unwrap()
}

/// Issue: at 60 columns the footer cut a hint mid-word (`/ f`, `/ 筛`,
/// `y 年`, `f infl`). Every hint shown is whole, and the help key's hint
/// is always there.
#[test]
fn footer_hints_are_dropped_whole_and_the_help_key_stays() {
    let s = demo();
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let more = match lang {
            Lang::En => "? more",
            Lang::Zh => "? 更多",
        };
        for (tab, script) in
            [(Tab::Ledger, "1"), (Tab::Months, "2"), (Tab::Plan, "3"), (Tab::Move, "4"), (Tab::Budget, "5")]
        {
            let whole: Vec<String> = keymap::footer(Scope::Tab(tab)).iter().map(|(k, w)| format!("{k} {w}")).collect();
            for width in [60, 64, 72, 80, 100] {
                let text = screen(&s.run(script, (width, 20)));
                let line = footer(&text);
                let hints: Vec<&str> = line.split("  ").map(str::trim).filter(|h| !h.is_empty()).collect();
                for hint in &hints {
                    assert!(whole.iter().any(|w| w == hint) || *hint == more, "{tab:?} {width}: {hint:?} in {line:?}");
                }
                assert!(hints.iter().any(|h| h.starts_with("? ")), "{tab:?} {width}: no help hint in {line:?}");
                let all_fit = whole.join("  ").width() <= width as usize;
                assert_eq!(hints.len() == whole.len(), all_fit, "{tab:?} {width}: {line:?}");
            }
        }
    }
}

/// The Move tab's mortgage schedule shows its own keys in the footer, not
/// the tab's.
#[test]
fn the_mortgage_schedule_footer_shows_its_own_keys() {
    let s = demo();
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let (own, tab_only) = match lang {
            Lang::En => (["↓ year", "Enter months", "Esc back"], "m mortgage"),
            Lang::Zh => (["↓ 选年", "Enter 各月", "Esc 返回"], "m 房贷"),
        };
        for width in [60, 80, 120] {
            let text = screen(&s.run("4lm", (width, 20)));
            let line = footer(&text);
            for hint in own {
                assert!(line.contains(hint), "{width}: {hint:?} missing from {line:?}\n{text}");
            }
            // Back on the tab (Esc), its own keys again.
            let text = screen(&s.run("4lm<Esc>", (width, 20)));
            assert!(!footer(&text).contains(own[2]), "{width}: {text}");
            if width >= 80 {
                assert!(footer(&text).contains(tab_only), "{width}: {text}");
            }
        }
    }
}

/// Issue: at 60 columns the help's two columns cut nearly every
/// description. Now no description is cut (a long one wraps under itself),
/// the keys every tab has are listed once, after the current tab's, and
/// the open ledger's path is shown.
#[test]
fn the_help_at_60_columns_is_whole_lists_shared_keys_once_and_names_the_ledger() {
    let s = demo();
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        // Tall enough to hold the whole help without scrolling.
        let text = screen(&s.run("?", (60, 250)));
        assert!(!text.contains('…'), "{text}");
        let flat = squash(&text);
        assert!(flat.contains(&squash(&s.path.display().to_string())), "the ledger's path:\n{text}");
        let scopes = Tab::ALL.map(Scope::Tab).into_iter().chain([
            Scope::Import,
            Scope::Mapping,
            Scope::Form,
            Scope::Prompt,
            Scope::Confirm,
        ]);
        for scope in scopes {
            for (keys, what) in keymap::help_lines(scope) {
                assert!(flat.contains(&squash(what)), "{scope:?} {keys}: {what:?} is not whole:\n{text}");
            }
        }
        let anywhere = squash(nestegg::text::keys::help_quit_anywhere());
        assert_eq!(flat.matches(&anywhere).count(), 1, "Ctrl-c once:\n{text}");
        let undo = squash(nestegg::text::keys::help_undo());
        assert_eq!(flat.matches(&undo).count(), 1, "u once:\n{text}");
        for tab in Tab::ALL {
            assert_eq!(text.matches(tab.help_title()).count(), 1, "{tab:?}:\n{text}");
        }
    }
}

#[test]
fn the_help_starts_with_the_keys_of_what_is_showing() {
    let s = demo();
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        for (script, first) in [("?", Tab::Ledger), ("2?", Tab::Months), ("3?", Tab::Plan), ("5?", Tab::Budget)] {
            let text = screen(&s.run(script, (60, 250)));
            let at = |title: &str| text.find(title).unwrap_or_else(|| panic!("{title}:\n{text}"));
            for tab in Tab::ALL {
                assert!(at(first.help_title()) <= at(tab.help_title()), "{script}: {first:?} first:\n{text}");
            }
        }
        // On the mortgage schedule: its keys, then the Move tab's.
        let text = screen(&s.run("4lm?", (60, 250)));
        let schedule = match lang {
            Lang::En => "Mortgage schedule",
            Lang::Zh => "房贷还款表",
        };
        let first = text.lines().position(|l| l.contains(schedule)).expect("the schedule's section");
        let keys = nestegg::text::keys::help_schedule_months();
        assert!(text.lines().skip(first).take(6).any(|l| l.contains(keys)), "{text}");
        assert!(text.find(schedule).unwrap() < text.find(Tab::Move.help_title()).unwrap(), "{text}");
        assert!(text.find(Tab::Move.help_title()).unwrap() < text.find(Tab::Ledger.help_title()).unwrap(), "{text}");
    }
}

/// Runs the app on `s`'s ledger with these events; returns the screen.
fn run_events(path: &std::path::Path, events: Vec<Event>, size: (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let mut store = nestegg::store::Store::open(path).unwrap();
    let app = nestegg::tui::run_app(&mut terminal, &mut store, today(), &mut events.into_iter()).unwrap();
    terminal.clear().unwrap();
    terminal.draw(|f| nestegg::tui::views::draw(f, &app)).unwrap();
    screen(&terminal)
}

fn assert_whole(message: &str, text: &str, what: &str) {
    assert!(squash(text).contains(&squash(message)), "{what}: {message:?} is not whole on screen:\n{text}");
    // Wrapped between words: each line of the message is a run of its words.
    for word in message.split_whitespace().filter(|w| w.is_ascii()) {
        assert!(text.split_whitespace().any(|w| w.contains(word)), "{what}: {word:?} was split:\n{text}");
    }
}

/// Issue: a status message longer than the screen was cut at its edge
/// (`… quit wit…`, `nestegg --db /tmp/demo…`, `Esc closes the…`). It wraps
/// onto more lines instead, above the footer and any popup.
#[test]
fn a_long_status_message_wraps_whole_at_60_and_80_columns() {
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        for size in [(60, 20), (80, 24)] {
            // A new ledger says where it is.
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("a-ledger-someone-mistyped.db");
            let text = run_events(&path, Vec::new(), size);
            assert_whole(&nestegg::text::ui::new_ledger(path.display()), &text, "new ledger");
            // The demo on a ledger that has rows names the command to run.
            let s = Session::new();
            s.add("2026-11-02", "food", "Cash", "keep", -1000);
            assert_whole(nestegg::text::ui::demo_only_empty(), &screen(&s.run("D", size)), "demo");
            // Ctrl-C in the form with something typed asks first, under the open form.
            let mut events = keys("a12");
            events.push(Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)));
            let text = run_events(&s.path, events, size);
            assert!(text.contains('┌'), "the form is still open:\n{text}");
            assert_whole(nestegg::text::form::quit_ask(), &text, "Ctrl-C");
            // A bank bill: its mapping screen opens, and says what to do (issue 21).
            let bill = s.path.with_file_name("statement.csv");
            std::fs::write(&bill, "when,how much\n2026-11-02,12\n").unwrap();
            let text = screen(&s.run(&format!("I{}<Enter>", bill.display()), size));
            assert_whole(&nestegg::text::mapping::opened("statement.csv"), &text, "import");
        }
    }
}

/// Issue: at 60×20 the Ledger's header dropped housing and spending, and
/// the table gave the payee 8 columns while category and account were
/// mostly padding.
#[test]
fn the_ledger_at_60_by_20_shows_every_figure_and_gives_the_payee_room() {
    let s = demo();
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let text = screen(&s.run("", (60, 20)));
        // Three lines: the figures on two, safe to spend today on the third.
        let header: String = text.lines().skip(1).take(3).collect::<Vec<_>>().join("\n");
        let labels = match lang {
            Lang::En => ["saved ¥", "in ¥", "housing ¥", "spent ¥", "safe today ¥", "/day"],
            Lang::Zh => ["储蓄 ¥", "收入 ¥", "住房 ¥", "支出 ¥", "今日可花 ¥", "每天 ¥"],
        };
        for label in labels {
            assert!(header.contains(label), "{label}:\n{text}");
        }
        for line in header.lines() {
            let whole = [".00", ".50", ")", "/day"].iter().any(|end| line.ends_with(end));
            assert!(whole, "whole figures: {line:?}");
        }
        // Payees of up to 12 columns are whole; category and account are as
        // wide as their longest name (and heading), one space apart (two
        // rows more, the header taking three, to reach the longest payees).
        let text = screen(&s.run("", (60, 22)));
        assert!(text.contains("东北饺子馆") && text.contains("杨国福麻辣烫"), "{text}");
        let head = text.lines().find(|l| l.starts_with(nestegg::text::ledger::col_date())).unwrap();
        let category = head.find(nestegg::text::ledger::col_category()).unwrap();
        let account = head.find(nestegg::text::ledger::col_account()).unwrap();
        let payee = head.find(nestegg::text::ledger::col_payee()).unwrap();
        assert!(head[payee..category].width() >= 13, "{head:?}");
        let widest_category = s
            .rows()
            .iter()
            .filter_map(|t| t.category.as_deref())
            .map(|c| nestegg::text::names::shown(c).width())
            .max()
            .unwrap();
        assert!(head[category..account].width() <= widest_category.min(14) + 1, "{head:?}");
    }
}

/// The selected row stays on screen when the header and a message take
/// lines from the table.
#[test]
fn the_selected_row_stays_in_view_under_a_two_line_header_and_message() {
    let s = demo();
    set_lang(Lang::En);
    let rows = s.rows();
    // Down to the last row of the first screenful, then D for a long message.
    let text = screen(&s.run(&format!("{}D", "j".repeat(14)), (60, 20)));
    let selected = &rows[14];
    let dated = text.lines().filter(|l| l.starts_with(&selected.date.to_string()));
    assert!(dated.clone().any(|l| l.contains(&selected.payee)), "row 15 ({}) in view:\n{text}", selected.payee);
}

/// Issue: the quick-add hint showed no `15元` or leading date, and in
/// Chinese named English categories (`#food`). Every example it shows saves
/// as typed, in both languages.
#[test]
fn the_quick_add_hint_shows_the_forms_people_use_and_its_examples_save() {
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let hint = nestegg::text::ui::prompt_quick_hint();
        let help = nestegg::text::keys::help_quick_add();
        for form in ["15元", "-2", "11-28"] {
            assert!(hint.contains(form) && help.contains(form), "{form}: {hint:?} / {help:?}");
        }
        let yesterday = if lang == Lang::En { "y " } else { "昨天" };
        assert!(hint.contains(yesterday) && help.contains(yesterday.trim()), "{hint:?} / {help:?}");
        if lang == Lang::Zh {
            for text in [hint, help] {
                let named = text.split_whitespace().filter(|w| w.starts_with(['#', '@']));
                for name in named {
                    assert!(!name[1..].chars().any(|c| c.is_ascii_alphabetic()), "an English name in {text:?}");
                }
            }
        }
        let text = screen(&Session::new().run("i", (60, 20)));
        assert!(squash(&text).contains(&squash(hint)), "the whole hint at 60 columns:\n{text}");
        // Each example between the dots, after any label, saves as typed.
        let examples: Vec<&str> =
            hint.lines().flat_map(|l| l.rsplit([':', '：']).next().unwrap().split(" · ")).map(str::trim).collect();
        assert!(examples.len() >= 6, "{examples:?}");
        let s = Session::new();
        for example in &examples {
            let before = s.rows().len();
            let text = screen(&s.run(&format!("i{example}<Enter>"), (100, 30)));
            assert_eq!(s.rows().len(), before + 1, "{example:?} did not save:\n{text}");
        }
        let rows = s.rows();
        let by = |payee: &'static str| rows.iter().filter(move |t| t.payee == payee);
        let (taxi, meal) = if lang == Lang::En { ("taxi", "lunch") } else { ("打车", "午饭") };
        let taxi = by(taxi).next().unwrap();
        assert_eq!((taxi.amount, taxi.category.as_deref()), (-1500, Some("transport")));
        let takeaway = by("美团外卖").next().unwrap();
        assert_eq!((takeaway.amount, takeaway.account.as_str()), (-2500, "WeChat Pay"));
        let mut dates: Vec<String> = by(meal).map(|t| t.date.to_string()).collect();
        dates.sort();
        assert_eq!(dates, ["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-28"], "today, y, -2 and 11-28");
    }
}
