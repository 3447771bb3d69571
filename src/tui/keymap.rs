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

// Keys shared by several scopes.
const ANYWHERE: &[Binding] = &[b(&[ctrl('c')], Action::Quit, w::help_quit_anywhere, None)];
/// Ctrl-Z everywhere, forms too: what is typed waits for `fg`.
const SUSPEND: &[Binding] = &[b(&[ctrl('z')], Action::Suspend, w::help_suspend, None)];
const QUIT: &[Binding] = &[b(&[k('q')], Action::Quit, w::help_quit, Some(w::f_quit))];
const HELP: &[Binding] = &[b(&[k('?'), code(KeyCode::F(1))], Action::Help, w::help_show_help, Some(w::f_help))];
/// `:` on the tabs: the command line inside.
const COMMAND: &[Binding] = &[
    b(&[k(':')], Action::OpenCommand, w::help_command, None),
    b(&[k(',')], Action::OpenSettings, w::help_settings, None),
    b(&[k('@')], Action::OpenSheet(SheetKind::Accounts), w::help_accounts, None),
    b(&[k('#')], Action::OpenSheet(SheetKind::Categories), w::help_categories, None),
    b(&[k('*')], Action::OpenSheet(SheetKind::Rules), w::help_rules, None),
    b(&[k('O')], Action::OpenSheet(SheetKind::Owed), w::help_owed, None),
    b(&[k('X')], Action::OpenExport, w::help_export, None),
    b(&[k('B')], Action::OpenBackup, w::help_backup, None),
];
/// Every screen of things.
const SHEET: &[Binding] = &[
    b(&[k('a')], Action::Sheet(SheetAction::Add), w::help_sheet_add, Some(w::f_new)),
    b(&[k('e'), ENTER], Action::Sheet(SheetAction::Edit), w::help_sheet_edit, Some(w::f_edit)),
    b(&[k('j'), DOWN], Action::Sheet(SheetAction::Down), w::help_next_row, None),
    b(&[k('k'), UP], Action::Sheet(SheetAction::Up), w::help_prev_row, None),
];
const SHEET_CLOSE: &[Binding] = &[b(&[ESC, k('q')], Action::Cancel, w::help_close_sheet, Some(w::f_close))];
/// Accounts and categories.
const SHEET_ARCHIVE: &[Binding] = &[
    b(&[k('x')], Action::Sheet(SheetAction::Archive), w::help_sheet_archive, Some(w::f_archive)),
    b(&[k('v')], Action::Sheet(SheetAction::ShowAll), w::help_sheet_all, Some(w::f_all)),
];
const SHEET_OPENING: &[Binding] =
    &[b(&[k('o')], Action::Sheet(SheetAction::Opening), w::help_sheet_opening, Some(w::f_opening))];
/// Accounts: a statement, a valuation, a loan's terms.
const SHEET_WORTH: &[Binding] = &[
    b(&[k('r')], Action::Sheet(SheetAction::Reconcile), w::help_sheet_reconcile, Some(w::f_reconcile)),
    b(&[k('V')], Action::Sheet(SheetAction::Value), w::help_sheet_value, Some(w::f_value)),
    b(&[k('L')], Action::Sheet(SheetAction::Loan), w::help_sheet_loan, Some(w::f_loan)),
];
/// A reconciliation that differs.
const RECONCILE: &[Binding] = &[
    b(&[k('a')], Action::Reconcile(ReconcileAction::Adjust), w::help_reconcile_adjust, Some(w::f_adjust)),
    b(&[ESC, k('q')], Action::Cancel, w::help_reconcile_leave, Some(w::f_leave)),
    b(&[k('j'), DOWN], Action::Reconcile(ReconcileAction::Down), w::help_reconcile_down, None),
    b(&[k('k'), UP], Action::Reconcile(ReconcileAction::Up), w::help_reconcile_up, None),
];
const SHEET_PARENT: &[Binding] =
    &[b(&[k('p')], Action::Sheet(SheetAction::Move), w::help_sheet_parent, Some(w::f_parent))];
