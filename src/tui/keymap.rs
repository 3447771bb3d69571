//! Keys -> actions, per mode: ONE table. The key handler, the footer and the
//! help screen all read it, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{
    Action, BudgetAction, ImportAction, LedgerAction, MonthsAction, MoveAction, PlanAction, TextAction,
};
use super::app::Tab;
use super::plan::Knob;
use crate::text;

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

/// Where keys are read: browsing one tab, or a screen over the tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Tab(Tab),
    Import,
    Form,
    ScenarioForm,
    Prompt,
    Confirm,
    Help,
}

pub struct Binding {
    pub modes: &'static [Scope],
    pub keys: &'static [Key],
    pub action: Action,
    /// What the key does, as the help screen says it (in the reader's language).
    pub help: fn() -> &'static str,
    /// The footer's short word, when the key is worth a place there.
    pub footer: Option<fn() -> &'static str>,
}

const N: &[Scope] = &[Scope::Tab(Tab::Ledger)];
const M: &[Scope] = &[Scope::Tab(Tab::Months)];
const P: &[Scope] = &[Scope::Tab(Tab::Plan)];
const MV: &[Scope] = &[Scope::Tab(Tab::Move)];
const BU: &[Scope] = &[Scope::Tab(Tab::Budget)];
const IM: &[Scope] = &[Scope::Import];
/// Keys that work on every tab.
const TABS: &[Scope] = &[
    Scope::Tab(Tab::Ledger),
    Scope::Tab(Tab::Months),
    Scope::Tab(Tab::Plan),
    Scope::Tab(Tab::Move),
    Scope::Tab(Tab::Budget),
];
const FORM: &[Scope] = &[Scope::Form, Scope::ScenarioForm];
const TEXT: &[Scope] = &[Scope::Form, Scope::ScenarioForm, Scope::Prompt];
const ALL: &[Scope] = &[
    Scope::Tab(Tab::Ledger),
    Scope::Tab(Tab::Months),
    Scope::Tab(Tab::Plan),
    Scope::Tab(Tab::Move),
    Scope::Tab(Tab::Budget),
    Scope::Import,
    Scope::Form,
    Scope::ScenarioForm,
    Scope::Prompt,
    Scope::Confirm,
    Scope::Help,
];

