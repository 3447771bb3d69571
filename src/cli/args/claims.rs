//! Clap definitions for claims (issue 26's 报销 and AA): `reimburse`,
//! `reimbursed` and `claims` (`add --reimburse` and `--split` are on `add`);
//! and issue 27's `instalments`.

use clap::Args;

use super::Format;

/// `reimburse`: mark a payment reimbursable.
#[derive(Debug, Args)]
pub struct ReimburseArgs {
    /// The payment's id (as `ls` shows it)
    pub id: i64,
    /// Who pays it back [default: 报销 / reimbursements, by language]
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

/// `reimbursed`: the money of a reimbursement came back.
#[derive(Debug, Args)]
pub struct ReimbursedArgs {
    /// The payment's id (as `ls` or `claims` shows it)
    pub id: i64,
    /// How much came back [default: all that was claimed]; the rest stays spending
    #[arg(allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// The account it arrived in [default: the one the payment left]
    #[arg(long, short)]
    pub account: Option<String>,
    /// Date: YYYY-MM-DD, MM-DD, t (today), y (yesterday), -2 (two days ago), 昨天 [default: today]
    #[arg(long, short, allow_hyphen_values = true)]
    pub date: Option<String>,
}

/// `claims`: what waits to be reimbursed or collected.
#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// How to print it: a table, or csv or json for other programs
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `instalments [ID N [--fee X] | ID --none]`: a purchase on a credit
/// account paid in monthly instalments, its instalments cancelled, or the
/// list of those that are.
#[derive(Debug, Args)]
pub struct InstalmentsArgs {
    /// The purchase's ID (as `ls` shows it); none lists the purchases in instalments
    pub id: Option<i64>,
    /// How many monthly instalments (2 or more): each statement from the next bills principal ÷ N, the remainder on the last
    pub months: Option<u32>,
    /// A fee a month, posted as spending on the card on each of the N statement days (a recurring rule)
    #[arg(long, requires = "id")]
    pub fee: Option<String>,
    /// Cancel the purchase's instalments: its plan and the rule posting its fee go (fees already posted stay), so the next bill carries what is left
    #[arg(long, conflicts_with_all = ["months", "fee"])]
    pub none: bool,
}
