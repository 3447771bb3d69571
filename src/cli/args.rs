//! Clap definitions: the command line's contract (names, flags, formats).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod claims;
mod files;
mod owed;
mod plan;
mod recurring;
mod relocate;
mod settings;
mod worth;

pub use claims::{ClaimsArgs, InstalmentsArgs, ReimburseArgs, ReimbursedArgs};
pub use files::{BackupArgs, ExportArgs, ExportFormat, ImportArgs, RestoreArgs};
pub use owed::{ForgiveArgs, FromPersonArgs, MoveArgs, OwedArgs, ToPersonArgs};
pub use plan::{GoalsArgs, GoalsCommand, ProjectArgs, SalaryArgs};
pub use recurring::{BudgetArgs, BudgetCommand, RecurringArgs, RecurringCommand, RuleFields};
pub use relocate::{MortgageArgs, ReduceArg, RelocateArgs, RelocateCommand, RepriceArg, ScenarioFields};
pub use settings::{ConfigArgs, ConfigCommand, LangArg, Shell};
pub use worth::{NetworthArgs, ReconcileArgs, ValueArgs};

#[derive(Debug, Parser)]
#[command(
    name = "nestegg",
    version,
    about = "A terminal budget and savings tracker over a local SQLite ledger",
    long_about = "A terminal budget and savings tracker over a local SQLite ledger.\n\n\
        Amounts are typed positive; the category decides the sign (income adds, housing and \
        spending take away). A negative amount on a spending category is a refund.\n\
        Account and category names match exactly, else ignoring case, else by a unique prefix \
        (`bank` finds \"Bank card\").",
    after_help = "Examples:\n  nestegg add 25 --category food --payee 美团外卖\n  nestegg add 5000 --category salary --date 2026-10-10\n  nestegg transfer 1000 --from bank --to alipay\n  nestegg ls --month 2026-10\n  nestegg report monthly --format csv"
)]
pub struct Cli {
    /// Ledger file to use [default: ~/.local/share/nestegg/ledger.db]
    #[arg(long, global = true, env = "NESTEGG_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Language of the interface and messages: en or zh [default: the config file, else LANG/LC_ALL]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log income, housing or spending (sign from the category's class)
    Add(AddArgs),
    /// Move money between two of your own accounts (never income or spending)
    Transfer(TransferArgs),
    /// Lend to a person: a transfer to them, neither income nor spending (the person is made on first use)
    Lend(ToPersonArgs),
    /// Borrow from a person: a transfer from them into an account
    Borrow(FromPersonArgs),
    /// A person pays back what they owe you, in part or in full
    Collect(FromPersonArgs),
    /// Pay back what you owe a person, in part or in full
    Repay(ToPersonArgs),
    /// Forgive what a person owes (spending on that day), or have your debt forgiven (income)
    Forgive(ForgiveArgs),
    /// What is lent and borrowed and still open, per person, with its age
    Owed(OwedArgs),
    /// Mark a payment reimbursable (报销): out of the savings rate while it waits
    Reimburse(ReimburseArgs),
    /// A reimbursement came back, in full or in part (the rest stays spending)
    Reimbursed(ReimbursedArgs),
    /// What waits to be reimbursed or collected (报销 and AA shares), with ages
    Claims(ClaimsArgs),
    /// Pay a purchase on a credit account in monthly instalments (分期), or list those that are (no arguments)
    Instalments(InstalmentsArgs),
    /// List transactions, newest first
    Ls(LsArgs),
    /// Change a transaction
    Edit(EditArgs),
    /// Delete a transaction (both sides of a transfer)
    Rm(RmArgs),
    /// List, add, rename or archive accounts
    Accounts(AccountsArgs),
    /// List, add, rename or archive categories
    Categories(CategoriesArgs),
    /// Value an investment or a home: what it is worth on a day (a change in value, not income)
    Value(ValueArgs),
    /// Compare an account with its statement; match, find the missing rows, or adjust
    Reconcile(ReconcileArgs),
    /// Net worth month by month: assets, liabilities, and what changed it
    Networth(NetworthArgs),
    /// Reports: monthly income, housing, spending, savings and savings rate
    Report(ReportArgs),
    /// Fill an empty ledger with a demo household
    Demo(DemoArgs),
    /// Import a bill: Alipay, WeChat Pay, a bank CSV, or nestegg's own CSV
    Import(ImportArgs),
    /// Export the ledger: CSV, JSON, or a journal for hledger and ledger-cli
    Export(ExportArgs),
    /// Copy the ledger to a backup file (safe while the interface is open)
    Backup(BackupArgs),
    /// Replace the ledger with a backup (the current one is kept as a dated copy)
    Restore(RestoreArgs),
    /// Project savings: where today's saving leads, goals, financial independence
    Project(ProjectArgs),
    /// Savings goals: list, add, edit, rm
    Goals(GoalsArgs),
    /// Recurring income and housing costs: salary on the 10th, rent on the 1st
    Recurring(RecurringArgs),
    /// Monthly budgets per category: spent against limit
    Budget(BudgetArgs),
    /// Plan a move: scenarios (rent or buy in another city) compared with staying
    Relocate(Box<RelocateArgs>),
    /// A mortgage's monthly payment and schedule (等额本息 or 等额本金)
    Mortgage(MortgageArgs),
    /// Take-home pay from a gross salary: social insurance, housing fund, income tax (到手工资)
    Salary(SalaryArgs),
    /// Settings: language, currency, default account, month start day, theme…
    Config(ConfigArgs),
    /// Print a shell completion script (see README for where it goes)
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Reverse the last change (from here or the interface; the history is kept in the ledger)
    Undo,
    /// Re-apply the change undone last
    Redo,
    /// Check the ledger: the file's integrity, rows pointing at rows that are
    /// not there (foreign keys), its schema against the one
    /// nestegg's migrations make (foreign triggers, views, indexes or tables;
    /// missing or changed ones), and the kept month totals and payee list
    /// recomputed from the transactions
    Check {
        /// Mend what differs: after keeping a copy in backups/before-repair-…,
        /// take foreign schema objects out (a foreign table with its rows), put
        /// missing or changed indexes and triggers back, and rebuild the kept
        /// totals from the transactions. A changed table, and rows pointing
        /// nowhere, are left for `restore`
        #[arg(long)]
        repair: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    /// One column per category
    Category,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Amount, e.g. 25, 12.50, 1,234.56, ¥25, 1.5万; negative on spending = refund
    #[arg(allow_hyphen_values = true)]
    pub amount: String,
    /// Category name (or unique prefix)
    #[arg(long, short)]
    pub category: String,
    /// Account name (or unique prefix) [default: account in the settings, else the first account]
    #[arg(long, short)]
    pub account: Option<String>,
    /// Date: YYYY-MM-DD, MM-DD, t (today), y (yesterday), -2 (two days ago), 昨天 [default: today]
    #[arg(long, short, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Who was paid, or who paid you (offered again next time)
    #[arg(long, short, default_value = "")]
    pub payee: String,
    /// A note kept with the transaction
    #[arg(long, short, default_value = "")]
    pub note: String,
    /// A tag (repeat for more, or give several: --tag "旅行 出差"); at most 8, each up to 24 characters
    #[arg(long = "tag", short = 't', value_name = "TAG")]
    pub tag: Vec<String>,
    /// Reimbursable (报销): who pays it back [default: 报销 / reimbursements, by language]
    #[arg(long, value_name = "BY", num_args = 0..=1, require_equals = true, default_missing_value = "",
          conflicts_with = "split")]
    pub reimburse: Option<String>,
    /// Split AA this many ways (2 to 50): one share is yours, the others are owed
    #[arg(long, value_name = "WAYS")]
    pub split: Option<u32>,
    /// With --split: the people who owe a share (a,b); the shares left are owed by 其他人 / others
    #[arg(long, value_name = "PEOPLE", value_delimiter = ',', requires = "split")]
    pub with: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TransferArgs {
    /// Amount to move (positive)
    #[arg(allow_hyphen_values = true)]
    pub amount: String,
    /// Account the money leaves
    #[arg(long)]
    pub from: String,
    /// Account the money arrives in
    #[arg(long)]
    pub to: String,
    /// Date: YYYY-MM-DD, MM-DD, t (today), y (yesterday), -2 (two days ago), 昨天 [default: today]
    #[arg(long, short, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// A note kept with the transaction
    #[arg(long, short, default_value = "")]
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Only this month, YYYY-MM
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub month: Option<String>,
    /// From this date, YYYY-MM-DD (included)
    #[arg(long)]
    pub from: Option<String>,
    /// To this date, YYYY-MM-DD (included)
    #[arg(long)]
    pub to: Option<String>,
    /// Only this category (and its sub-categories)
    #[arg(long, short)]
    pub category: Option<String>,
    /// Only this account
    #[arg(long, short)]
    pub account: Option<String>,
    /// Text to find in payee or note
    #[arg(long, short)]
    pub search: Option<String>,
    /// Only amounts at least this large (size, sign ignored)
    #[arg(long)]
    pub min: Option<String>,
    /// Only amounts at most this large (size, sign ignored)
    #[arg(long)]
    pub max: Option<String>,
    /// Only rows with this tag
    #[arg(long)]
    pub tag: Option<String>,
    /// At most this many rows
    #[arg(long, short = 'n')]
    pub limit: Option<usize>,
    /// How to print it: a table, or csv or json for other programs
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Transaction id (see `nestegg ls`)
    pub id: i64,
    /// New amount, typed positive (the category decides the sign; negative on spending = refund)
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// New category (a change of class flips the stored sign)
    #[arg(long, short)]
    pub category: Option<String>,
    /// New account
    #[arg(long, short)]
    pub account: Option<String>,
    /// New date: YYYY-MM-DD, MM-DD, t (today), y (yesterday), -2 (two days ago), 昨天
    #[arg(long, short, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// New payee
    #[arg(long, short)]
    pub payee: Option<String>,
    /// New note
    #[arg(long, short)]
    pub note: Option<String>,
    /// Add a tag (repeat for more)
    #[arg(long = "tag", short = 't', value_name = "TAG")]
    pub tag: Vec<String>,
    /// Take a tag away (repeat for more)
    #[arg(long = "untag", value_name = "TAG")]
    pub untag: Vec<String>,
    /// Change it even though it is reconciled
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Transaction id (see `nestegg ls`)
    pub id: i64,
    /// Delete it even though it is reconciled
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AccountsArgs {
    #[command(subcommand)]
    pub command: Option<AccountsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// List accounts with their balances (the default)
    List {
        /// Include archived accounts
        #[arg(long)]
        all: bool,
    },
    /// Add an account
    Add {
        /// The account's name, e.g. "招商银行" or "Savings"
        name: String,
        /// bank, cash, wallet, credit, savings, investment, home, loan or person (人: what is lent and borrowed)
        #[arg(long)]
        kind: String,
        /// ISO 4217 code [default: currency in the settings, else CNY]
        #[arg(long)]
        currency: Option<String>,
        /// What it holds already (a debt negative): neither income nor spending
        #[arg(long, allow_hyphen_values = true)]
        balance: Option<String>,
        /// The day that balance was true, YYYY-MM-DD [default: today]
        #[arg(long, requires = "balance")]
        as_of: Option<String>,
    },
    /// What an account held on a day: its balance is that plus its transactions from then on
    Opening {
        /// Name (or unique prefix)
        name: String,
        /// The balance (a debt negative), or `none` to take it away
        #[arg(allow_hyphen_values = true)]
        amount: String,
        /// The day it was true, YYYY-MM-DD [default: today]
        #[arg(long)]
        as_of: Option<String>,
    },
    /// A loan account's terms: its balance then follows the repayment schedule
    Loan {
        /// A loan account (name or unique prefix)
        name: String,
        /// How much was borrowed [or from --scenario]
        #[arg(long, required_unless_present_any = ["none", "scenario"])]
        principal: Option<String>,
        /// Annual rate in percent, e.g. 4.9 [or from --scenario]
        #[arg(long, required_unless_present_any = ["none", "scenario"])]
        rate: Option<String>,
        /// Term in years [or from --scenario]
        #[arg(long, required_unless_present_any = ["none", "scenario"], value_parser = clap::value_parser!(u32).range(1..=50))]
        years: Option<u32>,
        /// The day it was drawn, YYYY-MM-DD; payments fall on that day of each month after it [or a month before --rule's first payment]
        #[arg(long, required_unless_present_any = ["none", "rule"])]
        start: Option<String>,
        /// equal-payment (等额本息) or equal-principal (等额本金) [default: equal-payment, or --scenario's]
        #[arg(long)]
        method: Option<String>,
        /// The monthly recurring rule that pays it: its first payment dates the loan, and a payment that differs from the schedule's is said
        #[arg(long)]
        rule: Option<String>,
        /// A Move scenario whose mortgage this is: its loan, rate, term and method
        #[arg(long)]
        scenario: Option<String>,
        /// Take the terms away: the balance is its opening balance and transactions again
        #[arg(long, conflicts_with_all = ["principal", "rate", "years", "start", "rule", "scenario"])]
        none: bool,
    },
    /// A credit account's terms (花呗, 白条, a card): its limit, statement day and due day; its bill then shows in the list
    Credit {
        /// A credit account (name or unique prefix)
        name: String,
        /// The credit line, e.g. 5000 (a figure of zero or less is refused in words)
        #[arg(long, required_unless_present = "none", allow_hyphen_values = true)]
        limit: Option<String>,
        /// The day of the month a statement is drawn up (1-28): it bills what was bought since the last one
        #[arg(long, required_unless_present = "none")]
        statement_day: Option<u32>,
        /// The day of the month the bill is due (1-28): of the statement's month when after the statement day, else of the next
        #[arg(long, required_unless_present = "none")]
        due_day: Option<u32>,
        /// Take the terms away
        #[arg(long, conflicts_with_all = ["limit", "statement_day", "due_day"])]
        none: bool,
    },
    /// Rename an account
    Rename {
        /// Current name (or unique prefix)
        name: String,
        /// The new name
        new_name: String,
    },
    /// Hide an account from pickers; its history stays
    Archive {
        /// Name (or unique prefix)
        name: String,
    },
    /// Bring an archived account back
    Unarchive {
        /// Name (or unique prefix)
        name: String,
    },
}

#[derive(Debug, Args)]
pub struct CategoriesArgs {
    #[command(subcommand)]
    pub command: Option<CategoriesCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CategoriesCommand {
    /// List categories by class (the default)
    List {
        /// Include archived categories
        #[arg(long)]
        all: bool,
    },
    /// Add a category
    Add {
        /// The category's name, e.g. "milk tea"
        name: String,
        /// income, housing or spending
        #[arg(long)]
        class: String,
        /// Parent category (same class)
        #[arg(long)]
        parent: Option<String>,
    },
    /// Rename a category
    Rename {
        /// Current name (or unique prefix)
        name: String,
        /// The new name
        new_name: String,
    },
    /// Put a category under a parent of the same class, or at the top
    Move {
        /// The category (or unique prefix)
        name: String,
        /// The new parent, or `none` for the top level
        #[arg(long)]
        parent: String,
    },
    /// Hide a category from pickers; its history stays
    Archive {
        /// Name (or unique prefix)
        name: String,
    },
    /// Bring an archived category back
    Unarchive {
        /// Name (or unique prefix)
        name: String,
    },
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: ReportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// One row per month: income, housing, spending, savings, savings rate
    Monthly {
        /// First month, YYYY-MM [default: the first month with transactions]
        #[arg(long)]
        from: Option<String>,
        /// Last month, YYYY-MM [default: the last month with transactions]
        #[arg(long)]
        to: Option<String>,
        /// Currency to report (transactions in other currencies are left out)
        #[arg(long, default_value = "CNY")]
        currency: String,
        /// Split each month by category (income, housing and spending, each as a positive flow)
        #[arg(long, value_enum)]
        by: Option<By>,
        /// How to print it: a table, or csv or json for other programs
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// One row per week, weeks starting on week_start (settings): income, housing, spending, savings
    Weekly {
        /// How many weeks, ending with this one
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=520))]
        weeks: u32,
        /// Currency to report (transactions in other currencies are left out)
        #[arg(long, default_value = "CNY")]
        currency: String,
        /// How to print it: a table, or csv or json for other programs
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Safe to spend today: what this month still allows today and a day to
    /// its end, after the savings goal, housing, spending, recurring rules
    /// still due and the budgets' unspent amounts
    Safe {
        /// The savings rate to keep, percent [default: the savings_goal setting]
        #[arg(long)]
        goal: Option<String>,
        /// How to print it: a table, or csv or json for other programs
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Per tag: rows, spending (housing and spending, net of refunds) and income; a row counts for each of its tags
    Tags {
        /// Only this month, YYYY-MM
        #[arg(long, conflicts_with_all = ["from", "to"])]
        month: Option<String>,
        /// From this date, YYYY-MM-DD (included)
        #[arg(long)]
        from: Option<String>,
        /// To this date, YYYY-MM-DD (included)
        #[arg(long)]
        to: Option<String>,
        /// How to print it: a table, or csv or json for other programs
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Spending and housing per category for one month, with shares of their class
    Categories {
        /// The month, YYYY-MM
        #[arg(long)]
        month: String,
        /// Currency to report (transactions in other currencies are left out)
        #[arg(long, default_value = "CNY")]
        currency: String,
        /// How to print it: a table, or csv or json for other programs
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many months of history, ending this month
    #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u32).range(1..=600))]
    pub months: u32,
    /// Instead: exactly N transactions, over ten years from 3,600 on (30 a
    /// month; fewer span fewer months): a large ledger for trying nestegg
    /// at scale and for benchmarks; progress on stderr
    #[arg(long, value_name = "N", conflicts_with = "months", allow_hyphen_values = true,
          value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    pub transactions: Option<u64>,
    /// Seed: the same seed gives the same household
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}