pub static BINDINGS: &[Binding] = &[
    Binding {
        modes: ALL,
        keys: &[ctrl('c')],
        action: Action::Quit,
        help: text::keys::help_quit_anywhere,
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('q')],
        action: Action::Quit,
        help: text::keys::help_quit,
        footer: Some(text::keys::f_quit),
    },
    Binding {
        modes: &[
            Scope::Tab(Tab::Ledger),
            Scope::Tab(Tab::Months),
            Scope::Tab(Tab::Plan),
            Scope::Tab(Tab::Move),
            Scope::Tab(Tab::Budget),
            Scope::Import,
        ],
        keys: &[k('?'), code(KeyCode::F(1))],
        action: Action::Help,
        help: text::keys::help_show_help,
        footer: Some(text::keys::f_help),
    },
    Binding {
        modes: N,
        keys: &[k('a')],
        action: Action::Ledger(LedgerAction::OpenAdd),
        help: text::keys::help_add_txn,
        footer: Some(text::keys::f_add),
    },
    Binding {
        modes: N,
        keys: &[k('i')],
        action: Action::Ledger(LedgerAction::OpenQuick),
        help: text::keys::help_quick_add,
        footer: Some(text::keys::f_quick),
    },
    Binding {
        modes: N,
        keys: &[k('e'), code(KeyCode::Enter)],
        action: Action::Ledger(LedgerAction::OpenEdit),
        help: text::keys::help_edit_txn,
        // Enter edits too, so the footer leaves room for the rest.
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('d')],
        action: Action::Ledger(LedgerAction::AskDelete),
        help: text::keys::help_delete_txn,
        footer: Some(text::keys::f_del),
    },
    Binding {
        modes: N,
        keys: &[k('u')],
        action: Action::Undo,
        help: text::keys::help_undo,
        footer: Some(text::keys::f_undo),
    },
    Binding {
        modes: N,
        keys: &[k('I')],
        action: Action::Ledger(LedgerAction::OpenImport),
        help: text::keys::help_import_bill,
        footer: Some(text::keys::f_import),
    },
    Binding {
        modes: IM,
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Import(ImportAction::Down),
        help: text::keys::help_next_row,
        footer: None,
    },
    Binding {
        modes: IM,
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Import(ImportAction::Up),
        help: text::keys::help_prev_row,
        footer: None,
    },
    Binding {
        modes: IM,
        keys: &[code(KeyCode::PageDown)],
        action: Action::Import(ImportAction::PageDown),
        help: text::keys::help_a_screen_down,
        footer: None,
    },
    Binding {
        modes: IM,
        keys: &[code(KeyCode::PageUp)],
        action: Action::Import(ImportAction::PageUp),
        help: text::keys::help_a_screen_up,
        footer: None,
    },
    Binding {
        modes: IM,
        keys: &[k('g'), code(KeyCode::Home)],
        action: Action::Import(ImportAction::Top),
        help: text::keys::help_first_row,
        footer: None,
    },
    Binding {
        modes: IM,
        keys: &[k('G'), code(KeyCode::End)],
        action: Action::Import(ImportAction::Bottom),
        help: text::keys::help_last_row,
        footer: None,
    },
    Binding {
        modes: IM,
        keys: &[k('c')],
        action: Action::Import(ImportAction::ChangeCategory),
        help: text::keys::help_import_category,
        footer: Some(text::keys::f_category),
    },
    Binding {
        modes: IM,
        keys: &[k('R')],
        action: Action::Import(ImportAction::SaveRule),
        help: text::keys::help_import_rule,
        footer: Some(text::keys::f_rule),
    },
    Binding {
        modes: IM,
        keys: &[k('a')],
        action: Action::Import(ImportAction::CycleAccount),
        help: text::keys::help_import_account,
        footer: Some(text::keys::f_account),
    },
    Binding {
        modes: IM,
        keys: &[code(KeyCode::Enter)],
        action: Action::Import(ImportAction::ImportRows),
        help: text::keys::help_import_rows,
        footer: Some(text::keys::f_import),
    },
    Binding {
        modes: IM,
        keys: &[k('S')],
        action: Action::Import(ImportAction::SkipInvalid),
        help: text::keys::help_import_skip,
        footer: None,
    },
    Binding {
        modes: IM,
        keys: &[code(KeyCode::Esc)],
        action: Action::Import(ImportAction::Close),
        help: text::keys::help_import_cancel,
        footer: Some(text::keys::f_cancel),
    },
    Binding {
        modes: &[Scope::Tab(Tab::Months), Scope::Tab(Tab::Plan), Scope::Tab(Tab::Move), Scope::Tab(Tab::Budget)],
        keys: &[k('u')],
        action: Action::Undo,
        help: text::keys::help_undo,
        footer: None,
    },
    Binding { modes: TABS, keys: &[ctrl('r')], action: Action::Redo, help: text::keys::help_redo, footer: None },
    Binding {
        modes: N,
        keys: &[k('/')],
        action: Action::Ledger(LedgerAction::OpenFilter),
        help: text::keys::help_filter,
        footer: Some(text::keys::f_filter),
    },
    Binding {
        modes: N,
        keys: &[code(KeyCode::Esc)],
        action: Action::Ledger(LedgerAction::ClearFilter),
        help: text::keys::help_clear_filter,
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Ledger(LedgerAction::Down),
        help: text::keys::help_next_older,
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Ledger(LedgerAction::Up),
        help: text::keys::help_prev_newer,
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[code(KeyCode::PageDown)],
        action: Action::Ledger(LedgerAction::PageDown),
        help: text::keys::help_screen_down,
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[code(KeyCode::PageUp)],
        action: Action::Ledger(LedgerAction::PageUp),
        help: text::keys::help_screen_up,
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('g'), code(KeyCode::Home)],
        action: Action::Ledger(LedgerAction::Top),
        help: text::keys::help_newest,
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('G'), code(KeyCode::End)],
        action: Action::Ledger(LedgerAction::Bottom),
        help: text::keys::help_oldest,
        footer: None,
    },
    Binding {
        modes: N,
        keys: &[k('[')],
        action: Action::Ledger(LedgerAction::PrevMonth),
        help: text::keys::help_prev_month,
        footer: Some(text::keys::f_month),
    },
    Binding {
        modes: N,
        keys: &[k(']')],
        action: Action::Ledger(LedgerAction::NextMonth),
        help: text::keys::help_next_month,
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[code(KeyCode::Tab)],
        action: Action::NextTab,
        help: text::keys::help_next_tab,
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[code(KeyCode::BackTab)],
        action: Action::PrevTab,
        help: text::keys::help_prev_tab,
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('1')],
        action: Action::GoTab(Tab::Ledger),
        help: text::keys::help_tab_ledger,
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('2')],
        action: Action::GoTab(Tab::Months),
        help: text::keys::help_tab_months,
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('3')],
        action: Action::GoTab(Tab::Plan),
        help: text::keys::help_tab_plan,
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('p')],
        action: Action::Plan(PlanAction::Tweak(Knob::ReturnPreset, true)),
        help: text::keys::help_return_presets,
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('4')],
        action: Action::GoTab(Tab::Move),
        help: text::keys::help_tab_move,
        footer: None,
    },
    Binding {
        modes: TABS,
        keys: &[k('5')],
        action: Action::GoTab(Tab::Budget),
        help: text::keys::help_tab_budget,
        footer: None,
    },
    Binding {
        modes: BU,
        keys: &[code(KeyCode::Left), k('h')],
        action: Action::Budget(BudgetAction::PrevMonth),
        help: text::keys::help_prev_month,
        footer: Some(text::keys::f_month),
    },
    Binding {
        modes: BU,
        keys: &[code(KeyCode::Right), k('l')],
        action: Action::Budget(BudgetAction::NextMonth),
        help: text::keys::help_next_month,
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Left), k('h')],
        action: Action::Move(MoveAction::PrevScenario),
        help: text::keys::help_prev_scenario,
        footer: Some(text::keys::f_scenario),
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Right), k('l')],
        action: Action::Move(MoveAction::NextScenario),
        help: text::keys::help_next_scenario,
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[k('a')],
        action: Action::Move(MoveAction::OpenAdd),
        help: text::keys::help_add_scenario,
        footer: Some(text::keys::f_add_scenario),
    },
    Binding {
        modes: MV,
        keys: &[k('e')],
        action: Action::Move(MoveAction::OpenEdit),
        help: text::keys::help_edit_scenario,
        footer: Some(text::keys::f_edit),
    },
    Binding {
        modes: MV,
        keys: &[k('c')],
        action: Action::Move(MoveAction::Duplicate),
        help: text::keys::help_copy_scenario,
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[k('r')],
        action: Action::Move(MoveAction::Rename),
        help: text::keys::help_rename_scenario,
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[k('d')],
        action: Action::Move(MoveAction::AskDelete),
        help: text::keys::help_delete_scenario,
        footer: Some(text::keys::f_del),
    },
    Binding {
        modes: MV,
        keys: &[k('m')],
        action: Action::Move(MoveAction::ToggleSchedule),
        help: text::keys::help_mortgage,
        footer: Some(text::keys::f_mortgage),
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Down), k('j')],
        action: Action::Move(MoveAction::NextYear),
        help: text::keys::help_schedule_next,
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Up), k('k')],
        action: Action::Move(MoveAction::PrevYear),
        help: text::keys::help_schedule_prev,
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Enter)],
        action: Action::Move(MoveAction::ToggleMonths),
        help: text::keys::help_schedule_months,
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[code(KeyCode::Esc)],
        action: Action::Move(MoveAction::CloseSchedule),
        help: text::keys::help_schedule_close,
        footer: None,
    },
    Binding {
        modes: MV,
        keys: &[k('y')],
        action: Action::Move(MoveAction::CycleYears),
        help: text::keys::help_move_horizon,
        footer: Some(text::keys::f_years),
    },
    Binding {
        modes: P,
        keys: &[k('+'), k('=')],
        action: Action::Plan(PlanAction::Tweak(Knob::Rate, true)),
        help: text::keys::help_rate_up,
        footer: Some(text::keys::f_rate),
    },
    Binding {
        modes: P,
        keys: &[k('-')],
        action: Action::Plan(PlanAction::Tweak(Knob::Rate, false)),
        help: text::keys::help_rate_down,
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('i')],
        action: Action::Plan(PlanAction::Tweak(Knob::Income, true)),
        help: text::keys::help_income_up,
        footer: Some(text::keys::f_income),
    },
    Binding {
        modes: P,
        keys: &[k('I')],
        action: Action::Plan(PlanAction::Tweak(Knob::Income, false)),
        help: text::keys::help_income_down,
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('s')],
        action: Action::Plan(PlanAction::Tweak(Knob::Spending, true)),
        help: text::keys::help_spending_up,
        footer: Some(text::keys::f_spend),
    },
    Binding {
        modes: P,
        keys: &[k('S')],
        action: Action::Plan(PlanAction::Tweak(Knob::Spending, false)),
        help: text::keys::help_spending_down,
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('r')],
        action: Action::Plan(PlanAction::Tweak(Knob::Return, true)),
        help: text::keys::help_return_up,
        footer: Some(text::keys::f_return),
    },
    Binding {
        modes: P,
        keys: &[k('R')],
        action: Action::Plan(PlanAction::Tweak(Knob::Return, false)),
        help: text::keys::help_return_down,
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('f')],
        action: Action::Plan(PlanAction::Tweak(Knob::Inflation, true)),
        help: text::keys::help_inflation_up,
        footer: Some(text::keys::f_infl),
    },
    Binding {
        modes: P,
        keys: &[k('F')],
        action: Action::Plan(PlanAction::Tweak(Knob::Inflation, false)),
        help: text::keys::help_inflation_down,
        footer: None,
    },
    Binding {
        modes: P,
        keys: &[k('h')],
        action: Action::Plan(PlanAction::Tweak(Knob::Horizon, true)),
        help: text::keys::help_plan_horizon,
        footer: Some(text::keys::f_years),
    },
    Binding {
        modes: P,
        keys: &[k('0')],
        action: Action::Plan(PlanAction::ResetTweaks),
        help: text::keys::help_reset,
        footer: Some(text::keys::f_reset),
    },
    Binding {
        modes: M,
        keys: &[code(KeyCode::Left), k('h')],
        action: Action::Months(MonthsAction::PrevMonth),
        help: text::keys::help_prev_month,
        footer: Some(text::keys::f_month),
    },
    Binding {
        modes: M,
        keys: &[code(KeyCode::Right), k('l')],
        action: Action::Months(MonthsAction::NextMonth),
        help: text::keys::help_next_month,
        footer: None,
    },
    Binding {
        modes: M,
        keys: &[k('r')],
        action: Action::Months(MonthsAction::CycleSpan),
        help: text::keys::help_span,
        footer: Some(text::keys::f_range),
    },
    Binding {
        modes: M,
        keys: &[code(KeyCode::Enter)],
        action: Action::Months(MonthsAction::OpenMonth),
        help: text::keys::help_open_month,
        footer: Some(text::keys::f_ledger),
    },
    Binding {
        modes: N,
        keys: &[k('D')],
        action: Action::Ledger(LedgerAction::LoadDemo),
        help: text::keys::help_load_demo,
        footer: None,
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::Enter)],
        action: Action::Text(TextAction::Submit),
        help: text::keys::help_save,
        footer: Some(text::keys::f_save),
    },
    Binding {
        modes: &[Scope::Prompt],
        keys: &[code(KeyCode::Enter)],
        action: Action::Text(TextAction::Submit),
        help: text::keys::help_run,
        footer: Some(text::keys::f_run),
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Esc)],
        action: Action::Cancel,
        help: text::keys::help_cancel,
        footer: Some(text::keys::f_cancel),
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::Tab)],
        action: Action::Text(TextAction::NextField),
        help: text::keys::help_next_field,
        footer: Some(text::keys::f_next),
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::BackTab)],
        action: Action::Text(TextAction::PrevField),
        help: text::keys::help_prev_field,
        footer: None,
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::Down)],
        action: Action::Text(TextAction::Down),
        help: text::keys::help_down_in_form,
        footer: None,
    },
    Binding {
        modes: FORM,
        keys: &[code(KeyCode::Up)],
        action: Action::Text(TextAction::Up),
        help: text::keys::help_up_in_form,
        footer: None,
    },
    Binding {
        modes: &[Scope::Prompt],
        keys: &[code(KeyCode::Down)],
        action: Action::Text(TextAction::Down),
        help: text::keys::help_next_bill,
        footer: None,
    },
    Binding {
        modes: &[Scope::Prompt],
        keys: &[code(KeyCode::Up)],
        action: Action::Text(TextAction::Up),
        help: text::keys::help_prev_bill,
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Backspace)],
        action: Action::Text(TextAction::Backspace),
        help: text::keys::help_backspace,
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Delete)],
        action: Action::Text(TextAction::DeleteChar),
        help: text::keys::help_delete_char,
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Left)],
        action: Action::Text(TextAction::Left),
        help: text::keys::help_caret_left,
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Right)],
        action: Action::Text(TextAction::Right),
        help: text::keys::help_caret_right,
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::Home), ctrl('a')],
        action: Action::Text(TextAction::Home),
        help: text::keys::help_caret_home,
        footer: None,
    },
    Binding {
        modes: TEXT,
        keys: &[code(KeyCode::End), ctrl('e')],
        action: Action::Text(TextAction::End),
        help: text::keys::help_caret_end,
        footer: None,
    },
    Binding {
        modes: &[Scope::Confirm],
        keys: &[k('y')],
        action: Action::Confirm,
        help: text::keys::help_yes,
        footer: Some(text::keys::f_yes),
    },
    Binding {
        modes: &[Scope::Confirm],
        keys: &[k('n'), code(KeyCode::Esc)],
        action: Action::Cancel,
        help: text::keys::help_no,
        footer: Some(text::keys::f_no),
    },
    Binding {
        modes: &[Scope::Help],
        keys: &[code(KeyCode::Esc), k('?'), k('q')],
        action: Action::Cancel,
        help: text::keys::help_close_help,
        footer: Some(text::keys::f_close),
    },
    Binding {
        modes: &[Scope::Help],
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::ScrollHelp { down: true },
        help: text::keys::help_scroll_down,
        footer: None,
    },
    Binding {
        modes: &[Scope::Help],
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::ScrollHelp { down: false },
        help: text::keys::help_scroll_up,
        footer: None,
    },
];

