//! Importing bills: a file's bytes become entries (one per row, with its
//! line number), then planned rows exactly as they will be stored (account,
//! category, signed amount, a fingerprint for dedup, and any problem). Pure:
//! the caller reads the file, looks up what the ledger already has, and
//! writes the plan in one transaction.
//!
//! - `table`: encodings, CSV rows, XLSX sheets, headers found by content.
//! - `services`: Alipay's and WeChat Pay's bills, every layout.
//! - `presets`: the nestegg CSV and the bank CSV read with a [`Mapping`].
//! - `banks`: the statements of eight Chinese banks, as mappings.
//! - `ofx`, `qif`: OFX/QFX and QIF files (text, not tables).
//! - `rules`: the services' categories and the user's payee rules.
//! - `plan`: categories, accounts, fingerprints and duplicates.
//! - `stream`: a large nestegg CSV read and numbered a chunk at a time.

pub mod banks;
pub mod beancount;
pub mod funding;
pub mod journal;
pub mod journal_map;
pub mod ofx;
pub mod plan;
pub mod presets;
pub mod qif;
pub mod rules;
pub mod services;
pub mod settle;
pub mod stream;
pub mod table;
pub mod twins;

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
    /// An OFX or QFX statement (OFX 1 SGML or OFX 2 XML).
    Ofx,
    /// A QIF file.
    Qif,
    /// 招商银行's statement ([`banks::BANKS`]).
    #[serde(rename = "cmb")]
    Cmb,
    /// 招商银行信用卡's statement ([`banks::BANKS`]).
    #[serde(rename = "cmb-credit")]
    CmbCredit,
    /// 工商银行's statement ([`banks::BANKS`]).
    #[serde(rename = "icbc")]
    Icbc,
    /// 农业银行's statement ([`banks::BANKS`]).
    #[serde(rename = "abc")]
    Abc,
    /// 建设银行's statement ([`banks::BANKS`]).
    #[serde(rename = "ccb")]
    Ccb,
    /// 中国银行's statement ([`banks::BANKS`]).
    #[serde(rename = "boc")]
    Boc,
    /// 交通银行's statement ([`banks::BANKS`]).
    #[serde(rename = "bocom")]
    Bocom,
    /// 广发信用卡's statement ([`banks::BANKS`]).
    #[serde(rename = "cgb-credit")]
    CgbCredit,
    /// A plain-text journal of hledger or ledger-cli (and nestegg's `export --format ledger`).
    Ledger,
    /// A beancount file.
    Beancount,
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
    pub const ALL: [Preset; 16] = [
        Preset::Alipay,
        Preset::Wechat,
        Preset::Nestegg,
        Preset::Beancount,
        Preset::Ledger,
        Preset::Ofx,
        Preset::Qif,
        Preset::Cmb,
        Preset::CmbCredit,
        Preset::Icbc,
        Preset::Abc,
        Preset::Ccb,
        Preset::Boc,
        Preset::Bocom,
        Preset::CgbCredit,
        Preset::Generic,
    ];

    pub fn spec(self) -> &'static Spec {
        use text::import::with_lang as t;
        match self {
            Preset::Nestegg => &Spec {
                name: "nestegg",
                default_account: None,
                detect: |rows| rows.first().is_some_and(|r| presets::is_nestegg_header(&r.cells)),
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
                detect: services::is_alipay,
                read: |rows, _| services::alipay(rows),
                label: t::preset_alipay,
            },
            Preset::Wechat => &Spec {
                name: "wechat",
                default_account: Some("WeChat Pay"),
                detect: services::is_wechat,
                read: |rows, _| services::wechat(rows),
                label: t::preset_wechat,
            },
            // OFX and QIF are text, not a table: `parse` reads them before any rows exist.
            Preset::Ofx => &Spec {
                name: "ofx",
                default_account: None,
                detect: |_| false,
                read: |_, _| Err(ImportError::WrongPreset(text::bills::ofx_no_body().into())),
                label: t::preset_ofx,
            },
            Preset::Qif => &Spec {
                name: "qif",
                default_account: None,
                detect: |_| false,
                read: |_, _| Err(ImportError::WrongPreset(text::bills::qif_no_type().into())),
                label: t::preset_qif,
            },
            // Banks' statements: a row of `banks::BANKS` each.
            Preset::Cmb => &Spec {
                name: "cmb",
                default_account: None,
                detect: |rows| banks::bank("cmb").detect(rows),
                read: |rows, _| banks::bank("cmb").read(rows),
                label: t::preset_cmb,
            },
            Preset::CmbCredit => &Spec {
                name: "cmb-credit",
                default_account: None,
                detect: |rows| banks::bank("cmb-credit").detect(rows),
                read: |rows, _| banks::bank("cmb-credit").read(rows),
                label: t::preset_cmb_credit,
            },
            Preset::Icbc => &Spec {
                name: "icbc",
                default_account: None,
                detect: |rows| banks::bank("icbc").detect(rows),
                read: |rows, _| banks::bank("icbc").read(rows),
                label: t::preset_icbc,
            },
            Preset::Abc => &Spec {
                name: "abc",
                default_account: None,
                detect: |rows| banks::bank("abc").detect(rows),
                read: |rows, _| banks::bank("abc").read(rows),
                label: t::preset_abc,
            },
            Preset::Ccb => &Spec {
                name: "ccb",
                default_account: None,
                detect: |rows| banks::bank("ccb").detect(rows),
                read: |rows, _| banks::bank("ccb").read(rows),
                label: t::preset_ccb,
            },
            Preset::Boc => &Spec {
                name: "boc",
                default_account: None,
                detect: |rows| banks::bank("boc").detect(rows),
                read: |rows, _| banks::bank("boc").read(rows),
                label: t::preset_boc,
            },
            Preset::Bocom => &Spec {
                name: "bocom",
                default_account: None,
                detect: |rows| banks::bank("bocom").detect(rows),
                read: |rows, _| banks::bank("bocom").read(rows),
                label: t::preset_bocom,
            },
            Preset::CgbCredit => &Spec {
                name: "cgb-credit",
                default_account: None,
                detect: |rows| banks::bank("cgb-credit").detect(rows),
                read: |rows, _| banks::bank("cgb-credit").read(rows),
                label: t::preset_cgb_credit,
            },
            // Journals are text, not a table: `parse` reads them before any rows exist.
            Preset::Ledger => &Spec {
                name: "ledger",
                default_account: None,
                detect: |_| false,
                read: |_, _| Err(ImportError::WrongPreset(text::journal::not_a_table().into())),
                label: t::preset_ledger,
            },
            Preset::Beancount => &Spec {
                name: "beancount",
                default_account: None,
                detect: |_| false,
                read: |_, _| Err(ImportError::WrongPreset(text::journal::not_a_table().into())),
                label: t::preset_beancount,
            },
        }
    }

    /// Whether its rows need an account named for them (the file names none).
    pub fn needs_account(self) -> bool {
        matches!(
            self,
            Preset::Generic
                | Preset::Ofx
                | Preset::Qif
                | Preset::Cmb
                | Preset::CmbCredit
                | Preset::Icbc
                | Preset::Abc
                | Preset::Ccb
                | Preset::Boc
                | Preset::Bocom
                | Preset::CgbCredit
        )
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
    /// The row's tags (nestegg files), cleaned as every other way in cleans them.
    pub tags: crate::model::Tags,
    /// How the row was paid, as the bill writes it (Alipay 收/付款方式,
    /// WeChat 支付方式; empty when it says nothing): [`funding`] reads it.
    pub method: String,
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
            tags: crate::model::Tags::none(),
            method: String::new(),
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
    /// What the reader should look at before importing (worded): a mapped
    /// file whose rows all go one way while a column that could say which
    /// way was left out.
    pub warnings: Vec<String>,
}

