//! Clap definitions: the command line's contract (names, flags, formats).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log income, housing or spending (sign from the category's class)
    Add(AddArgs),
    /// Move money between two of your own accounts (never income or spending)
    Transfer(TransferArgs),
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
    /// Reverse the last change (from here or the interface; the history is kept in the ledger)
    Undo,
    /// Re-apply the change undone last
    Redo,
}

#[derive(Debug, Args)]
pub struct MortgageArgs {
    /// The loan, e.g. 300000 or 30万
    #[arg(long)]
    pub principal: String,
    /// Annual rate, percent (4.9 is 4.9 %)
    #[arg(long)]
    pub rate: String,
    /// Term in years
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=50))]
    pub years: u32,
    /// equal-payment (等额本息) or equal-principal (等额本金)
    #[arg(long, default_value = "equal-payment")]
    pub method: String,
    /// Every month's payment, interest, principal and balance (yearly rows in the table)
    #[arg(long)]
    pub schedule: bool,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct RelocateArgs {
    #[command(subcommand)]
    pub command: Option<RelocateCommand>,
}

#[derive(Debug, Subcommand)]
pub enum RelocateCommand {
    /// The scenarios (the default)
    List,
    /// One scenario in full, with its mortgage if it has one
    Show { name: String },
    /// Staying against each scenario (or the ones named): savings, break-even, net worth
    Compare {
        names: Vec<String>,
        /// Years to look ahead
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=40))]
        years: u32,
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Add a scenario: a copy of staying (from the ledger) with what differs
    Add {
        name: String,
        #[command(flatten)]
        fields: ScenarioFields,
    },
    /// Change a scenario
    Edit {
        name: String,
        /// New name
        #[arg(long)]
        rename: Option<String>,
        #[command(flatten)]
        fields: ScenarioFields,
    },
    /// Copy a scenario under a new name (then change the copy with edit)
    Duplicate { name: String, new_name: String },
    /// Delete a scenario (`nestegg undo` brings it back)
    Rm { name: String },
    /// The reference cities (assets/cities.toml and your own cities.toml)
    Cities,
}

/// Every field of a scenario; what is not given stays as it was (for `add`:
/// as staying, or from the city's reference figures).
#[derive(Debug, Args, Default)]
pub struct ScenarioFields {
    /// City, e.g. Hegang (reference figures fill in rent, price and living costs)
    #[arg(long, allow_hyphen_values = true)]
    pub city: Option<String>,
    /// Monthly take-home income there
    #[arg(long, allow_hyphen_values = true)]
    pub income: Option<String>,
    /// Monthly living costs other than housing (add: today's spending, scaled by --city's cost indices)
    #[arg(long, allow_hyphen_values = true)]
    pub living: Option<String>,
    /// One-off moving costs
    #[arg(long, allow_hyphen_values = true)]
    pub moving_costs: Option<String>,
    /// Months without income while settling in
    #[arg(long)]
    pub months_without_income: Option<i64>,
    /// The month of the move, YYYY-MM (until then you live as now), or "now" (add: now)
    #[arg(long, allow_hyphen_values = true)]
    pub start: Option<String>,
    /// Housing plan: rent, mortgage or outright
    #[arg(long, value_parser = ["rent", "mortgage", "outright"])]
    pub plan: Option<String>,
    /// Rent: monthly rent
    #[arg(long, allow_hyphen_values = true)]
    pub rent: Option<String>,
    /// Rent: deposit in months of rent
    #[arg(long)]
    pub deposit_months: Option<i64>,
    /// Rent: agent fee
    #[arg(long, allow_hyphen_values = true)]
    pub agent_fee: Option<String>,
    /// Buying: price per m²
    #[arg(long, allow_hyphen_values = true)]
    pub price_per_m2: Option<String>,
    /// Buying: area in m²
    #[arg(long)]
    pub area: Option<i64>,
    /// Mortgage: down payment, percent [default 15]
    #[arg(long, allow_hyphen_values = true)]
    pub down_payment: Option<String>,
    /// Mortgage: commercial rate, percent [default 3.05]
    #[arg(long, allow_hyphen_values = true)]
    pub rate: Option<String>,
    /// Mortgage: the part lent by the housing provident fund (公积金)
    #[arg(long, allow_hyphen_values = true)]
    pub fund: Option<String>,
    /// Mortgage: the provident fund's rate, percent [default 2.60]
    #[arg(long, allow_hyphen_values = true)]
    pub fund_rate: Option<String>,
    /// Mortgage: term in years [default 30]
    #[arg(long)]
    pub years: Option<i64>,
    /// Mortgage: equal-payment (等额本息) or equal-principal (等额本金)
    #[arg(long, allow_hyphen_values = true)]
    pub method: Option<String>,
    /// Buying: deed tax, percent [default 1]
    #[arg(long, allow_hyphen_values = true)]
    pub deed_tax: Option<String>,
    /// Buying: one-off fees
    #[arg(long, allow_hyphen_values = true)]
    pub fees: Option<String>,
    /// Buying: monthly property fees
    #[arg(long, allow_hyphen_values = true)]
    pub property_fees: Option<String>,
}

