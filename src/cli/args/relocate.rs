//! Clap definitions for planning a move: `relocate` (scenarios and their
//! fields) and `mortgage`.

use clap::{Args, Subcommand};

use super::Format;

#[derive(Debug, Args)]
pub struct MortgageArgs {
    /// The loan, e.g. 300000 or 30万
    #[arg(long)]
    pub principal: String,
    /// Annual rate, percent (4.9 is 4.9 %); or --lpr for a floating rate
    #[arg(long, required_unless_present = "lpr", conflicts_with = "lpr")]
    pub rate: Option<String>,
    /// Term in years
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=50))]
    pub years: u32,
    /// equal-payment (等额本息) or equal-principal (等额本金)
    #[arg(long, default_value = "equal-payment")]
    pub method: String,
    /// Every month's payment, interest, principal and balance (yearly rows in the table)
    #[arg(long)]
    pub schedule: bool,
    /// How to print it: a table, or csv or json for other programs
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The first payment's month, YYYY-MM, so end dates are printed [default: next month]
    #[arg(long, value_name = "YYYY-MM")]
    pub start: Option<String>,
    /// Prepayment (提前还款) after a payment: 50000@36 or 50000@2029-06 (repeatable)
    #[arg(long, value_name = "AMOUNT@MONTH", allow_hyphen_values = true)]
    pub prepay: Vec<String>,
    /// Prepayment every year from a payment (default: after payment 12) (repeatable)
    #[arg(long, value_name = "AMOUNT[@MONTH]", allow_hyphen_values = true)]
    pub prepay_yearly: Vec<String>,
    /// What a prepayment buys: term (缩短年限: payment kept) or payment (减少月供: term kept)
    #[arg(long, value_enum, default_value_t = ReduceArg::Term)]
    pub reduce: ReduceArg,
    /// Prepayment penalty (违约金), percent of each prepaid amount [default 0]
    #[arg(long, allow_hyphen_values = true)]
    pub penalty: Option<String>,
    /// Charge the penalty only on prepayments made within the first N payments
    #[arg(long, value_name = "N")]
    pub penalty_months: Option<u32>,
    /// Floating rate: the LPR at the start, percent (instead of --rate)
    #[arg(long)]
    pub lpr: Option<String>,
    /// Floating rate: the spread over the LPR, percent, may be negative [default 0]
    #[arg(long, allow_hyphen_values = true)]
    pub spread: Option<String>,
    /// Floating rate: repriced every January (jan) or on the loan's anniversary
    #[arg(long, value_enum)]
    pub reprice: Option<RepriceArg>,
    /// Floating rate: the LPR from a month on, YYYY-MM:PCT (repeatable)
    #[arg(long, value_name = "YYYY-MM:PCT")]
    pub lpr_change: Vec<String>,
    /// Fixed rate: a new rate from a month on, YYYY-MM:PCT (repeatable)
    #[arg(long, conflicts_with = "lpr", value_name = "YYYY-MM:PCT")]
    pub rate_change: Vec<String>,
    /// Combined loan (组合贷): the part of --principal the housing provident fund lends
    #[arg(long, allow_hyphen_values = true)]
    pub fund: Option<String>,
    /// The fund loan's rate, percent [default 2.6]
    #[arg(long)]
    pub fund_rate: Option<String>,
    /// The fund loan's term in years [default: --years]
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=50))]
    pub fund_years: Option<u32>,
}

/// `--reduce`: what a prepayment buys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReduceArg {
    /// 缩短年限: the payment kept, the term cut
    #[value(alias = "缩短年限")]
    Term,
    /// 减少月供: the term kept, the payment lowered
    #[value(alias = "减少月供")]
    Payment,
}

/// `--reprice`: when a floating rate follows the LPR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RepriceArg {
    /// Every 1 January
    Jan,
    /// Each anniversary of the loan
    Anniversary,
}

#[derive(Debug, Args)]
pub struct RelocateArgs {
    #[command(subcommand)]
    pub command: Option<RelocateCommand>,
}

impl RelocateArgs {
    /// `relocate cities`: a listing of the reference data, no ledger needed.
    pub fn is_cities(&self) -> bool {
        matches!(self.command, Some(RelocateCommand::Cities { .. }))
    }
}

