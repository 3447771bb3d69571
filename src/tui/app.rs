//! The interface's state and its one entry point, `update(Action) ->
//! Option<Effect>`. No SQL, no drawing: the effect runner talks to the store,
//! the views draw this state.

use chrono::NaiveDate;

use super::action::{Action, Effect, PageMode, PageRequest, Selection};
pub use super::budget::BudgetView;
use super::form::{Form, LineEdit};
pub use super::import::{BillChoice, ImportView};
use super::keymap::Scope;
pub use super::months::MonthsView;
pub use super::plan::PlanView;
pub use super::relocate::MoveView;
pub use super::tab::Tab;
use crate::model::{Account, Category, Class, Cycle, Month, Txn, TxnFilter};
use crate::report::MonthSummary;
use crate::store::Key;
use crate::text;

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
}

/// What waits for a yes to be deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Txn(Txn),
    /// A scenario: its id and name.
    Scenario(i64, String),
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
    /// The account a new entry starts on, when it names one that exists.
    pub account: Option<String>,
    /// What was wrong with the settings file, shown at start.
    pub note: Option<String>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            palette: super::theme::palette(crate::config::Theme::Default, false),
            baseline_months: 6,
            account: None,
            note: None,
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
    pending_move: isize,
    pub filter_text: String,
    pub filter: TxnFilter,
    pub summary: Option<MonthSummary>,
    pub form: Option<Form>,
    pub prompt: LineEdit,
    pub prompt_kind: PromptKind,
    /// The prompt holds a whole value, untouched: the first key typed replaces it.
    pub prompt_fresh: bool,
    /// What waits for a yes to be deleted.
    pub confirm: Option<Pending>,
    pub status: Option<Status>,
    pub quit: bool,
    /// Lines the help screen is scrolled down by.
    pub help_scroll: u16,
    /// After a change: show this transaction when the page reloads.
    reload_at: Option<Txn>,
    pub months: MonthsView,
    pub plan: PlanView,
    pub relocation: MoveView,
    /// The import preview, while it is open.
    pub import: Option<ImportView>,
    /// Bills to suggest in the import prompt.
    pub bills: BillChoice,
    pub budget: BudgetView,
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
            confirm: None,
            status: None,
            quit: false,
            help_scroll: 0,
            reload_at: None,
            months: MonthsView::default(),
            plan: PlanView::default(),
            relocation: MoveView::default(),
            import: None,
            bills: BillChoice::default(),
            budget: BudgetView::default(),
            upcoming: Vec::new(),
            over_budget: Vec::new(),
            unsaved: None,
            prefs: Prefs::default(),
            cycle: Cycle::default(),
        }
    }

    pub fn selected_txn(&self) -> Option<&Txn> {
        self.rows.get(self.selected)
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

    pub fn update(&mut self, action: Action) -> Option<Effect> {
        // A save's outcome is the very next action; anything else means it is settled.
        if !matches!(action, Action::Failed(_)) {
            self.unsaved = None;
        }
        // A key clears the last message; outcomes (from effects) leave it or set a new one.
        let outcome = matches!(
            action,
            Action::LookupsLoaded { .. }
                | Action::PageLoaded { .. }
                | Action::SummaryLoaded(..)
                | Action::PayeesLoaded(_)
                | Action::Changed { .. }
                | Action::Failed(_)
                | Action::MonthsLoaded(_)
                | Action::BreakdownLoaded(..)
                | Action::PlanLoaded { .. }
                | Action::MoveLoaded(_)
                | Action::ImportPlanned(_)
                | Action::BillsListed(_)
                | Action::BudgetLoaded(..)
                | Action::Posted(_)
        );
        if !outcome {
            self.status = None;
        }
        match (self.mode, &action) {
            (Mode::Help, Action::Down) => self.help_scroll = self.help_scroll.saturating_add(1),
            (Mode::Help, Action::Up) => self.help_scroll = self.help_scroll.saturating_sub(1),
            _ => {}
        }
        if matches!(action, Action::MoveLoaded(..))
            || (self.mode == Mode::Browse && self.tab == Tab::Move && super::relocate::is_move_key(&action))
        {
            return self.update_move(action);
        }
        let import_keys = matches!(
            action,
            Action::Down
                | Action::Up
                | Action::PageDown
                | Action::PageUp
                | Action::Top
                | Action::Bottom
                | Action::OpenEdit
                | Action::SaveRule
                | Action::CycleAccount
                | Action::Submit
                | Action::SkipInvalid
        );
        if matches!(action, Action::ImportPlanned(_)) || (self.mode == Mode::Import && import_keys) {
            return self.update_import(action);
        }
        if matches!(action, Action::BudgetLoaded(..))
            || (self.mode == Mode::Browse && self.tab == Tab::Budget && matches!(action, Action::Left | Action::Right))
        {
            return self.update_budget(action);
        }
        match self.mode {
            Mode::Help if matches!(action, Action::Down | Action::Up) => return None,
            Mode::Form if super::typing::is_editing(&action) => return self.update_form(action),
            Mode::ScenarioForm if super::typing::is_editing(&action) => return self.update_scenario_form(action),
            Mode::Prompt if super::typing::is_editing(&action) => return self.update_prompt(action),
            _ => {}
        }
        match action {
            Action::Start => Some(Effect::PostDue),
            Action::Posted(message) => {
                if let Some(m) = message {
                    self.say(m, false);
                }
                Some(Effect::LoadLookups)
            }
            Action::Quit => {
                self.quit = true;
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
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(self.visible_rows() as isize),
            Action::PageUp => self.move_by(-(self.visible_rows() as isize)),
            Action::Top => Some(self.load(None, false, PageMode::Replace(Selection::First))),
            Action::Bottom => Some(self.load(None, true, PageMode::Replace(Selection::Last))),
            Action::PrevMonth => {
                let first = self.cycle.first_day(self.header_month());
                Some(self.load(Some(Key::Before(first, i64::MIN)), false, PageMode::JumpMonth))
            }
            Action::NextMonth => {
                let last = self.cycle.last_day(self.header_month());
                Some(self.load(Some(Key::After(last, i64::MAX)), false, PageMode::FindMonth))
            }
            Action::OpenAdd => {
                let category = self.default_spending().map(|c| c.name.clone()).unwrap_or_default();
                let chosen = self.settings_account().or(self.accounts.iter().find(|a| !a.archived));
                let account = chosen.map(|a| a.name.clone()).unwrap_or_default();
                self.form = Some(Form::for_new(self.today, &category, &account));
                self.mode = Mode::Form;
                None
            }
            Action::OpenEdit => {
                match self.selected_txn() {
                    Some(t) if t.transfer_id.is_some() => self.say(text::ui::transfer_not_editable(), true),
                    Some(t) => {
                        self.form = Some(Form::for_edit(t));
                        self.mode = Mode::Form;
                    }
                    None => self.say(text::ui::nothing_to_edit(), true),
                }
                None
            }
            Action::OpenQuick | Action::OpenFilter => {
                let filter = action == Action::OpenFilter;
                self.prompt_kind = if filter { PromptKind::Filter } else { PromptKind::Quick };
                self.prompt = LineEdit::with(if filter { &self.filter_text } else { "" });
                self.mode = Mode::Prompt;
                None
            }
            Action::ClearFilter if self.filter_text.is_empty() => None,
            Action::ClearFilter => {
                self.filter_text.clear();
                self.filter = TxnFilter::default();
                Some(self.load(None, false, PageMode::Replace(Selection::First)))
            }
            Action::AskDelete => {
                match self.selected_txn().cloned() {
                    Some(t) => {
                        self.confirm = Some(Pending::Txn(t));
                        self.mode = Mode::Confirm;
                    }
                    None => self.say(text::ui::nothing_to_delete(), true),
                }
                None
            }
            Action::Confirm => {
                self.mode = Mode::Browse;
                self.confirm.take().map(|p| match p {
                    Pending::Txn(t) => Effect::Delete(t.id),
                    Pending::Scenario(id, name) => Effect::DeleteScenario(id, name),
                })
            }
            Action::Cancel => {
                // Help and the category prompt of the import preview go back to it;
                // Esc on the preview closes it.
                let to_preview = self.import.is_some()
                    && (self.mode == Mode::Help
                        || (self.mode == Mode::Prompt && self.prompt_kind == PromptKind::ImportCategory));
                if self.mode == Mode::Import {
                    self.import = None;
                    self.say(text::ui::import_cancelled(), false);
                }
                self.mode = if to_preview { Mode::Import } else { Mode::Browse };
                self.form = None;
                self.relocation.form = None;
                self.relocation.renaming = None;
                self.confirm = None;
                None
            }
            Action::Help => {
                self.mode = Mode::Help;
                self.help_scroll = 0;
                None
            }
            Action::OpenImport => self.open_import(),
            Action::BillsListed(files) => {
                self.bills = BillChoice { files, choice: None };
                None
            }
            Action::Undo => Some(Effect::Undo),
            Action::Redo => Some(Effect::Redo),
            Action::LoadDemo if self.empty => Some(Effect::LoadDemo),
            Action::LoadDemo => {
                self.say(text::ui::demo_only_empty(), true);
                None
            }
            Action::LookupsLoaded { accounts, categories, empty, upcoming } => {
                self.accounts = accounts;
                self.categories = categories;
                self.empty = empty;
                self.upcoming = upcoming;
                Some(match self.reload_at.take() {
                    Some(t) => self.load(
                        Some(Key::Before(t.date, t.id.saturating_add(1))),
                        false,
                        PageMode::Replace(Selection::Id(t.id)),
                    ),
                    // At the top, the top again: rows another nestegg added show up.
                    None => match self.rows.first().filter(|_| !self.at_newest) {
                        Some(first) => {
                            let key = Key::Before(first.date, first.id.saturating_add(1));
                            self.load(Some(key), false, PageMode::Replace(Selection::Index(self.selected)))
                        }
                        None if self.rows.is_empty() => self.load(None, false, PageMode::Replace(Selection::First)),
                        None => self.load(None, false, PageMode::Replace(Selection::Index(self.selected))),
                    },
                })
            }
            Action::PageLoaded { rows, request } => self.page_loaded(rows, request),
            Action::SummaryLoaded(s, over) => {
                self.summary = Some(s);
                self.over_budget = over;
                // The end of a reload: the tab showing catches up.
                if std::mem::take(&mut self.stale) { self.load_tab() } else { None }
            }
            Action::PayeesLoaded(p) => {
                if let Some(f) = self.form.as_mut() {
                    f.payees = p;
                }
                None
            }
            Action::Changed { message, select } => {
                self.say(message, false);
                self.stale = true;
                self.reload_at = select;
                Some(Effect::LoadLookups)
            }
            Action::Failed(e) => {
                self.give_back(e);
                None
            }
            Action::CycleSpan
            | Action::JumpToMonth
            | Action::Left
            | Action::Right
            | Action::MonthsLoaded(_)
            | Action::BreakdownLoaded(..) => self.update_months(action),
            Action::Tweak(..) | Action::ResetTweaks | Action::PlanLoaded { .. } => self.update_plan(action),
            _ => None,
        }
    }

    /// Where keys are read now: the tab, or the screen over it.
    pub fn scope(&self) -> Scope {
        match self.mode {
            Mode::Browse => Scope::Tab(self.tab),
            Mode::Import => Scope::Import,
            Mode::Form => Scope::Form,
            Mode::ScenarioForm => Scope::ScenarioForm,
            Mode::Prompt => Scope::Prompt,
            Mode::Confirm => Scope::Confirm,
            Mode::Help => Scope::Help,
        }
    }

    pub(super) fn go_tab(&mut self, tab: Tab) -> Option<Effect> {
        self.tab = tab;
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
            Tab::Move => Some(Effect::LoadMove(self.relocation.months())),
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

    fn default_spending(&self) -> Option<&Category> {
        self.categories.iter().find(|c| c.class == Class::Spending && !c.archived)
    }

    pub(super) fn load(&self, key: Option<Key>, oldest: bool, mode: PageMode) -> Effect {
        Effect::LoadPage { filter: self.filter.clone(), request: PageRequest { key, oldest, limit: PAGE, mode } }
    }

    fn move_by(&mut self, delta: isize) -> Option<Effect> {
        let target = self.selected as isize + delta;
        if target >= self.rows.len() as isize && !self.at_oldest {
            self.pending_move = target - (self.rows.len() as isize - 1);
            self.selected = self.rows.len().saturating_sub(1);
            let last = self.rows.last()?;
            return Some(self.load(Some(Key::Before(last.date, last.id)), false, PageMode::Append));
        }
        if target < 0 && !self.at_newest {
            self.pending_move = target;
            self.selected = 0;
            let first = self.rows.first()?;
            return Some(self.load(Some(Key::After(first.date, first.id)), false, PageMode::Prepend));
        }
        self.selected = target.clamp(0, self.rows.len().saturating_sub(1) as isize) as usize;
        self.after_move()
    }

    /// Keeps the selection on screen and the header on the selection's month.
    fn after_move(&mut self) -> Option<Effect> {
        self.keep_visible();
        let month = self.header_month();
        if self.summary.map(|s| s.month) == Some(month) {
            return None;
        }
        Some(Effect::LoadSummary { filter: self.filter.clone(), month })
    }

    fn keep_visible(&mut self) {
        let visible = self.visible_rows();
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(1));
    }

    fn page_loaded(&mut self, mut rows: Vec<Txn>, request: PageRequest) -> Option<Effect> {
        let full = rows.len() >= request.limit;
        let pending = std::mem::take(&mut self.pending_move);
        match request.mode {
            PageMode::FindMonth => {
                // `rows` are newer than the header month, newest first: jump to the
                // newest row of the earliest month among them.
                let Some(oldest) = rows.last() else {
                    self.say(text::ui::no_later_month(), false);
                    return None;
                };
                let next = self.cycle.first_day(self.cycle.month_of(oldest.date).next());
                return Some(self.load(Some(Key::Before(next, i64::MIN)), false, PageMode::JumpMonth));
            }
            PageMode::JumpMonth if rows.is_empty() => {
                let text = if self.filter_text.is_empty() {
                    text::ui::no_earlier_month()
                } else {
                    text::ui::no_earlier_month_filtered()
                };
                self.say(text, false);
                return None;
            }
            PageMode::JumpMonth => {
                let request = PageRequest { mode: PageMode::Replace(Selection::First), ..request };
                return self.page_loaded(rows, request);
            }
            PageMode::Replace(sel) => {
                self.at_newest = request.key.is_none() && !request.oldest;
                self.at_oldest = !full || request.oldest;
                if request.oldest {
                    self.at_newest = !full;
                }
                self.selected = match sel {
                    Selection::First => 0,
                    Selection::Last => rows.len().saturating_sub(1),
                    Selection::Id(id) => rows.iter().position(|t| t.id == id).unwrap_or(0),
                    Selection::Index(i) => i.min(rows.len().saturating_sub(1)),
                };
                // The last row sits at the bottom of the screen, others in the middle.
                let above = if sel == Selection::Last { self.visible_rows() - 1 } else { self.visible_rows() / 2 };
                self.offset = self.selected.saturating_sub(above);
                self.rows = rows;
                self.summary = None;
            }
            PageMode::Append => {
                self.at_oldest = !full;
                self.rows.append(&mut rows);
                let excess = self.rows.len().saturating_sub(WINDOW);
                if excess > 0 {
                    self.rows.drain(..excess);
                    self.at_newest = false;
                    self.selected -= excess.min(self.selected);
                    self.offset -= excess.min(self.offset);
                }
                self.selected = (self.selected as isize + pending).clamp(0, self.rows.len() as isize - 1) as usize;
            }
            PageMode::Prepend => {
                self.at_newest = !full;
                let added = rows.len();
                rows.append(&mut self.rows);
                self.rows = rows;
                self.selected += added;
                self.offset += added;
                if self.rows.len() > WINDOW {
                    self.rows.truncate(WINDOW);
                    self.at_oldest = false;
                }
                self.selected = (self.selected as isize + pending).clamp(0, self.rows.len() as isize - 1) as usize;
            }
        }
        self.after_move()
    }
}
