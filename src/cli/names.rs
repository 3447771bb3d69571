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
    pick(query, items, |a| &a.name, "account", "nestegg accounts").map_err(|e| {
        archived_hint(
            e,
            query,
            store.accounts(true).ok().map(|all| all.into_iter().filter(|a| a.archived).map(|a| a.name)),
        )
    })
}

pub fn category(store: &Store, query: &str, scope: Scope) -> Result<Category> {
    let items = store.categories(scope == Scope::All)?;
    pick(query, items, |c| &c.name, "category", "nestegg categories").map_err(|e| {
        archived_hint(
            e,
            query,
            store.categories(true).ok().map(|all| all.into_iter().filter(|c| c.archived).map(|c| c.name)),
        )
    })
}

/// When an unknown name is an archived one, says so and how to bring it back.
fn archived_hint(e: CliError, query: &str, archived: Option<impl Iterator<Item = String>>) -> CliError {
    let names: Vec<String> = archived.map(|it| it.collect()).unwrap_or_default();
    match match_name(query, names.iter().map(String::as_str).collect::<Vec<_>>()) {
        NameMatch::Found(i) if matches!(e, CliError::Usage(_)) => {
            let kind = if e.to_string().contains("account") { "accounts" } else { "categories" };
            CliError::Usage(format!(
                "'{}' is archived; bring it back with `nestegg {kind} unarchive \"{}\"`",
                names[i], names[i]
            ))
        }
        _ => e,
    }
}

/// Picks an item by name: exact, any case, unique prefix; errors list the closest names.
pub(super) fn pick<T>(
    query: &str,
    mut items: Vec<T>,
    name: impl Fn(&T) -> &String,
    what: &str,
    list_cmd: &str,
) -> Result<T> {
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
