//! Keys -> actions, per mode: ONE table. The key handler, the footer and the
//! help screen all read it, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::app::Mode;
use super::plan::Knob;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(c: char) -> Key {
    Key { code: KeyCode::Char(c), mods: KeyModifiers::NONE }
}

const fn code(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::NONE }
}

const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), mods: KeyModifiers::CONTROL }
}

pub struct Binding {
    pub modes: &'static [Mode],
    pub keys: &'static [Key],
    pub action: Action,
    /// What the key does, as the help screen says it.
    pub help: &'static str,
    /// The footer's short word, when the key is worth a place there.
    pub footer: Option<&'static str>,
}

const N: &[Mode] = &[Mode::Normal];
const M: &[Mode] = &[Mode::Months];
const P: &[Mode] = &[Mode::Plan];
const MV: &[Mode] = &[Mode::Move];
const BU: &[Mode] = &[Mode::Budget];
const IM: &[Mode] = &[Mode::Import];
/// Keys that work on every tab.
const TABS: &[Mode] = &[Mode::Normal, Mode::Months, Mode::Plan, Mode::Move, Mode::Budget];
const FORM: &[Mode] = &[Mode::Form, Mode::ScenarioForm];
const TEXT: &[Mode] = &[Mode::Form, Mode::ScenarioForm, Mode::Prompt];
const ALL: &[Mode] = &[
    Mode::Normal,
    Mode::Months,
    Mode::Plan,
    Mode::Move,
    Mode::Budget,
    Mode::Import,
    Mode::Form,
    Mode::ScenarioForm,
    Mode::Prompt,
    Mode::Confirm,
    Mode::Help,
];