#[derive(Debug, Subcommand)]
pub enum RelocateCommand {
    /// The scenarios (the default)
    List,
    /// One scenario in full, with its mortgage if it has one
    Show {
        /// The scenario's name
        name: String,
    },
    /// Staying against each scenario (or the ones named): savings, break-even, net worth
    Compare {
        /// The scenarios to compare [default: all of them]
        names: Vec<String>,
        /// Years to look ahead
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=40))]
        years: u32,
        /// Yearly return on savings, percent (as project's --return) [default 0]
        #[arg(long = "return", allow_hyphen_values = true)]
        annual_return: Option<String>,
        /// Yearly inflation, percent: raises living costs and gives today's-money figures [default 0]
        #[arg(long, allow_hyphen_values = true)]
        inflation: Option<String>,
        /// How to print it: a table, or csv or json for other programs
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Add a scenario: a copy of staying (from the ledger) with what differs
    Add {
        /// The new scenario's name
        name: String,
        #[command(flatten)]
        fields: ScenarioFields,
    },
    /// Change a scenario
    Edit {
        /// The scenario's name
        name: String,
        /// New name
        #[arg(long)]
        rename: Option<String>,
        #[command(flatten)]
        fields: ScenarioFields,
    },
    /// Copy a scenario under a new name (then change the copy with edit)
    Duplicate {
        /// The scenario's name
        name: String,
        /// The copy's name
        new_name: String,
    },
    /// Delete a scenario (`nestegg undo` brings it back)
    Rm {
        /// The scenario's name
        name: String,
    },
    /// The 312 reference cities (price, wage, modelled rent and cost index, with sources), or those QUERY finds: 鹤, heg, Hegang
    Cities {
        /// A city's name or its start, in Chinese or pinyin [default: every city]
        query: Option<String>,
        /// How to print it: a table, or csv or json for other programs
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

/// Every field of a scenario; what is not given stays as it was (for `add`:
/// as staying, or from the city's reference figures).
#[derive(Debug, Args, Default)]
pub struct ScenarioFields {
    /// City, e.g. 鹤岗 or Hegang (reference figures fill in rent, price and living costs)
    #[arg(long, allow_hyphen_values = true)]
    pub city: Option<String>,
    /// Monthly income there: an amount, "today" (keep today's income) or "city" (the city's average wage, carried forward) (add: today)
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
    /// Sell the home lived in now at the move, at its value less this fee in percent (e.g. 1), or "no" to keep it (add: no)
    #[arg(long)]
    pub sell_home: Option<String>,
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
    /// Mortgage: the fund loan's own term in years; "" for the loan's term [default: --years]
    #[arg(long, allow_hyphen_values = true)]
    pub fund_years: Option<String>,
    /// Mortgage: a prepayment (提前还款) after a payment, AMOUNT@MONTH such as 50000@36; 0 for none
    #[arg(long, allow_hyphen_values = true)]
    pub prepay: Option<String>,
    /// Mortgage: a prepayment every year, AMOUNT[@MONTH] (from payment 12 unless said); 0 for none
    #[arg(long, allow_hyphen_values = true)]
    pub prepay_yearly: Option<String>,
    /// Mortgage: what prepaying buys, term (缩短年限) or payment (减少月供) [default term]
    #[arg(long, allow_hyphen_values = true)]
    pub reduce: Option<String>,
    /// Mortgage: prepayment penalty (违约金), percent of the prepaid amount [default 0]
    #[arg(long, allow_hyphen_values = true)]
    pub penalty: Option<String>,
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
    /// Rent: yearly rise, percent, or "inflation" (rises as prices do) [default: inflation]
    #[arg(long, allow_hyphen_values = true)]
    pub rent_growth: Option<String>,
    /// Buying: the home's yearly change in value, percent; negative when prices fall [default 0]
    #[arg(long, allow_hyphen_values = true)]
    pub price_change: Option<String>,
    /// Buying: what selling would cost, percent of the value; net worth counts the home less it [default 2]
    #[arg(long, allow_hyphen_values = true)]
    pub selling_costs: Option<String>,
}
