//! What can happen in the interface (Action) and what the app asks the
//! outside world to do (Effect). Keys become Actions through the keymap;
//! Effects are run against the store and come back as a Reply, inside
//! `Action::Done`.

use super::import::ImportView;
use super::plan::Knob;
use super::relocate::MoveData;
use super::tab::Tab;
use crate::import::plan::Plan;
use crate::model::{Account, Category, Goal, Month, Txn, TxnFilter};
use crate::relocation::scenario::Scenario;
use crate::report::MonthSummary;
use crate::report::breakdown::Breakdown;
use crate::report::chart::Span;
use crate::store::{Key, PlanInputs};

/// Input that means the same on every tab and screen, input grouped by the
/// tab or screen that handles it, and the outcomes the effect runner
/// reports back (`Done`). `App::update` routes each group to its tab's `update_*`,
/// and a reply to `settle`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)] // one action at a time passes through `update`: boxing a reply buys nothing
pub enum Action {
    /// Load what the first frame needs.
    Start,
    /// Leave the interface.
    Quit,
    /// Text the terminal pasted (bracketed paste): typed into the focused
    /// field as text, never run as keys.
    Paste(String),
    /// Ctrl-Z: give the terminal back and stop, as a shell job does; `fg`
    /// brings the interface back as it was.
    Suspend,
    /// Show the next tab.
    NextTab,
    /// Show the previous tab.
    PrevTab,
    /// Show this tab.
    GoTab(Tab),
    /// The terminal changed size.
    Resize(u16, u16),
    /// Show the key help.
    Help,
    /// `:`: open the command line (the CLI's commands, inside).
    OpenCommand,
    /// `,`: the settings screen.
    OpenSettings,
    /// The settings screen's keys.
    Settings(SettingsAction),
    /// `@`, `#`, `*` (and `g` on the Plan tab): a screen of things.
    OpenSheet(super::sheet::SheetKind),
    /// A screen of things' keys.
    Sheet(SheetAction),
    /// `X`: the export form.
    OpenExport,
    /// `B`: the backup form.
    OpenBackup,
    /// The command line, started with a command (`budget set `) for the
    /// tab's own things: the same parser and words as `:` and the CLI.
    Prefill(&'static str),
    /// A left click at (column, line): a tab's label opens it; a row of
    /// the Ledger's list selects it.
    Click(u16, u16),
    /// Scroll the key help a line down (true) or up.
    ScrollHelp { down: bool },
    /// Reverse the last change.
    Undo,
    /// Re-apply the last undone change.
    Redo,
    /// Answer yes to the delete question.
    Confirm,
    /// Close the help, a form, a prompt or a question without doing anything.
    Cancel,
    /// Ctrl-C in the add/edit form: quit, but when something was typed,
    /// only on a second press (the first says so).
    QuitAsking,
    /// Clear the prompt's line, or the form's focused field.
    ClearLine,
    /// The Ledger tab's keys.
    Ledger(LedgerAction),
    /// The Months tab's keys.
    Months(MonthsAction),
    /// The Plan tab's keys.
    Plan(PlanAction),
    /// The Move tab's keys.
    Move(MoveAction),
    /// The Budget tab's keys.
    Budget(BudgetAction),
    /// The import preview's keys.
    Import(ImportAction),
    /// The mapping screen's keys (a bank bill's columns).
    Mapping(MappingAction),
    /// The keys of a reconciliation that differs.
    Reconcile(ReconcileAction),
    /// Typing in a form or prompt.
    Text(TextAction),
    /// What the effect runner reported back.
    Done(Reply),
}

impl Action {
    /// Whether this is what the effect runner reported back (not a key).
    pub fn is_outcome(&self) -> bool {
        matches!(self, Action::Done(_))
    }
}

/// What the effect runner reports back to `App::update`: one outcome per
/// effect, so the interface's state changes only in `update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// month summaries for the Months tab's span.
    MonthsLoaded(Vec<MonthSummary>),
    /// one month taken apart by category and payee.
    BreakdownLoaded(Month, Breakdown, Vec<String>),
    /// what waits to come back at one month's end.
    WaitingLoaded(Month, crate::ops::views::Waiting),
    /// one month's spending by tag.
    TagsLoaded(Month, Vec<crate::report::breakdown::Share>),
    /// one month's budgets and its income.
    BudgetLoaded(Month, Vec<crate::budget::Line>, i64),
    /// recurring instances posted at the start: what to say, if any, and
    /// whether it is an error (a rule held back over the limit).
    Posted { message: Option<String>, error: bool },
    /// bills found nearby, newest first, to suggest.
    BillsListed(Vec<String>),
    /// a file read and planned against the ledger (or why not).
    ImportPlanned(Box<Result<ImportView, String>>),
    /// staying and each scenario compared (or why there is nothing to
    /// compare), with what the scenario form needs.
    MoveLoaded(Box<MoveData>),
    /// the baseline, the balance and the goals for the Plan tab.
    PlanLoaded { inputs: PlanInputs, goals: Vec<(Goal, i64)> },
    /// accounts and categories (for pickers), and whether the ledger is empty.
    LookupsLoaded {
        accounts: Vec<Account>,
        categories: Vec<Category>,
        empty: bool,
        upcoming: Vec<crate::recurring::Instance>,
    },
    /// a window of rows around a position, and which row to select; and
    /// the day through which each reconciled account's rows are reconciled.
    PageLoaded { rows: Vec<Txn>, request: PageRequest, reconciled: Vec<(i64, chrono::NaiveDate)> },
    /// the header totals of a month under the current filter, its
    /// categories over budget, and safe to spend when it is today's month.
    SummaryLoaded(MonthSummary, Vec<String>, Option<crate::report::safe::Safe>),
    /// payees for completion.
    PayeesLoaded(Vec<String>),
    /// the claim of the row an edit form shows (its id), in words; `None`: none.
    ClaimLoaded(i64, Option<String>),
    /// a change was written; show the message, reload, select this id.
    Changed { message: String, select: Option<Txn> },
    /// something failed; show why.
    Failed(String),
    /// every setting, for the settings screen.
    SettingsLoaded(Vec<crate::cli::SettingRow>),
    /// a screen of things' rows.
    SheetLoaded(super::sheet::SheetData),
    /// a statement compared with the ledger (or why not).
    Reconciled(Box<Result<super::reconcile::Reconciled, String>>),
    /// net worth over the Months tab's months.
    WorthLoaded(Vec<crate::worth::WorthMonth>),
    /// a form's (or a screen key's) command ran: what it printed or why it failed.
    WordsRan(crate::cli::inside::Ran),
    /// a bank bill nestegg does not know: its header and first rows, for
    /// the mapping screen.
    MappingNeeded { path: std::path::PathBuf, sample: Box<crate::import::Sample> },
    /// a `:` line ran: what it printed or why it failed, and the settings
    /// as they are now when it changed them.
    CommandRan { line: String, ran: crate::cli::inside::Ran, settings: Option<Box<crate::config::Settings>> },
    /// the transaction a form or question showed was changed (`now`) or
    /// deleted (`None`) elsewhere; nothing was written.
    Stale { message: String, now: Option<Box<Txn>> },
}

