//! City profiles: reference figures with their source and month or year,
//! shipped as `assets/china_cities.csv` (312 cities: the May 2026 asking
//! price of resale homes and the average yearly wage of employees from the
//! China City Statistical Yearbook; `assets/china_cities.md` says what the
//! figures are and are not) and corrected or added to by a `cities.toml` of
//! the user's. Pure: parses text it is given (the caller reads the user's
//! file), merges, searches and models.
//!
//! # What is modelled, and how
//! No open data set gives rents or living costs for these cities, so two
//! figures are worked out from the others, marked [`Model`] wherever they
//! are shown, and replaced by whatever the user types:
//! - **rent** of a [`RENT_AREA_M2`] m² flat: the price per m² × area ×
//!   a gross rental yield of [`RENT_YIELD_BP`] (2.5 % a year) ÷ 12, in whole
//!   yuan (Hegang: 2,274 × 50 × 2.5 % ÷ 12 = 236.875 → 237 a month);
//! - a **cost index** (100 = the median city): living costs follow local
//!   wages, but far less than one for one, so the index is
//!   `100 × (3 + wage ÷ median wage) ÷ 4`, the median of the shipped wages
//!   (81,506.50 a year): Hegang (55,114) 92, Beijing (185,026) 132. A city
//!   with no wage gets 100. A user's own indices per spending group win.
//!
//! A wage is yearly and gross, from its year; carried forward to today at
//! [`WAGE_GROWTH_BP`] a year (national average wages have risen 5–7 % a
//! year since 2020) it becomes a monthly figure for a scenario's income.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::projection::rate;
use crate::report::round_ratio;
use crate::text;

/// The flat a modelled rent is for, in m².
pub const RENT_AREA_M2: i64 = 50;
/// The gross rental yield a modelled rent assumes: 2.5 % of the price a year.
pub const RENT_YIELD_BP: i64 = 250;
/// How fast a wage from the data's year is carried forward: 5 % a year.
pub const WAGE_GROWTH_BP: i64 = 500;
/// The home a city's own price-to-income ratio is for, in m².
pub const RATIO_AREA_M2: i64 = 90;

/// How a figure came about when no source gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Model {
    /// Rent from the price per m² at [`RENT_YIELD_BP`].
    RentFromPrice,
    /// A cost index from the city's wage against the median wage.
    IndexFromWage,
    /// A cost index of 100: no wage to model it from.
    IndexAverage,
}

/// One reference figure: a whole number of yuan (or an index, 100 = the
/// median city), where it came from, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: i64,
    pub year: u16,
    /// The month of the year, when the source gives one (prices: 2026-05).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Where it comes from; empty for a modelled figure.
    pub source: String,
    /// Worked out by nestegg, not read from a source.
    #[serde(skip)]
    pub model: Option<Model>,
}

impl Figure {
    fn sourced(value: i64, year: u16, month: Option<u8>, source: &str) -> Figure {
        Figure { value, year, month, source: source.to_owned(), model: None }
    }

    fn modelled(value: i64, year: u16, month: Option<u8>, model: Model) -> Figure {
        Figure { value, year, month, source: String::new(), model: Some(model) }
    }

    /// `2026-05`, or the year alone.
    pub fn when(&self) -> String {
        match self.month {
            Some(m) => format!("{}-{m:02}", self.year),
            None => self.year.to_string(),
        }
    }
}

/// One city's reference figures, merged and modelled: what plans use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct City {
    /// Pinyin (or a conventional spelling: Harbin, Urumqi).
    pub name: String,
    /// The Chinese name; the key scenarios keep when there is one.
    pub local_name: String,
    pub province: String,
    /// The 6-digit administrative code, when known.
    pub adcode: String,
    /// Yuan per square metre of a home.
    pub price_per_m2: Option<Figure>,
    /// Yuan a month for a [`RENT_AREA_M2`] m² flat: typed, or modelled from the price.
    pub rent: Option<Figure>,
    /// The average yearly wage of employees (gross), yuan.
    pub wage_yearly: Option<Figure>,
    /// Cost indices per spending group (food, transport, utilities and
    /// heating, other), 100 = the median city.
    pub index: [Figure; 4],
}

