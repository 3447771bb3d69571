//! Every word the user reads, in English and Simplified Chinese: one table
//! module per area, each row a key with both languages side by side (the
//! `words!` macro), so a key missing a language cannot compile and a test
//! checks every row. A leaf module: it uses nothing else in the crate.
//!
//! The language is per thread (the CLI and the interface each run on one),
//! set once at the edge by `set_lang`; tests set it on their own thread, so
//! English and Chinese tests run side by side.

use std::cell::Cell;

#[macro_use]
mod macros;

pub mod bills;
pub mod budget;
pub mod claims;
pub mod cli;
pub mod common;
pub mod core;
pub mod credit;
pub mod errors;
pub mod files;
pub mod form;
pub mod help;
pub mod import;
pub mod journal;
pub mod keys;
pub mod ledger;
pub mod loans;
pub mod mapping;
pub mod months;
pub mod moving;
pub mod names;
pub mod owed;
pub mod plan;
pub mod ranges;
pub mod reports;
pub mod safe;
pub mod salary;
pub mod screens;
pub mod settings;
pub mod steps;
pub mod tags;
pub mod terms;
pub mod ui;
pub mod worth;

/// The language the product speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// `en` or `zh`, as `--lang` and the config file write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// `en`/`zh`, also `english`, `中文`, `zh-CN`, `zh_CN.UTF-8` and the like.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("zh") || s == "中文" || s == "chinese" {
            Some(Lang::Zh)
        } else if s.starts_with("en") || s == "english" {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language the locale asks for: `LC_ALL`, else `LANG`, starting with
    /// `zh` means Chinese; anything else (or nothing) means English.
    pub fn from_locale(lc_all: Option<&str>, lang: Option<&str>) -> Lang {
        let chosen = lc_all.filter(|v| !v.is_empty()).or(lang.filter(|v| !v.is_empty()));
        match chosen {
            Some(v) if v.to_ascii_lowercase().starts_with("zh") => Lang::Zh,
            _ => Lang::En,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of this thread's words.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the language of this thread's words (the edge does this once).
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Runs `f` in `lang` and puts the thread's language back (tests, and the
/// few places that must write one language whatever the user reads).
pub fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = self::lang();
    set_lang(lang);
    let out = f();
    set_lang(before);
    out
}

/// Every row of every table, for the checks below: (area, key, en, zh).
#[cfg(test)]
fn all_rows() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    type Table = (&'static str, &'static [(&'static str, &'static str, &'static str)]);
    let tables: &[Table] = &[
        ("common", common::ALL),
        ("terms", terms::ALL),
        ("keys", keys::ALL),
        ("ui", ui::ALL),
        ("ledger", ledger::ALL),
        ("loans", loans::ALL),
        ("months", months::ALL),
        ("form", form::ALL),
        ("plan", plan::ALL),
        ("ranges", ranges::ALL),
        ("moving", moving::ALL),
        ("budget", budget::ALL),
        ("import", import::ALL),
        ("mapping", mapping::ALL),
        ("cli", cli::ALL),
        ("reports", reports::ALL),
        ("core", core::ALL),
        ("errors", errors::ALL),
        ("bills", bills::ALL),
        ("files", files::ALL),
        ("settings", settings::ALL),
        ("steps", steps::ALL),
        ("journal", journal::ALL),
        ("salary", salary::ALL),
        ("tags", tags::ALL),
        ("owed", owed::ALL),
        ("claims", claims::ALL),
        ("credit", credit::ALL),
    ];
    tables.iter().flat_map(|(area, rows)| rows.iter().map(move |(k, en, zh)| (*area, *k, *en, *zh))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `{name}` placeholders of a template, sorted (`{{` is a literal brace).
    fn placeholders(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = s.replace("{{", "").replace("}}", "");
        while let Some(i) = rest.find('{') {
            let Some(j) = rest[i..].find('}') else { break };
            out.push(rest[i + 1..i + j].split(':').next().unwrap_or("").to_owned());
            rest = rest[i + j + 1..].to_owned();
        }
        out.sort();
        out
    }

    #[test]
    fn every_row_has_both_languages_with_the_same_placeholders() {
        let rows = all_rows();
        assert!(!rows.is_empty());
        for (area, key, en, zh) in rows {
            assert!(!en.trim().is_empty(), "{area}::{key} has no English");
            assert!(!zh.trim().is_empty(), "{area}::{key} has no Chinese");
            assert_eq!(placeholders(en), placeholders(zh), "{area}::{key}: the two languages fill in different values");
        }
    }

    #[test]
    fn keys_are_unique_within_an_area() {
        let mut seen = std::collections::HashSet::new();
        for (area, key, _, _) in all_rows() {
            assert!(seen.insert((area, key)), "{area}::{key} appears twice");
        }
    }

    #[test]
    fn the_locale_decides_when_nothing_else_does() {
        assert_eq!(Lang::from_locale(None, Some("zh_CN.UTF-8")), Lang::Zh);
        assert_eq!(Lang::from_locale(Some("zh_TW.UTF-8"), Some("en_US.UTF-8")), Lang::Zh);
        assert_eq!(Lang::from_locale(Some("C.UTF-8"), Some("zh_CN.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(Some(""), Some("zh_CN.UTF-8")), Lang::Zh);
        assert_eq!(Lang::from_locale(None, None), Lang::En);
        assert_eq!(Lang::from_locale(None, Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn words_follow_the_thread_language() {
        assert_eq!(in_lang(Lang::En, common::yes), "yes");
        assert_eq!(in_lang(Lang::Zh, common::yes), "是");
        assert!(in_lang(Lang::Zh, || common::too_small(50, 10, 60, 20)).contains("50×10"));
    }
}

#[cfg(test)]
mod untranslated {
    /// A Chinese row that is the English one again is a row someone forgot,
    /// unless it holds no words to translate (a symbol, a path, a command).
    #[test]
    fn no_chinese_row_is_just_the_english_one() {
        let forgotten: Vec<String> = super::all_rows()
            .into_iter()
            // The product's own name is the same in both.
            .filter(|(area, key, _, _)| (*area, *key) != ("import", "preset_nestegg"))
            .filter(|(_, _, en, zh)| en == zh && en.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() >= 4))
            .map(|(area, key, en, _)| format!("{area}::{key} = {en:?}"))
            .collect();
        assert!(forgotten.is_empty(), "rows without Chinese:\n{}", forgotten.join("\n"));
    }

    /// English article slips: "a account name" is "an account name". A
    /// key named `a` (": a adds one", "· a account") is no article: only an
    /// `a` after a plain word counts, before a word starting with a, e, i or o.
    #[test]
    fn no_english_row_says_a_before_a_vowel() {
        let slips: Vec<String> = super::all_rows()
            .into_iter()
            .filter(|(_, _, en, _)| {
                // A row's first word counts as after a plain word; a key
                // in a help row is set apart by more than one space.
                let words: Vec<&str> = std::iter::once("").chain(en.split(' ')).collect();
                words.windows(3).any(|w| {
                    let plain = w[0].chars().all(|c| c.is_alphabetic());
                    plain
                        && w[1].eq_ignore_ascii_case("a")
                        && w[2].starts_with(['a', 'e', 'i', 'o', 'A', 'E', 'I', 'O'])
                })
            })
            .map(|(area, key, en, _)| format!("{area}::{key} = {en:?}"))
            .collect();
        assert!(slips.is_empty(), "'a' before a vowel:\n{}", slips.join("\n"));
    }
}
