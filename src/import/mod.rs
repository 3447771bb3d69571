//! Importing bills: a file's bytes become entries (one per row, with its
//! line number), then planned rows exactly as they will be stored (account,
//! category, signed amount, a fingerprint for dedup, and any problem). Pure:
//! the caller reads the file, looks up what the ledger already has, and
//! writes the plan in one transaction.
//!
//! - `table`: encodings, CSV rows, headers found by content.
//! - `presets`: the nestegg CSV, a generic bank CSV, Alipay and WeChat Pay.
//! - `rules`: the services' categories and the user's payee rules.
//! - `plan`: categories, accounts, fingerprints and duplicates.

pub mod plan;
pub mod presets;
pub mod rules;
pub mod table;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::Class;
use crate::text;

/// Which kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// `nestegg ls --format csv` / `export --format csv`.
    Nestegg,
    /// Any bank CSV, with a column mapping.
    Generic,
    /// Alipay's 交易流水证明 (用于个人对账) CSV.
    Alipay,
    /// WeChat Pay's 微信支付账单明细 CSV or XLSX.
    Wechat,
}

/// What nestegg knows of one kind of bill. A new preset is a variant of
/// [`Preset`], a `Spec` in [`Preset::spec`] (the compiler asks for it), a
/// reader in `presets.rs`, its section in `assets/import_categories.toml`
/// (keyed by its name) and its label in `text/import.rs`; both faces and the
/// import conductor find it from here.
pub struct Spec {
    /// As typed after `--preset`, as fingerprints start, and the section of
    /// the service categories' map.
    pub name: &'static str,
    /// The account its rows go to when none is named.
    pub default_account: Option<&'static str>,
    /// Whether the header rows are this kind's (never, for one read only when asked).
    detect: fn(&[table::Row]) -> bool,
    read: fn(&[table::Row], Option<&Mapping>) -> Result<presets::Read, ImportError>,
    /// The kind as the reader names it, in a language.
    label: fn(text::Lang) -> &'static str,
}

impl Preset {
    /// Every preset, in the order detection tries them.
    pub const ALL: [Preset; 4] = [Preset::Alipay, Preset::Wechat, Preset::Nestegg, Preset::Generic];

    pub fn spec(self) -> &'static Spec {
        use text::import::with_lang as t;
        match self {
            Preset::Nestegg => &Spec {
                name: "nestegg",
                default_account: None,
                detect: |rows| rows.first().is_some_and(|r| r.cells == presets::NESTEGG_HEADER),
                read: |rows, _| presets::nestegg(rows),
                label: t::preset_nestegg,
            },
            Preset::Generic => &Spec {
                name: "generic",
                default_account: None,
                detect: |_| false,
                read: |rows, mapping| match mapping {
                    Some(m) => presets::generic(rows, m),
                    None => Err(ImportError::WrongPreset(text::bills::generic_needs_map().into())),
                },
                label: t::preset_generic,
            },
            Preset::Alipay => &Spec {
                name: "alipay",
                default_account: Some("Alipay"),
                detect: |rows| table::find_header(rows, &presets::ALIPAY_HEADER).is_some(),
                read: |rows, _| presets::alipay(rows),
                label: t::preset_alipay,
            },
            Preset::Wechat => &Spec {
                name: "wechat",
                default_account: Some("WeChat Pay"),
                detect: |rows| table::find_header(rows, &presets::WECHAT_HEADER).is_some(),
                read: |rows, _| presets::wechat(rows),
                label: t::preset_wechat,
            },
        }
    }

    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The preset named `name` (any case), as `--preset` takes it.
    pub fn named(name: &str) -> Option<Preset> {
        let name = name.trim();
        Preset::ALL.into_iter().find(|p| p.name().eq_ignore_ascii_case(name))
    }

    /// The account its rows go to when none is named.
    pub fn default_account(self) -> Option<&'static str> {
        self.spec().default_account
    }

    /// The kind of bill as the reader names it, in `lang`.
    pub fn label(self, lang: text::Lang) -> &'static str {
        (self.spec().label)(lang)
    }
}

/// Which way money moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Spending (or housing): money left.
    Out,
    /// Income: money came in.
    In,
    /// Money came back for something bought: lowers that category's spending.
    Refund,
    /// One leg of a move between the user's own accounts (nestegg files).
    Transfer,
}

/// One row of a file, read but not yet matched to the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The file's line the row starts on (1-based).
    pub line: usize,
    pub date: NaiveDate,
    /// The date (and time) as the file writes it: part of the fingerprint.
    pub when: String,
    /// Signed as it moves the account, fen: out is negative, in and refunds positive.
    pub amount: i64,
    pub direction: Direction,
    pub payee: String,
    pub note: String,
    /// A nestegg category named by the file itself (nestegg files, a mapped category column).
    pub category: Option<String>,
    /// The class the file states (nestegg files).
    pub class: Option<Class>,
    /// The service's own category (Alipay 交易分类, WeChat 交易类型).
    pub service_category: Option<String>,
    /// The account named by the file (nestegg files).
    pub account: Option<String>,
    /// The service's order number, when it has one.
    pub source_id: Option<String>,
    /// For a refund: the order number of what it refunds.
    pub refund_of: Option<String>,
    /// The row's id in the ledger it came from (nestegg files).
    pub id: Option<i64>,
    /// The currency code the file states (nestegg files).
    pub currency: Option<String>,
}