const SHEET_RULES: &[Binding] = &[
    b(&[k('s')], Action::Sheet(SheetAction::Skip), w::help_rule_skip, Some(w::f_skip)),
    b(&[k('c')], Action::Sheet(SheetAction::ChangeOne), w::help_rule_change_one, Some(w::f_one)),
    b(&[k('x')], Action::Sheet(SheetAction::End), w::help_rule_end, Some(w::f_end)),
];
/// Who owes whom: lend, collect (or repay), forgive; no rename.
const SHEET_OWED: &[Binding] = &[
    b(&[k('a')], Action::Sheet(SheetAction::Add), w::help_owed_lend, Some(w::f_lend)),
    b(&[k('b')], Action::Sheet(SheetAction::Borrow), w::help_owed_borrow, Some(w::f_borrow)),
    b(&[k('c')], Action::Sheet(SheetAction::Settle), w::help_owed_settle, Some(w::f_collect)),
    b(&[k('f')], Action::Sheet(SheetAction::Forgive), w::help_owed_forgive, Some(w::f_forgive)),
    b(&[k('j'), DOWN], Action::Sheet(SheetAction::Down), w::help_next_row, None),
    b(&[k('k'), UP], Action::Sheet(SheetAction::Up), w::help_prev_row, None),
];
const SHEET_DELETE: &[Binding] =
    &[b(&[k('d')], Action::Sheet(SheetAction::Delete), w::help_sheet_delete, Some(w::f_del))];
/// Undo and redo on a screen of things: what its keys wrote.
const SHEET_UNDO: &[Binding] =
    &[b(&[k('u')], Action::Undo, w::help_undo, None), b(&[ctrl('r')], Action::Redo, w::help_redo, None)];
/// Who owes whom lists its `u` in the footer (last: the first cut at 60
/// columns), as the Ledger does: every key of that screen writes.
const SHEET_OWED_UNDO: &[Binding] =
    &[b(&[k('u')], Action::Undo, w::help_undo, Some(w::f_undo)), b(&[ctrl('r')], Action::Redo, w::help_redo, None)];
/// The settings screen.
const SETTINGS: &[Binding] = &[
    b(&[ENTER], Action::Settings(SettingsAction::Change), w::help_setting_change, Some(w::f_change)),
    b(&[k('x')], Action::Settings(SettingsAction::Unset), w::help_setting_unset, Some(w::f_unset)),
    b(&[k('j'), DOWN], Action::Settings(SettingsAction::Down), w::help_next_setting, None),
    b(&[k('k'), UP], Action::Settings(SettingsAction::Up), w::help_prev_setting, None),
    b(&[ESC, k('q')], Action::Cancel, w::help_close_settings, Some(w::f_close)),
];
/// Undo on the tabs but the Ledger, which shows it in its footer.
const UNDO: &[Binding] = &[b(&[k('u')], Action::Undo, w::help_undo, None)];
const REDO: &[Binding] = &[b(&[ctrl('r')], Action::Redo, w::help_redo, None)];
const SWITCH: &[Binding] = &[
    b(&[TAB], Action::NextTab, w::help_next_tab, None),
    b(&[BACKTAB], Action::PrevTab, w::help_prev_tab, None),
    b(&[k('1')], Action::GoTab(Tab::Ledger), w::help_tab_ledger, None),
    b(&[k('2')], Action::GoTab(Tab::Months), w::help_tab_months, None),
    b(&[k('3')], Action::GoTab(Tab::Plan), w::help_tab_plan, None),
];
/// The rest of [`SWITCH`]; the Plan tab lists its `p` between the two.
const SWITCH_MORE: &[Binding] = &[
    b(&[k('4')], Action::GoTab(Tab::Move), w::help_tab_move, None),
    b(&[k('5')], Action::GoTab(Tab::Budget), w::help_tab_budget, None),
];

