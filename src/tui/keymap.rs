//! Keys -> actions, per scope (a tab, or a screen over the tabs): ONE table.
//! The key handler, the footer and the help screen all read it, so they
//! cannot drift apart. One line per binding: keys, action, what the help
//! says, and the footer's word when the key is worth a place there. Rows are
//! grouped by scope; `groups` lists each scope's groups in the order the
//! footer and the help show them, and a new tab fails to compile there until
//! it has its keys.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{
    Action, BudgetAction, ImportAction, LedgerAction, MappingAction, MonthsAction, MoveAction, PlanAction,
    ReconcileAction, SettingsAction, SheetAction, TextAction,
};
use super::app::Tab;
use super::plan::Knob;
use super::sheet::SheetKind;
use crate::text::keys as w;
use crate::text::mapping as wm;
use crate::text::ranges as wr;

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

const ENTER: Key = code(KeyCode::Enter);
const ESC: Key = code(KeyCode::Esc);
const TAB: Key = code(KeyCode::Tab);
const BACKTAB: Key = code(KeyCode::BackTab);
const UP: Key = code(KeyCode::Up);
const DOWN: Key = code(KeyCode::Down);
const LEFT: Key = code(KeyCode::Left);
const RIGHT: Key = code(KeyCode::Right);
const HOME: Key = code(KeyCode::Home);
const END: Key = code(KeyCode::End);
const PGUP: Key = code(KeyCode::PageUp);
const PGDN: Key = code(KeyCode::PageDown);

/// Where keys are read: browsing one tab, or a screen over the tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Tab(Tab),
    /// The Move tab while it shows a mortgage schedule: the tab's keys, and
    /// the schedule's own first (the footer shows them).
    Schedule,
    Import,
    Form,
    ScenarioForm,
    Prompt,
    Confirm,
    Help,
    Settings,
    /// A screen of things: accounts, categories, rules or goals.
    Sheet(SheetKind),
    /// A small form over a command.
    Fields,
    /// A bank bill's mapping screen.
    Mapping,
    /// A reconciliation that differs: its rows, adjust or leave.
    Reconcile,
}

impl Scope {
    /// Whether printable keys that are not bound type into an input here.
    fn types(self) -> bool {
        match self {
            Scope::Form | Scope::ScenarioForm | Scope::Prompt | Scope::Fields | Scope::Mapping => true,
            Scope::Tab(_)
            | Scope::Schedule
            | Scope::Import
            | Scope::Confirm
            | Scope::Help
            | Scope::Settings
            | Scope::Sheet(_)
            | Scope::Reconcile => false,
        }
    }
}

type Word = fn() -> &'static str;

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// What the key does, as the help screen says it (in the reader's language).
    pub help: Word,
    /// The footer's short word, when the key is worth a place there.
    pub footer: Option<Word>,
}

/// One row of the table.
const fn b(keys: &'static [Key], action: Action, help: Word, footer: Option<Word>) -> Binding {
    Binding { keys, action, help, footer }
}

mod rows;
use rows::*;

/// Each scope's groups of rows, in the order its footer and help list them.
fn groups(scope: Scope) -> &'static [&'static [Binding]] {
    match scope {
        Scope::Tab(Tab::Ledger) => {
            &[ANYWHERE, SUSPEND, QUIT, HELP, COMMAND, LEDGER, REDO, LEDGER_ROWS, SWITCH, SWITCH_MORE, LEDGER_DEMO]
        }
        Scope::Tab(Tab::Months) => &[ANYWHERE, SUSPEND, QUIT, HELP, COMMAND, UNDO, REDO, SWITCH, SWITCH_MORE, MONTHS],
        Scope::Tab(Tab::Plan) => {
            &[ANYWHERE, SUSPEND, QUIT, HELP, COMMAND, UNDO, REDO, SWITCH, PLAN_PRESETS, SWITCH_MORE, PLAN]
        }
        Scope::Tab(Tab::Move) => &[ANYWHERE, SUSPEND, QUIT, HELP, COMMAND, UNDO, REDO, SWITCH, SWITCH_MORE, MOVE],
        Scope::Schedule => &[ANYWHERE, SUSPEND, QUIT, HELP, COMMAND, SCHEDULE, UNDO, REDO, SWITCH, SWITCH_MORE, MOVE],
        Scope::Tab(Tab::Budget) => &[ANYWHERE, SUSPEND, QUIT, HELP, COMMAND, UNDO, REDO, SWITCH, SWITCH_MORE, BUDGET],
        Scope::Import => &[ANYWHERE, SUSPEND, HELP, IMPORT],
        Scope::Form => &[FORM_QUIT, SUSPEND, FORM, EDITING, CLEARING],
        Scope::ScenarioForm => &[FORM_QUIT, SUSPEND, FORM, EDITING, CLEARING],
        Scope::Prompt => &[FORM_QUIT, SUSPEND, PROMPT, EDITING, CLEARING],
        Scope::Confirm => &[ANYWHERE, SUSPEND, CONFIRM],
        Scope::Help => &[ANYWHERE, SUSPEND, HELP_SCREEN],
        Scope::Settings => &[ANYWHERE, SUSPEND, SETTINGS],
        Scope::Sheet(SheetKind::Accounts) => {
            &[ANYWHERE, SUSPEND, HELP, SHEET, SHEET_OPENING, SHEET_WORTH, SHEET_ARCHIVE, SHEET_CLOSE, SHEET_UNDO]
        }
        Scope::Sheet(SheetKind::Categories) => {
            &[ANYWHERE, SUSPEND, HELP, SHEET, SHEET_ARCHIVE, SHEET_PARENT, SHEET_CLOSE, SHEET_UNDO]
        }
        Scope::Sheet(SheetKind::Rules) => {
            &[ANYWHERE, SUSPEND, HELP, SHEET, SHEET_RULES, SHEET_DELETE, SHEET_CLOSE, SHEET_UNDO]
        }
        Scope::Sheet(SheetKind::Goals) => &[ANYWHERE, SUSPEND, HELP, SHEET, SHEET_DELETE, SHEET_CLOSE, SHEET_UNDO],
        Scope::Sheet(SheetKind::Owed) => &[ANYWHERE, SUSPEND, HELP, SHEET_OWED, SHEET_CLOSE, SHEET_OWED_UNDO],
        Scope::Fields => &[FORM_QUIT, SUSPEND, FORM, EDITING, CLEARING],
        Scope::Mapping => &[ANYWHERE, SUSPEND, HELP, MAPPING],
        Scope::Reconcile => &[ANYWHERE, SUSPEND, RECONCILE],
    }
}

