//! The forms over a real ledger and the real loop: what a slip of the
//! fingers does to what was typed.

use crate::common;

use common::{Session, keys, today};
use nestegg::tui::app::Mode;
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A household with complete months, so staying (a new scenario's copy) exists.
fn household() -> Session {
    let s = Session::new();
    nestegg::ops::demo::load(&mut s.store(), nestegg::demo::household(today(), 3, 9), 0, |_| ()).unwrap();
    s
}

fn run(s: &Session, script: &str) -> nestegg::tui::app::App {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    run_app(&mut terminal, &mut s.store(), today(), &mut keys(script).into_iter()).unwrap()
}

/// Issue 19 item 21: Ctrl-C in the scenario form with typed input asks
/// first, as the add form does; a second Ctrl-C in a row quits.
#[test]
fn ctrl_c_in_the_scenario_form_asks_before_quitting() {
    let s = household();
    let app = run(&s, "4aChengdu<C-c>");
    assert!(!app.quit, "the first Ctrl-C over a typed name only asks");
    assert_eq!(app.mode, Mode::ScenarioForm);
    assert!(app.status.as_ref().unwrap().text.starts_with("Ctrl-C again quits"), "{:?}", app.status);
    assert!(run(&s, "4aChengdu<C-c><C-c>").quit, "the second Ctrl-C quits");
    assert!(run(&s, "4a<C-c>").quit, "nothing typed: Ctrl-C quits at once");
}

/// The scenario form speaks the reader's language: in Chinese a move "now"
/// reads 现在, and a city typed as 鹤岗 stays 鹤岗 (it was turned into Hegang).
#[test]
fn the_scenario_form_shows_chinese_in_chinese() {
    use nestegg::relocation::edit::Field;
    use nestegg::tui::scenario_form::Slot;
    let s = household();
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let app = run(&s, "4a鹤岗搬家<Tab>鹤岗<Tab>");
    let form = app.relocation.form.as_ref().unwrap();
    assert_eq!(form.text(Slot::Field(Field::Start)), "现在");
    assert_eq!(form.text(Slot::Field(Field::City)), "鹤岗");
    assert!(form.note.as_deref().unwrap().contains("鹤岗"), "{:?}", form.note);
    // Saved, the scenario keeps the city's Chinese name (unique where pinyin is not: 福州, 抚州), so any language finds it.
    let app = run(&s, "4a鹤岗搬家<Tab>鹤岗<Tab><Enter>");
    assert_eq!(app.mode, Mode::Browse);
    let stored = s.store().scenarios().unwrap();
    assert_eq!(stored.iter().map(|(_, x)| x.city.as_str()).collect::<Vec<_>>(), ["鹤岗"]);
}