// The Ledger tab.
const LEDGER: &[Binding] = &[
    b(&[k('a')], Action::Ledger(LedgerAction::OpenAdd), w::help_add_txn, Some(w::f_add)),
    b(&[k('i')], Action::Ledger(LedgerAction::OpenQuick), w::help_quick_add, Some(w::f_quick)),
    // Enter edits too, so the footer leaves room for the rest.
    b(&[k('e'), ENTER], Action::Ledger(LedgerAction::OpenEdit), w::help_edit_txn, None),
    b(&[k('d')], Action::Ledger(LedgerAction::AskDelete), w::help_delete_txn, Some(w::f_del)),
    b(&[k('t')], Action::Ledger(LedgerAction::OpenTags), w::help_tags, None),
    b(&[k('l')], Action::Ledger(LedgerAction::OpenLoan), w::help_loan_row, None),
    b(&[k('r')], Action::Ledger(LedgerAction::OpenReimburse), w::help_reimburse_row, None),
    b(&[k('s')], Action::Ledger(LedgerAction::OpenSplit), w::help_split_row, None),
    b(&[k('u')], Action::Undo, w::help_undo, Some(w::f_undo)),
    b(&[k('I')], Action::Ledger(LedgerAction::OpenImport), w::help_import_bill, Some(w::f_import)),
];
const LEDGER_ROWS: &[Binding] = &[
    b(&[k('/')], Action::Ledger(LedgerAction::OpenFilter), w::help_filter, Some(w::f_filter)),
    b(&[ESC], Action::Ledger(LedgerAction::ClearFilter), w::help_clear_filter, None),
    b(&[k('j'), DOWN], Action::Ledger(LedgerAction::Down), w::help_next_older, None),
    b(&[k('k'), UP], Action::Ledger(LedgerAction::Up), w::help_prev_newer, None),
    b(&[PGDN], Action::Ledger(LedgerAction::PageDown), w::help_screen_down, None),
    b(&[PGUP], Action::Ledger(LedgerAction::PageUp), w::help_screen_up, None),
    b(&[k('g'), HOME], Action::Ledger(LedgerAction::Top), w::help_newest, None),
    b(&[k('G'), END], Action::Ledger(LedgerAction::Bottom), w::help_oldest, None),
    b(&[k('[')], Action::Ledger(LedgerAction::PrevMonth), w::help_prev_month, Some(w::f_month)),
    b(&[k(']')], Action::Ledger(LedgerAction::NextMonth), w::help_next_month, None),
];
const LEDGER_DEMO: &[Binding] = &[
    b(&[k('D')], Action::Ledger(LedgerAction::LoadDemo), w::help_load_demo, None),
    b(&[k('R')], Action::OpenSheet(SheetKind::Rules), w::help_rules, None),
    b(&[k('A')], Action::OpenSheet(SheetKind::Accounts), w::help_accounts, None),
    b(&[k('C')], Action::OpenSheet(SheetKind::Categories), w::help_categories, None),
];

// The Months tab.
const MONTHS: &[Binding] = &[
    b(&[LEFT, k('h')], Action::Months(MonthsAction::PrevMonth), w::help_prev_month, Some(w::f_month)),
    b(&[RIGHT, k('l')], Action::Months(MonthsAction::NextMonth), w::help_next_month, None),
    b(&[k('r')], Action::Months(MonthsAction::CycleSpan), w::help_span, Some(w::f_range)),
    b(&[ENTER], Action::Months(MonthsAction::OpenMonth), w::help_open_month, Some(w::f_ledger)),
    b(&[k('w')], Action::Months(MonthsAction::ToggleWorth), w::help_worth, Some(w::f_worth)),
    b(&[k('g')], Action::Months(MonthsAction::ToggleTags), w::help_by_tag, Some(w::f_tags)),
    b(&[k('j'), DOWN], Action::Months(MonthsAction::NextTag), w::help_next_tag, None),
    b(&[k('k'), UP], Action::Months(MonthsAction::PrevTag), w::help_prev_tag, None),
];

