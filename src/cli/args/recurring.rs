//! Clap definitions for `recurring` (rules and their instances) and `budget`.

use clap::{Args, Subcommand};

use super::Format;

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
    /// The category of what it posts (or unique prefix)
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
    /// The payee of what it posts
    #[arg(long)]
    pub payee: Option<String>,
    /// The note of what it posts
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RecurringCommand {
    /// Every rule with its next instance (the default)
    List,
    /// Add a rule
    Add {
        /// The rule's name
        name: String,
        #[command(flatten)]
        fields: RuleFields,
    },
    /// Change a rule from now on (what was posted stays); with --date, change one instance only
    Edit {
        /// The rule's name
        name: String,
        /// New name
        #[arg(long)]
        rename: Option<String>,
        /// Change only the instance on this day (its amount), YYYY-MM-DD
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        fields: RuleFields,
    },
    /// Remove a rule (what it posted stays)
    Rm {
        /// The rule's name
        name: String,
    },
    /// Skip one instance [default: the next]
    Skip {
        /// The rule's name
        name: String,
        /// The instance to skip, YYYY-MM-DD [default: the next]
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
    /// How to print it: a table, or csv or json for other programs
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum BudgetCommand {
    /// Set a monthly limit for a category (a parent category counts its children)
    Set {
        /// Category name (or unique prefix)
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
    /// Make a month's budgets those of another (limits and rollover; one undo step)
    Copy {
        /// The month whose budgets are copied, YYYY-MM [default: the month before --to]
        #[arg(long)]
        from: Option<String>,
        /// The month that gets them, from then on, YYYY-MM [default: this month]
        #[arg(long)]
        to: Option<String>,
    },
}
