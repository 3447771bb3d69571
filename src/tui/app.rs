//! The interface's state and its one entry point, `update(Action) ->
//! Option<Effect>`: a dispatcher over the tab and the mode. Each tab's part
//! lives in its own file (`ledger`, `months`, `plan`, `relocate`, `budget`;
//! `import` for the preview, `typing` for forms and prompts), each taking its
//! own group of actions. No SQL, no drawing: the effect runner talks to the
//! store, the views draw this state.

use chrono::NaiveDate;

use super::action::{Action, Effect, Reply};
pub use super::budget::BudgetView;
use super::form::{Form, LineEdit};
pub use super::import::{BillChoice, ImportView};
use super::keymap::Scope;
pub use super::mapping::MappingView;
pub use super::months::MonthsView;
pub use super::plan::PlanView;
pub use super::relocate::MoveView;
pub use super::tab::Tab;
use crate::model::{Account, Category, Cycle, Month, Txn, TxnFilter};
use crate::report::MonthSummary;

/// Rows read per page, and the most the window keeps in memory.
pub const PAGE: usize = 100;
pub const WINDOW: usize = 300;
/// Lines of the Ledger tab that are not table rows: tabs, month header,
/// filter line, table header, status, footer.
pub const CHROME_LINES: u16 = 6;

/// What has the keys: the tab itself (which one is `App.tab`), or a screen over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Browsing the current tab.
    Browse,
    /// The import preview (over the Ledger tab).
    Import,
    /// The add/edit form.
    Form,
    /// The Move tab's scenario form.
    ScenarioForm,
    /// A one-line prompt; `App.prompt_kind` says which.
    Prompt,
    /// A delete waiting for a yes; `App.confirm` says what.
    Confirm,
    Help,
    /// The settings screen (`,`).
    Settings,
    /// A screen of things (`App.sheet`: accounts, categories, rules, goals).
    Sheet,
    /// A small form over a command (`App.fields`).
    Fields,
    /// The mapping screen of a bank bill (over the Ledger tab).
    Mapping,
    /// A reconciliation that differs (`App.reconcile`), over the accounts screen.
    Reconcile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Quick,
    Filter,
    /// A new name for the selected scenario.
    Rename,
    /// The path of a bill to import.
    ImportPath,
    /// Another category for the selected row of the import preview.
    ImportCategory,
    /// Another account for the selected row's payment method in the import preview.
    ImportSource,
    /// A command as on the command line (`:`).
    Command,
    /// A figure for the Plan tab (`saving 2500`).
    WhatIf,
    /// The selected transaction's tags.
    Tags,
    /// The person the selected row was lent to (or collected from).
    Loan,
    /// Who reimburses the selected row, or how much of it came back.
    Reimburse,
    /// How many ways the selected row is split.
    Split,
}

/// What waits for a yes to be deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Txn(Txn),
    /// A reconciled transaction to open in the form (reconciled through this day).
    Edit(Txn, NaiveDate),
    /// A scenario: its id, and the scenario as shown.
    Scenario(i64, Box<crate::relocation::scenario::Scenario>),
    /// A command's words (`recurring rm rent`), and what it deletes as shown.
    Words {
        words: Vec<String>,
        what: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// What the user's settings ask of the interface.
#[derive(Debug, Clone, PartialEq)]
pub struct Prefs {
    pub palette: super::theme::Palette,
    /// Recent complete months a projection's baseline averages.
    pub baseline_months: usize,
    /// The currency summaries, plans and budgets are read in.
    pub currency: crate::money::Currency,
    /// The account a new entry starts on, when it names one that exists.
    pub account: Option<String>,
    /// What was wrong with the settings file, shown at start.
    pub note: Option<String>,
    /// Where the household lives (`home_city`), and a custom city's index.
    pub home_city: Option<String>,
    pub home_cost_index: u32,
    /// Contribution rates and deductions: a city's wage taken home.
    pub pay: crate::salary::Pay,
    /// The savings rate aimed at (`savings_goal`): what safe to spend keeps.
    pub savings_goal: rust_decimal::Decimal,
    /// NO_COLOR was set: a theme changed from `:config` stays colourless.
    pub no_colour: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            palette: super::theme::palette(crate::config::Theme::Default, false),
            baseline_months: 6,
            currency: crate::money::Currency::CNY,
            account: None,
            note: None,
            home_city: None,
            home_cost_index: 100,
            pay: Default::default(),
            savings_goal: rust_decimal::Decimal::ZERO,
            no_colour: false,
        }
    }
}

