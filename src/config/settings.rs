//! The user's settings (`config.toml`): what each key means, its default,
//! how a value is checked, and how one key is changed in place. Pure: text
//! in, settings and problems out; `config/mod.rs` reads and writes the file.

use chrono::Weekday;

use rust_decimal::Decimal;

use crate::money::{Currency, Money, format_minor_plain};
use crate::projection::rate::{parse_percent, percent_plain};
use crate::salary::Pay;
use crate::text::{self, Lang};

/// How the interface (and the CLI's tables) are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Colours that read on dark and light backgrounds alike.
    #[default]
    Default,
    /// Bold, bright and reversed: for low vision and washed-out screens.
    HighContrast,
    /// No colour at all (also what `NO_COLOR` or a pipe gives).
    None,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Default => "default",
            Theme::HighContrast => "high-contrast",
            Theme::None => "none",
        }
    }
}

/// Every setting, with its default when the file does not say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// `None`: the locale decides.
    pub language: Option<Lang>,
    /// The currency of new accounts.
    pub currency: Currency,
    /// The account an entry goes to when none is named.
    pub account: Option<String>,
    pub week_start: Weekday,
    /// The day a month starts (salary-cycle months): 1 to 28.
    pub month_start: u32,
    /// How many recent complete months a projection's baseline averages.
    pub baseline_months: u32,
    pub theme: Theme,
    /// Where the household lives: a reference city's name, `custom`, or
    /// `None` (not said: the Move tab asks).
    pub home_city: Option<String>,
    /// The cost index of a `custom` home city, 100 = the median city.
    pub home_cost_index: u32,
    /// Contribution rates and special deductions: what turns a gross wage
    /// into take-home pay (`nestegg salary`, a city's wage on the Move tab).
    pub pay: Pay,
    /// The savings rate the month aims at (a fraction, 0 to 1): what safe
    /// to spend keeps of the month's income.
    pub savings_goal: Decimal,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: None,
            currency: Currency::CNY,
            account: None,
            week_start: Weekday::Mon,
            month_start: 1,
            baseline_months: 6,
            theme: Theme::Default,
            home_city: None,
            home_cost_index: 100,
            pay: Pay::default(),
            savings_goal: Decimal::ZERO,
        }
    }
}

/// The keys, in the order `config show` lists them.
pub const KEYS: [&str; 15] = [
    "language",
    "currency",
    "account",
    "week_start",
    "month_start",
    "baseline_months",
    "theme",
    "home_city",
    "home_cost_index",
    "pension_rate",
    "medical_rate",
    "unemployment_rate",
    "housing_fund_rate",
    "special_deductions",
    "savings_goal",
];

/// The highest contribution rate each rate key takes: the housing fund's
/// legal cap is 12 %; the others are far below 20 % everywhere.
fn rate_cap(key: &str) -> Decimal {
    Decimal::new(if key == "housing_fund_rate" { 12 } else { 20 }, 2)
}

/// The most special deductions a month, yuan: several times what the law's
/// items add up to.
const MAX_DEDUCTIONS_YUAN: i64 = 100_000;

/// The `home_city` that stands for somewhere no reference city describes.
pub const CUSTOM_CITY: &str = "custom";

/// One thing wrong with the file: where, which key, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<usize>,
    pub key: Option<String>,
    pub message: String,
}

impl Problem {
    /// `FILE line N: key "k": message`, as the user reads it.
    pub fn describe(&self, file: &str) -> String {
        let mut at = file.to_owned();
        if let Some(line) = self.line {
            at = text::settings::at_line(&at, line);
        }
        match &self.key {
            Some(key) => text::settings::problem_with_key(&at, key, &self.message),
            None => text::settings::problem(&at, &self.message),
        }
    }
}

/// What went wrong reading the file, worded when the language is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problems {
    Unreadable { file: String, error: String },
    Bad { file: String, problems: Vec<Problem> },
}

impl Problems {
    /// Every problem, one per line, and that the defaults stand in.
    pub fn message(&self) -> String {
        let lines = match self {
            Problems::Unreadable { file, error } => text::settings::cannot_read(file, error),
            Problems::Bad { file, problems } => {
                problems.iter().map(|p| p.describe(file)).collect::<Vec<_>>().join("\n")
            }
        };
        let whole = match self {
            Problems::Unreadable { .. } => true,
            Problems::Bad { problems, .. } => problems.iter().any(|p| p.key.is_none()),
        };
        if whole { text::settings::using_all_defaults(&lines) } else { text::settings::using_defaults(&lines) }
    }
}