// The Plan tab.
const PLAN_PRESETS: &[Binding] =
    &[b(&[k('p')], Action::Plan(PlanAction::Tweak(Knob::ReturnPreset, true)), w::help_return_presets, None)];
const PLAN: &[Binding] = &[
    b(&[k('+'), k('=')], Action::Plan(PlanAction::Tweak(Knob::Rate, true)), w::help_rate_up, Some(w::f_rate)),
    b(&[k('-')], Action::Plan(PlanAction::Tweak(Knob::Rate, false)), w::help_rate_down, None),
    b(&[k('i')], Action::Plan(PlanAction::Tweak(Knob::Income, true)), w::help_income_up, Some(w::f_income)),
    b(&[k('I')], Action::Plan(PlanAction::Tweak(Knob::Income, false)), w::help_income_down, None),
    b(&[k('s')], Action::Plan(PlanAction::Tweak(Knob::Spending, true)), w::help_spending_up, Some(w::f_spend)),
    b(&[k('S')], Action::Plan(PlanAction::Tweak(Knob::Spending, false)), w::help_spending_down, None),
    b(&[k('r')], Action::Plan(PlanAction::Tweak(Knob::Return, true)), w::help_return_up, Some(w::f_return)),
    b(&[k('R')], Action::Plan(PlanAction::Tweak(Knob::Return, false)), w::help_return_down, None),
    b(&[k('f')], Action::Plan(PlanAction::Tweak(Knob::Inflation, true)), w::help_inflation_up, Some(w::f_infl)),
    b(&[k('F')], Action::Plan(PlanAction::Tweak(Knob::Inflation, false)), w::help_inflation_down, None),
    b(&[k('h')], Action::Plan(PlanAction::Tweak(Knob::Horizon, true)), w::help_plan_horizon, Some(w::f_years)),
    b(&[k('0')], Action::Plan(PlanAction::ResetTweaks), w::help_reset, Some(w::f_reset)),
    b(&[k('g')], Action::OpenSheet(SheetKind::Goals), w::help_goals, Some(w::f_goal)),
    // After the goals: where the footer is short of room, these go first (`?` lists them).
    b(&[k('b')], Action::Plan(PlanAction::ToggleRanges), wr::help_ranges, Some(wr::f_ranges)),
    b(&[k('t')], Action::Plan(PlanAction::OpenWhatIf), wr::help_type_figure, Some(wr::f_type_figure)),
];

// The Move tab.
const MOVE: &[Binding] = &[
    b(&[LEFT, k('h')], Action::Move(MoveAction::PrevScenario), w::help_prev_scenario, Some(w::f_scenario)),
    b(&[RIGHT, k('l')], Action::Move(MoveAction::NextScenario), w::help_next_scenario, None),
    b(&[k('a')], Action::Move(MoveAction::OpenAdd), w::help_add_scenario, Some(w::f_add_scenario)),
    b(&[k('e')], Action::Move(MoveAction::OpenEdit), w::help_edit_scenario, Some(w::f_edit)),
    b(&[k('c')], Action::Move(MoveAction::Duplicate), w::help_copy_scenario, None),
    b(&[k('r')], Action::Move(MoveAction::Rename), w::help_rename_scenario, None),
    b(&[k('d')], Action::Move(MoveAction::AskDelete), w::help_delete_scenario, Some(w::f_del)),
    b(&[k('m')], Action::Move(MoveAction::ToggleSchedule), w::help_mortgage, Some(w::f_mortgage)),
    b(&[k('y')], Action::Move(MoveAction::CycleYears), w::help_move_horizon, Some(w::f_years)),
    b(&[k('v')], Action::Move(MoveAction::ToggleChart), w::help_fold_chart, None),
    b(&[k('g')], Action::Move(MoveAction::Return(true)), w::help_move_return_up, None),
    b(&[k('G')], Action::Move(MoveAction::Return(false)), w::help_move_return_down, None),
    b(&[k('f')], Action::Move(MoveAction::Inflation(true)), w::help_inflation_up, None),
    b(&[k('F')], Action::Move(MoveAction::Inflation(false)), w::help_inflation_down, None),
    b(&[k('H')], Action::Move(MoveAction::AskHome), w::help_home_city, None),
];
/// The mortgage schedule's own keys (they do nothing without it).
const SCHEDULE: &[Binding] = &[
    b(&[DOWN, k('j')], Action::Move(MoveAction::NextYear), w::help_schedule_next, Some(w::f_year)),
    b(&[UP, k('k')], Action::Move(MoveAction::PrevYear), w::help_schedule_prev, None),
    b(&[ENTER], Action::Move(MoveAction::ToggleMonths), w::help_schedule_months, Some(w::f_months)),
    b(&[ESC], Action::Move(MoveAction::CloseSchedule), w::help_schedule_close, Some(w::f_back)),
];

