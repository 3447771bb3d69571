//! Typed what-ifs: a figure typed for one knob of the plan ("saving 2500",
//! "return 3%", "支出 1800"), read into a typed change and applied over the
//! ledger's figures. Pure: no SQL, no clock, no terminal.

use rust_decimal::Decimal;

use super::Assumptions;
use crate::money::{Currency, Money};
use crate::text;

/// What a typed figure sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    /// The monthly saving: spending becomes income − housing − this.
    Saving(i64),
    Spending(i64),
    Income(i64),
    /// The annual return, in basis points.
    Return(i64),
    /// The annual inflation, in basis points.
    Inflation(i64),
}

/// The words each knob answers to, English and Chinese alike (so either
/// works whatever the interface speaks), longest first where one starts another.
/// A knob's word, what it makes of its figure, and whether that figure is a rate.
type Knob = (&'static str, fn(i64) -> Typed, bool);

const KNOBS: &[Knob] = &[
    ("savings", Typed::Saving, false),
    ("saving", Typed::Saving, false),
    ("save", Typed::Saving, false),
    ("储蓄", Typed::Saving, false),
    ("存", Typed::Saving, false),
    ("spending", Typed::Spending, false),
    ("spend", Typed::Spending, false),
    ("支出", Typed::Spending, false),
    ("花", Typed::Spending, false),
    ("income", Typed::Income, false),
    ("收入", Typed::Income, false),
    ("return", Typed::Return, true),
    ("收益", Typed::Return, true),
    ("回报", Typed::Return, true),
    ("inflation", Typed::Inflation, true),
    ("infl", Typed::Inflation, true),
    ("通胀", Typed::Inflation, true),
];

/// Reads `line`: a knob's word, then its figure (an amount in `currency`,
/// or a percentage to a hundredth for a rate), with a space, `=` or `:` or nothing between.
pub fn parse(line: &str, currency: Currency) -> Result<Typed, String> {
    let t = line.trim();
    let lower = t.to_lowercase();
    let Some(&(word, make, rate)) = KNOBS.iter().find(|(w, ..)| lower.starts_with(w)) else {
        return Err(text::ranges::typed_what(t));
    };
    let figure = lower[word.len()..].trim_start().trim_start_matches(['=', ':', '：']).trim();
    if figure.is_empty() {
        return Err(text::ranges::typed_no_figure(word));
    }
    if rate {
        let r = super::rate::parse_percent(figure)?;
        if word.starts_with("infl") || word == "通胀" {
            super::rate::parse_inflation(figure)?;
        }
        let bp = r * Decimal::from(10_000);
        if bp.fract() != Decimal::ZERO {
            return Err(text::ranges::typed_hundredth(figure));
        }
        return Ok(make(super::rate::to_bp(r)));
    }
    let m =
        crate::money::limited(Money::parse(figure, currency).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    if m.minor < 0 {
        return Err(text::ranges::typed_negative(word));
    }
    Ok(make(m.minor))
}

/// The amounts typed so far (the rates go to the what-if keys' own figures).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Typings {
    pub income: Option<i64>,
    pub spending: Option<i64>,
    pub saving: Option<i64>,
}

impl Typings {
    /// `a` with the typed amounts: income, then spending, or what the
    /// saving leaves to spend (never below nothing).
    pub fn apply(&self, a: Assumptions) -> Assumptions {
        let income = self.income.unwrap_or(a.income);
        let spending = match (self.saving, self.spending) {
            (Some(s), _) => income.saturating_sub(a.housing).saturating_sub(s).max(0),
            (None, Some(s)) => s,
            (None, None) => a.spending,
        };
        Assumptions { income, spending, ..a }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knobs_and_figures() {
        let c = Currency::CNY;
        assert_eq!(parse("saving 2500", c), Ok(Typed::Saving(250_000)));
        assert_eq!(parse(" Spending=1,800.50 ", c), Ok(Typed::Spending(180_050)));
        assert_eq!(parse("收入 1.2万", c), Ok(Typed::Income(1_200_000)));
        assert_eq!(parse("储蓄2500", c), Ok(Typed::Saving(250_000)));
        assert_eq!(parse("return 3%", c), Ok(Typed::Return(300)));
        assert_eq!(parse("收益：4.25", c), Ok(Typed::Return(425)));
        assert_eq!(parse("inflation -0.5", c), Ok(Typed::Inflation(-50)));
        assert!(parse("return 3.125", c).unwrap_err().contains("hundredth"));
        assert!(parse("inflation -100", c).is_err());
        assert!(parse("rent 900", c).unwrap_err().contains("rent 900"));
        assert!(parse("saving", c).is_err());
        assert!(parse("saving -5", c).is_err());
        assert!(parse("saving abc", c).is_err());
    }

    #[test]
    fn a_saving_sets_spending() {
        let a = Assumptions {
            start: 0,
            income: 600_000,
            housing: 100_000,
            spending: 400_000,
            income_growth: Decimal::ZERO,
            inflation: Decimal::ZERO,
            annual_return: Decimal::ZERO,
            months: 12,
        };
        let t = Typings { saving: Some(250_000), ..Typings::default() };
        assert_eq!(t.apply(a).spending, 250_000);
        assert_eq!(t.apply(a).saving(), 250_000);
        let t = Typings { income: Some(1_000_000), spending: Some(100), saving: None };
        assert_eq!((t.apply(a).income, t.apply(a).spending), (1_000_000, 100));
        // More than income − housing: nothing left to spend, never less.
        assert_eq!(Typings { saving: Some(900_000), ..Typings::default() }.apply(a).spending, 0);
    }
}
