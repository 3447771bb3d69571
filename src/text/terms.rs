//! The product's own words for its kinds of things, as a reader sees them.
//! The CLI's tokens and the export formats keep the English spelling
//! (`--kind bank`, `class,income`): those are contracts, not prose.

words! {
    income = "income", "收入";
    housing = "housing", "住房";
    spending = "spending", "支出";
    savings = "savings", "储蓄";
    savings_rate = "savings rate", "储蓄率";
    transfer = "transfer", "转账";
    kind_bank = "bank", "银行";
    priority_high = "high", "高";
    priority_normal = "normal", "中";
    priority_low = "low", "低";
    kind_cash = "cash", "现金";
    kind_wallet = "wallet", "钱包";
    kind_credit = "credit", "信用卡";
    kind_savings = "savings", "储蓄";
    kind_investment = "investment", "投资";
    kind_home = "home", "房产";
    kind_loan = "loan", "贷款";
    kind_person = "person", "人";
    archived = "archived", "已归档";
}

/// An account kind's token (`bank`, `wallet` …) as the reader calls it.
pub fn kind(token: &str) -> &str {
    match token {
        "bank" => kind_bank(),
        "cash" => kind_cash(),
        "wallet" => kind_wallet(),
        "credit" => kind_credit(),
        "savings" => kind_savings(),
        "investment" => kind_investment(),
        "home" => kind_home(),
        "loan" => kind_loan(),
        "person" => kind_person(),
        other => other,
    }
}

/// An account kind's token's words in both languages (`人` for `person`),
/// which a typed kind may also be; none for an unknown token.
pub fn kind_words(token: &str) -> Vec<&'static str> {
    use super::Lang;
    let word: fn(Lang) -> &'static str = match token {
        "bank" => with_lang::kind_bank,
        "cash" => with_lang::kind_cash,
        "wallet" => with_lang::kind_wallet,
        "credit" => with_lang::kind_credit,
        "savings" => with_lang::kind_savings,
        "investment" => with_lang::kind_investment,
        "home" => with_lang::kind_home,
        "loan" => with_lang::kind_loan,
        "person" => with_lang::kind_person,
        _ => return Vec::new(),
    };
    vec![word(Lang::En), word(Lang::Zh)]
}

/// A goal priority's token (`high`, `normal`, `low`) as a reader of `lang`
/// calls it: the reader's word on screen, and the Chinese one a typed
/// priority may also be.
pub fn priority(lang: super::Lang, token: &str) -> &str {
    match token {
        "high" => with_lang::priority_high(lang),
        "normal" => with_lang::priority_normal(lang),
        "low" => with_lang::priority_low(lang),
        other => other,
    }
}

/// A class token (`income`, `housing`, `spending`, `transfer`) as the reader
/// calls it; anything else as it is. The one mapping of classes to words
/// (`model::Class::word` is this for a typed class).
pub fn class(token: &str) -> &str {
    match token {
        "income" => income(),
        "housing" => housing(),
        "spending" => spending(),
        "transfer" => transfer(),
        other => other,
    }
}

#[cfg(test)]
mod class_tests {
    use super::*;
    use crate::text::{Lang, in_lang};

    #[test]
    fn classes_follow_the_language() {
        assert_eq!(in_lang(Lang::Zh, || class("housing")), "住房");
        assert_eq!(in_lang(Lang::En, || class("housing")), "housing");
        assert_eq!(in_lang(Lang::Zh, || class("transfer")), transfer_zh());
        assert_eq!(in_lang(Lang::Zh, || class("other")), "other");
    }

    fn transfer_zh() -> &'static str {
        with_lang::transfer(Lang::Zh)
    }
}