/// Columns of a generic bank CSV: header names or 1-based numbers. The
/// amount is one signed column (`amount`), or a column of money out
/// (`debit`, also written `out`) and one of money in (`credit`, `in`),
/// each written without a sign, or an amount whose direction a column
/// says (`dc`, with its words for out and in). Beyond the columns: where
/// the header is (`header`, a cell it holds; `skip`, lines above it), a
/// flipped sign (`sign=-`, a card statement where positive is spending),
/// the year of dates written without one (`year`, else the statement's
/// period in the lines above the header) and a currency column.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    pub date: String,
    /// Empty when the amounts are split into `debit` and `credit`.
    #[serde(default)]
    pub amount: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
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
    /// A column saying which way each amount moved, with the words it
    /// writes for out and in (`借贷标志:借/贷`; without them, the usual ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// A column naming each row's currency (`人民币`, `USD`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The header is the first row holding this cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// Lines above the header to pass over first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip: Option<usize>,
    /// Amounts are written with the sign the other way round (positive = money out).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub flip: bool,
    /// The year of dates written without one (`%m/%d`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// The words a direction column writes for money out, and for money in,
/// when the mapping names none.
pub const OUT_WORDS: [&str; 8] = ["借", "借方", "支出", "支", "出", "D", "DR", "DEBIT"];
pub const IN_WORDS: [&str; 8] = ["贷", "贷方", "收入", "收", "入", "C", "CR", "CREDIT"];