impl Entry {
    pub fn new(line: usize, date: NaiveDate, when: &str, amount: i64, direction: Direction) -> Entry {
        Entry {
            line,
            date,
            when: when.to_owned(),
            amount,
            direction,
            payee: String::new(),
            note: String::new(),
            category: None,
            class: None,
            service_category: None,
            account: None,
            source_id: None,
            refund_of: None,
            id: None,
            currency: None,
        }
    }
}

/// A row that is not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub line: usize,
    pub reason: String,
}

/// A file read: its rows, the rows that cannot be read (invalid: the
/// import stops unless told to skip them), and rows left out on purpose
/// (closed payments, moves between one's own pots).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub preset: Preset,
    pub encoding: &'static str,
    pub entries: Vec<Entry>,
    pub invalid: Vec<Problem>,
    pub skipped: Vec<Problem>,
}

/// Columns of a generic bank CSV: header names or 1-based numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    pub date: String,
    pub amount: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// A chrono format such as `%d/%m/%Y`; without one, ISO dates (also with `/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_format: Option<String>,
    /// The account a saved mapping's rows go to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
}

impl Mapping {
    /// `date=COL,amount=COL,payee=COL,note=COL,category=COL`.
    pub fn parse(text: &str) -> Result<Mapping, String> {
        let mut m = Mapping::default();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, col) = part.split_once('=').ok_or_else(|| text::bills::map_not_pair(part))?;
            let col = col.trim().to_owned();
            if col.is_empty() {
                return Err(text::bills::map_no_column(part));
            }
            match key.trim() {
                "date" => m.date = col,
                "amount" => m.amount = col,
                "payee" => m.payee = Some(col),
                "note" => m.note = Some(col),
                "category" => m.category = Some(col),
                other => {
                    return Err(text::bills::map_unknown_key(other));
                }
            }
        }
        if m.date.is_empty() || m.amount.is_empty() {
            return Err(text::bills::map_needs_date_amount().into());
        }
        Ok(m)
    }
}

/// Why a whole file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Unreadable(String),
    #[error("{}", text::bills::unknown_bill())]
    Unknown,
    #[error("{0}")]
    WrongPreset(String),
}

/// Which preset reads `text`, from its header rows.
pub fn detect(rows: &[table::Row]) -> Option<Preset> {
    Preset::ALL.into_iter().find(|p| (p.spec().detect)(rows))
}

/// Reads a file's bytes (CSV in any of its encodings, or an XLSX workbook)
/// with `preset` (detected when `None`).
pub fn parse(bytes: &[u8], preset: Option<Preset>, mapping: Option<&Mapping>) -> Result<Parsed, ImportError> {
    let (rows, encoding) = if table::is_xlsx(bytes) {
        (table::xlsx_rows(bytes).map_err(ImportError::Unreadable)?, "XLSX")
    } else {
        let (text, encoding) = table::decode(bytes);
        (table::rows(&text).map_err(ImportError::Unreadable)?, encoding.name())
    };
    let preset = match (preset, mapping) {
        (Some(p), _) => p,
        (None, Some(_)) => Preset::Generic,
        (None, None) => detect(&rows).ok_or(ImportError::Unknown)?,
    };
    let (entries, invalid, skipped) = (preset.spec().read)(&rows, mapping)?;
    Ok(Parsed { preset, encoding, entries, invalid, skipped })
}

/// A bank bill's columns, as its first row names them: the first row with
/// two or more cells (a preamble line has one). Empty when unreadable.
pub fn header_of(bytes: &[u8]) -> Vec<String> {
    if table::is_xlsx(bytes) {
        return Vec::new();
    }
    let (text, _) = table::decode(bytes);
    table::rows(&text)
        .ok()
        .and_then(|rows| rows.into_iter().find(|r| r.cells.iter().filter(|c| !c.is_empty()).count() >= 2))
        .map_or_else(Vec::new, |r| r.cells)
}

/// A first guess at `--map` for a bank bill's header: each field to the
/// first column whose name says it (English or Chinese); a field with no
/// such column is left for the user to fill (`date=`).
pub fn guess_map(header: &[String]) -> String {
    let find = |words: &[&str]| {
        header.iter().find(|h| {
            let h = h.to_lowercase();
            words.iter().any(|w| h.contains(w))
        })
    };
    let fields: [(&str, &[&str]); 4] = [
        ("date", &["date", "日期", "时间", "time"]),
        ("amount", &["amount", "金额", "交易额"]),
        ("payee", &["payee", "description", "merchant", "对方", "摘要", "商户", "name"]),
        ("note", &["note", "memo", "备注", "用途"]),
    ];
    let mut parts = Vec::new();
    for (field, words) in fields {
        match find(words) {
            Some(column) => parts.push(format!("{field}={column}")),
            None if matches!(field, "date" | "amount") => parts.push(format!("{field}=")),
            None => {}
        }
    }
    parts.join(",")
}

#[cfg(test)]
mod guess_tests {
    use super::*;

    #[test]
    fn a_bank_header_gets_a_first_mapping() {
        let header = |s: &str| s.split(',').map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(guess_map(&header("Date,Amount,Description")), "date=Date,amount=Amount,payee=Description");
        assert_eq!(
            guess_map(&header("交易日期,交易金额,对方户名,备注")),
            "date=交易日期,amount=交易金额,payee=对方户名,note=备注"
        );
        assert_eq!(guess_map(&header("When,How much")), "date=,amount=");
        assert_eq!(
            header_of(b"Bank statement\nDate,Amount,Description\n2026-10-03,-18.50,Metro\n"),
            header("Date,Amount,Description")
        );
    }
}
