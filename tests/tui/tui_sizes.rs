//! Every screen at every size from the minimum up (issue 19, item 1): each
//! tab, the help, the add form, the quick-add and filter prompts, the delete
//! question, the import preview and the Move tab's scenario form and
//! mortgage schedule, at every width 60..=130 and height 20..=50, on a demo
//! ledger and on an empty one, in both languages, without a panic.
//!
//! Each screen's state is reached once by the real loop with scripted keys,
//! then only resized and drawn at each size: about 120,000 draws, which
//! take under a minute because the dependencies (ratatui's layout solver
//! among them) are optimised even in a debug build (see Cargo.toml).

use crate::common;

use common::{Session, fixture, keys, today};
use nestegg::relocation::scenario::Housing;
use nestegg::text::{Lang, set_lang};
use nestegg::tui::action::Action;
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WIDTHS: std::ops::RangeInclusive<u16> = 60..=130;
const HEIGHTS: std::ops::RangeInclusive<u16> = 20..=50;

/// Every size of the grid.
fn grid() -> Vec<(u16, u16)> {
    WIDTHS.flat_map(|w| HEIGHTS.map(move |h| (w, h))).collect()
}

/// Two years of the demo household, a budget over its limit, and two
/// scenarios (renting, and buying with a mortgage) for the Move tab.
fn demo() -> Session {
    let s = Session::new();
    nestegg::ops::demo::load(&mut s.store(), nestegg::demo::household(today(), 24, 9), 0, |_| ()).unwrap();
    let mortgage = common::moving::hegang_mortgage();
    let rent = Housing::Rent { monthly: 50_000, deposit_months: 0, agent_fee: 0 };
    s.store()
        .write(|tx| {
            tx.add_scenario(&common::moving::hegang("Hegang", rent))?;
            tx.add_scenario(&common::moving::hegang("Buy in Hegang", mortgage))
        })
        .unwrap();
    s
}

/// The scripts that reach each screen from a fresh start.
fn screens() -> Vec<(&'static str, String)> {
    vec![
        ("ledger", String::new()),
        ("months", "2".into()),
        ("plan", "3".into()),
        ("move", "4".into()),
        ("budget", "5".into()),
        ("help", "?".into()),
        ("add form", "a".into()),
        ("quick add", "i35 lunch".into()),
        ("filter", "/cat:food".into()),
        ("delete question", "d".into()),
        ("import preview", format!("I{}<Enter>", fixture("alipay.csv"))),
        ("scenario form", "4la".into()),
        ("mortgage schedule", "4llm<Enter>".into()),
        ("months help", "2?".into()),
    ]
}

/// Reaches each screen once, then draws it at each of `sizes`.
fn every_size(s: &Session, lang: Lang, sizes: &[(u16, u16)]) {
    set_lang(lang);
    for (name, script) in screens() {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let mut app = run_app(&mut terminal, &mut s.store(), today(), &mut keys(&script).into_iter()).unwrap();
        for &(w, h) in sizes {
            app.update(Action::Resize(w, h));
            terminal.backend_mut().resize(w, h);
            let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                terminal.draw(|f| nestegg::tui::views::draw(f, &app)).map(|_| ())
            }));
            match drawn {
                Ok(result) => result.unwrap(),
                Err(_) => panic!("{name} ({lang:?}) panicked at {w}×{h}"),
            }
        }
    }
}

#[test]
fn every_screen_of_a_demo_ledger_draws_at_every_size_in_english() {
    every_size(&demo(), Lang::En, &grid());
}

#[test]
fn every_screen_of_a_demo_ledger_draws_at_every_size_in_chinese() {
    every_size(&demo(), Lang::Zh, &grid());
}

#[test]
fn every_screen_of_an_empty_ledger_draws_at_every_size_in_english() {
    every_size(&Session::new(), Lang::En, &grid());
}

#[test]
fn every_screen_of_an_empty_ledger_draws_at_every_size_in_chinese() {
    every_size(&Session::new(), Lang::Zh, &grid());
}

/// Issue 19, item 15: what gets cut or wrapped on a small screen is cut
/// between words and wrapped at Chinese punctuation, and the Move tab keeps
/// its key rows.
mod fits {
    use super::*;
    use common::screen;
    use nestegg::model::Month;

    fn id_of(s: &Session, name: &str) -> i64 {
        s.store().categories(true).unwrap().into_iter().find(|c| c.name == name).unwrap().id
    }

    /// November 2026 over budget in three categories.
    fn over_budget() -> Session {
        let s = Session::new();
        s.add("2026-11-10", "salary", "Bank card", "厂", 500_000);
        let nov = Month::new(2026, 11).unwrap();
        for (name, spent) in [("food", 100_000), ("transport", 10_000), ("entertainment", 20_000)] {
            s.add("2026-11-12", name, "Cash", "x", -spent);
            let id = id_of(&s, name);
            s.store().write(|tx| tx.set_budget(id, nov, 5_000, false)).unwrap();
        }
        s
    }