impl City {
    /// The name a scenario keeps: the Chinese one (unique among the shipped
    /// cities, where pinyin is not: 福州 and 抚州 are both Fuzhou).
    pub fn key(&self) -> &str {
        if self.local_name.is_empty() { &self.name } else { &self.local_name }
    }

    /// The four cost indices.
    pub fn indices(&self) -> [i64; 4] {
        self.index.clone().map(|f| f.value)
    }

    /// The wage as a month's pay in `year`: the yearly figure carried
    /// forward from its year at [`WAGE_GROWTH_BP`] a year, ÷ 12, rounded to
    /// the fen once. `None` without a wage.
    pub fn monthly_wage(&self, year: i32) -> Option<i64> {
        let w = self.wage_yearly.as_ref()?;
        // A figure from the future is today's; one from past a century ago
        // (a typo in a user's file) carries forward no figure at all.
        let years = u32::try_from(year - i32::from(w.year)).unwrap_or(0);
        if years > 100 {
            return None;
        }
        let grown = rate::pow(Decimal::ONE + rate::from_bp(WAGE_GROWTH_BP), years);
        let yearly = Decimal::from(w.value).checked_mul(Decimal::from(100))?.checked_mul(grown)?;
        let monthly = rate::round_fen(yearly / Decimal::from(12));
        (!crate::money::over_limit(monthly)).then_some(monthly)
    }

    /// [`City::monthly_wage`] in hand: after the employee's social
    /// insurance, housing fund and income tax under `pay`
    /// ([`crate::salary`]). What a scenario that takes the city's wage lives on.
    pub fn take_home(&self, year: i32, pay: &crate::salary::Pay) -> Option<i64> {
        self.monthly_wage(year).map(|gross| crate::salary::take_home(gross, pay))
    }

    /// The city's own price-to-income ratio: a [`RATIO_AREA_M2`] m² home
    /// at its price, in years of its wage carried forward to `year`, in
    /// hundredths (1,234 = 12.34 years). `None` without both figures.
    pub fn price_to_wage(&self, year: i32) -> Option<i64> {
        let price = self.price_per_m2.as_ref()?.value.checked_mul(RATIO_AREA_M2 * 100)?;
        years_of(price, self.monthly_wage(year)?.checked_mul(12)?)
    }
}

/// `price` in years of `yearly` income, in hundredths, rounded half away
/// from zero; `None` without income.
pub fn years_of(price: i64, yearly: i64) -> Option<i64> {
    (yearly > 0).then(|| round_ratio(price, yearly, 100)).flatten()
}

/// A city as the user's `cities.toml` gives it: every figure optional, so
/// a line corrects one figure of a shipped city and keeps the others.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserCity {
    name: String,
    #[serde(default)]
    local_name: String,
    #[serde(default)]
    province: String,
    price_per_m2: Option<Figure>,
    /// A month's rent (`rent_1br`, its first name, still reads).
    #[serde(alias = "rent_1br")]
    rent: Option<Figure>,
    wage_yearly: Option<Figure>,
    /// A month's wage, as the first files gave it: counted ×12 a year.
    wage: Option<Figure>,
    food: Option<Figure>,
    transport: Option<Figure>,
    utilities: Option<Figure>,
    other: Option<Figure>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    city: Vec<UserCity>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CityError {
    /// The TOML message names the line, the column and the field.
    #[error("{}", text::errors::file_problem(.file, .message))]
    Syntax { file: String, message: String },
    #[error("{}", text::errors::city_problem(.file, .city, .problem))]
    Invalid { file: String, city: String, problem: String },
}