// The Budget tab.
const BUDGET: &[Binding] = &[
    b(&[k('s'), ENTER], Action::Budget(BudgetAction::Set), w::help_budget_set, Some(w::f_set)),
    b(&[k('a')], Action::Budget(BudgetAction::New), w::help_budget_new, Some(w::f_new)),
    b(&[k('x')], Action::Budget(BudgetAction::End), w::help_budget_end, Some(w::f_end)),
    b(&[k('c')], Action::Budget(BudgetAction::CopyLast), w::help_budget_copy, Some(w::f_copy)),
    b(&[k('j'), DOWN], Action::Budget(BudgetAction::Down), w::help_next_row, None),
    b(&[k('k'), UP], Action::Budget(BudgetAction::Up), w::help_prev_row, None),
    b(&[LEFT, k('h')], Action::Budget(BudgetAction::PrevMonth), w::help_prev_month, Some(w::f_month)),
    b(&[RIGHT, k('l')], Action::Budget(BudgetAction::NextMonth), w::help_next_month, None),
];

// The import preview.
const IMPORT: &[Binding] = &[
    b(&[k('j'), DOWN], Action::Import(ImportAction::Down), w::help_next_row, None),
    b(&[k('k'), UP], Action::Import(ImportAction::Up), w::help_prev_row, None),
    b(&[PGDN], Action::Import(ImportAction::PageDown), w::help_a_screen_down, None),
    b(&[PGUP], Action::Import(ImportAction::PageUp), w::help_a_screen_up, None),
    b(&[k('g'), HOME], Action::Import(ImportAction::Top), w::help_first_row, None),
    b(&[k('G'), END], Action::Import(ImportAction::Bottom), w::help_last_row, None),
    b(&[k('c')], Action::Import(ImportAction::ChangeCategory), w::help_import_category, Some(w::f_category)),
    b(&[k('R')], Action::Import(ImportAction::SaveRule), w::help_import_rule, Some(w::f_rule)),
    b(&[k('a')], Action::Import(ImportAction::CycleAccount), w::help_import_account, Some(w::f_account)),
    b(&[ENTER], Action::Import(ImportAction::ImportRows), w::help_import_rows, Some(w::f_import)),
    b(&[k('S')], Action::Import(ImportAction::SkipInvalid), w::help_import_skip, None),
    b(&[ESC], Action::Import(ImportAction::Close), w::help_import_cancel, Some(w::f_cancel)),
];