#[derive(Debug)]
pub struct App {
    pub today: NaiveDate,
    pub tab: Tab,
    pub mode: Mode,
    /// The ledger changed since the tab showing read its figures; the next
    /// reload brings it up to date.
    pub stale: bool,
    pub size: (u16, u16),
    pub accounts: Vec<Account>,
    pub categories: Vec<Category>,
    /// The ledger has no transactions at all: show the welcome panel.
    pub empty: bool,
    /// A window of rows, newest first, around the selection.
    pub rows: Vec<Txn>,
    pub selected: usize,
    pub offset: usize,
    pub at_newest: bool,
    pub at_oldest: bool,
    /// Rows still to move once the next page arrives.
    pub(super) pending_move: isize,
    pub filter_text: String,
    pub filter: TxnFilter,
    pub summary: Option<MonthSummary>,
    /// Safe to spend today, when the header's month is today's.
    pub safe: Option<crate::report::safe::Safe>,
    pub form: Option<Form>,
    pub prompt: LineEdit,
    pub prompt_kind: PromptKind,
    /// The prompt holds a whole value, untouched: the first key typed replaces it.
    pub prompt_fresh: bool,
    /// The prompt ends in a value, untouched, from this character on (the
    /// settings screen's `config set KEY VALUE`): the first key typed or
    /// Backspace replaces the value and keeps the command before it.
    pub prompt_value_at: Option<usize>,
    /// Ctrl-C was pressed once over a typed prompt line; a second press quits.
    pub prompt_quit_asked: bool,
    /// What waits for a yes to be deleted.
    pub confirm: Option<Pending>,
    pub status: Option<Status>,
    pub quit: bool,
    /// Ctrl-Z was pressed: the loop suspends before the next event.
    pub suspend: bool,
    /// The `:` lines run, oldest first, and where ↑/↓ stand in them.
    pub command_history: Vec<String>,
    pub history_at: Option<usize>,
    /// A `:` line's output too long for the status line: (the line, its
    /// lines), shown over the screen like the help, scrolled the same way.
    pub output: Option<(String, Vec<String>)>,
    /// The settings screen's rows and its selection; `settings_back`: a
    /// command run from it comes back to it.
    pub settings: Vec<crate::cli::SettingRow>,
    pub settings_selected: usize,
    pub settings_back: bool,
    /// A screen of things, while it is open (or under a form opened from it).
    pub sheet: Option<super::sheet::Sheet>,
    /// A small form over a command, while it is open.
    pub fields: Option<super::fields::FieldsForm>,
    /// Why the open tab's figures could not be read (shown in its body in
    /// place of "reading…", which would otherwise stay for good).
    pub load_failed: Option<String>,
    /// Lines the help screen is scrolled down by.
    pub help_scroll: u16,
    /// After a change: show this transaction when the page reloads.
    pub(super) reload_at: Option<Txn>,
    /// The ledger file this interface has open (none in memory), for the help screen.
    pub ledger: Option<std::path::PathBuf>,
    pub months: MonthsView,
    pub plan: PlanView,
    pub relocation: MoveView,
    /// The import preview, while it is open.
    pub import: Option<ImportView>,
    /// Bills to suggest in the import prompt.
    pub bills: BillChoice,
    /// A bank bill's mapping screen, while it (or the preview it led to) is open.
    pub mapping: Option<MappingView>,
    pub budget: BudgetView,
    /// A reconciliation that differs, while it shows.
    pub reconcile: Option<super::reconcile::ReconcileView>,
    /// The day through which each reconciled account's rows are reconciled
    /// (read with the Ledger's rows), for its mark and its questions.
    pub reconciled: Vec<(i64, NaiveDate)>,
    /// Recurring instances of the next 30 days.
    pub upcoming: Vec<crate::recurring::Instance>,
    /// The header month's categories over budget.
    pub over_budget: Vec<String>,
    /// What a save in flight was typed into, given back if it fails.
    pub(super) unsaved: Option<super::typing::Unsaved>,
    pub prefs: Prefs,
    /// The day months start on (the store's, from `month_start`).
    pub cycle: Cycle,
}

