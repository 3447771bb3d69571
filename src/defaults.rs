//! The accounts and categories a new ledger starts with, read from
//! `assets/defaults.toml` (compiled in). Pure: parsing only.

use serde::Deserialize;

use crate::model::{AccountKind, Class};

#[derive(Debug, Deserialize)]
struct File {
    accounts: Vec<DefaultAccount>,
    categories: Categories,
}

#[derive(Debug, Deserialize)]
struct Categories {
    income: Vec<String>,
    housing: Vec<String>,
    spending: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct DefaultAccount {
    pub name: String,
    pub kind: AccountKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Defaults {
    pub accounts: Vec<DefaultAccount>,
    /// In display order: income, then housing, then spending.
    pub categories: Vec<(String, Class)>,
}

const DEFAULTS_TOML: &str = include_str!("../assets/defaults.toml");

/// The shipped defaults. The file is compiled in and covered by a test, so a
/// parse failure here is a build defect, not a user error.
pub fn defaults() -> Defaults {
    let file: File = toml::from_str(DEFAULTS_TOML).expect("assets/defaults.toml is valid (checked by a test)");
    let c = file.categories;
    let categories = [(c.income, Class::Income), (c.housing, Class::Housing), (c.spending, Class::Spending)]
        .into_iter()
        .flat_map(|(names, class)| names.into_iter().map(move |n| (n, class)))
        .collect();
    Defaults { accounts: file.accounts, categories }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_defaults_match_the_issue() {
        let d = defaults();
        let accounts: Vec<&str> = d.accounts.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(accounts, ["Bank card", "Cash", "Alipay", "WeChat Pay"]);
        let of = |class| d.categories.iter().filter(|(_, c)| *c == class).map(|(n, _)| n.as_str()).collect::<Vec<_>>();
        assert_eq!(of(Class::Income), ["salary", "side income"]);
        assert_eq!(of(Class::Housing), ["rent", "mortgage", "property fees"]);
        assert_eq!(of(Class::Spending).len(), 13);
        assert_eq!(of(Class::Spending)[0], "food");
        assert_eq!(*of(Class::Spending).last().unwrap(), "other");
    }
}