/// The settings screen's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsAction {
    Down,
    Up,
    /// The command line, with `config set KEY VALUE` to change.
    Change,
    /// The command line, with `config unset KEY`.
    Unset,
}

/// The Ledger tab's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerAction {
    /// Move the selection one row down (older).
    Down,
    /// Move the selection one row up (newer).
    Up,
    /// Move the selection one screen down.
    PageDown,
    /// Move the selection one screen up.
    PageUp,
    /// Jump to the newest transaction.
    Top,
    /// Jump to the oldest transaction.
    Bottom,
    /// Jump to the previous month.
    PrevMonth,
    /// Jump to the next month.
    NextMonth,
    /// Open the form for a new transaction.
    OpenAdd,
    /// Open the form on the selected transaction.
    OpenEdit,
    /// Open the one-line quick add prompt.
    OpenQuick,
    /// Open a prompt with the selected transaction's tags.
    OpenTags,
    /// Open the prompt "this was a loan to …" for the selected row.
    OpenLoan,
    /// Open the 报销 prompt for the selected row: who pays it back, or,
    /// when it already waits, how much came back.
    OpenReimburse,
    /// Open the AA prompt for the selected row: how many ways.
    OpenSplit,
    /// Open the filter prompt.
    OpenFilter,
    /// Clear the filter.
    ClearFilter,
    /// Ask to delete the selected transaction.
    AskDelete,
    /// Import a bill (asks for the file, then previews it).
    OpenImport,
    /// Load the demo household into an empty ledger.
    LoadDemo,
}

