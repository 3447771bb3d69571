//! The names of the accounts and categories a new ledger ships with, in
//! both languages. The ledger stores the English name (import maps, rules
//! and exports rely on it); the interface and the CLI show the name in the
//! reader's language, and either name finds the row when typed. Names the
//! user created or renamed are theirs: shown and matched as typed.

use std::borrow::Cow;

use super::{Lang, lang};

/// (stored English name, Chinese name) of every shipped account and category.
pub const SHIPPED: &[(&str, &str)] = &[
    ("Bank card", "银行卡"),
    ("Cash", "现金"),
    ("Alipay", "支付宝"),
    ("WeChat Pay", "微信支付"),
    ("salary", "工资"),
    ("side income", "副业收入"),
    ("rent", "房租"),
    ("mortgage", "房贷"),
    ("property fees", "物业费"),
    ("food", "餐饮"),
    ("groceries", "买菜"),
    ("transport", "交通"),
    ("utilities and heating", "水电暖气"),
    ("phone and internet", "话费网费"),
    ("health", "医疗"),
    ("clothing", "服装"),
    ("household", "日用"),
    ("entertainment", "娱乐"),
    ("education", "教育"),
    ("gifts and red packets", "礼物红包"),
    ("travel", "旅行"),
    ("other", "其他"),
];

/// A stored name as the reader sees it: a shipped name in their language,
/// anything else as it is, but for what a terminal would obey (written as
/// visible escapes, `super::safe`).
pub fn shown(stored: &str) -> Cow<'_, str> {
    match lang() {
        Lang::En => super::safe::escaped(stored),
        Lang::Zh => super::safe::escaped(zh(stored).unwrap_or(stored)),
    }
}

/// A repayment method as the reader sees it: 等额本息 in Chinese, and in
/// English with the name the command line takes (等额本息 (equal-payment)).
pub fn method(chinese: &str, code: &str) -> String {
    match lang() {
        Lang::Zh => chinese.to_owned(),
        Lang::En => format!("{chinese} ({code})"),
    }
}

/// A reference city's name as the reader sees it: its local name (鹤岗)
/// in Chinese when the data has one, else its stored name (Hegang).
pub fn city<'a>(name: &'a str, local: &'a str) -> std::borrow::Cow<'a, str> {
    match lang() {
        Lang::Zh if !local.is_empty() => local.into(),
        // Pinyin alone can be two cities (福州 and 抚州 are both Fuzhou).
        _ if !local.is_empty() && name != local => format!("{name} {local}").into(),
        _ => name.into(),
    }
}

/// The Chinese form of a shipped name (`food` -> `餐饮`), whatever language
/// is set; `None` for a name the user made. Name matching reads both forms
/// through this, so it never depends on (or flips) the reader's language.
pub fn zh(stored: &str) -> Option<&'static str> {
    SHIPPED.iter().find(|(en, _)| *en == stored).map(|(_, zh)| *zh)
}

/// The stored name a shipped name's Chinese form stands for (`餐饮` ->
/// `food`), whatever language is set; `None` for any other text.
pub fn stored(typed: &str) -> Option<&'static str> {
    let typed = typed.trim();
    SHIPPED.iter().find(|(_, zh)| *zh == typed).map(|(en, _)| *en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::in_lang;

    #[test]
    fn shipped_names_show_in_the_reader_language_and_user_names_as_typed() {
        assert_eq!(in_lang(Lang::Zh, || shown("food").into_owned()), "餐饮");
        assert_eq!(in_lang(Lang::En, || shown("food").into_owned()), "food");
        assert_eq!(in_lang(Lang::Zh, || shown("猫粮").into_owned()), "猫粮");
        assert_eq!(in_lang(Lang::Zh, || shown("Food").into_owned()), "Food", "a renamed row is the user's");
        assert_eq!(stored("房租"), Some("rent"));
        assert_eq!(stored("rent"), None);
        assert_eq!(in_lang(Lang::En, || zh("food")), Some("餐饮"));
        assert_eq!(zh("猫粮"), None);
    }

    #[test]
    fn a_name_the_resolver_refuses_is_worded_with_shipped_names_in_the_reader_language() {
        use crate::ops::names::NameError;
        let ambiguous =
            NameError::Ambiguous { typed: "房".into(), candidates: vec!["rent".into(), "mortgage".into()] };
        assert_eq!(in_lang(Lang::Zh, || ambiguous.to_string()), "“房”可能是 房租、房贷");
        assert_eq!(in_lang(Lang::En, || ambiguous.to_string()), "'房' could be rent, mortgage");
        let unknown = NameError::Unknown { typed: "午餐".into(), closest: vec!["food".into()] };
        assert_eq!(in_lang(Lang::Zh, || unknown.to_string()), "没有名为“午餐”的项；最接近的：餐饮");
        let far = NameError::Unknown { typed: "咖啡".into(), closest: vec![] };
        assert_eq!(in_lang(Lang::En, || far.to_string()), "nothing is named '咖啡'");
        let archived = NameError::Archived { name: "Cash".into() };
        assert_eq!(in_lang(Lang::Zh, || archived.to_string()), "“现金”已归档");
    }

    #[test]
    fn every_shipped_default_has_a_chinese_name_and_no_name_is_taken_twice() {
        let d = crate::defaults::defaults();
        let names = d.accounts.iter().map(|a| a.name.clone()).chain(d.categories.iter().map(|(n, _)| n.clone()));
        for name in names {
            assert!(SHIPPED.iter().any(|(en, _)| *en == name), "{name} has no Chinese name");
        }
        let mut zh: Vec<&str> = SHIPPED.iter().map(|(_, z)| *z).collect();
        zh.sort();
        zh.dedup();
        assert_eq!(zh.len(), SHIPPED.len());
    }
}
