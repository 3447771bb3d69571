//! Clap definitions for planning: `project`, `salary` and `goals`.

use clap::{Args, Subcommand};

use super::Format;

#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// How many months ahead
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..=1200))]
    pub months: u32,
    /// Monthly income [default: from the ledger's recent months]
    #[arg(long, allow_hyphen_values = true)]
    pub income: Option<String>,
    /// Monthly housing [default: from the ledger]
    #[arg(long, allow_hyphen_values = true)]
    pub housing: Option<String>,
    /// Monthly spending other than housing [default: from the ledger]
    #[arg(long, allow_hyphen_values = true)]
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
    /// How many recent complete months the baseline comes from [default: baseline_months in the settings, else 6]
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=120))]
    pub baseline: Option<u32>,
    /// Use the median of those months instead of the mean
    #[arg(long)]
    pub median: bool,
    /// Withdrawal rate for financial independence, percent
    #[arg(long, default_value = "4", value_name = "PCT")]
    pub withdrawal: String,
    /// Monthly saving: spending becomes income − housing − this (not with --spending)
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub saving: Option<String>,
    /// A target to time besides the ledger's goals, e.g. 37500; repeat for more
    #[arg(long = "goal", value_name = "AMOUNT", allow_hyphen_values = true)]
    pub goals: Vec<String>,
    /// Run the projection many times over drawn years and show the 10th, 50th and 90th percentiles (every month up to 36 months; beyond, each year end and the last month: other months' CSV band cells are empty, JSON fields null)
    #[arg(long)]
    pub ranges: bool,
    /// The ranges' seed: the same seed, the same figures [default: 1]
    #[arg(long)]
    pub seed: Option<u64>,
    /// How many runs the ranges draw [default: 10000]
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub paths: Option<u32>,
    /// A year's return drawn around --return with this standard deviation, percent [default: 10, a mix of shares and bonds; a share index swings nearer 20, a deposit 0]
    #[arg(long, value_name = "PCT", allow_hyphen_values = true)]
    pub volatility: Option<String>,
    /// A year's inflation drawn around --inflation with this standard deviation, percent [default: 1]
    #[arg(long, value_name = "PCT", allow_hyphen_values = true)]
    pub inflation_spread: Option<String>,
    /// How to print it: a table, or csv or json for other programs
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct SalaryArgs {
    /// Gross pay a month, e.g. 10000 or 1万 [default: the --city's average wage]
    #[arg(allow_hyphen_values = true)]
    pub gross: Option<String>,
    /// GROSS is a year's pay (divided by 12)
    #[arg(long)]
    pub yearly: bool,
    /// A reference city (鹤岗, hegang): its average wage carried to this year, instead of GROSS
    #[arg(long, conflicts_with = "gross")]
    pub city: Option<String>,
    /// The base contributions are worked out on, when the employer declares one [default: the gross]
    #[arg(long)]
    pub base: Option<String>,
    /// How to print it: a table, or csv or json for other programs
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
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
        /// high, normal or low (高, 中, 低): lists show high ones first [default: normal]
        #[arg(long)]
        priority: Option<String>,
    },
    /// Change a goal
    Edit {
        /// The goal's name (or unique prefix)
        name: String,
        /// New name
        #[arg(long)]
        rename: Option<String>,
        /// New target amount, e.g. 37500 or 3.75万
        #[arg(long)]
        target: Option<String>,
        /// New month to reach it by, YYYY-MM, or `none`
        #[arg(long)]
        by: Option<String>,
        /// New funding accounts, comma-separated, or `all`
        #[arg(long, value_delimiter = ',')]
        accounts: Option<Vec<String>>,
        /// high, normal or low (高, 中, 低)
        #[arg(long)]
        priority: Option<String>,
    },
    /// Delete a goal
    Rm {
        /// The goal's name (or unique prefix)
        name: String,
    },
}