// A bank bill's mapping screen: ←/→ choose, and type in its one text field (the name).
const MAPPING: &[Binding] = &[
    b(&[ENTER], Action::Mapping(MappingAction::Submit), wm::help_preview, Some(wm::f_preview)),
    b(&[ESC], Action::Mapping(MappingAction::Cancel), wm::help_cancel, Some(wm::f_cancel)),
    b(&[TAB, DOWN], Action::Mapping(MappingAction::NextField), wm::help_next_field, Some(wm::f_next)),
    b(&[BACKTAB, UP], Action::Mapping(MappingAction::PrevField), wm::help_prev_field, None),
    b(&[RIGHT], Action::Mapping(MappingAction::Right), wm::help_next_choice, Some(wm::f_choose)),
    b(&[LEFT], Action::Mapping(MappingAction::Left), wm::help_prev_choice, None),
    b(&[code(KeyCode::Backspace)], Action::Text(TextAction::Backspace), wm::help_backspace, None),
    b(&[code(KeyCode::Delete)], Action::Text(TextAction::DeleteChar), wm::help_delete_char, None),
    b(&[HOME, ctrl('a')], Action::Text(TextAction::Home), wm::help_caret_home, None),
    b(&[END, ctrl('e')], Action::Text(TextAction::End), wm::help_caret_end, None),
];

// Forms and prompts.
const CANCEL: Binding = b(&[ESC], Action::Cancel, w::help_cancel, Some(w::f_cancel));
const FORM: &[Binding] = &[
    b(&[ENTER], Action::Text(TextAction::Submit), w::help_save, Some(w::f_save)),
    CANCEL,
    b(&[TAB], Action::Text(TextAction::NextField), w::help_next_field, Some(w::f_next)),
    b(&[BACKTAB], Action::Text(TextAction::PrevField), w::help_prev_field, None),
    b(&[DOWN], Action::Text(TextAction::Down), w::help_down_in_form, None),
    b(&[UP], Action::Text(TextAction::Up), w::help_up_in_form, None),
];
const PROMPT: &[Binding] = &[
    b(&[ENTER], Action::Text(TextAction::Submit), w::help_run, Some(w::f_run)),
    CANCEL,
    b(&[DOWN], Action::Text(TextAction::Down), w::help_next_bill, None),
    b(&[UP], Action::Text(TextAction::Up), w::help_prev_bill, None),
];
/// Ctrl-C in the add/edit form and the scenario form, in place of [`ANYWHERE`]'s: typed input is
/// not lost to one slip of the fingers.
const FORM_QUIT: &[Binding] = &[b(&[ctrl('c')], Action::QuitAsking, w::help_quit_form, None)];
/// Clearing a whole line, in the add/edit form and prompts.
const CLEARING: &[Binding] = &[b(&[ctrl('u')], Action::ClearLine, w::help_clear_line, None)];
/// Moving the caret and deleting, in forms and prompts.
const EDITING: &[Binding] = &[
    b(&[code(KeyCode::Backspace)], Action::Text(TextAction::Backspace), w::help_backspace, None),
    b(&[code(KeyCode::Delete)], Action::Text(TextAction::DeleteChar), w::help_delete_char, None),
    b(&[LEFT], Action::Text(TextAction::Left), w::help_caret_left, None),
    b(&[RIGHT], Action::Text(TextAction::Right), w::help_caret_right, None),
    b(&[HOME, ctrl('a')], Action::Text(TextAction::Home), w::help_caret_home, None),
    b(&[END, ctrl('e')], Action::Text(TextAction::End), w::help_caret_end, None),
];

// The delete question and the help screen.
const CONFIRM: &[Binding] = &[
    b(&[k('y')], Action::Confirm, w::help_yes, Some(w::f_yes)),
    b(&[k('n'), ESC], Action::Cancel, w::help_no, Some(w::f_no)),
];
const HELP_SCREEN: &[Binding] = &[
    b(&[ESC, k('?'), k('q')], Action::Cancel, w::help_close_help, Some(w::f_close)),
    b(&[k('j'), DOWN], Action::ScrollHelp { down: true }, w::help_scroll_down, None),
    b(&[k('k'), UP], Action::ScrollHelp { down: false }, w::help_scroll_up, None),
];

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
