//! `relocate cities`: the reference cities, with their sources and what is
//! modelled. A listing of the shipped data and the user's file: no ledger.

use std::io::Write;

use chrono::Datelike;

use super::super::args::Format;
use super::super::output::{Align, table};
use super::super::{CliError, Result};
use super::{load_cities, pct, years_text_of};
use crate::relocation::cities::{self, City, RENT_AREA_M2, RENT_YIELD_BP, WAGE_GROWTH_BP};
use crate::text::reports as words;

/// `relocate cities [QUERY]`: every reference city, or those QUERY finds.
pub fn cities(query: Option<&str>, format: Format, today: chrono::NaiveDate, out: &mut dyn Write) -> Result<()> {
    let all = load_cities()?;
    let found = cities::search(&all, query.unwrap_or(""));
    if found.is_empty() {
        return Err(CliError::Usage(crate::text::moving::no_city_found(query.unwrap_or(""))));
    }
    print_cities(&found, today.year(), format, out)
}

fn print_cities(found: &[&City], year: i32, format: Format, out: &mut dyn Write) -> Result<()> {
    use crate::text::moving as t;
    let plain_figure = |f: &Option<cities::Figure>| f.as_ref().map_or(String::new(), |f| f.value.to_string());
    match format {
        Format::Json | Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let headers = [
                "name_zh",
                "name_en",
                "province",
                "adcode",
                "price_per_m2",
                "price_month",
                "price_source",
                "wage_yearly",
                "wage_year",
                "wage_source",
                "rent_modelled",
                "cost_index",
                "cost_index_modelled",
                "price_to_wage",
            ];
            let rows: Vec<Vec<String>> = found
                .iter()
                .map(|c| {
                    let modelled = |f: &cities::Figure| f.model.is_some().to_string();
                    vec![
                        c.local_name.clone(),
                        c.name.clone(),
                        c.province.clone(),
                        c.adcode.clone(),
                        plain_figure(&c.price_per_m2),
                        c.price_per_m2.as_ref().map_or(String::new(), cities::Figure::when),
                        c.price_per_m2.as_ref().map_or(String::new(), |f| f.source.clone()),
                        plain_figure(&c.wage_yearly),
                        c.wage_yearly.as_ref().map_or(String::new(), |f| f.year.to_string()),
                        c.wage_yearly.as_ref().map_or(String::new(), |f| f.source.clone()),
                        plain_figure(&c.rent),
                        c.index.iter().map(|f| f.value.to_string()).collect::<Vec<_>>().join("/"),
                        modelled(&c.index[0]),
                        years_text_of(c.price_to_wage(year)),
                    ]
                })
                .collect();
            if format == Format::Csv {
                w.write_record(headers)?;
                for r in &rows {
                    w.write_record(r.iter().map(|x| crate::export::csv_text(x).into_owned()))?;
                }
                out.write_all(&w.into_inner().map_err(|e| CliError::Usage(e.to_string()))?)?;
            } else {
                let json: Vec<serde_json::Value> = rows
                    .iter()
                    .map(|r| {
                        serde_json::Value::Object(
                            headers
                                .iter()
                                .map(|h| h.to_string())
                                .zip(r.iter().map(|x| serde_json::Value::String(x.clone())))
                                .collect(),
                        )
                    })
                    .collect();
                writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
            }
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = found
                .iter()
                .map(|c| {
                    let figure = |f: &Option<cities::Figure>, star: bool| match f {
                        Some(f) if star && f.model.is_some() => format!("{}*", f.value),
                        Some(f) => format!("{} ({})", f.value, f.when()),
                        None => "—".into(),
                    };
                    vec![
                        format!("{} {}", c.name, c.local_name),
                        c.province.clone(),
                        figure(&c.price_per_m2, false),
                        figure(&c.wage_yearly, false),
                        figure(&c.rent, true),
                        match c.index[0].model {
                            Some(_) => format!("{}*", c.index[0].value),
                            None => c.index.iter().map(|f| f.value.to_string()).collect::<Vec<_>>().join("/"),
                        },
                        years_text_of(c.price_to_wage(year)),
                    ]
                })
                .collect();
            let headers = [
                (words::h_city(), Align::Left),
                (t::h_province(), Align::Left),
                (words::h_price_m2(), Align::Right),
                (t::h_wage_yearly(), Align::Right),
                (t::h_rent(), Align::Right),
                (t::h_cost_index(), Align::Right),
                (t::h_price_to_wage(), Align::Right),
            ];
            write!(out, "{}", table(&headers, &rows))?;
            writeln!(
                out,
                "{}",
                t::cities_note(
                    found.len(),
                    RENT_AREA_M2,
                    &pct(RENT_YIELD_BP),
                    cities::RATIO_AREA_M2,
                    year,
                    &pct(WAGE_GROWTH_BP)
                )
            )?;
        }
    }
    Ok(())
}