const SHIPPED: &str = include_str!("../../assets/china_cities.csv");

/// One row of the shipped file.
#[derive(Debug, Deserialize)]
struct Row {
    name_zh: String,
    name_en: String,
    province_zh: String,
    adcode: String,
    price_per_m2: Option<i64>,
    price_month: String,
    price_source: String,
    wage_year: Option<u16>,
    avg_wage_yearly: Option<i64>,
    wage_source: String,
}

/// The user's corrections and additions, checked; `file` names it in errors.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserCities(Vec<UserCity>);

/// Parses a cities file; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<UserCities, CityError> {
    // One line: TOML's own message names the line and column first and the
    // problem last, with an excerpt of the file between them that is left out.
    let parsed: File = toml::from_str(text).map_err(|e| {
        let text = e.to_string();
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let message = match (lines.first(), lines.last()) {
            (Some(first), Some(last)) if lines.len() > 1 => format!("{first}: {last}"),
            _ => text.trim().to_owned(),
        };
        CityError::Syntax { file: file.to_owned(), message }
    })?;
    for c in &parsed.city {
        let invalid = |problem: String| CityError::Invalid { file: file.to_owned(), city: c.name.clone(), problem };
        if c.name.trim().is_empty() {
            return Err(invalid(text::errors::city_name_empty().into()));
        }
        let figures = [
            ("price_per_m2", &c.price_per_m2),
            ("rent", &c.rent),
            ("wage_yearly", &c.wage_yearly),
            ("wage", &c.wage),
            ("food", &c.food),
            ("transport", &c.transport),
            ("utilities", &c.utilities),
            ("other", &c.other),
        ];
        for (field, f) in figures {
            let Some(f) = f else { continue };
            if f.value <= 0 || f.value > crate::money::MAX_AMOUNT / 10_000 {
                return Err(invalid(text::errors::city_not_positive(field, f.value)));
            }
            if f.source.trim().is_empty() {
                return Err(invalid(text::errors::city_no_source(field)));
            }
            if f.month.is_some_and(|m| !(1..=12).contains(&m)) {
                return Err(invalid(text::errors::city_bad_month(field)));
            }
        }
    }
    Ok(UserCities(parsed.city))
}

/// The 312 shipped cities, modelled. The file is compiled in and covered
/// by a test, so a failure here is a build defect.
pub fn shipped() -> Vec<City> {
    SHIPPED_CITIES.0.clone()
}

/// The shipped cities, modelled, and twice the median of their wages: read
/// from the compiled-in file once a run.
static SHIPPED_CITIES: std::sync::LazyLock<(Vec<City>, i64)> = std::sync::LazyLock::new(|| {
    let rows: Vec<Row> = csv::Reader::from_reader(SHIPPED.as_bytes())
        .deserialize()
        .collect::<Result<_, _>>()
        .expect("assets/china_cities.csv is valid (checked by a test)");
    let median = median_twice(&rows);
    (rows.into_iter().map(|r| model(city_of(r), median)).collect(), median)
});

/// Twice the median of the shipped wages (so it stays a whole number).
fn median_twice(rows: &[Row]) -> i64 {
    let mut wages: Vec<i64> = rows.iter().filter_map(|r| r.avg_wage_yearly).collect();
    wages.sort_unstable();
    match wages.len() {
        0 => 0,
        n if n % 2 == 0 => wages[n / 2 - 1] + wages[n / 2],
        n => 2 * wages[n / 2],
    }
}

fn city_of(r: Row) -> City {
    let (year, month) =
        r.price_month.split_once('-').map_or((0, None), |(y, m)| (y.parse().unwrap_or(0), m.parse().ok()));
    let wage = match (r.avg_wage_yearly, r.wage_year) {
        (Some(w), Some(y)) => Some(Figure::sourced(w, y, None, &r.wage_source)),
        _ => None,
    };
    City {
        name: r.name_en,
        local_name: r.name_zh,
        province: r.province_zh,
        adcode: r.adcode,
        price_per_m2: r.price_per_m2.map(|p| Figure::sourced(p, year, month, &r.price_source)),
        rent: None,
        wage_yearly: wage,
        index: std::array::from_fn(|_| Figure::modelled(100, year, month, Model::IndexAverage)),
    }
}