/// A scope's bindings, in order.
pub fn bindings(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    groups(scope).iter().flat_map(|g| g.iter())
}

/// The action for a key press in `scope`. Release and repeat events never
/// count (Windows sends both); in text modes, other printable keys type.
pub fn action_for(scope: Scope, event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    // Shift only changes which character arrives ('G', 'D'); match without it.
    let mods = event.modifiers - KeyModifiers::SHIFT;
    let pressed = Key { code: event.code, mods };
    let mut bound = bindings(scope).filter(|b| b.keys.contains(&pressed));
    match (bound.next(), event.code) {
        (Some(b), _) => Some(b.action.clone()),
        (None, KeyCode::Char(c)) if scope.types() && !mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
            Some(Action::Text(TextAction::Input(c)))
        }
        _ => None,
    }
}

/// The mouse wheel, down (true) or up: it scrolls the Ledger's rows and
/// the settings, nothing else.
pub fn wheel(scope: Scope, down: bool) -> Option<Action> {
    match scope {
        Scope::Tab(Tab::Ledger) => Some(Action::Ledger(if down { LedgerAction::Down } else { LedgerAction::Up })),
        Scope::Settings => Some(Action::Settings(if down { SettingsAction::Down } else { SettingsAction::Up })),
        Scope::Sheet(_) => Some(Action::Sheet(if down { SheetAction::Down } else { SheetAction::Up })),
        Scope::Reconcile => Some(Action::Reconcile(if down { ReconcileAction::Down } else { ReconcileAction::Up })),
        Scope::Tab(Tab::Budget) => Some(Action::Budget(if down { BudgetAction::Down } else { BudgetAction::Up })),
        Scope::Tab(Tab::Months | Tab::Plan | Tab::Move)
        | Scope::Schedule
        | Scope::Fields
        | Scope::Import
        | Scope::Form
        | Scope::ScenarioForm
        | Scope::Prompt
        | Scope::Confirm
        | Scope::Help
        | Scope::Mapping => None,
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

/// The footer for a scope: `a add  i quick  …`, from the same table.
pub fn footer(scope: Scope) -> Vec<(String, &'static str)> {
    bindings(scope).filter_map(|b| b.footer.map(|word| (key_name(&b.keys[0]), word()))).collect()
}

/// Every binding of a scope as (keys, help) lines for the help screen.
pub fn help_lines(scope: Scope) -> Vec<(String, &'static str)> {
    bindings(scope).map(help_line).collect()
}

fn help_line(b: &Binding) -> (String, &'static str) {
    (b.keys.iter().map(key_name).collect::<Vec<_>>().join("/"), (b.help)())
}

/// The keys every tab has (quit, help, undo, redo, switching tabs), as
/// help lines: the help screen lists them once.
pub fn shared_help_lines() -> Vec<(String, &'static str)> {
    [ANYWHERE, SUSPEND, QUIT, HELP, COMMAND, UNDO, REDO, SWITCH, SWITCH_MORE]
        .iter()
        .flat_map(|g| g.iter())
        .map(help_line)
        .collect()
}

/// A scope's help lines but those [`shared_help_lines`] has (the same keys
/// doing the same thing): what is particular to it.
pub fn own_help_lines(scope: Scope) -> Vec<(String, &'static str)> {
    let shared = shared_help_lines();
    help_lines(scope).into_iter().filter(|line| !shared.contains(line)).collect()
}

#[cfg(test)]
mod tests;