    #[test]
    fn the_ledger_header_cuts_the_over_budget_note_between_names() {
        let s = over_budget();
        for lang in [Lang::En, Lang::Zh] {
            set_lang(lang);
            let full = screen(&s.run("", (130, 30)));
            let full = full.lines().nth(1).unwrap();
            let note = &full[full.find('!').unwrap()..];
            for width in [60, 80, 100] {
                let text = screen(&s.run("", (width, 30)));
                let header = text.lines().nth(1).unwrap();
                assert!(unicode_width::UnicodeWidthStr::width(header) <= width as usize, "{header}");
                let Some(cut) = header.find('!').map(|i| &header[i..]) else { continue };
                if cut == note {
                    continue;
                }
                let kept = cut.strip_suffix('…').unwrap_or_else(|| panic!("{width}: {header:?} ends in …"));
                let next = note[kept.len()..].chars().next();
                let between = kept.ends_with(' ') || matches!(next, Some(' ' | ',' | ':' | '：' | '、'));
                assert!(between, "{width}: {header:?} cut {note:?} mid-word");
            }
        }
    }

    #[test]
    fn the_months_figures_stay_whole_on_a_narrow_screen() {
        let s = demo();
        for lang in [Lang::En, Lang::Zh] {
            set_lang(lang);
            for width in 60..=80 {
                let text = screen(&s.run("2", (width, 24)));
                let figures = text.lines().nth(1).unwrap();
                let cents = figures.rsplit('.').next().unwrap();
                assert!(cents.len() == 2 && cents.chars().all(|c| c.is_ascii_digit()), "{width}: {figures:?}");
            }
        }
    }

    #[test]
    fn the_move_tab_keeps_break_even_and_net_worth_at_60_by_20() {
        let s = demo();
        for lang in [Lang::En, Lang::Zh] {
            set_lang(lang);
            let text = screen(&s.run("4", (60, 20)));
            let (names, keys) = match lang {
                Lang::En => (["Stay", "Hegang"], ["savings", "break-even", "net worth 10y"]),
                Lang::Zh => (["留下", "Hegang"], ["储蓄", "回本", "净资产 10年"]),
            };
            for needle in names.iter().chain(&keys) {
                assert!(text.contains(needle), "{needle}:\n{text}");
            }
        }
    }

    #[test]
    fn the_empty_move_tab_wraps_chinese_at_punctuation_and_commands_between_words() {
        // Complete months, no scenario yet.
        let s = Session::new();
        for m in 9..=10 {
            s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "厂", 500_000);
        }
        // Without a complete month the tab says why, wrapped the same way.
        set_lang(Lang::Zh);
        let why = screen(&Session::new().run("4", (60, 24)));
        assert!(why.lines().all(|l| !l.starts_with("的")), "{why}");
        for width in [60, 64, 70, 77] {
            set_lang(Lang::Zh);
            let text = screen(&s.run("4", (width, 24)));
            assert!(text.contains("还没有方案。按 a 添加："), "{width}:\n{text}");
            for line in text.lines() {
                let first = line.chars().next().unwrap_or(' ');
                assert!(!"，。、：；）".contains(first), "{width}: a line starts with {first}:\n{text}");
            }
            for lang in [Lang::En, Lang::Zh] {
                set_lang(lang);
                let text = screen(&s.run("4", (width, 24)));
                let flags = ["--city", "--moving-costs", "--plan", "--area"];
                let words: Vec<&str> = text.split_whitespace().filter(|w| w.starts_with('-')).collect();
                assert!(words.iter().all(|w| flags.contains(w)), "{width}: a flag is cut: {words:?}\n{text}");
                // A command stays on one line, so it can be copied.
                let at = text.lines().position(|l| l.contains("--moving-costs")).unwrap();
                assert!(text.lines().nth(at).unwrap().ends_with("--moving-costs 900"), "{text}");
            }
        }
    }
}

/// Issue 19, item 15: a narrow screen never shows half a figure or half a
/// word: the Ledger header keeps whole figures, the welcome panel, the Plan
/// and the Budget tab wrap between words, a key's wrapped line indented.
#[test]
fn narrow_screens_show_whole_figures_and_wrap_between_words() {
    let s = Session::new();
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        let ledger = common::screen(&s.run("", (60, 20)));
        let header = ledger.lines().nth(1).unwrap();
        assert!(header.ends_with(".00") || header.ends_with(')'), "{header}");
        let plan = common::screen(&s.run("3", (60, 20)));
        let budget = common::screen(&s.run("5", (60, 20)));
        for text in [&ledger, &plan, &budget] {
            for line in text.lines() {
                let first = line.trim_start_matches(['│', ' ']).chars().next().unwrap_or(' ');
                assert!(!"，。、：；）".contains(first), "a line starts with {first}:\n{text}");
            }
        }
        assert!(budget.contains("  nestegg budget set food 1200 --rollover"), "{budget}");
        assert!(!plan.contains("按 D\n"), "{plan}");
    }
    set_lang(Lang::En);
    let ledger = common::screen(&s.run("", (60, 20)));
    assert!(ledger.contains("│    preview first)"), "{ledger}");
    let budget = common::screen(&s.run("5", (60, 20)));
    assert!(
        budget.contains(
            "No budgets for this month. Press a to set one (a category,\nan amount a month), c to copy last month's, or from the\ncommand line:"
        ),
        "{budget}"
    );
}