/// The action for a key press in `scope`. Release and repeat events never
/// count (Windows sends both); in text modes, other printable keys type.
pub fn action_for(scope: Scope, event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    // Shift only changes which character arrives ('G', 'D'); match without it.
    let mods = event.modifiers - KeyModifiers::SHIFT;
    let pressed = Key { code: event.code, mods };
    let bound = BINDINGS.iter().find(|b| b.modes.contains(&scope) && b.keys.contains(&pressed));
    match (bound, event.code) {
        (Some(b), _) => Some(b.action.clone()),
        (None, KeyCode::Char(c))
            if TEXT.contains(&scope) && !mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Text(TextAction::Input(c)))
        }
        _ => None,
    }
}

/// The mouse wheel, down (true) or up: it scrolls the Ledger's rows and
/// nothing else.
pub fn wheel(scope: Scope, down: bool) -> Option<Action> {
    match scope {
        Scope::Tab(Tab::Ledger) => Some(Action::Ledger(if down { LedgerAction::Down } else { LedgerAction::Up })),
        Scope::Tab(Tab::Months | Tab::Plan | Tab::Move | Tab::Budget)
        | Scope::Import
        | Scope::Form
        | Scope::ScenarioForm
        | Scope::Prompt
        | Scope::Confirm
        | Scope::Help => None,
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
    BINDINGS
        .iter()
        .filter(|b| b.modes.contains(&scope))
        .filter_map(|b| b.footer.map(|word| (key_name(&b.keys[0]), word())))
        .collect()
}

/// Every binding of a scope as (keys, help) lines for the help screen.
pub fn help_lines(scope: Scope) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.modes.contains(&scope))
        .map(|b| (b.keys.iter().map(key_name).collect::<Vec<_>>().join("/"), (b.help)()))
        .collect()
}

#[cfg(test)]
mod tests {
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
            Scope::Form,
            Scope::Prompt,
            Scope::Confirm,
            Scope::Help,
        ] {
            assert_eq!(action_for(mode, &ctrl_c), Some(Action::Quit));
        }
        assert_eq!(action_for(LEDGER, &press(KeyCode::Char('r'), KeyModifiers::CONTROL)), Some(Action::Redo));
    }

    #[test]
    fn only_presses_count() {
        let mut release = press(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(LEDGER, &release), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        for &scope in ALL {
            let keys: Vec<&Key> = BINDINGS.iter().filter(|b| b.modes.contains(&scope)).flat_map(|b| b.keys).collect();
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
    fn footer_and_help_speak_the_readers_language() {
        crate::text::set_lang(crate::text::Lang::Zh);
        assert!(footer(LEDGER).contains(&("a".to_owned(), "记账")));
        assert!(help_lines(LEDGER).contains(&("Ctrl-r".to_owned(), "重做刚撤销的")));
        crate::text::set_lang(crate::text::Lang::En);
    }
}