/// Fills what no source gave: rent from the price, indices from the wage
/// (`median2` is twice the median wage). Typed figures are kept.
fn model(mut c: City, median2: i64) -> City {
    if c.rent.as_ref().is_none_or(|f| f.model.is_some()) {
        c.rent = c.price_per_m2.as_ref().map(|p| {
            let value = round_ratio(p.value * RENT_AREA_M2, 120_000, RENT_YIELD_BP).unwrap_or(0);
            Figure::modelled(value, p.year, p.month, Model::RentFromPrice)
        });
    }
    let index = match &c.wage_yearly {
        Some(w) if median2 > 0 => {
            let value = round_ratio(100, 4 * median2, 3 * median2 + 2 * w.value).unwrap_or(100);
            Figure::modelled(value, w.year, w.month, Model::IndexFromWage)
        }
        _ => Figure::modelled(100, 0, None, Model::IndexAverage),
    };
    for slot in &mut c.index {
        if slot.model.is_some() {
            *slot = index.clone();
        }
    }
    c
}

/// The shipped cities with the user's: a user city corrects the shipped
/// one it names (by either name, ignoring case) figure by figure, and new
/// ones come last; what is still missing is modelled again.
pub fn merge(mut base: Vec<City>, user: UserCities) -> Vec<City> {
    let median = SHIPPED_CITIES.1;
    for u in user.0 {
        let at = base.iter().position(|b| same(b, &u.name) || (!u.local_name.is_empty() && same(b, &u.local_name)));
        let c = match at {
            Some(i) => &mut base[i],
            None => {
                base.push(City {
                    name: u.name.trim().to_owned(),
                    local_name: u.local_name.trim().to_owned(),
                    province: u.province.trim().to_owned(),
                    adcode: String::new(),
                    price_per_m2: None,
                    rent: None,
                    wage_yearly: None,
                    index: std::array::from_fn(|_| Figure::modelled(100, 0, None, Model::IndexAverage)),
                });
                base.last_mut().expect("just pushed")
            }
        };
        if u.price_per_m2.is_some() {
            c.price_per_m2 = u.price_per_m2;
        }
        if u.rent.is_some() {
            c.rent = u.rent;
        }
        let monthly = u.wage.map(|w| Figure { value: w.value.saturating_mul(12), ..w });
        if let Some(w) = u.wage_yearly.or(monthly) {
            c.wage_yearly = Some(w);
        }
        for (slot, f) in c.index.iter_mut().zip([u.food, u.transport, u.utilities, u.other]) {
            if let Some(f) = f {
                *slot = f;
            }
        }
        *c = model(c.clone(), median);
    }
    base
}

fn same(c: &City, name: &str) -> bool {
    let n = name.trim();
    c.name.eq_ignore_ascii_case(n) || c.local_name == n
}

/// The spending groups the cost indices are given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Food,
    Transport,
    Utilities,
    Other,
}

/// Which group a spending category counts in, by its (default) name:
/// food and groceries are food; transport; utilities and heating; the rest other.
pub fn group_of(category: &str) -> Group {
    let c = category.to_lowercase();
    if c.contains("food") || c.contains("grocer") {
        Group::Food
    } else if c.contains("transport") {
        Group::Transport
    } else if c.contains("utilit") || c.contains("heating") {
        Group::Utilities
    } else {
        Group::Other
    }
}

/// Where the household lives now, as far as living costs go.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Home {
    /// Not said yet: living costs are scaled against the median city (100).
    #[default]
    Unset,
    /// A reference city (shipped, or the user's own).
    City(Box<City>),
    /// Somewhere else, with one typed cost index for every group.
    Custom { index: i64 },
}