/// The Months tab's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthsAction {
    /// Select the month before.
    PrevMonth,
    /// Select the month after.
    NextMonth,
    /// Show 6, 12, 24 or all months.
    CycleSpan,
    /// Open the selected month on the Ledger tab.
    OpenMonth,
    /// Switch the chart between the savings bars and net worth.
    ToggleWorth,
    /// Switch the breakdown between categories and tags.
    ToggleTags,
    /// By tag: select the next row of the breakdown.
    NextTag,
    /// By tag: select the row before.
    PrevTag,
}

/// The keys of a reconciliation that differs (Esc leaves it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReconcileAction {
    /// Record the difference as an adjustment.
    Adjust,
    Down,
    Up,
}

/// The Plan tab's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanAction {
    /// Move one what-if figure up (true) or down.
    Tweak(Knob, bool),
    /// Back to the ledger's own figures.
    ResetTweaks,
    /// Show or hide the ranges (the Monte Carlo band and the goals' ranges).
    ToggleRanges,
    /// Open the line where a figure is typed (`saving 2500`).
    OpenWhatIf,
}

/// The Move tab's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveAction {
    /// Select the scenario before (Stay is first).
    PrevScenario,
    /// Select the scenario after.
    NextScenario,
    /// Open the scenario form on a copy of Stay.
    OpenAdd,
    /// Open the scenario form on the selected scenario.
    OpenEdit,
    /// Copy the selected scenario under a new name.
    Duplicate,
    /// Ask for a new name for the selected scenario.
    Rename,
    /// Ask to delete the selected scenario.
    AskDelete,
    /// Show or hide the selected scenario's mortgage schedule.
    ToggleSchedule,
    /// Fold the chart so the table takes its rows, or unfold it.
    ToggleChart,
    /// In the schedule: select the next year.
    NextYear,
    /// In the schedule: select the previous year.
    PrevYear,
    /// In the schedule: show or hide the selected year's months.
    ToggleMonths,
    /// Close the schedule.
    CloseSchedule,
    /// Compare over 10, 5 or 20 years.
    CycleYears,
    /// Raise or lower the return on savings (the Plan tab's too).
    Return(bool),
    /// Raise or lower inflation (the Plan tab's too).
    Inflation(bool),
    /// Say where the household lives now (`config set home_city`).
    AskHome,
}

/// What the Move tab's comparison runs on: the horizon, the Plan tab's
/// return and inflation, and where the settings say the household lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveLoad {
    pub months: u32,
    pub economy: crate::relocation::compare::Economy,
    pub home_city: Option<String>,
    pub home_index: u32,
    /// What a city's wage is taken home under.
    pub pay: crate::salary::Pay,
}

/// The Budget tab's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetAction {
    /// Show the month before.
    PrevMonth,
    /// Show the month after.
    NextMonth,
    /// Select the next budget line.
    Down,
    /// Select the line before.
    Up,
    /// The form: set or change the selected category's budget.
    Set,
    /// The form, for a category without a budget yet.
    New,
    /// End the selected budget from the month shown on (one undo step).
    End,
    /// Make the month shown's budgets the month before's (one undo step).
    CopyLast,
}