pub static BINDINGS: &[Binding] = &[
    Binding { modes: ALL, keys: &[ctrl('c')], action: Action::Quit, help: "quit from anywhere", footer: None },
    Binding { modes: TABS, keys: &[k('q')], action: Action::Quit, help: "quit", footer: Some("quit") },
    Binding {
        modes: &[Mode::Normal, Mode::Months, Mode::Plan, Mode::Move, Mode::Budget, Mode::Import],
        keys: &[k('?'), code(KeyCode::F(1))],
        action: Action::Help,
        help: "show this help",
        footer: Some("help"),
    },
    Binding {
        modes: N,
        keys: &[k('a')],
        action: Action::OpenAdd,
        help: "add a transaction (form)",
        footer: Some("add"),
    },
    Binding {
        modes: N,
        keys: &[k('i')],
        action: Action::OpenQuick,
        help: "quick add: 35 lunch @wechat #food",
        footer: Some("quick"),
    },
    Binding {
        modes: N,
        keys: &[k('e'), code(KeyCode::Enter)],
        action: Action::OpenEdit,
        help: "edit the selected transaction",
        // Enter edits too, so the footer leaves room for the rest.
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('d')],
        action: Action::AskDelete,
        help: "delete the selected transaction",
        footer: Some("del"),
    },
    Binding { modes: N, keys: &[k('u')], action: Action::Undo, help: "undo the last change", footer: Some("undo") },
    Binding { modes: N, keys: &[k('I')], action: Action::OpenImport, help: "import a bill", footer: Some("import") },
    Binding { modes: IM, keys: &[k('j'), code(KeyCode::Down)], action: Action::Down, help: "next row", footer: None },
    Binding { modes: IM, keys: &[k('k'), code(KeyCode::Up)], action: Action::Up, help: "previous row", footer: None },
    Binding {
        modes: IM,
        keys: &[code(KeyCode::PageDown)],
        action: Action::PageDown,
        help: "a screen down",
        footer: None,
    },
    Binding { modes: IM, keys: &[code(KeyCode::PageUp)], action: Action::PageUp, help: "a screen up", footer: None },
    Binding { modes: IM, keys: &[k('g'), code(KeyCode::Home)], action: Action::Top, help: "first row", footer: None },
    Binding { modes: IM, keys: &[k('G'), code(KeyCode::End)], action: Action::Bottom, help: "last row", footer: None },
    Binding {
        modes: IM,
        keys: &[k('c')],
        action: Action::OpenEdit,
        help: "another category for its payee",
        footer: Some("category"),
    },
    Binding { modes: IM, keys: &[k('R')], action: Action::SaveRule, help: "keep that as a rule", footer: Some("rule") },
    Binding {
        modes: IM,
        keys: &[k('a')],
        action: Action::CycleAccount,
        help: "into another account",
        footer: Some("account"),
    },
    Binding {
        modes: IM,
        keys: &[code(KeyCode::Enter)],
        action: Action::Submit,
        help: "import the new rows",
        footer: Some("import"),
    },
    Binding {
        modes: IM,
        keys: &[k('S')],
        action: Action::SkipInvalid,
        help: "import, leaving out invalid",
        footer: None,
    },
    Binding {
        modes: IM,
        keys: &[code(KeyCode::Esc)],
        action: Action::Cancel,
        help: "cancel: write nothing",
        footer: Some("cancel"),
    },
    Binding {
        modes: &[Mode::Months, Mode::Plan, Mode::Move, Mode::Budget],
        keys: &[k('u')],
        action: Action::Undo,
        help: "undo the last change",
        footer: None,
    },
    Binding { modes: TABS, keys: &[ctrl('r')], action: Action::Redo, help: "redo what was undone", footer: None },
    Binding {
        modes: N,
        keys: &[k('/')],
        action: Action::OpenFilter,
        help: "filter (text cat: acct: >100 <20 2026-10)",
        footer: Some("filter"),
    },
    Binding {
        modes: N,
        keys: &[code(KeyCode::Esc)],
        action: Action::ClearFilter,
        help: "clear the filter",
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Down,
        help: "next (older) row",
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Up,
        help: "previous (newer) row",
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[code(KeyCode::PageDown)],
        action: Action::PageDown,
        help: "one screen down",
        footer: None,
    },
    Binding { modes: N, keys: &[code(KeyCode::PageUp)], action: Action::PageUp, help: "one screen up", footer: None },
    Binding {
        modes: N,
        keys: &[k('g'), code(KeyCode::Home)],
        action: Action::Top,
        help: "newest transaction",
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('G'), code(KeyCode::End)],
        action: Action::Bottom,
        help: "oldest transaction",
        footer: None,
    },
    Binding { modes: N, keys: &[k('[')], action: Action::PrevMonth, help: "previous month", footer: Some("month") },
    Binding { modes: N, keys: &[k(']')], action: Action::NextMonth, help: "next month", footer: None },
    Binding { modes: TABS, keys: &[code(KeyCode::Tab)], action: Action::NextTab, help: "next tab", footer: None },
    Binding {
        modes: TABS,
        keys: &[code(KeyCode::BackTab)],
        action: Action::PrevTab,
        help: "previous tab",
        footer: None,
    },
    Binding { modes: TABS, keys: &[k('1')], action: Action::GoTab(0), help: "Ledger tab", footer: None },
    Binding {
        modes: TABS,
        keys: &[k('2')],
        action: Action::GoTab(1),
        help: "Months tab: the monthly chart",
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('3')],
        action: Action::GoTab(2),
        help: "Plan tab: projection and goals",
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('p')],
        action: Action::Tweak(Knob::ReturnPreset, true),
        help: "return presets: 0%, 0.95% (a one-year deposit), 5%",
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('4')],
        action: Action::GoTab(3),
        help: "Move tab: stay or move, rent or buy",
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('5')],
        action: Action::GoTab(4),
        help: "Budget tab: spent against limits",
        footer: None,
    },
    Binding {
        modes: BU,
        keys: &[code(KeyCode::Left), k('h')],
        action: Action::Left,
        help: "previous month",
        footer: Some("month"),
    },
    Binding {
        modes: BU,
        keys: &[code(KeyCode::Right), k('l')],
        action: Action::Right,
        help: "next month",
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Left), k('h')],
        action: Action::Left,
        help: "previous scenario",
        footer: Some("scenario"),
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Right), k('l')],
        action: Action::Right,
        help: "next scenario",
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[k('a')],
        action: Action::OpenAdd,
        help: "add one (a copy of Stay)",
        footer: Some("add"),
    },
    Binding { modes: MV, keys: &[k('e')], action: Action::OpenEdit, help: "edit the scenario", footer: Some("edit") },
    Binding { modes: MV, keys: &[k('c')], action: Action::Duplicate, help: "copy the scenario", footer: None },
    Binding { modes: MV, keys: &[k('r')], action: Action::Rename, help: "rename the scenario", footer: None },
    Binding {
        modes: MV,
        keys: &[k('d')],
        action: Action::AskDelete,
        help: "delete it (asks first)",
        footer: Some("del"),
    },
    Binding {
        modes: MV,
        keys: &[k('m')],
        action: Action::ToggleSchedule,
        help: "its mortgage, by year",
        footer: Some("mortgage"),
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Down), k('j')],
        action: Action::Down,
        help: "schedule: next year",
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Up), k('k')],
        action: Action::Up,
        help: "schedule: previous year",
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Enter)],
        action: Action::JumpToMonth,
        help: "schedule: a year's months",
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Esc)],
        action: Action::Cancel,
        help: "close the schedule",
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[k('y')],
        action: Action::CycleSpan,
        help: "horizon: 10, 5, 20 years",
        footer: Some("years"),
    },
    Binding {
        modes: P,
        keys: &[k('+'), k('=')],
        action: Action::Tweak(Knob::Rate, true),
        help: "savings rate +5 points",
        footer: Some("rate±"),
    },
    Binding {
        modes: P,
        keys: &[k('-')],
        action: Action::Tweak(Knob::Rate, false),
        help: "savings rate −5 points",
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('i')],
        action: Action::Tweak(Knob::Income, true),
        help: "income +5% (I: −5%)",
        footer: Some("income"),
    },
    Binding {
        modes: P, keys: &[k('I')], action: Action::Tweak(Knob::Income, false), help: "income −5%", footer: None
    },
    Binding {
        modes: P,
        keys: &[k('s')],
        action: Action::Tweak(Knob::Spending, true),
        help: "spending +5% (S: −5%)",
        footer: Some("spend"),
    },
    Binding {
        modes: P,
        keys: &[k('S')],
        action: Action::Tweak(Knob::Spending, false),
        help: "spending −5%",
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('r')],
        action: Action::Tweak(Knob::Return, true),
        help: "return +0.5 points (R: −0.5)",
        footer: Some("return"),
    },
    Binding {
        modes: P,
        keys: &[k('R')],
        action: Action::Tweak(Knob::Return, false),
        help: "return −0.5 points",
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('f')],
        action: Action::Tweak(Knob::Inflation, true),
        help: "inflation +0.5 points (F: −0.5)",
        footer: Some("infl"),
    },
    Binding {
        modes: P,
        keys: &[k('F')],
        action: Action::Tweak(Knob::Inflation, false),
        help: "inflation −0.5 points",
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('h')],
        action: Action::Tweak(Knob::Horizon, true),
        help: "horizon: 5, 10, 20 or 30 years",
        footer: Some("years"),
    },
    Binding {
        modes: P,
        keys: &[k('0')],
        action: Action::ResetTweaks,
        help: "back to the ledger's figures",
        footer: Some("reset"),
    },
    Binding {
        modes: M,
        keys: &[code(KeyCode::Left), k('h')],
        action: Action::Left,
        help: "previous month",
        footer: Some("month"),
    },
    Binding {
        modes: M,
        keys: &[code(KeyCode::Right), k('l')],
        action: Action::Right,
        help: "next month",
        footer: None,
    },
    Binding {
        modes: M,
        keys: &[k('r')],
        action: Action::CycleSpan,
        help: "show 6, 12, 24 or all months",
        footer: Some("range"),
    },
    Binding {
        modes: M,
        keys: &[code(KeyCode::Enter)],
        action: Action::JumpToMonth,
        help: "open the month on the Ledger tab",
        footer: Some("ledger"),
    },
    Binding {
        modes: N,
        keys: &[k('D')],
        action: Action::LoadDemo,
        help: "load the demo household (empty ledger only)",
        footer: None,
    },
    Binding { modes: FORM, keys: &[code(KeyCode::Enter)], action: Action::Submit, help: "save", footer: Some("save") },
    Binding {
        modes: &[Mode::Prompt],
        keys: &[code(KeyCode::Enter)],
        action: Action::Submit,
        help: "run: add the line, or apply the filter",
        footer: Some("run"),
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Esc)],
        action: Action::Cancel,
        help: "cancel",
        footer: Some("cancel"),
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::Tab)],
        action: Action::NextField,
        help: "next field",
        footer: Some("next"),
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::BackTab)],
        action: Action::PrevField,
        help: "previous field",
        footer: None,
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::Down)],
        action: Action::Down,
        help: "next choice in a list, else next field (scenario form: next field)",
        footer: None,
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::Up)],
        action: Action::Up,
        help: "previous choice in a list, else previous field",
        footer: None,
    },
    Binding {
        modes: &[Mode::Prompt],
        keys: &[code(KeyCode::Down)],
        action: Action::Down,
        help: "import: the next bill found",
        footer: None,
    },
    Binding {
        modes: &[Mode::Prompt],
        keys: &[code(KeyCode::Up)],
        action: Action::Up,
        help: "import: the previous bill found",
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Backspace)],
        action: Action::Backspace,
        help: "delete before the caret",
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Delete)],
        action: Action::DeleteChar,
        help: "delete at the caret",
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Left)],
        action: Action::Left,
        help: "caret left; previous choice",
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Right)],
        action: Action::Right,
        help: "caret right; accept a suggestion; next choice",
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Home), ctrl('a')],
        action: Action::Home,
        help: "caret to the start",
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::End), ctrl('e')],
        action: Action::End,
        help: "caret to the end",
        footer: None,
    },
    Binding { modes: &[Mode::Confirm], keys: &[k('y')], action: Action::Confirm, help: "yes", footer: Some("yes") },
    Binding {
        modes: &[Mode::Confirm],
        keys: &[k('n'), code(KeyCode::Esc)],
        action: Action::Cancel,
        help: "no",
        footer: Some("no"),
    },
    Binding {
        modes: &[Mode::Help],
        keys: &[code(KeyCode::Esc), k('?'), k('q')],
        action: Action::Cancel,
        help: "close the help",
        footer: Some("close"),
    },
    Binding {
        modes: &[Mode::Help],
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Down,
        help: "scroll down",
        footer: None,
    },
    Binding {
        modes: &[Mode::Help],
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Up,
        help: "scroll up",
        footer: None,
    },
];