/// Reads the file's text. Good keys count even when others are bad; a bad
/// key keeps its default, and a file that is not TOML at all gives all the
/// defaults. The problems say which.
pub fn parse(source: &str) -> (Settings, Vec<Problem>) {
    let mut settings = Settings::default();
    let mut problems = Vec::new();
    let table = match source.parse::<toml::Table>() {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map(|s| line_of(source, s.start));
            let message = e.message().trim().to_owned();
            problems.push(Problem { line, key: None, message: text::settings::not_toml(&message) });
            return (settings, problems);
        }
    };
    for (key, value) in &table {
        let line = key_line(source, key);
        let as_text = match value {
            toml::Value::String(s) => s.clone(),
            toml::Value::Integer(i) => i.to_string(),
            // A rate may be written as a bare number: unemployment_rate = 0.5.
            toml::Value::Float(f) if key.ends_with("_rate") => f.to_string(),
            other => {
                let message = text::settings::wrong_type(other.type_str());
                problems.push(Problem { line, key: Some(key.clone()), message });
                continue;
            }
        };
        if let Err(message) = apply(&mut settings, key, &as_text) {
            problems.push(Problem { line, key: Some(key.clone()), message });
        }
    }
    problems.sort_by_key(|p| p.line);
    (settings, problems)
}

/// Sets one key from what the user typed; an error says what is allowed.
pub fn apply(s: &mut Settings, key: &str, value: &str) -> Result<(), String> {
    let v = value.trim();
    match key {
        "language" => s.language = Some(Lang::parse(v).ok_or_else(|| text::settings::bad_language(v))?),
        "currency" => s.currency = Currency::from_code(v).map_err(|e| e.to_string())?,
        "account" if v.is_empty() => return Err(text::settings::empty_account().to_owned()),
        "account" => s.account = Some(v.to_owned()),
        "week_start" => s.week_start = parse_weekday(v).ok_or_else(|| text::settings::bad_weekday(v))?,
        "month_start" => s.month_start = number(v, 1, 28).ok_or_else(|| text::settings::bad_month_start(v))?,
        "baseline_months" => {
            s.baseline_months = number(v, 1, 120).ok_or_else(|| text::settings::bad_baseline(v))?;
        }
        "theme" => s.theme = parse_theme(v).ok_or_else(|| text::settings::bad_theme(v))?,
        "home_city" if v.is_empty() || v.chars().count() > 40 => return Err(text::settings::bad_home_city().to_owned()),
        "home_city" if v.eq_ignore_ascii_case(CUSTOM_CITY) || v == "自定义" => {
            s.home_city = Some(CUSTOM_CITY.into())
        }
        "home_city" => s.home_city = Some(v.to_owned()),
        "home_cost_index" => {
            s.home_cost_index = number(v, 20, 500).ok_or_else(|| text::settings::bad_cost_index(v))?;
        }
        "pension_rate" | "medical_rate" | "unemployment_rate" | "housing_fund_rate" => {
            let cap = rate_cap(key);
            let rate = parse_percent(v)
                .ok()
                .filter(|r| (Decimal::ZERO..=cap).contains(r))
                .ok_or_else(|| text::settings::bad_contribution_rate(v, &percent_plain(cap)))?;
            let rates = &mut s.pay.rates;
            *match key {
                "pension_rate" => &mut rates.pension,
                "medical_rate" => &mut rates.medical,
                "unemployment_rate" => &mut rates.unemployment,
                _ => &mut rates.housing_fund,
            } = rate.normalize();
        }
        "special_deductions" => {
            s.pay.special_deductions = Money::parse(v, Currency::CNY)
                .ok()
                .map(|m| m.minor)
                .filter(|m| (0..=MAX_DEDUCTIONS_YUAN * 100).contains(m))
                .ok_or_else(|| text::settings::bad_deductions(v, MAX_DEDUCTIONS_YUAN))?;
        }
        "savings_goal" => {
            s.savings_goal = parse_percent(v)
                .ok()
                .filter(|r| (Decimal::ZERO..=Decimal::ONE).contains(r))
                .ok_or_else(|| text::settings::bad_savings_goal(v))?
                .normalize();
        }
        _ => return Err(text::settings::unknown_key(&KEYS.join(", "))),
    }
    Ok(())
}

