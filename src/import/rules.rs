//! Categories for imported rows: the services' own categories mapped to
//! nestegg's (`assets/import_categories.toml`), and the user's payee rules
//! (`rules.toml` under the config directory: `contains` or `regex` →
//! category, first match wins). Pure: parses text it is given.

use std::collections::HashMap;

use regex::Regex;
use serde::Deserialize;

use super::Preset;
use crate::model::names::{NameError, find_index};
use crate::text;

const SHIPPED: &str = include_str!("../../assets/import_categories.toml");

/// Service category → nestegg category name, per service (a section per
/// preset, named as the preset is).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ServiceMap(HashMap<String, HashMap<String, String>>);

impl ServiceMap {
    pub fn shipped() -> ServiceMap {
        toml::from_str(SHIPPED).expect("the shipped category map is valid TOML")
    }

    pub fn get(&self, preset: Preset, service_category: &str) -> Option<&str> {
        self.0.get(preset.name())?.get(service_category).map(String::as_str)
    }
}

#[derive(Debug, Clone)]
pub enum Matcher {
    Contains(String),
    Regex(Regex),
}

/// One rule: rows whose payee or note match go to `category`.
#[derive(Debug, Clone)]
pub struct Rule {
    pub matcher: Matcher,
    pub category: String,
}

/// The user's rules, in order, and the file they came from (for errors).
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub list: Vec<Rule>,
    pub file: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    contains: Option<String>,
    regex: Option<String>,
    category: String,
}

impl Rules {
    /// Parses a rules file; `file` names it in errors, which name the line too.
    pub fn parse(text: &str, file: &str) -> Result<Rules, String> {
        let raw: File = toml::from_str(text).map_err(|e| {
            // TOML's message starts with the line and column; the excerpt after it is left out.
            let message = e.message().to_owned();
            let at = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1));
            match at {
                Some(line) => text::bills::rules_problem_at(file, line, &message),
                None => text::errors::file_problem(file, &message),
            }
        })?;
        let mut rules = Vec::new();
        for (i, r) in raw.rule.into_iter().enumerate() {
            let n = i + 1;
            let matcher = match (r.contains, r.regex) {
                (Some(c), None) if !c.trim().is_empty() => Matcher::Contains(c),
                (None, Some(re)) => {
                    Matcher::Regex(Regex::new(&re).map_err(|e| text::bills::rule_regex(file, n, &re, e))?)
                }
                _ => return Err(text::bills::rule_matcher(file, n)),
            };
            rules.push(Rule { matcher, category: r.category });
        }
        Ok(Rules { list: rules, file: file.to_owned() })
    }

    /// Resolves every rule's category among `names` the way the CLI matches
    /// names (exact, any case, unique prefix); an unknown or ambiguous one is
    /// an error naming the rule, so no rule is silently passed over.
    pub fn resolve(&mut self, names: &[&str]) -> Result<(), String> {
        let file = self.file.clone();
        for (i, r) in self.list.iter_mut().enumerate() {
            match find_index(names, &r.category, |n| n) {
                Ok(k) => r.category = names[k].to_owned(),
                Err(NameError::Ambiguous { candidates, .. }) => {
                    let candidates: Vec<_> = candidates.iter().map(|c| text::names::shown(c)).collect();
                    return Err(text::bills::rule_ambiguous(&file, i + 1, &r.category, &candidates.join(", ")));
                }
                // (Every category may be named here: nothing is refused as archived.)
                Err(e) => {
                    let closest = match e {
                        NameError::Unknown { closest, .. } => closest,
                        _ => Vec::new(),
                    };
                    let closest: Vec<_> = closest.iter().map(|c| text::names::shown(c)).collect();
                    return Err(text::bills::rule_no_category(&file, i + 1, &r.category, &closest.join(", ")));
                }
            }
        }
        Ok(())
    }

    /// The first rule matching the payee or the note: its category and a
    /// word on why, for the preview.
    pub fn category_for(&self, payee: &str, note: &str) -> Option<(&str, String)> {
        self.list.iter().find_map(|r| {
            let hit = match &r.matcher {
                Matcher::Contains(c) => payee.contains(c.as_str()) || note.contains(c.as_str()),
                Matcher::Regex(re) => re.is_match(payee) || re.is_match(note),
            };
            let why = match &r.matcher {
                Matcher::Contains(c) => text::core::why_rule_contains(c),
                Matcher::Regex(re) => text::core::why_rule_regex(re.as_str()),
            };
            hit.then_some((r.category.as_str(), why))
        })
    }
}