/// A screen of things' keys (not every screen has every key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetAction {
    Down,
    Up,
    /// The form for a new one.
    Add,
    /// The form on the selected one (a rename for accounts and categories).
    Edit,
    /// Archive the selected account or category, or bring it back.
    Archive,
    /// Show archived ones too, or not.
    ShowAll,
    /// A category: under which parent.
    Move,
    /// An account: what it held on a day.
    Opening,
    /// An account: compare it with its statement.
    Reconcile,
    /// An investment or a home: what it is worth on a day.
    Value,
    /// A loan account: its terms.
    Loan,
    /// A credit account: its limit, statement day and due day.
    Credit,
    /// A rule: skip one instance.
    Skip,
    /// A rule: change one instance's amount.
    ChangeOne,
    /// A rule: no instance after a day.
    End,
    /// A rule or a goal: delete it (asks first).
    Delete,
    /// Who owes whom: collect what the selected person owes (or repay them).
    Settle,
    /// Who owes whom: borrow from a person, new or known (as `Add` lends).
    Borrow,
    /// Who owes whom: forgive what is open with the selected person.
    Forgive,
}

/// The import preview's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportAction {
    /// Select the next row.
    Down,
    /// Select the previous row.
    Up,
    /// A screen of rows down.
    PageDown,
    /// A screen of rows up.
    PageUp,
    /// Select the first row.
    Top,
    /// Select the last row.
    Bottom,
    /// Ask for another category for the selected row's payee.
    ChangeCategory,
    /// Keep the last category correction as a payee rule.
    SaveRule,
    /// Ask for another account for the selected row's payment method (a bill's funding source).
    ChangeSource,
    /// Keep the selected row apart from its twin (planned again without that pair).
    KeepApart,
    /// Put the rows in the next account instead.
    CycleAccount,
    /// Import the new rows (refused while some are invalid).
    ImportRows,
    /// Import the valid rows, leaving out the invalid ones.
    SkipInvalid,
    /// Close the preview, writing nothing.
    Close,
}

/// The mapping screen's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MappingAction {
    NextField,
    PrevField,
    /// The previous column or choice of the focused field (the caret, in the name).
    Left,
    /// The next column or choice (the caret, in the name).
    Right,
    /// Plan the import with this mapping and show its preview.
    Submit,
    /// Close the screen, writing nothing.
    Cancel,
}

/// Typing in a form or a one-line prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAction {
    /// Type a character into the focused input.
    Input(char),
    /// Delete the character before the caret.
    Backspace,
    /// Delete the character at the caret.
    DeleteChar,
    /// Move the caret left (or the choice, on a choice line).
    Left,
    /// Move the caret right (or accept a suggestion at the end).
    Right,
    /// Move the caret to the start.
    Home,
    /// Move the caret to the end.
    End,
    /// The next field, the next choice in a picker, or the next bill found.
    Down,
    /// The previous field, choice or bill.
    Up,
    /// Focus the next form field.
    NextField,
    /// Focus the previous form field.
    PrevField,
    /// Save the form or run the prompt.
    Submit,
}

/// Which window of rows to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    pub key: Option<Key>,
    /// With no key: the oldest rows instead of the newest.
    pub oldest: bool,
    pub limit: usize,
    /// What the new window means for the old one.
    pub mode: PageMode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageMode {
    /// Replace the window and select a row in it.
    Replace(Selection),
    /// Older rows to add after the window.
    Append,
    /// Newer rows to add before the window.
    Prepend,
    /// Newer rows to add before a window that starts at a saved row, which
    /// then sits mid-screen with the newer rows visibly above it.
    Fill,
    /// Rows newer than the header month: find the next month that has any.
    FindMonth,
    /// Like `Replace(First)`, but an empty result keeps the current rows.
    JumpMonth,
}

/// Which row to select in a new window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    First,
    Last,
    /// This transaction if the window has it, else the first row.
    Id(i64),
    /// The same position as before, as far as the window reaches.
    Index(usize),
}

