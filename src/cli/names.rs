//! Turns the names users type into accounts and categories, with errors that
//! list the closest existing names.

use super::{CliError, Result};
use crate::model::{Account, Category, NameMatch, match_name};
use crate::store::Store;

/// Which items a name may pick: pickers skip archived ones, filters over
/// history include them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Active,
    All,
}

pub fn account(store: &Store, query: &str, scope: Scope) -> Result<Account> {
    let items = store.accounts(scope == Scope::All)?;
    pick(query, items, |a| &a.name, "account", "nestegg accounts")
}

pub fn category(store: &Store, query: &str, scope: Scope) -> Result<Category> {
    let items = store.categories(scope == Scope::All)?;
    pick(query, items, |c| &c.name, "category", "nestegg categories")
}

fn pick<T>(query: &str, mut items: Vec<T>, name: impl Fn(&T) -> &String, what: &str, list_cmd: &str) -> Result<T> {
    match match_name(query, items.iter().map(|i| name(i).as_str()).collect::<Vec<_>>()) {
        NameMatch::Found(i) => Ok(items.swap_remove(i)),
        NameMatch::Unknown { closest } if closest.is_empty() => Err(CliError::Usage(format!(
            "no {what} named '{query}', and there are none yet; add one with `{list_cmd} add`"
        ))),
        NameMatch::Unknown { closest } => Err(CliError::Usage(format!(
            "no {what} named '{query}'; closest: {}. See `{list_cmd}` for all",
            closest.join(", ")
        ))),
        NameMatch::Ambiguous { candidates } => Err(CliError::Usage(format!(
            "'{query}' matches several {what} names: {}; type more of the name",
            candidates.join(", ")
        ))),
    }
}
