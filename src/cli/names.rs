//! Turns the names users type into accounts and categories, with errors that
//! list the closest existing names. A shipped name may be typed in either
//! language (`餐饮` finds the stored `food`); names are shown in the reader's.

use super::{CliError, Result};
use crate::model::{Account, Category, NameMatch, match_name};
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
    let items = store.accounts(scope == Scope::All)?;
    pick(query, items, |a| &a.name, What::Account).map_err(|e| {
        archived_hint(
            e,
            query,
            What::Account,
            store.accounts(true).ok().map(|all| all.into_iter().filter(|a| a.archived).map(|a| a.name)),
        )
    })
}

pub fn category(store: &Store, query: &str, scope: Scope) -> Result<Category> {
    let items = store.categories(scope == Scope::All)?;
    pick(query, items, |c| &c.name, What::Category).map_err(|e| {
        archived_hint(
            e,
            query,
            What::Category,
            store.categories(true).ok().map(|all| all.into_iter().filter(|c| c.archived).map(|c| c.name)),
        )
    })
}

/// When an unknown name is an archived one, says so and how to bring it back.
fn archived_hint(e: CliError, query: &str, what: What, archived: Option<impl Iterator<Item = String>>) -> CliError {
    let names: Vec<String> = archived.map(|it| it.collect()).unwrap_or_default();
    match find(query, &names.iter().map(String::as_str).collect::<Vec<_>>()) {
        NameMatch::Found(i) if matches!(e, CliError::Usage(_)) => {
            let list = if what == What::Account { "accounts" } else { "categories" };
            CliError::Usage(text::cli::is_archived(&shown(&names[i]), list))
        }
        _ => e,
    }
}

/// `match_name` over the stored names, then a shipped name typed in Chinese
/// (exact, then as a prefix of the Chinese names): the first that finds one.
fn find(query: &str, names: &[&str]) -> NameMatch {
    let first = match_name(query, names.iter().copied());
    if matches!(first, NameMatch::Found(_)) {
        return first;
    }
    if let Some(en) = text::names::stored(query) {
        if let found @ NameMatch::Found(_) = match_name(en, names.iter().copied()) {
            return found;
        }
    }
    let zh: Vec<String> = names.iter().map(|n| text::in_lang(text::Lang::Zh, || shown(n).into_owned())).collect();
    match match_name(query, zh.iter().map(String::as_str)) {
        found @ NameMatch::Found(_) => found,
        _ => first,
    }
}

/// Picks an item by name: exact, any case, unique prefix; errors list the closest names.
pub(super) fn pick<T>(query: &str, mut items: Vec<T>, name: impl Fn(&T) -> &String, what: What) -> Result<T> {
    let names: Vec<&str> = items.iter().map(|i| name(i).as_str()).collect();
    let listed =
        |names: &[String]| names.iter().map(|n| shown(n).into_owned()).collect::<Vec<_>>().join(text::cli::list_sep());
    let (noun, list_cmd) = (what.noun(), what.list_cmd());
    match find(query, &names) {
        NameMatch::Found(i) => Ok(items.swap_remove(i)),
        NameMatch::Unknown { closest } if closest.is_empty() => {
            Err(CliError::Usage(text::cli::none_named_yet(noun, query, list_cmd)))
        }
        NameMatch::Unknown { closest } => {
            Err(CliError::Usage(text::cli::none_named(noun, query, &listed(&closest), list_cmd)))
        }
        NameMatch::Ambiguous { candidates } => {
            Err(CliError::Usage(text::cli::several_named(query, noun, &listed(&candidates))))
        }
    }
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
