//! The table's rows, scope by scope (see the parent: one line per
//! binding, grouped; `groups` there orders each scope's groups).

use super::*;

// Keys shared by several scopes.
pub(super) const ANYWHERE: &[Binding] = &[b(&[ctrl('c')], Action::Quit, w::help_quit_anywhere, None)];
/// Ctrl-Z everywhere, forms too: what is typed waits for `fg`.
pub(super) const SUSPEND: &[Binding] = &[b(&[ctrl('z')], Action::Suspend, w::help_suspend, None)];
pub(super) const QUIT: &[Binding] = &[b(&[k('q')], Action::Quit, w::help_quit, Some(w::f_quit))];
pub(super) const HELP: &[Binding] =
    &[b(&[k('?'), code(KeyCode::F(1))], Action::Help, w::help_show_help, Some(w::f_help))];
/// `:` on the tabs: the command line inside.
pub(super) const COMMAND: &[Binding] = &[
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
pub(super) const SHEET: &[Binding] = &[
    b(&[k('a')], Action::Sheet(SheetAction::Add), w::help_sheet_add, Some(w::f_new)),
    b(&[k('e'), ENTER], Action::Sheet(SheetAction::Edit), w::help_sheet_edit, Some(w::f_edit)),
    b(&[k('j'), DOWN], Action::Sheet(SheetAction::Down), w::help_next_row, None),
    b(&[k('k'), UP], Action::Sheet(SheetAction::Up), w::help_prev_row, None),
];
pub(super) const SHEET_CLOSE: &[Binding] = &[b(&[ESC, k('q')], Action::Cancel, w::help_close_sheet, Some(w::f_close))];
/// Accounts and categories.
pub(super) const SHEET_ARCHIVE: &[Binding] = &[
    b(&[k('x')], Action::Sheet(SheetAction::Archive), w::help_sheet_archive, Some(w::f_archive)),
    b(&[k('v')], Action::Sheet(SheetAction::ShowAll), w::help_sheet_all, Some(w::f_all)),
];
pub(super) const SHEET_OPENING: &[Binding] =
    &[b(&[k('o')], Action::Sheet(SheetAction::Opening), w::help_sheet_opening, Some(w::f_opening))];
/// Accounts: a statement, a valuation, a loan's terms, a credit line's terms.
pub(super) const SHEET_WORTH: &[Binding] = &[
    b(&[k('r')], Action::Sheet(SheetAction::Reconcile), w::help_sheet_reconcile, Some(w::f_reconcile)),
    b(&[k('V')], Action::Sheet(SheetAction::Value), w::help_sheet_value, Some(w::f_value)),
    b(&[k('L')], Action::Sheet(SheetAction::Loan), w::help_sheet_loan, Some(w::f_loan)),
    // In the help only: the footer at 80 columns has no room left.
    b(&[k('c')], Action::Sheet(SheetAction::Credit), w::help_sheet_credit, None),
];
/// A reconciliation that differs.
pub(super) const RECONCILE: &[Binding] = &[
    b(&[k('a')], Action::Reconcile(ReconcileAction::Adjust), w::help_reconcile_adjust, Some(w::f_adjust)),
    b(&[ESC, k('q')], Action::Cancel, w::help_reconcile_leave, Some(w::f_leave)),
    b(&[k('j'), DOWN], Action::Reconcile(ReconcileAction::Down), w::help_reconcile_down, None),
    b(&[k('k'), UP], Action::Reconcile(ReconcileAction::Up), w::help_reconcile_up, None),
];
pub(super) const SHEET_PARENT: &[Binding] =
    &[b(&[k('p')], Action::Sheet(SheetAction::Move), w::help_sheet_parent, Some(w::f_parent))];
pub(super) const SHEET_RULES: &[Binding] = &[
    b(&[k('s')], Action::Sheet(SheetAction::Skip), w::help_rule_skip, Some(w::f_skip)),
    b(&[k('c')], Action::Sheet(SheetAction::ChangeOne), w::help_rule_change_one, Some(w::f_one)),
    b(&[k('x')], Action::Sheet(SheetAction::End), w::help_rule_end, Some(w::f_end)),
];
/// Who owes whom: lend, collect (or repay), forgive; no rename.
pub(super) const SHEET_OWED: &[Binding] = &[
    b(&[k('a')], Action::Sheet(SheetAction::Add), w::help_owed_lend, Some(w::f_lend)),
    b(&[k('b')], Action::Sheet(SheetAction::Borrow), w::help_owed_borrow, Some(w::f_borrow)),
    b(&[k('c')], Action::Sheet(SheetAction::Settle), w::help_owed_settle, Some(w::f_collect)),
    b(&[k('f')], Action::Sheet(SheetAction::Forgive), w::help_owed_forgive, Some(w::f_forgive)),
    b(&[k('j'), DOWN], Action::Sheet(SheetAction::Down), w::help_next_row, None),
    b(&[k('k'), UP], Action::Sheet(SheetAction::Up), w::help_prev_row, None),
];
pub(super) const SHEET_DELETE: &[Binding] =
    &[b(&[k('d')], Action::Sheet(SheetAction::Delete), w::help_sheet_delete, Some(w::f_del))];
/// Undo and redo on a screen of things: what its keys wrote.
pub(super) const SHEET_UNDO: &[Binding] =
    &[b(&[k('u')], Action::Undo, w::help_undo, None), b(&[ctrl('r')], Action::Redo, w::help_redo, None)];
/// Who owes whom lists its `u` in the footer (last: the first cut at 60
/// columns), as the Ledger does: every key of that screen writes.
pub(super) const SHEET_OWED_UNDO: &[Binding] =
    &[b(&[k('u')], Action::Undo, w::help_undo, Some(w::f_undo)), b(&[ctrl('r')], Action::Redo, w::help_redo, None)];
/// The settings screen.
pub(super) const SETTINGS: &[Binding] = &[
    b(&[ENTER], Action::Settings(SettingsAction::Change), w::help_setting_change, Some(w::f_change)),
    b(&[k('x')], Action::Settings(SettingsAction::Unset), w::help_setting_unset, Some(w::f_unset)),
    b(&[k('j'), DOWN], Action::Settings(SettingsAction::Down), w::help_next_setting, None),
    b(&[k('k'), UP], Action::Settings(SettingsAction::Up), w::help_prev_setting, None),
    b(&[ESC, k('q')], Action::Cancel, w::help_close_settings, Some(w::f_close)),
];
/// Undo on the tabs but the Ledger, which shows it in its footer.
pub(super) const UNDO: &[Binding] = &[b(&[k('u')], Action::Undo, w::help_undo, None)];
pub(super) const REDO: &[Binding] = &[b(&[ctrl('r')], Action::Redo, w::help_redo, None)];
pub(super) const SWITCH: &[Binding] = &[
    b(&[TAB], Action::NextTab, w::help_next_tab, None),
    b(&[BACKTAB], Action::PrevTab, w::help_prev_tab, None),
    b(&[k('1')], Action::GoTab(Tab::Ledger), w::help_tab_ledger, None),
    b(&[k('2')], Action::GoTab(Tab::Months), w::help_tab_months, None),
    b(&[k('3')], Action::GoTab(Tab::Plan), w::help_tab_plan, None),
];
/// The rest of [`SWITCH`]; the Plan tab lists its `p` between the two.
pub(super) const SWITCH_MORE: &[Binding] = &[
    b(&[k('4')], Action::GoTab(Tab::Move), w::help_tab_move, None),
    b(&[k('5')], Action::GoTab(Tab::Budget), w::help_tab_budget, None),
];

// The Ledger tab.
pub(super) const LEDGER: &[Binding] = &[
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
pub(super) const LEDGER_ROWS: &[Binding] = &[
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
pub(super) const LEDGER_DEMO: &[Binding] = &[
    b(&[k('D')], Action::Ledger(LedgerAction::LoadDemo), w::help_load_demo, None),
    b(&[k('R')], Action::OpenSheet(SheetKind::Rules), w::help_rules, None),
    b(&[k('A')], Action::OpenSheet(SheetKind::Accounts), w::help_accounts, None),
    b(&[k('C')], Action::OpenSheet(SheetKind::Categories), w::help_categories, None),
];

// The Months tab.
pub(super) const MONTHS: &[Binding] = &[
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
pub(super) const PLAN_PRESETS: &[Binding] =
    &[b(&[k('p')], Action::Plan(PlanAction::Tweak(Knob::ReturnPreset, true)), w::help_return_presets, None)];
pub(super) const PLAN: &[Binding] = &[
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
pub(super) const MOVE: &[Binding] = &[
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
pub(super) const SCHEDULE: &[Binding] = &[
    b(&[DOWN, k('j')], Action::Move(MoveAction::NextYear), w::help_schedule_next, Some(w::f_year)),
    b(&[UP, k('k')], Action::Move(MoveAction::PrevYear), w::help_schedule_prev, None),
    b(&[ENTER], Action::Move(MoveAction::ToggleMonths), w::help_schedule_months, Some(w::f_months)),
    b(&[ESC], Action::Move(MoveAction::CloseSchedule), w::help_schedule_close, Some(w::f_back)),
];

// The Budget tab.
pub(super) const BUDGET: &[Binding] = &[
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
pub(super) const IMPORT: &[Binding] = &[
    b(&[k('j'), DOWN], Action::Import(ImportAction::Down), w::help_next_row, None),
    b(&[k('k'), UP], Action::Import(ImportAction::Up), w::help_prev_row, None),
    b(&[PGDN], Action::Import(ImportAction::PageDown), w::help_a_screen_down, None),
    b(&[PGUP], Action::Import(ImportAction::PageUp), w::help_a_screen_up, None),
    b(&[k('g'), HOME], Action::Import(ImportAction::Top), w::help_first_row, None),
    b(&[k('G'), END], Action::Import(ImportAction::Bottom), w::help_last_row, None),
    b(&[k('c')], Action::Import(ImportAction::ChangeCategory), w::help_import_category, Some(w::f_category)),
    b(&[k('R')], Action::Import(ImportAction::SaveRule), w::help_import_rule, Some(w::f_rule)),
    b(&[k('m')], Action::Import(ImportAction::ChangeSource), w::help_import_source, Some(w::f_source)),
    b(&[k('p')], Action::Import(ImportAction::KeepApart), w::help_import_apart, Some(w::f_apart)),
    b(&[k('a')], Action::Import(ImportAction::CycleAccount), w::help_import_account, Some(w::f_account)),
    b(&[ENTER], Action::Import(ImportAction::ImportRows), w::help_import_rows, Some(w::f_import)),
    b(&[k('S')], Action::Import(ImportAction::SkipInvalid), w::help_import_skip, None),
    b(&[ESC], Action::Import(ImportAction::Close), w::help_import_cancel, Some(w::f_cancel)),
];

// A bank bill's mapping screen: ←/→ choose, and type in its one text field (the name).
pub(super) const MAPPING: &[Binding] = &[
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
pub(super) const CANCEL: Binding = b(&[ESC], Action::Cancel, w::help_cancel, Some(w::f_cancel));
pub(super) const FORM: &[Binding] = &[
    b(&[ENTER], Action::Text(TextAction::Submit), w::help_save, Some(w::f_save)),
    CANCEL,
    b(&[TAB], Action::Text(TextAction::NextField), w::help_next_field, Some(w::f_next)),
    b(&[BACKTAB], Action::Text(TextAction::PrevField), w::help_prev_field, None),
    b(&[DOWN], Action::Text(TextAction::Down), w::help_down_in_form, None),
    b(&[UP], Action::Text(TextAction::Up), w::help_up_in_form, None),
];
pub(super) const PROMPT: &[Binding] = &[
    b(&[ENTER], Action::Text(TextAction::Submit), w::help_run, Some(w::f_run)),
    CANCEL,
    b(&[DOWN], Action::Text(TextAction::Down), w::help_next_bill, None),
    b(&[UP], Action::Text(TextAction::Up), w::help_prev_bill, None),
];
/// Ctrl-C in the add/edit form and the scenario form, in place of [`ANYWHERE`]'s: typed input is
/// not lost to one slip of the fingers.
pub(super) const FORM_QUIT: &[Binding] = &[b(&[ctrl('c')], Action::QuitAsking, w::help_quit_form, None)];
/// Clearing a whole line, in the add/edit form and prompts.
pub(super) const CLEARING: &[Binding] = &[b(&[ctrl('u')], Action::ClearLine, w::help_clear_line, None)];
/// Moving the caret and deleting, in forms and prompts.
pub(super) const EDITING: &[Binding] = &[
    b(&[code(KeyCode::Backspace)], Action::Text(TextAction::Backspace), w::help_backspace, None),
    b(&[code(KeyCode::Delete)], Action::Text(TextAction::DeleteChar), w::help_delete_char, None),
    b(&[LEFT], Action::Text(TextAction::Left), w::help_caret_left, None),
    b(&[RIGHT], Action::Text(TextAction::Right), w::help_caret_right, None),
    b(&[HOME, ctrl('a')], Action::Text(TextAction::Home), w::help_caret_home, None),
    b(&[END, ctrl('e')], Action::Text(TextAction::End), w::help_caret_end, None),
];

// The delete question and the help screen.
pub(super) const CONFIRM: &[Binding] = &[
    b(&[k('y')], Action::Confirm, w::help_yes, Some(w::f_yes)),
    b(&[k('n'), ESC], Action::Cancel, w::help_no, Some(w::f_no)),
];
pub(super) const HELP_SCREEN: &[Binding] = &[
    b(&[ESC, k('?'), k('q')], Action::Cancel, w::help_close_help, Some(w::f_close)),
    b(&[k('j'), DOWN], Action::ScrollHelp { down: true }, w::help_scroll_down, None),
    b(&[k('k'), UP], Action::ScrollHelp { down: false }, w::help_scroll_up, None),
];
