//! Clap definitions for money lent and borrowed: `lend`, `borrow`,
//! `collect`, `repay`, `forgive` and `owed`.

use clap::Args;

use super::Format;

/// What every move with a person types besides the person.
#[derive(Debug, Args)]
pub struct MoveArgs {
    /// Amount (positive)
    #[arg(allow_hyphen_values = true)]
    pub amount: String,
    /// My account the money leaves or arrives in [default: as `add` picks it]
    #[arg(long, short)]
    pub account: Option<String>,
    /// Date: YYYY-MM-DD, MM-DD, t (today), y (yesterday), -2 (two days ago), 昨天 [default: today]
    #[arg(long, short, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// A note kept with the transaction
    #[arg(long, short, default_value = "")]
    pub note: String,
}

/// `lend` and `repay`: money from one of my accounts to a person.
#[derive(Debug, Args)]
pub struct ToPersonArgs {
    #[command(flatten)]
    pub money: MoveArgs,
    /// The person (`lend` makes one on first use; `repay` needs a known one)
    #[arg(long = "to", value_name = "PERSON")]
    pub person: String,
}

/// `borrow` and `collect`: money from a person into one of my accounts.
#[derive(Debug, Args)]
pub struct FromPersonArgs {
    #[command(flatten)]
    pub money: MoveArgs,
    /// The person (`borrow` makes one on first use; `collect` needs a known one)
    #[arg(long = "from", value_name = "PERSON")]
    pub person: String,
}

#[derive(Debug, Args)]
pub struct ForgiveArgs {
    /// The person
    pub person: String,
    /// How much of what is open [default: all of it]
    #[arg(allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// A spending category when they owe you (a forgiven loan is that day's
    /// spending), an income one when you owe them
    #[arg(long, short)]
    pub category: String,
    /// The day it is forgiven [default: today]
    #[arg(long, short, allow_hyphen_values = true)]
    pub date: Option<String>,
    /// A note kept with the transaction
    #[arg(long, short, default_value = "")]
    pub note: String,
}

#[derive(Debug, Args)]
pub struct OwedArgs {
    /// Only this person
    pub person: Option<String>,
    /// How to print it: a table, or csv or json for other programs
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}