/// The currency a bank writes in words or as a code, as an ISO code.
pub fn currency_code(cell: &str) -> Option<&'static str> {
    let c = cell.trim();
    let named = match c {
        "人民币" | "人民币元" | "RMB" | "CNH" | "本币" => Some("CNY"),
        "美元" => Some("USD"),
        "港币" | "港元" => Some("HKD"),
        "欧元" => Some("EUR"),
        "日元" => Some("JPY"),
        "英镑" => Some("GBP"),
        "澳元" | "澳大利亚元" => Some("AUD"),
        "加元" | "加拿大元" => Some("CAD"),
        "新加坡元" => Some("SGD"),
        "韩元" => Some("KRW"),
        _ => None,
    };
    named.or_else(|| crate::money::Currency::from_code(c).ok().map(|cur| cur.code()))
}

/// A field of a [`Mapping`] that names a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapField {
    Date,
    Amount,
    Debit,
    Credit,
    Direction,
    Payee,
    Note,
    Category,
    Currency,
}

impl MapField {
    pub const ALL: [MapField; 9] = [
        MapField::Date,
        MapField::Amount,
        MapField::Debit,
        MapField::Credit,
        MapField::Direction,
        MapField::Payee,
        MapField::Note,
        MapField::Category,
        MapField::Currency,
    ];

    /// As `--map` writes it: `date`, `amount`, …
    pub fn key(self) -> &'static str {
        match self {
            MapField::Date => "date",
            MapField::Amount => "amount",
            MapField::Debit => "debit",
            MapField::Credit => "credit",
            MapField::Payee => "payee",
            MapField::Note => "note",
            MapField::Category => "category",
            MapField::Direction => "dc",
            MapField::Currency => "currency",
        }
    }
}

/// Why a mapping cannot read a header, and the field that is wrong (so
/// the interface can show it beside that field).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct MapError {
    pub field: MapField,
    pub message: String,
}

/// Where a mapping's amounts are, as column indexes of a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountColumns {
    /// One signed column: negative leaves the account.
    Signed(usize),
    /// Money out and money in, each without a sign (either may be absent).
    Split { debit: Option<usize>, credit: Option<usize> },
}

/// A mapping's columns in one header (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub date: usize,
    pub amount: AmountColumns,
    pub payee: Option<usize>,
    pub note: Option<usize>,
    pub category: Option<usize>,
    /// The column saying which way the amount moved.
    pub direction: Option<usize>,
    pub currency: Option<usize>,
}

impl Columns {
    /// How many cells a row needs to hold every mapped column.
    pub fn width(&self) -> usize {
        let (debit, credit, signed) = match self.amount {
            AmountColumns::Signed(a) => (None, None, Some(a)),
            AmountColumns::Split { debit, credit } => (debit, credit, None),
        };
        [Some(self.date), signed, debit, credit, self.payee, self.note, self.category, self.direction, self.currency]
            .into_iter()
            .flatten()
            .max()
            .map_or(0, |i| i + 1)
    }
}