/// The value of one key as the file writes it, `None` when it is unset.
pub fn value_of(s: &Settings, key: &str) -> Option<String> {
    match key {
        "language" => s.language.map(|l| l.code().to_owned()),
        "currency" => Some(s.currency.code().to_owned()),
        "account" => s.account.clone(),
        "week_start" => Some(weekday_name(s.week_start).to_owned()),
        "month_start" => Some(s.month_start.to_string()),
        "baseline_months" => Some(s.baseline_months.to_string()),
        "theme" => Some(s.theme.code().to_owned()),
        "home_city" => s.home_city.clone(),
        "home_cost_index" => Some(s.home_cost_index.to_string()),
        "pension_rate" => Some(format!("{}%", percent_plain(s.pay.rates.pension))),
        "medical_rate" => Some(format!("{}%", percent_plain(s.pay.rates.medical))),
        "unemployment_rate" => Some(format!("{}%", percent_plain(s.pay.rates.unemployment))),
        "housing_fund_rate" => Some(format!("{}%", percent_plain(s.pay.rates.housing_fund))),
        "special_deductions" => Some(format_minor_plain(s.pay.special_deductions, 2)),
        "savings_goal" => Some(format!("{}%", percent_plain(s.savings_goal))),
        _ => None,
    }
}

/// The file's text with `key` set to `value` (checked first): comments,
/// order and the other keys are kept as they were.
pub fn set_in(source: &str, key: &str, value: &str) -> Result<String, String> {
    let mut checked = Settings::default();
    apply(&mut checked, key, value)?;
    let mut doc = source.parse::<toml_edit::DocumentMut>().map_err(|e| text::settings::not_toml(e.message()))?;
    let canonical = value_of(&checked, key).unwrap_or_default();
    doc[key] = match key {
        "month_start" | "baseline_months" | "home_cost_index" => {
            toml_edit::value(i64::from(canonical.parse::<u32>().unwrap_or(1)))
        }
        _ => toml_edit::value(canonical),
    };
    Ok(doc.to_string())
}

/// The file's text without `key` (back to its default).
pub fn unset_in(source: &str, key: &str) -> Result<String, String> {
    if !KEYS.contains(&key) {
        return Err(text::settings::unknown_key(&KEYS.join(", ")));
    }
    let mut doc = source.parse::<toml_edit::DocumentMut>().map_err(|e| text::settings::not_toml(e.message()))?;
    doc.remove(key);
    Ok(doc.to_string())
}

fn number(v: &str, low: u32, high: u32) -> Option<u32> {
    v.parse::<u32>().ok().filter(|n| (low..=high).contains(n))
}

fn parse_weekday(v: &str) -> Option<Weekday> {
    let v = v.to_ascii_lowercase();
    let days = [
        (Weekday::Mon, "monday", "周一"),
        (Weekday::Tue, "tuesday", "周二"),
        (Weekday::Wed, "wednesday", "周三"),
        (Weekday::Thu, "thursday", "周四"),
        (Weekday::Fri, "friday", "周五"),
        (Weekday::Sat, "saturday", "周六"),
        (Weekday::Sun, "sunday", "周日"),
    ];
    days.iter().find(|(_, en, zh)| v == *en || (v.len() >= 3 && en.starts_with(&v)) || v == *zh).map(|(d, ..)| *d)
}

pub fn weekday_name(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

fn parse_theme(v: &str) -> Option<Theme> {
    match v.to_ascii_lowercase().replace('_', "-").as_str() {
        "default" => Some(Theme::Default),
        "high-contrast" | "contrast" => Some(Theme::HighContrast),
        "none" | "no-colour" | "no-color" | "plain" => Some(Theme::None),
        _ => None,
    }
}

/// 1-based line of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// The line where a top-level key is set (bare or quoted).
fn key_line(source: &str, key: &str) -> Option<usize> {
    source
        .lines()
        .position(|l| {
            let l = l.trim_start();
            let rest = l
                .strip_prefix(key)
                .or_else(|| l.strip_prefix(&format!("\"{key}\"")))
                .or_else(|| l.strip_prefix(&format!("'{key}'")));
            rest.is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests;
