//! Clap definitions for what the household has: `value`, `reconcile`
//! and `networth`.

use clap::Args;

use super::Format;

#[derive(Debug, Args)]
pub struct ValueArgs {
    /// An investment or home account (name or unique prefix)
    pub account: String,
    /// What it is worth (the change from its balance is a change in value, neither income nor spending)
    pub amount: String,
    /// The day it was worth that, YYYY-MM-DD [default: today]
    #[arg(long, short)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReconcileArgs {
    /// The account (name or unique prefix)
    pub account: String,
    /// The balance the bank or app shows (a card's debt negative)
    #[arg(allow_hyphen_values = true)]
    pub amount: String,
    /// The day of that balance, at the day's end, YYYY-MM-DD [default: today]
    #[arg(long, short)]
    pub date: Option<String>,
    /// When the ledger differs, record the difference as an adjustment
    /// (neither income nor spending) instead of writing nothing
    #[arg(long)]
    pub adjust: bool,
}

#[derive(Debug, Args)]
pub struct NetworthArgs {
    /// From this month, YYYY-MM [default: 11 months before --to, not before the ledger's first]
    #[arg(long)]
    pub from: Option<String>,
    /// Through this month, YYYY-MM [default: this month]
    #[arg(long)]
    pub to: Option<String>,
    /// How to print it: a table, or csv or json for other programs
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}