impl Mapping {
    /// `date=COL,amount=COL,payee=COL,note=COL,category=COL`; `debit=COL,credit=COL`
    /// (or `out=COL,in=COL`) in place of `amount`; `dc=COL[:OUT/IN]` beside it;
    /// `currency=COL`, `header=CELL`, `skip=N`, `sign=-`, `year=YYYY`.
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
                "debit" | "out" => m.debit = Some(col),
                "credit" | "in" => m.credit = Some(col),
                "payee" => m.payee = Some(col),
                "note" => m.note = Some(col),
                "category" => m.category = Some(col),
                "dc" => {
                    direction_words(&col)?;
                    m.direction = Some(col);
                }
                "currency" => m.currency = Some(col),
                "header" => m.header = Some(col),
                "skip" => m.skip = Some(col.parse().map_err(|_| text::bills::map_bad_number(part))?),
                "sign" => {
                    m.flip = match col.as_str() {
                        "-" | "flip" | "flipped" => true,
                        "+" => false,
                        _ => return Err(text::bills::map_bad_sign(part)),
                    }
                }
                "year" => {
                    m.year = Some(
                        col.parse()
                            .ok()
                            .filter(|y| (1900..=9999).contains(y))
                            .ok_or_else(|| text::bills::map_bad_number(part))?,
                    )
                }
                other => {
                    return Err(text::bills::map_unknown_key(other));
                }
            }
        }
        m.fields().map_err(|e| e.message)?;
        Ok(m)
    }

    /// The direction column's name and its words for out and in.
    pub fn direction_column(&self) -> Option<(String, Vec<String>, Vec<String>)> {
        let spec = self.direction.as_deref().filter(|d| !d.is_empty())?;
        direction_words(spec).ok()
    }

    /// As `--map` writes it (the fields given, in their order); a
    /// required field with no column yet is written empty (`date=`).
    pub fn spec(&self) -> String {
        let split = self.debit.is_some() || self.credit.is_some();
        let mut parts: Vec<String> = MapField::ALL
            .into_iter()
            .filter_map(|f| match (f, self.column(f)) {
                (MapField::Direction, Some(_)) => self.direction.as_ref().map(|d| format!("dc={d}")),
                (_, Some(c)) => Some(format!("{}={c}", f.key())),
                (MapField::Date, None) => Some("date=".to_owned()),
                (MapField::Amount, None) if !split => Some("amount=".to_owned()),
                (_, None) => None,
            })
            .collect();
        parts.extend(self.header.as_ref().map(|h| format!("header={h}")));
        parts.extend(self.skip.map(|n| format!("skip={n}")));
        parts.extend(self.flip.then(|| "sign=-".to_owned()));
        parts.extend(self.year.map(|y| format!("year={y}")));
        parts.join(",")
    }

    /// The column a field names, if any.
    pub fn column(&self, field: MapField) -> Option<&str> {
        let s = match field {
            MapField::Date => Some(&self.date),
            MapField::Amount => Some(&self.amount),
            MapField::Debit => self.debit.as_ref(),
            MapField::Credit => self.credit.as_ref(),
            MapField::Payee => self.payee.as_ref(),
            MapField::Note => self.note.as_ref(),
            MapField::Category => self.category.as_ref(),
            MapField::Currency => self.currency.as_ref(),
            // The column's name, without the words after it.
            MapField::Direction => {
                return self
                    .direction
                    .as_deref()
                    .map(|d| d.split_once(':').map_or(d, |(c, _)| c))
                    .filter(|c| !c.is_empty());
            }
        };
        s.map(String::as_str).filter(|c| !c.is_empty())
    }

    /// The fields a mapping must have: a date, and an amount column or
    /// debit and credit columns (not both kinds).
    fn fields(&self) -> Result<(), MapError> {
        let wrong = |field, message: &str| Err(MapError { field, message: message.to_owned() });
        let split = self.column(MapField::Debit).is_some() || self.column(MapField::Credit).is_some();
        match (self.column(MapField::Date), self.column(MapField::Amount)) {
            (None, _) => wrong(MapField::Date, text::bills::map_needs_date_amount()),
            (_, None) if !split => wrong(MapField::Amount, text::bills::map_needs_date_amount()),
            (_, Some(_)) if split => {
                let field = if self.column(MapField::Debit).is_some() { MapField::Debit } else { MapField::Credit };
                wrong(field, text::bills::map_amount_or_split())
            }
            (_, None) if self.column(MapField::Direction).is_some() => {
                wrong(MapField::Direction, text::bills::map_dc_needs_amount())
            }
            _ => Ok(()),
        }
    }

    /// The mapping's columns in `header`: each one found (by name, or by
    /// number from 1), inside the header, and no column mapped twice.
    pub fn columns(&self, header: &table::Row) -> Result<Columns, MapError> {
        self.fields()?;
        let mut taken: Vec<(usize, MapField)> = Vec::new();
        let mut find = |field: MapField| -> Result<Option<usize>, MapError> {
            let Some(col) = self.column(field) else { return Ok(None) };
            let i = presets::column(header, col).map_err(|e| MapError { field, message: e.to_string() })?;
            if i >= header.cells.len() {
                let message = text::bills::mapping_too_wide(i + 1, header.cells.len(), &header.cells.join(", "));
                return Err(MapError { field, message });
            }
            if let Some((_, first)) = taken.iter().find(|(j, _)| *j == i) {
                let message = text::bills::map_column_twice(col, first.key(), field.key());
                return Err(MapError { field, message });
            }
            taken.push((i, field));
            Ok(Some(i))
        };
        let date = find(MapField::Date)?.unwrap_or_default();
        let amount = match find(MapField::Amount)? {
            Some(a) => AmountColumns::Signed(a),
            None => AmountColumns::Split { debit: find(MapField::Debit)?, credit: find(MapField::Credit)? },
        };
        let direction = find(MapField::Direction)?;
        let (payee, note, category) = (find(MapField::Payee)?, find(MapField::Note)?, find(MapField::Category)?);
        let currency = find(MapField::Currency)?;
        Ok(Columns { date, amount, payee, note, category, direction, currency })
    }
}