#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// How many months ahead
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..=1200))]
    pub months: u32,
    /// Monthly income [default: from the ledger's recent months]
    #[arg(long)]
    pub income: Option<String>,
    /// Monthly housing [default: from the ledger]
    #[arg(long)]
    pub housing: Option<String>,
    /// Monthly spending other than housing [default: from the ledger]
    #[arg(long)]
    pub spending: Option<String>,
    /// Starting balance [default: the sum of all accounts, or of --accounts]
    #[arg(long, allow_hyphen_values = true, conflicts_with = "accounts")]
    pub balance: Option<String>,
    /// Start from the balance of these accounts only, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub accounts: Vec<String>,
    /// Annual return on savings, percent (0.95 is a one-year deposit)
    #[arg(long = "return", default_value = "0", value_name = "PCT", allow_hyphen_values = true)]
    pub annual_return: String,
    /// Annual inflation, percent (housing and spending rise by it once a year)
    #[arg(long, default_value = "0", value_name = "PCT", allow_hyphen_values = true)]
    pub inflation: String,
    /// Annual income growth, percent (a raise once a year)
    #[arg(long, default_value = "0", value_name = "PCT", allow_hyphen_values = true)]
    pub growth: String,
    /// How many recent complete months the baseline comes from
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u32).range(1..=120))]
    pub baseline: u32,
    /// Use the median of those months instead of the mean
    #[arg(long)]
    pub median: bool,
    /// Withdrawal rate for financial independence, percent
    #[arg(long, default_value = "4", value_name = "PCT")]
    pub withdrawal: String,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Due instances are posted whenever nestegg starts (command line or interface), up to today, each once.\n\
    Examples:\n  \
    nestegg recurring add salary --amount 5000 --category salary --every month --day 10 --step-up 3%\n  \
    nestegg recurring add rent --amount 1500 --category rent --every month --day 1\n  \
    nestegg recurring skip rent --date 2027-02-01"
)]
pub struct RecurringArgs {
    #[command(subcommand)]
    pub command: Option<RecurringCommand>,
}

