//! The keymap table: keys per scope, the footer and the help from one table.

use super::*;

const LEDGER: Scope = Scope::Tab(Tab::Ledger);

fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

#[test]
fn keys_map_per_mode_and_text_modes_type() {
    let a = press(KeyCode::Char('a'), KeyModifiers::NONE);
    assert_eq!(action_for(LEDGER, &a), Some(Action::Ledger(LedgerAction::OpenAdd)));
    assert_eq!(action_for(Scope::Form, &a), Some(Action::Text(TextAction::Input('a'))));
    assert_eq!(
        action_for(Scope::Prompt, &press(KeyCode::Char('美'), KeyModifiers::NONE)),
        Some(Action::Text(TextAction::Input('美')))
    );
    let big_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(action_for(LEDGER, &big_g), Some(Action::Ledger(LedgerAction::Bottom)));
    assert_eq!(action_for(Scope::Form, &big_g), Some(Action::Text(TextAction::Input('G'))));
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for mode in [
        LEDGER,
        Scope::Tab(Tab::Months),
        Scope::Tab(Tab::Plan),
        Scope::Tab(Tab::Move),
        Scope::Schedule,
        Scope::Confirm,
        Scope::Help,
    ] {
        assert_eq!(action_for(mode, &ctrl_c), Some(Action::Quit));
    }
    assert_eq!(action_for(LEDGER, &press(KeyCode::Char('r'), KeyModifiers::CONTROL)), Some(Action::Redo));
    // Issue 19 item 21: in the add/edit form Ctrl-C asks first; Ctrl-U clears a line.
    assert_eq!(action_for(Scope::Form, &ctrl_c), Some(Action::QuitAsking));
    assert_eq!(action_for(Scope::ScenarioForm, &ctrl_c), Some(Action::QuitAsking));
    assert_eq!(action_for(Scope::Prompt, &ctrl_c), Some(Action::QuitAsking));
    let ctrl_u = press(KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(action_for(Scope::Prompt, &ctrl_u), Some(Action::ClearLine));
    assert_eq!(action_for(Scope::Form, &ctrl_u), Some(Action::ClearLine));
    assert!(help_lines(Scope::Form).contains(&("Ctrl-c".to_owned(), "quit; asks first when something was typed")));
    assert!(help_lines(Scope::Prompt).contains(&("Ctrl-u".to_owned(), "clear the line (the field)")));
}

#[test]
fn every_tab_opens_with_its_number_from_every_tab() {
    for from in Tab::ALL {
        for to in Tab::ALL {
            let digit = char::from_digit(to.number() as u32, 10).expect("a one-digit tab number");
            let key = press(KeyCode::Char(digit), KeyModifiers::NONE);
            assert_eq!(action_for(Scope::Tab(from), &key), Some(Action::GoTab(to)), "{to:?} from {from:?}");
        }
    }
}

#[test]
fn only_presses_count() {
    let mut release = press(KeyCode::Char('q'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(LEDGER, &release), None);
}

#[test]
fn no_key_is_bound_twice_in_one_mode() {
    let over = [
        Scope::Schedule,
        Scope::Import,
        Scope::Form,
        Scope::ScenarioForm,
        Scope::Prompt,
        Scope::Confirm,
        Scope::Help,
        Scope::Settings,
        Scope::Fields,
        Scope::Sheet(SheetKind::Accounts),
        Scope::Sheet(SheetKind::Categories),
        Scope::Sheet(SheetKind::Rules),
        Scope::Sheet(SheetKind::Goals),
        Scope::Mapping,
    ];
    for scope in Tab::ALL.map(Scope::Tab).into_iter().chain(over) {
        let keys: Vec<&Key> = bindings(scope).flat_map(|b| b.keys).collect();
        for (i, key) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(key), "{scope:?}: {} bound twice", key_name(key));
        }
    }
}

#[test]
fn footer_and_help_come_from_the_table() {
    let footer = footer(LEDGER);
    assert!(footer.contains(&("a".to_owned(), "add")));
    assert!(footer.contains(&("?".to_owned(), "help")));
    let help = help_lines(LEDGER);
    assert!(help.contains(&("j/↓".to_owned(), "next (older) row")));
    assert!(help.contains(&("Ctrl-r".to_owned(), "redo what was undone")));
}

#[test]
fn the_help_lists_shared_keys_apart_and_the_schedule_has_its_own_footer() {
    let shared = shared_help_lines();
    assert!(shared.contains(&("u".to_owned(), "undo the last change")));
    // The Ledger shows u in its footer; the help lists it once, with the shared keys.
    let own = own_help_lines(LEDGER);
    assert!(own.contains(&("a".to_owned(), "add a transaction (form: also tags and an AA split)")));
    assert!(!own.iter().any(|(keys, _)| keys == "u" || keys == "Ctrl-c" || keys == "1"), "{own:?}");
    // Ctrl-C in the form does something else, so the form keeps its line.
    assert!(own_help_lines(Scope::Form).contains(&("Ctrl-c".to_owned(), "quit; asks first when something was typed")));
    // The schedule's footer leads with its own keys; the tab's has none of them.
    let schedule: Vec<String> = footer(Scope::Schedule).into_iter().map(|(k, w)| format!("{k} {w}")).collect();
    assert_eq!(schedule[2..5], ["↓ year", "Enter months", "Esc back"]);
    assert!(!footer(Scope::Tab(Tab::Move)).iter().any(|(k, _)| k == "Esc" || k == "Enter"));
    // The tab's keys still work under the schedule.
    let a = press(KeyCode::Char('a'), KeyModifiers::NONE);
    assert_eq!(action_for(Scope::Schedule, &a), action_for(Scope::Tab(Tab::Move), &a));
}

#[test]
fn footer_and_help_speak_the_readers_language() {
    crate::text::set_lang(crate::text::Lang::Zh);
    assert!(footer(LEDGER).contains(&("a".to_owned(), "记账")));
    assert!(help_lines(LEDGER).contains(&("Ctrl-r".to_owned(), "重做刚撤销的")));
    crate::text::set_lang(crate::text::Lang::En);
}

mod command_key {
    use super::*;

    /// Issue 21: `:` opens the command line on every tab, and types a `:`
    /// in a form or prompt.
    #[test]
    fn colon_opens_the_command_line_on_every_tab() {
        let colon = KeyEvent::new(KeyCode::Char(':'), KeyModifiers::SHIFT);
        for tab in [Tab::Ledger, Tab::Months, Tab::Plan, Tab::Move, Tab::Budget] {
            assert_eq!(action_for(Scope::Tab(tab), &colon), Some(Action::OpenCommand), "{tab:?}");
        }
        assert_eq!(action_for(Scope::Schedule, &colon), Some(Action::OpenCommand));
        assert_eq!(action_for(Scope::Prompt, &colon), Some(Action::Text(TextAction::Input(':'))));
    }
}