/// A transaction the form or quick add wants written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// `Some` when editing: the transaction as the form showed it.
    pub editing: Option<Box<Txn>>,
    /// What was typed (no category in quick add).
    pub entry: crate::ops::entries::NewEntry,
    /// Quick add with no account typed: the payee's usual account, if it
    /// has one, in place of `entry.account_id` (the default).
    pub usual_account: bool,
    /// Quick add's `!报销` or `AA:4`: written with the row, in one step.
    pub claim: Option<crate::ops::claims::Claim>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Read accounts and categories, then the first page.
    LoadLookups,
    /// Read a window of rows.
    LoadPage { filter: TxnFilter, request: PageRequest },
    /// Read the header totals for a month.
    LoadSummary { filter: TxnFilter, month: Month, goal: rust_decimal::Decimal },
    /// Read payees starting with this text.
    LoadPayees(String),
    /// Write a new or changed transaction.
    Save(Draft),
    /// Give a transaction (as shown) these tags: one undoable edit.
    SetTags(Box<Txn>, crate::model::Tags),
    /// Turn a row (as shown) into a loan to (or a collection from) a person.
    Loan(Box<Txn>, String),
    /// Mark a row (as shown) reimbursable by whom the line names, or, when
    /// it already waits, record the amount the line names as come back.
    Reimburse(Box<Txn>, String),
    /// Split a row (as shown) AA: the line is `4` or `4:小王,小李`.
    Split(Box<Txn>, String),
    /// Read the claim a row being edited carries, for the form's AA field.
    LoadClaim(Box<Txn>),
    /// Delete a transaction (both legs of a transfer).
    Delete(Box<Txn>),
    /// Reverse the last change.
    Undo,
    /// Re-apply the last undone change.
    Redo,
    /// Fill the empty ledger with the demo household.
    LoadDemo,
    /// Read month summaries for the Months tab.
    LoadMonths(Span),
    /// Read one month's breakdown.
    LoadBreakdown(Month),
    /// Read what waits to come back at one month's end.
    LoadWaiting(Month),
    /// Read one month's spending by tag.
    LoadTags(Month),
    /// Read the Plan tab's baseline, balance and goals.
    LoadPlan,
    /// Compare staying with each scenario as asked.
    LoadMove(MoveLoad),
    /// Read one month's budgets.
    LoadBudget(Month),
    /// Post the recurring instances due up to today.
    PostDue,
    /// Write a scenario as `save` says, as one undoable step; say `message` when done.
    SaveScenario { save: crate::ops::plans::ScenarioSave, scenario: Scenario, message: String },
    /// Delete a scenario (its id and name).
    DeleteScenario(i64, Box<Scenario>),
    /// Run a `:` line with the CLI's parser and handlers.
    RunCommand(String),
    /// Run a command's words (a form's, or a screen's key) the same way.
    RunWords(Vec<String>),
    /// Read a screen of things' rows.
    LoadSheet(super::sheet::SheetKind),
    /// Compare account `account` with its statement (`amount` and `date`
    /// as typed, an empty date today); record the difference only when `adjust`.
    Reconcile { account: i64, amount: String, date: String, adjust: bool },
    /// Read net worth month by month, from the first month through the second.
    LoadWorth(Month, Month),
    /// Read every setting with its value and source.
    LoadSettings,
    /// Find bills (CSV, XLSX) in this folder and in Downloads, to suggest.
    ListBills,
    /// Read a bill and plan it against the ledger, into `account` when
    /// given; an Alipay or WeChat Pay bill's payment methods by `map` (over
    /// the one saved), when given.
    PlanImport {
        path: std::path::PathBuf,
        account: Option<i64>,
        map: Option<crate::import::journal_map::AccountMap>,
        /// The file's lines kept apart from their twins.
        apart: Vec<usize>,
    },
    /// Write a plan's new rows as one undoable step.
    RunImport { path: std::path::PathBuf, plan: Box<Plan> },
    /// Read a bank bill and plan it with a mapping chosen on the mapping
    /// screen, into `account`.
    PlanMapped { path: std::path::PathBuf, mapping: Box<crate::import::Mapping>, account: i64, apart: Vec<usize> },
    /// Write a plan's new rows and save its mapping under `name`, as one undoable step.
    RunMappedImport { path: std::path::PathBuf, plan: Box<Plan>, name: String, mapping: Box<crate::import::Mapping> },
    /// Add a payee rule to the user's rules.toml.
    SaveRule { payee: String, category: String },
}
