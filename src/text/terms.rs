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
        other => other,
    }
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
