//! Turns the names users type into accounts, categories, scenarios and
//! rules through the one resolver (`ops::names`), and words its refusals
//! the command line's way: the closest names, and the command listing them
//! all. A shipped name may be typed in either language (`餐饮` or `餐` finds
//! the stored `food`); names are shown in the reader's.

use super::{CliError, Result};
use crate::model::{Account, Category};
use crate::ops::names::{self, NameError};
use crate::store::Store;
use crate::text;
use crate::text::names::shown;

/// Which items a name may pick: pickers skip archived ones, filters over
/// history include them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Active,
    All,
}

/// What a name picks, for the errors: its noun, and the command listing them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum What {
    Account,
    Category,
    Scenario,
    Rule,
}

impl What {
    fn noun(self) -> &'static str {
        match self {
            What::Account => text::cli::what_account(),
            What::Category => text::cli::what_category(),
            What::Scenario => text::cli::what_scenario(),
            What::Rule => text::cli::what_rule(),
        }
    }

    fn list_cmd(self) -> &'static str {
        match self {
            What::Account => "nestegg accounts",
            What::Category => "nestegg categories",
            What::Scenario => "nestegg relocate",
            What::Rule => "nestegg recurring",
        }
    }
}

pub fn account(store: &Store, query: &str, scope: Scope) -> Result<Account> {
    resolve(query, store.accounts(true)?, |a| &a.name, |a| a.archived, scope, What::Account)
}

pub fn category(store: &Store, query: &str, scope: Scope) -> Result<Category> {
    resolve(query, store.categories(true)?, |c| &c.name, |c| c.archived, scope, What::Category)
}

/// Picks an account or category from all of them: an archived one is
/// refused by name (with how to bring it back) where only active ones count.
fn resolve<T>(
    query: &str,
    mut items: Vec<T>,
    name: impl Fn(&T) -> &String,
    archived: impl Fn(&T) -> bool,
    scope: Scope,
    what: What,
) -> Result<T> {
    let found = match scope {
        Scope::Active => names::find_active(&items, query, |i| name(i), &archived),
        Scope::All => names::find(&items, query, |i| name(i)),
    };
    match found {
        Ok(item) => {
            let i = items.iter().position(|i| std::ptr::eq(i, item)).expect("found among the items");
            Ok(items.swap_remove(i))
        }
        Err(e) => {
            let any = items.iter().any(|i| scope == Scope::All || !archived(i));
            Err(worded(e, what, any))
        }
    }
}

/// Picks an item by name: exact, any case, unique prefix, in either
/// language; errors list the closest names.
pub(super) fn pick<T>(query: &str, mut items: Vec<T>, name: impl Fn(&T) -> &String, what: What) -> Result<T> {
    match names::find_index(&items, query, |i| name(i)) {
        Ok(i) => Ok(items.swap_remove(i)),
        Err(e) => Err(worded(e, what, !items.is_empty())),
    }
}

/// The command line's words for a name that picks nothing: each names the
/// command that lists them all. `any`: there are items to pick from.
fn worded(e: NameError, what: What, any: bool) -> CliError {
    let listed =
        |names: &[String]| names.iter().map(|n| shown(n).into_owned()).collect::<Vec<_>>().join(text::cli::list_sep());
    let (noun, list_cmd) = (what.noun(), what.list_cmd());
    CliError::Usage(match e {
        NameError::Unknown { typed, .. } if !any => text::cli::none_named_yet(noun, &typed, list_cmd),
        NameError::Unknown { typed, closest } if closest.is_empty() => {
            text::cli::none_named_far(noun, &typed, list_cmd)
        }
        NameError::Unknown { typed, closest } => text::cli::none_named(noun, &typed, &listed(&closest), list_cmd),
        NameError::Ambiguous { typed, candidates } => text::cli::several_named(&typed, noun, &listed(&candidates)),
        NameError::Archived { name } => {
            let list = if what == What::Account { "accounts" } else { "categories" };
            text::cli::is_archived(&shown(&name), list)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Lang, in_lang};

    fn names() -> Vec<String> {
        ["food", "groceries", "rent", "猫粮"].map(String::from).to_vec()
    }

    #[test]
    fn a_shipped_name_typed_in_chinese_finds_the_stored_english_one() {
        for lang in Lang::ALL {
            in_lang(lang, || {
                assert_eq!(pick("餐饮", names(), |n| n, What::Category).unwrap(), "food");
                assert_eq!(pick("房租", names(), |n| n, What::Category).unwrap(), "rent");
                assert_eq!(pick("买", names(), |n| n, What::Category).unwrap(), "groceries", "a prefix of 买菜");
                assert_eq!(pick("food", names(), |n| n, What::Category).unwrap(), "food");
                assert_eq!(pick("猫", names(), |n| n, What::Category).unwrap(), "猫粮");
            });
        }
    }

    #[test]
    fn a_user_name_wins_over_the_shipped_name_it_spells() {
        let items = ["food", "餐饮"].map(String::from).to_vec();
        assert_eq!(pick("餐饮", items, |n| n, What::Category).unwrap(), "餐饮");
    }

    #[test]
    fn errors_speak_the_reader_language_and_show_shipped_names_in_it() {
        let en = in_lang(Lang::En, || pick("fod", names(), |n| n, What::Category).unwrap_err().to_string());
        assert!(en.starts_with("no category named 'fod'; closest: food"), "{en}");
        let zh = in_lang(Lang::Zh, || pick("fod", names(), |n| n, What::Category).unwrap_err().to_string());
        assert!(zh.starts_with("没有名为“fod”的分类；最接近的：餐饮、"), "{zh}");
        assert!(zh.contains("`nestegg categories`"), "{zh}");
    }
}