/// `COL` or `COL:OUT/IN` (each side `|`-separated words): the column, and
/// the words for money out and money in (the usual ones when not given).
fn direction_words(spec: &str) -> Result<(String, Vec<String>, Vec<String>), String> {
    let words = |w: &[&str]| w.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let Some((col, values)) = spec.split_once(':') else {
        return Ok((spec.trim().to_owned(), words(&OUT_WORDS), words(&IN_WORDS)));
    };
    let (out, into) = values.split_once('/').ok_or_else(|| text::bills::map_bad_dc(spec))?;
    let list = |s: &str| s.split('|').map(|w| w.trim().to_owned()).filter(|w| !w.is_empty()).collect::<Vec<_>>();
    let (out, into) = (list(out), list(into));
    if col.trim().is_empty() || out.is_empty() || into.is_empty() {
        return Err(text::bills::map_bad_dc(spec));
    }
    Ok((col.trim().to_owned(), out, into))
}

/// Why a whole file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Unreadable(String),
    #[error("{}", text::bills::unknown_bill())]
    Unknown,
    /// No preset reads it, but its preamble names a service (支付宝,
    /// 微信支付): what it looks like, what nestegg reads, what to do.
    #[error("{0}")]
    UnknownLayout(String),
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
    // A plain-text journal is lines, not CSV rows: read (or told) before any table.
    if let Some(read) = journal::parse(bytes, preset, mapping.is_some()) {
        return read;
    }
    // OFX and QIF are lines and tags, not CSV rows: read (or told) before any table.
    if mapping.is_none() {
        if let Some(read) = ofx::parse(bytes, preset).or_else(|| qif::parse(bytes, preset)) {
            return read;
        }
    }
    // A workbook's sheet: the first whose rows the preset (or any, to
    // detect) takes; a bank sheet read by a mapping, the first.
    let (rows, encoding) = read_rows(bytes, |rows| match (preset, mapping) {
        (Some(p), _) => (p.spec().detect)(rows),
        (None, Some(_)) => true,
        (None, None) => detect(rows).is_some(),
    })?;
    let preset = match (preset, mapping) {
        (Some(p), _) => p,
        (None, Some(_)) => Preset::Generic,
        (None, None) => detect(&rows).ok_or_else(|| unknown(&rows))?,
    };
    let (entries, invalid, skipped) = (preset.spec().read)(&rows, mapping)?;
    let warnings = match (preset, mapping) {
        (Preset::Generic, Some(m)) => sign_warning(&rows, m, &entries).into_iter().collect(),
        _ => Vec::new(),
    };
    Ok(Parsed { preset, encoding, entries, invalid, skipped, warnings })
}

