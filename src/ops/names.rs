//! Names: the one resolver of typed names (accounts, categories, goals,
//! scenarios, rules' categories) lives in the core, `model::names`, because
//! the importer's payee rules resolve their categories with it too; the
//! faces reach it here, beside the other use cases.

pub use crate::model::names::*;