impl App {
    pub fn new(today: NaiveDate, size: (u16, u16)) -> App {
        App {
            today,
            tab: Tab::Ledger,
            mode: Mode::Browse,
            stale: true,
            size,
            accounts: Vec::new(),
            categories: Vec::new(),
            empty: false,
            rows: Vec::new(),
            selected: 0,
            offset: 0,
            at_newest: true,
            at_oldest: true,
            pending_move: 0,
            filter_text: String::new(),
            filter: TxnFilter::default(),
            summary: None,
            form: None,
            prompt: LineEdit::default(),
            prompt_kind: PromptKind::Quick,
            prompt_fresh: false,
            prompt_value_at: None,
            prompt_quit_asked: false,
            confirm: None,
            status: None,
            quit: false,
            suspend: false,
            load_failed: None,
            settings: Vec::new(),
            settings_selected: 0,
            settings_back: false,
            sheet: None,
            fields: None,
            command_history: Vec::new(),
            history_at: None,
            output: None,
            help_scroll: 0,
            reload_at: None,
            ledger: None,
            months: MonthsView::default(),
            plan: PlanView::default(),
            relocation: MoveView::default(),
            import: None,
            bills: BillChoice::default(),
            mapping: None,
            budget: BudgetView::default(),
            reconcile: None,
            reconciled: Vec::new(),
            upcoming: Vec::new(),
            over_budget: Vec::new(),
            safe: None,
            unsaved: None,
            prefs: Prefs::default(),
            cycle: Cycle::default(),
        }
    }

    pub fn selected_txn(&self) -> Option<&Txn> {
        self.rows.get(self.selected)
    }

    /// The day `t`'s account is reconciled through, when `t` is on or before it.
    pub fn reconciled_on(&self, t: &Txn) -> Option<NaiveDate> {
        self.reconciled.iter().find(|(a, _)| *a == t.account_id).map(|(_, d)| *d).filter(|d| t.date <= *d)
    }

    /// The month the header sums up: the selected row's, else the filter's, else this one.
    pub fn header_month(&self) -> Month {
        self.selected_txn()
            .map(|t| self.cycle.month_of(t.date))
            .or(self.filter.from.map(|d| self.cycle.month_of(d)))
            .unwrap_or(self.cycle.month_of(self.today))
    }

    pub fn visible_rows(&self) -> usize {
        self.size.1.saturating_sub(CHROME_LINES).max(1) as usize
    }

    pub(super) fn say(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some(Status { text: text.into(), error });
    }