impl Home {
    /// The cost indices of where the household lives.
    pub fn indices(&self) -> [i64; 4] {
        match self {
            Home::Unset => [100; 4],
            Home::City(c) => c.indices(),
            Home::Custom { index } => [*index; 4],
        }
    }

    pub fn city(&self) -> Option<&City> {
        match self {
            Home::City(c) => Some(c),
            _ => None,
        }
    }
}

/// Where the settings say the household lives: `home_city` (a city's name,
/// `custom`, or unset) and the custom city's `index`. `Err` carries a name
/// no city answers to (living costs then scale against the median city).
pub fn home_of(home_city: Option<&str>, index: i64, cities: &[City]) -> Result<Home, String> {
    match home_city {
        None => Ok(Home::Unset),
        Some("custom") => Ok(Home::Custom { index }),
        Some(name) => find(cities, name).map(|c| Home::City(Box::new(c.clone()))).ok_or_else(|| name.to_owned()),
    }
}

/// What living costs a city's indices are scaled from: today's average
/// monthly spending by group and where it is spent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Living {
    /// Today's living costs a month (staying's), fen: what is scaled.
    pub monthly: i64,
    /// The same by group (food, transport, utilities and heating, other):
    /// how the scaling weighs each group's index.
    pub by_group: [i64; 4],
    pub home: Home,
    /// The household's pay settings: what turns a city's gross wage into
    /// the take-home pay a scenario lives on.
    pub pay: crate::salary::Pay,
}

/// Monthly living costs in `city` for a household spending `living.monthly`
/// where it lives now: each group's share scaled by the new city's index ÷
/// the home's (new ÷ current), exact, rounded half away from zero once.
/// Moving to the city one lives in changes nothing, to the fen. Without
/// spending by group, the "other" indices scale it all.
pub fn estimate_living(living: &Living, city: &City) -> i64 {
    let from = living.home.indices().map(|x| i128::from(x.max(1)));
    let to = city.indices().map(i128::from);
    let spent = living.by_group.map(|x| i128::from(x.max(0)));
    let total: i128 = spent.iter().sum();
    // Over the common denominator of the four home indices (at most 500⁴).
    let d: i128 = from.iter().product();
    let (num, den) = match total {
        0 => (to[3] * (d / from[3]), d),
        _ => (spent.iter().zip(to).zip(from).map(|((s, t), f)| s * t * (d / f)).sum(), d * total),
    };
    i64::try_from(rate::div_round(i128::from(living.monthly) * num, den)).unwrap_or(i64::MAX)
}

/// Finds the one city `name` means: its Chinese or pinyin name (ignoring
/// case and spaces), `Pinyin 中文` as lists show it, or a prefix only one
/// city has. `None` when no city or several match.
pub fn find<'a>(cities: &'a [City], name: &str) -> Option<&'a City> {
    match search(cities, name).as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Every city `query` may mean, best first: exact names (both names, or the
/// `Pinyin 中文` of a list) if any match, else those whose Chinese or pinyin
/// name starts with it (鹤, heg). An empty query matches every city.
pub fn search<'a>(cities: &'a [City], query: &str) -> Vec<&'a City> {
    let q = fold(query);
    if q.is_empty() {
        return cities.iter().collect();
    }
    let exact: Vec<&City> = cities
        .iter()
        .filter(|c| fold(&c.name) == q || fold(&c.local_name) == q || fold(&format!("{}{}", c.name, c.local_name)) == q)
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    cities.iter().filter(|c| fold(&c.name).starts_with(&q) || fold(&c.local_name).starts_with(&q)).collect()
}

/// Lowercase, without spaces, apostrophes or hyphens (Xi'an, xian, Xi An).
fn fold(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\'' | '’' | '-')).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests;