/// Words a header cell holds when its column tells money in from money out.
const DIRECTION_WORDS: [&str; 12] =
    ["借贷", "收支", "借方", "贷方", "收入", "支出", "方向", "debit", "credit", "dr/cr", "in/out", "type"];

/// Plausible but wrong signs are the worst import: when every row a
/// mapping reads goes one way (all money in, or all out) and the header
/// has a column that looks like it says which way, which the mapping left
/// out, the reader is warned before importing.
fn sign_warning(rows: &[table::Row], m: &Mapping, entries: &[Entry]) -> Option<String> {
    let first = entries.first()?;
    if entries.len() < 2 || entries.iter().any(|e| (e.amount < 0) != (first.amount < 0)) {
        return None;
    }
    let h = presets::mapped_header(rows, m).ok()?;
    let columns = m.columns(&rows[h]).ok()?;
    let mapped = |i: usize| {
        let c = &columns;
        [Some(c.date), c.payee, c.note, c.category, c.direction, c.currency].contains(&Some(i))
            || match c.amount {
                AmountColumns::Signed(a) => a == i,
                AmountColumns::Split { debit, credit } => debit == Some(i) || credit == Some(i),
            }
    };
    let unmapped = rows[h].cells.iter().enumerate().find(|(i, cell)| {
        let lower = cell.to_lowercase();
        !mapped(*i) && DIRECTION_WORDS.iter().any(|w| lower.contains(w))
    })?;
    let dir = if first.amount < 0 { text::bills::money_out() } else { text::bills::money_in() };
    Some(text::bills::sign_warning(dir, entries.len(), unmapped.1))
}

/// The rows of a file: a CSV in any of its encodings, or the sheet of an
/// XLSX workbook that `wanted` takes (the first when none does).
fn read_rows(
    bytes: &[u8],
    wanted: impl Fn(&[table::Row]) -> bool,
) -> Result<(Vec<table::Row>, &'static str), ImportError> {
    if table::is_xlsx(bytes) {
        return Ok((table::xlsx_rows(bytes, wanted).map_err(ImportError::Unreadable)?, "XLSX"));
    }
    let (text, encoding) = table::decode(bytes);
    Ok((table::rows(&text).map_err(ImportError::Unreadable)?, encoding.name()))
}

/// Why no preset reads these rows: a bill whose preamble names Alipay or
/// WeChat Pay is told what it looks like, what nestegg reads and what to do.
fn unknown(rows: &[table::Row]) -> ImportError {
    let Some(service) = services::named_service(rows) else { return ImportError::Unknown };
    let header = rows
        .iter()
        .find(|r| r.cells.iter().filter(|c| !c.is_empty()).count() >= 4)
        .map_or_else(String::new, |r| r.cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(","));
    let (name, layouts) = match service {
        "alipay" => (text::bills::alipay_name(), text::bills::alipay_layouts()),
        _ => (text::bills::wechat_name(), text::bills::wechat_layouts()),
    };
    ImportError::UnknownLayout(text::bills::service_layout_unknown(name, &header, layouts))
}

/// The first rows of a file as the bank CSV reader sees them: its header
/// row first, then up to `n` rows that are not blank, with their lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sample {
    pub encoding: &'static str,
    pub rows: Vec<table::Row>,
}

impl Sample {
    /// The header's cells (none when the file has no header).
    pub fn header(&self) -> &[String] {
        self.rows.first().map_or(&[], |r| r.cells.as_slice())
    }
}

