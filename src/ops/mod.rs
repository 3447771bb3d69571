//! The use cases both faces call: the command line (`cli/`) and the
//! interface (`tui/`) turn what the user typed into a typed request, call one
//! function here, and word its typed outcome (or typed error) through
//! `text/`. This is the one place a use case is assembled: names resolved,
//! the sign rule applied, an import planned and committed, the figures behind
//! a view computed, an undo step recorded. It never prints, draws or words
//! anything itself, and it reads no clock and no environment: "today", the
//! month cycle, the reporting currency and the baseline arrive in [`Ctx`].
//!
//! The faces never call a writing [`Store`] method directly: every write
//! goes through a function here, so both faces accept and refuse the same
//! input with the same words, and every undoable write is recorded as a
//! typed [`history::Step`].

pub mod catalog;
pub mod claims;
pub mod credit;
pub mod demo;
pub mod entries;
pub mod history;
pub mod import;
pub mod ledger;
pub mod names;
pub mod owed;
pub mod plans;
pub mod views;
pub mod worth;

use chrono::NaiveDate;
use thiserror::Error;

use crate::model::Cycle;
use crate::money::Currency;
use crate::store::{Store, StoreError};

/// What every use case may need to know about the world and the user's
/// settings, read once at the edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ctx {
    /// Today, from the one clock read in `main`.
    pub today: NaiveDate,
    /// The day months start on.
    pub cycle: Cycle,
    /// The currency summaries, plans and budgets are reported in.
    pub currency: Currency,
    /// How many complete months the baselines average (the setting).
    pub baseline_months: usize,
}

impl Ctx {
    /// A context with calendar months, CNY and a six-month baseline: the
    /// defaults of the settings, for tests and previews.
    pub fn new(today: NaiveDate) -> Ctx {
        Ctx { today, cycle: Cycle::default(), currency: Currency::CNY, baseline_months: 6 }
    }

    /// The context of `store`'s month cycle.
    pub fn of(store: &Store, today: NaiveDate) -> Ctx {
        Ctx { cycle: store.cycle(), ..Ctx::new(today) }
    }
}

/// Why a use case refused or failed. Worded by its `Display` through `text/`
/// in the reader's language; the data stays typed for the faces to inspect.
#[derive(Debug, Error)]
pub enum OpError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Money(#[from] crate::money::MoneyError),
    /// A month's totals do not fit (the core words it).
    #[error(transparent)]
    Report(#[from] crate::report::ReportError),
    /// A typed name that picks no single item.
    #[error(transparent)]
    Name(#[from] names::NameError),
    /// A transaction refused before it was written.
    #[error(transparent)]
    Entry(#[from] entries::EntryError),
    /// A payee, note or name longer than its field holds.
    #[error(transparent)]
    TooLong(#[from] crate::model::clean::TooLong),
    /// Tags over their limits.
    #[error(transparent)]
    Tags(#[from] crate::model::TagError),
    /// A valuation, reconciliation or loan refused.
    #[error(transparent)]
    Worth(#[from] worth::WorthError),
    /// Money with a person refused.
    #[error(transparent)]
    Owed(#[from] owed::OwedError),
    /// A claim (报销, AA) refused.
    #[error(transparent)]
    Claim(#[from] claims::ClaimRefused),
    /// Credit terms or instalments refused.
    #[error(transparent)]
    Credit(#[from] credit::CreditError),
    /// Input the use case cannot take, already worded by the core that refused it.
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = OpError> = std::result::Result<T, E>;
