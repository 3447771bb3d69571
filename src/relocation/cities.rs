//! City profiles: reference figures with their source and year, shipped in
//! `assets/cities.toml` and overridable by a file of the user's. Pure: parses
//! text it is given (the caller reads the files) and merges lists.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::text;

/// One reference figure: a whole number of yuan (or an index, 100 = the
/// national average), where it came from, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: i64,
    pub year: u16,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub name: String,
    #[serde(default)]
    pub local_name: String,
    #[serde(default)]
    pub province: String,
    /// Yuan per square metre of a home.
    pub price_per_m2: Figure,
    /// Yuan a month for a one-bedroom flat.
    pub rent_1br: Figure,
    /// A typical monthly take-home wage, yuan.
    pub wage: Figure,
    /// Cost indices per spending group, 100 = the national average.
    pub food: Figure,
    pub transport: Figure,
    pub utilities: Figure,
    pub other: Figure,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    city: Vec<City>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CityError {
    /// The TOML message names the line, the column and the field.
    #[error("{}", text::errors::file_problem(.file, .message))]
    Syntax { file: String, message: String },
    #[error("{}", text::errors::city_problem(.file, .city, .problem))]
    Invalid { file: String, city: String, problem: String },
}

const SHIPPED: &str = include_str!("../../assets/cities.toml");

/// Parses a cities file; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Vec<City>, CityError> {
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
        let money = [("price_per_m2", &c.price_per_m2), ("rent_1br", &c.rent_1br), ("wage", &c.wage)];
        let indices =
            [("food", &c.food), ("transport", &c.transport), ("utilities", &c.utilities), ("other", &c.other)];
        for (field, f) in money.iter().chain(&indices) {
            if f.value <= 0 {
                return Err(invalid(text::errors::city_not_positive(field, f.value)));
            }
            if f.source.trim().is_empty() {
                return Err(invalid(text::errors::city_no_source(field)));
            }
        }
    }
    Ok(parsed.city)
}

/// The cities shipped with nestegg. The file is compiled in and covered by a
/// test, so a failure here is a build defect.
pub fn shipped() -> Vec<City> {
    parse(SHIPPED, "assets/cities.toml").expect("assets/cities.toml is valid (checked by a test)")
}

/// The shipped cities with the user's: a user city replaces the shipped one
/// of the same name (ignoring case) and new ones come last.
pub fn merge(mut base: Vec<City>, user: Vec<City>) -> Vec<City> {
    for c in user {
        match base.iter_mut().find(|b| b.name.eq_ignore_ascii_case(&c.name)) {
            Some(b) => *b = c,
            None => base.push(c),
        }
    }
    base
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

/// Monthly living costs in `city` for someone who spends `by_group` a month
/// at national-average prices (food, transport, utilities, other): each group
/// scaled by the city's index ÷ 100, rounded half away from zero.
pub fn estimate_living(by_group: [i64; 4], city: &City) -> i64 {
    let indices = [city.food.value, city.transport.value, city.utilities.value, city.other.value];
    by_group
        .iter()
        .zip(indices)
        .map(|(&spent, index)| crate::report::round_ratio(spent, 100, index).unwrap_or(0))
        .fold(0i64, i64::saturating_add)
}

/// Finds a city by name or local name, ignoring case.
pub fn find<'a>(cities: &'a [City], name: &str) -> Option<&'a City> {
    let n = name.trim();
    cities.iter().find(|c| c.name.eq_ignore_ascii_case(n) || c.local_name == n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_cities_hold_the_story() {
        let cities = shipped();
        let hegang = find(&cities, "hegang").unwrap();
        assert_eq!((hegang.price_per_m2.value, hegang.price_per_m2.year), (750, 2019));
        let beijing = find(&cities, "北京").unwrap();
        // Beijing flats cost about 80 times more.
        assert_eq!(beijing.price_per_m2.value / hegang.price_per_m2.value, 80);
        for name in ["Guangzhou", "Zhoushan"] {
            assert!(find(&cities, name).is_some(), "{name}");
        }
        assert!(cities.iter().all(|c| !c.price_per_m2.source.is_empty()));
    }

    #[test]
    fn user_cities_replace_and_add() {
        let user = r#"
[[city]]
name = "hegang"
price_per_m2 = { value = 900, year = 2024, source = "my own search" }
rent_1br = { value = 450, year = 2024, source = "landlord" }
wage = { value = 3200, year = 2024, source = "job ad" }
food = { value = 80, year = 2024, source = "guess" }
transport = { value = 70, year = 2024, source = "guess" }
utilities = { value = 140, year = 2024, source = "guess" }
other = { value = 80, year = 2024, source = "guess" }
"#;
        let merged = merge(shipped(), parse(user, "mine.toml").unwrap());
        assert_eq!(merged.len(), shipped().len());
        assert_eq!(find(&merged, "Hegang").unwrap().price_per_m2.value, 900);
    }

    #[test]
    fn bad_entries_name_the_file_line_and_field() {
        let missing = "[[city]]\nname = \"X\"\nprice_per_m2 = { value = 1, year = 2024 }\n";
        let e = parse(missing, "mine.toml").unwrap_err().to_string();
        assert!(e.starts_with("mine.toml: ") && e.contains("line 3") && e.contains("source"), "{e}");
        let typo = "[[city]]\nname = \"X\"\nprice_per_m3 = 5\n";
        let e = parse(typo, "mine.toml").unwrap_err().to_string();
        assert!(e.contains("line 3") && e.contains("price_per_m3"), "{e}");
        let full = shipped_text_for("Y").replace("value = 750", "value = 0");
        let e = parse(&full, "mine.toml").unwrap_err().to_string();
        assert_eq!(e, "mine.toml: city 'Y': price_per_m2 must be more than zero (it is 0)");
    }

    #[test]
    fn living_costs_scale_by_the_city_indices() {
        let cities = shipped();
        let hegang = find(&cities, "Hegang").unwrap();
        // 1,000 food, 200 transport, 100 utilities, 400 other at average prices:
        // 850 + 140 + 130 + 320 = 1,440 in Hegang.
        assert_eq!(estimate_living([100_000, 20_000, 10_000, 40_000], hegang), 144_000);
        assert_eq!(group_of("groceries"), Group::Food);
        assert_eq!(group_of("utilities and heating"), Group::Utilities);
        assert_eq!(group_of("gifts and red packets"), Group::Other);
    }

    fn shipped_text_for(name: &str) -> String {
        let block = SHIPPED.split("[[city]]").nth(1).unwrap();
        format!("[[city]]{}", block.replacen("name = \"Hegang\"", &format!("name = \"{name}\""), 1))
    }
}