/// The header and the first `n` rows of a bank bill (CSV in any of its
/// encodings, or an XLSX workbook), read as [`parse`] reads them.
pub fn sample(bytes: &[u8], n: usize) -> Result<Sample, ImportError> {
    let (rows, encoding) = read_rows(bytes, |_| true)?;
    let h = presets::bank_header(&rows).ok_or_else(|| ImportError::Unreadable(text::bills::file_empty().into()))?;
    let rows = rows.into_iter().skip(h).filter(|r| !r.is_blank()).take(n + 1).collect();
    Ok(Sample { encoding, rows })
}

/// A first guess at a bank bill's mapping from its header: each field to
/// a column whose name says it (English or Chinese), the words tried in
/// order and no column given to two fields. Split debit and credit columns
/// win over a single amount column (`借方金额` also says `金额`); a field
/// with no such column is left empty for the user.
pub fn guess(header: &[String]) -> Mapping {
    let lower: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
    let find = |words: &[&str], taken: &[usize]| {
        words.iter().find_map(|w| (0..lower.len()).find(|i| !taken.contains(i) && lower[*i].contains(w)))
    };
    let mut taken = Vec::new();
    let debit = find(&["debit", "withdrawal", "借方", "支出"], &taken);
    let credit = find(&["credit", "deposit", "贷方", "收入", "存入"], &taken);
    let split = match (debit, credit) {
        (Some(d), Some(c)) if d != c => {
            taken.extend([d, c]);
            true
        }
        _ => false,
    };
    let mut take = |words: &[&str]| {
        let i = find(words, &taken)?;
        taken.push(i);
        Some(header[i].clone())
    };
    let date = take(&["date", "日期", "time", "时间"]).unwrap_or_default();
    let amount = if split { String::new() } else { take(&["amount", "金额", "交易额"]).unwrap_or_default() };
    let payee = take(&["payee", "merchant", "对方", "商户", "counterparty", "description", "name", "摘要"]);
    let note = take(&["note", "memo", "备注", "用途", "摘要", "description"]);
    let column = |i: Option<usize>| i.filter(|_| split).map(|i| header[i].clone());
    // A column saying which way each amount moved goes with one amount column.
    let direction =
        if split || amount.is_empty() { None } else { take(&["借贷", "收支", "收/支", "dr/cr", "方向"]) };
    Mapping { date, amount, debit: column(debit), credit: column(credit), payee, note, direction, ..Mapping::default() }
}

/// Date formats a bank writes, beyond the ISO dates read without one
/// (chrono style, as `--date-format` takes them).
pub const DATE_FORMATS: [&str; 8] =
    ["%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y%m%d", "%Y.%m.%d", "%Y年%m月%d日", "%d/%m/%y"];

/// The first date format (`None`: ISO) that reads every one of `dates`;
/// `None` as well when none does.
pub fn guess_date_format<'a>(dates: impl IntoIterator<Item = &'a str> + Clone) -> Option<&'static str> {
    let reads = |f: Option<&str>| dates.clone().into_iter().all(|d| presets::bank_date(d, f).is_ok());
    if reads(None) {
        return None;
    }
    DATE_FORMATS.into_iter().find(|f| reads(Some(f)))
}

#[cfg(test)]
mod guess_tests {
    use super::*;

    fn header(s: &str) -> Vec<String> {
        s.split(',').map(str::to_owned).collect()
    }

    fn guess_map(header: &[String]) -> String {
        guess(header).spec()
    }

    #[test]
    fn a_bank_header_gets_a_first_mapping() {
        assert_eq!(guess_map(&header("Date,Amount,Description")), "date=Date,amount=Amount,payee=Description");
        assert_eq!(
            guess_map(&header("交易日期,交易金额,对方户名,备注")),
            "date=交易日期,amount=交易金额,payee=对方户名,note=备注"
        );
        assert_eq!(guess_map(&header("When,How much")), "date=,amount=");
        // Debit and credit win over an amount; the counterparty over the summary, which is the note.
        assert_eq!(
            guess_map(&header("记账日期,摘要,借方金额,贷方金额,余额,对方户名")),
            "date=记账日期,debit=借方金额,credit=贷方金额,payee=对方户名,note=摘要"
        );
        assert_eq!(guess_map(&header("Date,Debit,Amount")), "date=Date,amount=Amount");
        // A column saying which way goes with one amount.
        assert_eq!(guess_map(&header("日期,金额,借贷标志,对方")), "date=日期,amount=金额,dc=借贷标志,payee=对方");
        let s = sample(b"Bank statement\nDate,Amount,Description\n2026-10-03,-18.50,Metro\n", 5).unwrap();
        assert_eq!(s.header(), header("Date,Amount,Description"));
    }