/// A rule's template and schedule; what is not given stays as it was (for
/// `add`: monthly, from today, on today's day of the month).
#[derive(Debug, Args, Default)]
pub struct RuleFields {
    /// What each instance moves, typed positive (the category's class gives the sign)
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    #[arg(long, short)]
    pub category: Option<String>,
    /// (add: the first account)
    #[arg(long, short)]
    pub account: Option<String>,
    /// month, week or year
    #[arg(long, value_parser = ["month", "week", "year"])]
    pub every: Option<String>,
    /// Monthly or yearly: the day of the month (the month's last day when it is shorter) (add: the start's)
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=31))]
    pub day: Option<u32>,
    /// Every N months, weeks or years
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=120))]
    pub interval: Option<u32>,
    /// The first instance falls on or after this day, YYYY-MM-DD (add: today)
    #[arg(long)]
    pub start: Option<String>,
    /// No instance after this day, YYYY-MM-DD (or `none`)
    #[arg(long, conflicts_with = "count")]
    pub end: Option<String>,
    /// At most this many instances (or 0 for no limit)
    #[arg(long)]
    pub count: Option<u32>,
    /// A yearly raise: 3% (a percentage) or 100 (an amount), or `none`
    #[arg(long)]
    pub step_up: Option<String>,
    #[arg(long)]
    pub payee: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RecurringCommand {
    /// Every rule with its next instance (the default)
    List,
    /// Add a rule
    Add {
        name: String,
        #[command(flatten)]
        fields: RuleFields,
    },
    /// Change a rule from now on (what was posted stays); with --date, change one instance only
    Edit {
        name: String,
        #[arg(long)]
        rename: Option<String>,
        /// Change only the instance on this day (its amount), YYYY-MM-DD
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        fields: RuleFields,
    },
    /// Remove a rule (what it posted stays)
    Rm { name: String },
    /// Skip one instance [default: the next]
    Skip {
        name: String,
        #[arg(long)]
        date: Option<String>,
    },
    /// Post what is due now (this happens at every start anyway)
    Post {
        /// Show what would be posted; write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct BudgetArgs {
    #[command(subcommand)]
    pub command: Option<BudgetCommand>,
    /// The month to show, YYYY-MM [default: this month]
    #[arg(long)]
    pub month: Option<String>,
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum BudgetCommand {
    /// Set a monthly limit for a category (a parent category counts its children)
    Set {
        category: String,
        /// The limit, e.g. 1200 (0 removes it from that month on)
        #[arg(allow_hyphen_values = true)]
        amount: String,
        /// From this month on, YYYY-MM [default: this month]
        #[arg(long)]
        from: Option<String>,
        /// Carry what is left unspent into the next month [default: as the category's budget did before]
        #[arg(long, conflicts_with = "no_rollover")]
        rollover: bool,
        /// Stop carrying what is left into the next month
        #[arg(long)]
        no_rollover: bool,
    },
}

#[derive(Debug, Args)]
pub struct GoalsArgs {
    #[command(subcommand)]
    pub command: Option<GoalsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum GoalsCommand {
    /// Each goal's progress, what is left, when the current saving gets there (the default)
    List,
    /// Add a goal
    Add {
        /// The goal's name, e.g. "Flat in Hegang"
        name: String,
        /// Target amount, e.g. 37500 or 3.75万
        #[arg(long)]
        target: String,
        /// Month to reach it by, YYYY-MM
        #[arg(long)]
        by: Option<String>,
        /// Accounts that fund it, comma-separated [default: all accounts]
        #[arg(long, value_delimiter = ',')]
        accounts: Vec<String>,
    },
    /// Change a goal
    Edit {
        /// The goal's name (or unique prefix)
        name: String,
        /// New name
        #[arg(long)]
        rename: Option<String>,
        #[arg(long)]
        target: Option<String>,
        /// New month to reach it by, YYYY-MM, or `none`
        #[arg(long)]
        by: Option<String>,
        /// New funding accounts, comma-separated, or `all`
        #[arg(long, value_delimiter = ',')]
        accounts: Option<Vec<String>>,
    },
    /// Delete a goal
    Rm {
        /// The goal's name (or unique prefix)
        name: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The columns of `ls --format csv` (the nestegg import preset reads it back)
    Csv,
    /// One object per transaction, amounts as strings
    Json,
    /// hledger / ledger-cli journal
    Ledger,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, short, value_enum)]
    pub format: ExportFormat,
    /// From this day on (YYYY-MM-DD)
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this day, included (YYYY-MM-DD)
    #[arg(long)]
    pub to: Option<String>,
    /// Write to this file (created 0600; replaced whole) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(after_help = "Presets:\n  \
    alipay   Alipay 交易流水证明 (用于个人对账) CSV, GBK: into the Alipay account\n  \
    wechat   WeChat Pay 微信支付账单明细, CSV or XLSX: into the WeChat Pay account\n  \
    nestegg  nestegg's own CSV (ls/export --format csv)\n  \
    generic  any bank CSV with --map; amounts signed (negative = money out)\n\n\
    Categories: the service's own category (餐饮美食 → food …), then your rules in\n  \
    ~/.config/nestegg/rules.toml:   [[rule]]  contains = \"美团\"  category = \"food\"\n  \
    (or regex = \"^滴滴\"), then the payee's last category, then other / side income.\n\n\
    Importing a file twice adds nothing; two identical rows in one file are both kept.\n\
    A file with invalid rows imports nothing (each bad row is listed) unless --skip-invalid.\n\
    The whole import is one undo step (u in the interface, or nestegg undo).")]
pub struct ImportArgs {
    /// The bill: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or WeChat's XLSX
    pub file: PathBuf,
    /// auto, nestegg, generic, alipay, wechat, or a mapping saved with --save-map
    #[arg(long, default_value = "auto")]
    pub preset: String,
    /// The account the rows go to [default: Alipay / WeChat Pay for their bills]
    #[arg(long, short)]
    pub account: Option<String>,
    /// Columns of a bank CSV by header name or number: date=COL,amount=COL[,payee=COL,note=COL,category=COL]
    #[arg(long)]
    pub map: Option<String>,
    /// The date format of a bank CSV, chrono style, e.g. %d/%m/%Y [default: YYYY-MM-DD or YYYY/MM/DD]
    #[arg(long)]
    pub date_format: Option<String>,
    /// Save --map and --date-format under this name, for --preset NAME next time
    #[arg(long, value_name = "NAME")]
    pub save_map: Option<String>,
    /// Show what would be imported, row by row; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import the valid rows and list the invalid ones, instead of importing nothing
    #[arg(long)]
    pub skip_invalid: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write it [default: backups/ledger-YYYY-MM-DD-HHMMSS.db beside the ledger]
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup made by nestegg backup (or any nestegg ledger)
    pub path: PathBuf,
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
    /// Account name (or unique prefix) [default: the first account]
    #[arg(long, short)]
    pub account: Option<String>,
    /// Date as YYYY-MM-DD [default: today]
    #[arg(long, short)]
    pub date: Option<String>,
    #[arg(long, short, default_value = "")]
    pub payee: String,
    #[arg(long, short, default_value = "")]
    pub note: String,
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
    /// Date as YYYY-MM-DD [default: today]
    #[arg(long, short)]
    pub date: Option<String>,
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
    /// At most this many rows
    #[arg(long, short = 'n')]
    pub limit: Option<usize>,
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
    /// New date, YYYY-MM-DD
    #[arg(long, short)]
    pub date: Option<String>,
    /// New payee
    #[arg(long, short)]
    pub payee: Option<String>,
    /// New note
    #[arg(long, short)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Transaction id (see `nestegg ls`)
    pub id: i64,
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
        /// bank, cash, wallet, credit or savings
        #[arg(long)]
        kind: String,
        /// ISO 4217 code
        #[arg(long, default_value = "CNY")]
        currency: String,
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
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Spending and housing per category for one month, with shares of their class
    Categories {
        /// The month, YYYY-MM
        #[arg(long)]
        month: String,
        #[arg(long, default_value = "CNY")]
        currency: String,
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many months of history, ending this month
    #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u32).range(1..=600))]
    pub months: u32,
    /// Seed: the same seed gives the same household
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}