/// The action for a key press in `mode`. Release and repeat events never
/// count (Windows sends both); in text modes, other printable keys type.
pub fn action_for(mode: Mode, event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    // Shift only changes which character arrives ('G', 'D'); match without it.
    let mods = event.modifiers - KeyModifiers::SHIFT;
    let pressed = Key { code: event.code, mods };
    let bound = BINDINGS.iter().find(|b| b.modes.contains(&mode) && b.keys.contains(&pressed));
    match (bound, event.code) {
        (Some(b), _) => Some(b.action.clone()),
        (None, KeyCode::Char(c))
            if TEXT.contains(&mode) && !mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Input(c))
        }
        _ => None,
    }
}

/// How a key is written in the footer and help: `a`, `Ctrl-r`, `↓`, `PgDn`.
pub fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) { format!("Ctrl-{base}") } else { base }
}

/// The footer for a mode: `a add  i quick  …`, from the same table.
pub fn footer(mode: Mode) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.modes.contains(&mode))
        .filter_map(|b| b.footer.map(|word| (key_name(&b.keys[0]), word)))
        .collect()
}

/// Every binding of a mode as (keys, help) lines for the help screen.
pub fn help_lines(mode: Mode) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.modes.contains(&mode))
        .map(|b| (b.keys.iter().map(key_name).collect::<Vec<_>>().join("/"), b.help))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn keys_map_per_mode_and_text_modes_type() {
        let a = press(KeyCode::Char('a'), KeyModifiers::NONE);
        assert_eq!(action_for(Mode::Normal, &a), Some(Action::OpenAdd));
        assert_eq!(action_for(Mode::Form, &a), Some(Action::Input('a')));
        assert_eq!(
            action_for(Mode::Prompt, &press(KeyCode::Char('美'), KeyModifiers::NONE)),
            Some(Action::Input('美'))
        );
        let big_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Mode::Normal, &big_g), Some(Action::Bottom));
        assert_eq!(action_for(Mode::Form, &big_g), Some(Action::Input('G')));
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in
            [Mode::Normal, Mode::Months, Mode::Plan, Mode::Move, Mode::Form, Mode::Prompt, Mode::Confirm, Mode::Help]
        {
            assert_eq!(action_for(mode, &ctrl_c), Some(Action::Quit));
        }
        assert_eq!(action_for(Mode::Normal, &press(KeyCode::Char('r'), KeyModifiers::CONTROL)), Some(Action::Redo));
    }

    #[test]
    fn only_presses_count() {
        let mut release = press(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(Mode::Normal, &release), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        for &mode in ALL {
            let keys: Vec<&Key> = BINDINGS.iter().filter(|b| b.modes.contains(&mode)).flat_map(|b| b.keys).collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(key), "{mode:?}: {} bound twice", key_name(key));
            }
        }
    }

    #[test]
    fn footer_and_help_come_from_the_table() {
        let footer = footer(Mode::Normal);
        assert!(footer.contains(&("a".to_owned(), "add")));
        assert!(footer.contains(&("?".to_owned(), "help")));
        let help = help_lines(Mode::Normal);
        assert!(help.contains(&("j/↓".to_owned(), "next (older) row")));
        assert!(help.contains(&("Ctrl-r".to_owned(), "redo what was undone")));
    }
}