    fn rows(text: &str) -> Vec<table::Row> {
        table::rows(text).unwrap()
    }

    #[test]
    fn a_mapping_is_refused_at_the_field_that_is_wrong() {
        let head = &rows("Date,Amount,Description\n")[0];
        let wrong = |spec: &str| Mapping::parse(spec).and_then(|m| m.columns(head).map_err(|e| e.to_string()));
        let field = |spec: &str| Mapping::parse(spec).unwrap().columns(head).unwrap_err().field;
        assert!(
            wrong("date=1,amount=Amount,payee=Date").unwrap_err().contains("'Date' is mapped twice (date and payee)")
        );
        assert_eq!(field("date=Date,amount=Amount,note=Amount"), MapField::Note);
        assert_eq!(field("date=Date,amount=Amount,payee=9"), MapField::Payee);
        assert_eq!(field("date=Date,amount=Amount,payee=Who"), MapField::Payee);
        assert_eq!(Mapping::parse("date=Date").unwrap_err(), text::bills::map_needs_date_amount());
        assert_eq!(
            Mapping::parse("date=Date,amount=Amount,debit=Description").unwrap_err(),
            text::bills::map_amount_or_split()
        );
        let m = Mapping::parse("date=1,debit=2,credit=3").unwrap();
        assert_eq!(m.spec(), "date=1,debit=2,credit=3");
        assert_eq!(m.columns(head).unwrap().amount, AmountColumns::Split { debit: Some(1), credit: Some(2) });
    }

    #[test]
    fn debit_and_credit_columns_sign_the_amount() {
        let bill = "Statement of account\nDate,Out,In,Payee\n2026-10-03,18.50,,Metro\n2026-10-04,,\"5,000.00\",Salary\n\
            2026-10-05,-7.00,,Bakery\n2026-10-06,,,Nothing\n2026-10-07,1.00,2.00,Both\n";
        let m = Mapping::parse("date=Date,debit=Out,credit=In,payee=Payee").unwrap();
        let p = parse(bill.as_bytes(), None, Some(&m)).unwrap();
        let read: Vec<(i64, &str)> = p.entries.iter().map(|e| (e.amount, e.payee.as_str())).collect();
        assert_eq!(read, [(-1850, "Metro"), (500_000, "Salary"), (-700, "Bakery")]);
        assert_eq!(p.entries[1].direction, Direction::In);
        let why: Vec<(usize, &str)> = p.invalid.iter().map(|p| (p.line, p.reason.as_str())).collect();
        assert_eq!(why[0], (6, text::bills::no_debit_or_credit()));
        assert_eq!(why[1].0, 7);
        assert!(why[1].1.contains("both a debit (1.00) and a credit (2.00)"), "{why:?}");
        // The header under a preamble line, as the mapping screen shows it.
        let s = sample(bill.as_bytes(), 2).unwrap();
        assert_eq!((s.header(), s.rows.len(), s.rows[1].line), (&header("Date,Out,In,Payee")[..], 3, 3));
    }

    #[test]
    fn a_date_format_is_guessed_from_the_first_dates() {
        assert_eq!(guess_date_format(["2026-10-03", "2026/10/04 12:00"]), None);
        assert_eq!(guess_date_format(["03/10/2026", "25/10/2026"]), Some("%d/%m/%Y"));
        assert_eq!(guess_date_format(["10/03/2026", "10/25/2026"]), Some("%m/%d/%Y"));
        assert_eq!(guess_date_format(["20261003"]), Some("%Y%m%d"));
        assert_eq!(guess_date_format(["2026年10月3日"]), Some("%Y年%m月%d日"));
        assert_eq!(guess_date_format(["soon"]), None);
    }
}