/// A rule sending `payee` to `category`, as a rules.toml entry (and a blank
/// line). A blank payee is refused, as [`Rules::parse`] refuses it (it would
/// match every row); so is a blank category.
pub fn rule_entry(payee: &str, category: &str) -> Result<String, String> {
    if payee.trim().is_empty() {
        return Err(text::files::rule_needs_payee().to_owned());
    }
    if category.trim().is_empty() {
        return Err(text::files::rule_needs_category().to_owned());
    }
    let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
    Ok(format!("[[rule]]\ncontains = {}\ncategory = {}\n\n", quote(payee), quote(category)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_map_and_rules_find_categories() {
        let map = ServiceMap::shipped();
        assert_eq!(map.get(Preset::Alipay, "餐饮美食"), Some("food"));
        assert_eq!(map.get(Preset::Wechat, "商户消费"), None);
        let text = "[[rule]]\ncontains = \"美团\"\ncategory = \"food\"\n\n[[rule]]\nregex = \"^滴滴|出租\"\ncategory = \"transport\"\n";
        let rules = Rules::parse(text, "rules.toml").unwrap();
        assert_eq!(rules.category_for("美团外卖", "").map(|r| r.0), Some("food"));
        assert_eq!(rules.category_for("滴滴出行", "").map(|r| r.1), Some("rule: regex ^滴滴|出租".into()));
        assert_eq!(rules.category_for("某超市", "出租车").map(|r| r.0), Some("transport"));
        assert!(rules.category_for("某超市", "").is_none());
        // A saved correction reads back as a rule.
        let more = format!("{}{text}", rule_entry("菜市场 \"老王\"", "groceries").unwrap());
        let rules = Rules::parse(&more, "rules.toml").unwrap();
        assert_eq!(rules.category_for("菜市场 \"老王\"", "").map(|r| r.0), Some("groceries"));
    }

    #[test]
    fn rules_name_categories_as_the_cli_does() {
        let mut rules = Rules::parse("[[rule]]\ncontains = \"a\"\ncategory = \"Gro\"\n", "r.toml").unwrap();
        rules.resolve(&["food", "groceries"]).unwrap();
        assert_eq!(rules.category_for("a", "").map(|r| r.0), Some("groceries"));
        let mut bad = Rules::parse("[[rule]]\ncontains = \"a\"\ncategory = \"fooood\"\n", "r.toml").unwrap();
        let e = bad.resolve(&["food", "groceries"]).unwrap_err();
        assert!(e.starts_with("r.toml: rule 1: no category 'fooood'; closest: food"), "{e}");
        // A category written in Chinese, whole or as a prefix, as everywhere else.
        let mut zh = Rules::parse("[[rule]]\ncontains = \"美团\"\ncategory = \"餐\"\n", "r.toml").unwrap();
        zh.resolve(&["food", "groceries"]).unwrap();
        assert_eq!(zh.category_for("美团外卖", "").map(|r| r.0), Some("food"));
    }

    #[test]
    fn a_bad_rules_file_names_its_line_and_rule() {
        let e = Rules::parse("[[rule]]\ncontains = \"a\"\ncategory = \"x\"\n\n[[rule]]\ncategory = 5\n", "r.toml")
            .unwrap_err();
        assert!(e.starts_with("r.toml: line 6"), "{e}");
        let e = Rules::parse("[[rule]]\nregex = \"(\"\ncategory = \"x\"\n", "r.toml").unwrap_err();
        assert!(e.contains("rule 1: regex '(' does not compile"), "{e}");
        let e = Rules::parse("[[rule]]\ncategory = \"x\"\n", "r.toml").unwrap_err();
        assert!(e.contains("rule 1: give one of contains"), "{e}");
    }
}