    /// The one entry point: routes the action to the tab or screen it
    /// belongs to (each tab's `update_*` lives in its own file), and an
    /// outcome to `settle`.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        // A save's outcome is the very next action; anything else means it is settled.
        if !matches!(action, Action::Done(Reply::Failed(_) | Reply::Stale { .. })) {
            self.unsaved = None;
        }
        // A key clears the last message; outcomes (from effects) leave it or set a new one.
        if !action.is_outcome() {
            self.status = None;
        }
        match action {
            Action::Start => Some(Effect::PostDue),
            Action::Quit => {
                self.quit = true;
                None
            }
            Action::Paste(pasted) => self.paste(&pasted),
            Action::Suspend => {
                self.suspend = true;
                None
            }
            Action::NextTab => self.go_tab(self.tab.next()),
            Action::PrevTab => self.go_tab(self.tab.prev()),
            Action::GoTab(tab) => self.go_tab(tab),
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.keep_visible();
                None
            }
            Action::Help => {
                self.mode = Mode::Help;
                self.help_scroll = 0;
                self.output = None;
                None
            }
            Action::Click(x, y) => self.click(x, y),
            Action::OpenSettings => Some(Effect::LoadSettings),
            Action::Settings(a) => self.update_settings(a),
            Action::OpenSheet(kind) => self.open_sheet(kind),
            Action::Sheet(a) => self.update_sheet(a),
            Action::OpenExport => {
                self.open_fields(super::fields::export_form(self.today));
                None
            }
            Action::OpenBackup => {
                self.open_fields(super::fields::backup_form(self.ledger.as_deref()));
                None
            }
            Action::OpenCommand | Action::Prefill(_) => {
                let start = if let Action::Prefill(s) = action { s } else { "" };
                self.settings_back = false;
                self.open_command(start);
                None
            }
            Action::ScrollHelp { down } => {
                self.help_scroll =
                    if down { self.help_scroll.saturating_add(1) } else { self.help_scroll.saturating_sub(1) };
                None
            }
            Action::Undo => Some(Effect::Undo),
            Action::Redo => Some(Effect::Redo),
            Action::Confirm => self.confirm(),
            Action::Cancel => self.cancel(),
            Action::QuitAsking => self.quit_asking(),
            Action::ClearLine => self.clear_line(),
            Action::Ledger(a) => self.update_ledger(a),
            Action::Months(a) => self.update_months(a),
            Action::Plan(a) => self.update_plan(a),
            Action::Move(a) => self.update_move(a),
            Action::Budget(a) => self.update_budget(a),
            Action::Import(a) => self.update_import(a),
            Action::Mapping(a) => self.update_mapping(a),
            Action::Reconcile(a) => self.update_reconcile(a),
            Action::Text(a) => match self.mode {
                Mode::Form => self.update_form(a),
                Mode::ScenarioForm => self.update_scenario_form(a),
                Mode::Prompt => self.update_prompt(a),
                Mode::Fields => self.update_fields(a),
                Mode::Mapping => self.update_mapping_text(a),
                Mode::Browse
                | Mode::Import
                | Mode::Confirm
                | Mode::Help
                | Mode::Settings
                | Mode::Sheet
                | Mode::Reconcile => None,
            },
            Action::Done(outcome) => self.settle(outcome),
        }
    }

    /// What the effect runner reported back.
    fn settle(&mut self, outcome: Reply) -> Option<Effect> {
        match outcome {
            Reply::Posted { message, error } => {
                if let Some(m) = message {
                    self.say(m, error);
                }
                Some(Effect::LoadLookups)
            }
            Reply::LookupsLoaded { accounts, categories, empty, upcoming } => {
                self.lookups_loaded(accounts, categories, empty, upcoming)
            }
            Reply::PageLoaded { rows, request, reconciled } => {
                self.reconciled = reconciled;
                self.page_loaded(rows, request)
            }
            Reply::SummaryLoaded(s, over, safe) => {
                self.summary = Some(s);
                self.over_budget = over;
                self.safe = safe;
                // The end of a reload: the tab showing catches up.
                if std::mem::take(&mut self.stale) { self.load_tab() } else { None }
            }
            Reply::ClaimLoaded(id, shown) => {
                if let Some(form) = self.form.as_mut().filter(|f| f.editing.as_ref().is_some_and(|t| t.id == id)) {
                    form.claimed = shown;
                }
                None
            }
            Reply::PayeesLoaded(p) => {
                if let Some(f) = self.form.as_mut() {
                    f.payees = p;
                }
                None
            }
            Reply::Changed { message, select } => {
                self.say(message, false);
                self.stale = true;
                self.reload_at = select;
                // Undone or redone on a screen of things: its rows read again (the tab's when it closes).
                if let Some(sheet) = self.sheet.as_ref().filter(|_| self.mode == Mode::Sheet) {
                    return Some(Effect::LoadSheet(sheet.kind));
                }
                Some(Effect::LoadLookups)
            }
            Reply::Failed(e) => {
                // Not a save (whose form comes back): a tab's read failed.
                if self.unsaved.is_none() && self.mode == Mode::Browse {
                    self.load_failed = Some(e.clone());
                }
                self.give_back(e);
                None
            }
            Reply::Stale { message, now } => self.stale_row(message, now),
            Reply::SettingsLoaded(rows) => self.settings_loaded(rows),
            Reply::SheetLoaded(data) => self.sheet_loaded(data),
            Reply::Reconciled(found) => self.reconciled(*found),
            Reply::WorthLoaded(rows) => self.worth_loaded(rows),
            Reply::WordsRan(ran) => self.words_ran(ran),
            Reply::MappingNeeded { path, sample } => self.mapping_needed(path, *sample),
            Reply::CommandRan { line, ran, settings } => self.command_ran(line, ran, settings.map(|s| *s)),
            Reply::BillsListed(files) => {
                self.bills = BillChoice { files, choice: None };
                None
            }
            Reply::MonthsLoaded(summaries) => self.months_loaded(summaries),
            Reply::BreakdownLoaded(month, b, over) => self.breakdown_loaded(month, b, over),
            Reply::WaitingLoaded(month, w) => self.waiting_loaded(month, w),
            Reply::TagsLoaded(month, shares) => self.tags_loaded(month, shares),
            Reply::PlanLoaded { inputs, goals } => self.plan_loaded(inputs, goals),
            Reply::MoveLoaded(data) => self.move_loaded(*data),
            Reply::BudgetLoaded(month, lines, income) => self.budget_loaded(month, lines, income),
            Reply::ImportPlanned(result) => self.import_planned(*result),
        }
    }

    /// The form over row `t`, and a read of the claim it carries (for its AA field).
    pub(super) fn open_edit(&mut self, t: &Txn) -> Option<Effect> {
        self.form = Some(super::form::Form::for_edit(t));
        self.mode = Mode::Form;
        Some(Effect::LoadClaim(Box::new(t.clone())))
    }

    /// Yes to the delete question.
    fn confirm(&mut self) -> Option<Effect> {
        self.mode = if self.sheet.is_some() { Mode::Sheet } else { Mode::Browse };
        match self.confirm.take()? {
            Pending::Txn(t) => Some(Effect::Delete(Box::new(t))),
            // Yes to changing a reconciled row: the form opens on it.
            Pending::Edit(t, _) => self.open_edit(&t),
            Pending::Scenario(id, seen) => Some(Effect::DeleteScenario(id, seen)),
            Pending::Words { words, .. } => Some(Effect::RunWords(words)),
        }
    }

    /// Closes the help, a form, a prompt or the question, back to the tab;
    /// the help and the category prompt of the import preview go back to it.
    fn cancel(&mut self) -> Option<Effect> {
        match self.mode {
            Mode::Fields => return self.close_fields(),
            Mode::Reconcile => return self.leave_reconcile(),
            Mode::Sheet => return self.close_sheet(),
            Mode::Confirm | Mode::Help if self.sheet.is_some() => {
                self.confirm = None;
                self.mode = Mode::Sheet;
                return None;
            }
            _ => {}
        }
        let to_preview = self.import.is_some()
            && (self.mode == Mode::Help
                || (self.mode == Mode::Prompt
                    && matches!(self.prompt_kind, PromptKind::ImportCategory | PromptKind::ImportSource)));
        let to_mapping = self.mapping.is_some() && self.import.is_none() && self.mode == Mode::Help;
        self.mode = if to_preview {
            Mode::Import
        } else if to_mapping {
            Mode::Mapping
        } else {
            Mode::Browse
        };
        self.output = None;
        self.form = None;
        self.relocation.form = None;
        self.relocation.renaming = None;
        self.confirm = None;
        None
    }

    /// A left click while browsing: a tab's label opens the tab; a row of
    /// the Ledger's list is selected (as arrow keys would move there).
    fn click(&mut self, x: u16, y: u16) -> Option<Effect> {
        if self.mode == Mode::Sheet {
            let row = super::views::sheet_row_at(self, y)?;
            self.sheet.as_mut()?.selected = row;
            return None;
        }
        if y == 0 {
            return Tab::at_column(x).and_then(|tab| self.go_tab(tab));
        }
        let first = super::views::first_row_line(self);
        if self.tab != Tab::Ledger || self.empty || y < first {
            return None;
        }
        let row = self.offset + usize::from(y - first);
        (row < self.rows.len()).then(|| row as isize - self.selected as isize).and_then(|delta| self.move_by(delta))
    }

    /// Where keys are read now: the tab, or the screen over it.
    pub fn scope(&self) -> Scope {
        match self.mode {
            Mode::Browse if self.tab == Tab::Move && self.relocation.schedule => Scope::Schedule,
            Mode::Browse => Scope::Tab(self.tab),
            Mode::Import => Scope::Import,
            Mode::Form => Scope::Form,
            Mode::ScenarioForm => Scope::ScenarioForm,
            Mode::Prompt => Scope::Prompt,
            Mode::Confirm => Scope::Confirm,
            Mode::Help => Scope::Help,
            Mode::Settings => Scope::Settings,
            Mode::Sheet => Scope::Sheet(self.sheet.as_ref().map_or(super::sheet::SheetKind::Accounts, |s| s.kind)),
            Mode::Fields => Scope::Fields,
            Mode::Mapping => Scope::Mapping,
            Mode::Reconcile => Scope::Reconcile,
        }
    }

    pub(super) fn go_tab(&mut self, tab: Tab) -> Option<Effect> {
        self.tab = tab;
        self.load_failed = None;
        self.mode = Mode::Browse;
        self.load_tab()
    }

    /// What the current tab reads when it opens or the ledger changed under
    /// it: the tabs other than the Ledger read fresh sums each time (a few
    /// aggregate queries); the Ledger keeps its own window of rows.
    fn load_tab(&self) -> Option<Effect> {
        match self.tab {
            Tab::Ledger => None,
            Tab::Months => Some(Effect::LoadMonths(self.months.span)),
            Tab::Plan => Some(Effect::LoadPlan),
            Tab::Move => Some(Effect::LoadMove(self.move_load())),
            Tab::Budget => Some(Effect::LoadBudget(self.budget_month())),
        }
    }

    /// The open account the settings name (`account`, in either language's
    /// name for a shipped one); `None` when unset or not one of them.
    pub(super) fn settings_account(&self) -> Option<&Account> {
        let wanted = self.prefs.account.as_deref()?.trim();
        let stored = crate::text::names::stored(wanted).unwrap_or(wanted);
        self.accounts.iter().filter(|a| !a.archived).find(|a| a.name.eq_ignore_ascii_case(stored))
    }
}
