//! `project`'s typed what-ifs and ranges: `--saving` over the baseline,
//! `--goal` targets beside the ledger's goals, and `--ranges` (the Monte
//! Carlo bands of [`crate::projection::ranges`]) worded for the table,
//! the CSV and the JSON.

use std::io::Write;

use rust_decimal::Decimal;

use super::args::ProjectArgs;
use super::{CliError, Result};
use crate::model::Month;
use crate::money::Currency;
use crate::projection::ranges::{self, RangePoint, ReachRange, Spread};
use crate::projection::rate::{parse_percent, percent_plain};
use crate::projection::{Assumptions, Reach, months_to_target};
use crate::report::Ratio;
use crate::text;

/// `a` with its spending set so that the month's saving is `saving`:
/// income − housing − saving, refused when that is below zero.
pub fn with_saving(a: Assumptions, saving: i64, currency: Currency) -> Result<Assumptions> {
    let most = a.income.saturating_sub(a.housing);
    if saving > most {
        return Err(CliError::Usage(text::ranges::saving_too_much(&currency.show(saving), &currency.show(most))));
    }
    Ok(Assumptions { spending: most - saving, ..a })
}

/// The ranges asked for (`None` without `--ranges`); a ranges flag without
/// `--ranges` is refused rather than ignored.
pub fn spread(p: &ProjectArgs) -> Result<Option<Spread>> {
    if !p.ranges {
        let given = [
            ("--seed", p.seed.is_some()),
            ("--paths", p.paths.is_some()),
            ("--volatility", p.volatility.is_some()),
            ("--inflation-spread", p.inflation_spread.is_some()),
        ];
        return match given.iter().find(|(_, set)| *set) {
            Some((flag, _)) => Err(CliError::Usage(text::ranges::range_flag_alone(flag))),
            None => Ok(None),
        };
    }
    let d = Spread::DEFAULT;
    let rate = |typed: &Option<String>, flag: &str, default: Decimal| -> Result<Decimal> {
        let Some(typed) = typed else { return Ok(default) };
        let r = parse_percent(typed).map_err(|e| CliError::Usage(format!("{flag}: {e}")))?;
        if r < Decimal::ZERO {
            return Err(CliError::Usage(text::ranges::volatility_negative(flag)));
        }
        Ok(r)
    };
    Ok(Some(Spread {
        volatility: rate(&p.volatility, "--volatility", d.volatility)?,
        inflation_spread: rate(&p.inflation_spread, "--inflation-spread", d.inflation_spread)?,
        paths: p.paths.unwrap_or(d.paths),
        seed: p.seed.unwrap_or(d.seed),
    }))
}

/// The line under the baseline that says how the ranges were drawn.
pub fn spread_line(s: &Spread) -> String {
    let pct = |r: Decimal| format!("{}%", percent_plain(r));
    text::ranges::ranges_line(s.paths, s.seed, &pct(s.volatility), &pct(s.inflation_spread))
}

/// A target to time: its name (empty for a typed one), the target, and
/// the balance it starts from (a ledger goal's own accounts, or the plan's start).
pub struct Target {
    pub name: String,
    pub target: i64,
    pub start: i64,
}

/// When one target is reached: at the plan's figures, and over the ranges' runs.
pub struct Timed {
    pub one: Reach,
    pub range: Option<ReachRange>,
}

pub fn time(a: &Assumptions, t: &Target, spread: Option<&Spread>) -> Timed {
    let a = Assumptions { start: t.start, ..*a };
    Timed { one: months_to_target(&a, t.target), range: spread.map(|s| ranges::reach(&a, s, t.target)) }
}

/// The goals' lines under the table: each target's months and month, or
/// its range over the runs.
pub fn goals(out: &mut dyn Write, targets: &[(Target, Timed)], first: Month, c: Currency) -> Result<()> {
    if targets.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{}", text::ranges::goals_head())?;
    // Month n (1 = the first projected month) is `first` plus n − 1.
    let month = |n: u32| first.plus(n.saturating_sub(1)).map_or_else(String::new, |m| m.to_string());
    for (t, timed) in targets {
        let name = if t.name.is_empty() { text::ranges::typed_goal().to_owned() } else { t.name.clone() };
        let target = c.show(t.target);
        let line = match timed.range {
            None => match timed.one {
                Reach::Already => text::ranges::goal_already(&name, &target),
                Reach::In(n) => text::ranges::goal_in(n, &name, &target, month(n)),
                Reach::NotReachable => text::ranges::goal_never(&name, &target),
            },
            Some(r) => match (r.p10, r.p50, r.p90) {
                (Reach::Already, ..) => text::ranges::goal_already(&name, &target),
                // The 10th and 90th percentile in one month: said once.
                (Reach::In(a), Reach::In(m), Reach::In(b)) if a == b => {
                    text::ranges::goal_same(&name, &target, month(m), m)
                }
                (Reach::In(a), Reach::In(m), Reach::In(b)) => {
                    text::ranges::goal_between(&name, &target, month(a), month(b), month(m), m)
                }
                (p10, ..) => {
                    let reached =
                        Ratio::new(i64::from(r.reached), i64::from(r.paths)).map_or_else(String::new, Ratio::percent);
                    match p10 {
                        Reach::In(a) => text::ranges::goal_some(&name, &target, &reached, month(a)),
                        _ => text::ranges::goal_few(&name, &target, &reached),
                    }
                }
            },
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// A month's band as the CSV's extra cells (after the contract's columns):
/// balance p10, p50, p90, then today's money p10, p50, p90.
pub fn band_cells(r: &RangePoint, c: Currency) -> [String; 6] {
    let plain = |m| crate::money::Money::new(m, c).plain();
    let (b, t) = (r.balance, r.today);
    [plain(b.p10), plain(b.p50), plain(b.p90), plain(t.p10), plain(t.p50), plain(t.p90)]
}

/// The CSV's extra columns, in [`band_cells`]' order.
pub const BAND_COLUMNS: [&str; 6] =
    ["balance_p10", "balance_p50", "balance_p90", "balance_today_p10", "balance_today_p50", "balance_today_p90"];

/// A timed target for the JSON.
pub fn timed_json(t: &Target, timed: &Timed, first: Month, c: Currency) -> serde_json::Value {
    let plain = |m| crate::money::Money::new(m, c).plain();
    let months = |r: Reach| match r {
        Reach::Already => serde_json::Value::from(0),
        Reach::In(n) => n.into(),
        Reach::NotReachable => serde_json::Value::Null,
    };
    let month = |r: Reach| match r {
        Reach::Already => serde_json::Value::from(first.plus(0).map(|m| m.prev().to_string())),
        Reach::In(n) => first.plus(n - 1).map(|m| m.to_string()).into(),
        Reach::NotReachable => serde_json::Value::Null,
    };
    let mut v = serde_json::json!({
        "name": t.name,
        "target": plain(t.target),
        "start": plain(t.start),
        "months": months(timed.one),
        "month": month(timed.one),
    });
    if let Some(r) = timed.range {
        v["ranges"] = serde_json::json!({
            "paths": r.paths,
            "reached": r.reached,
            "months_p10": months(r.p10), "months_p50": months(r.p50), "months_p90": months(r.p90),
            "month_p10": month(r.p10), "month_p50": month(r.p50), "month_p90": month(r.p90),
        });
    }
    v
}

/// Independence over the runs, in whole years: "in 8 of 10 runs between 15
/// and 21 years (median 18)", or how many runs get there at all.
pub fn fi_range_line(r: &ReachRange) -> String {
    let years = |m: u32| m / 12;
    match (r.p10, r.p50, r.p90) {
        (Reach::Already, ..) => text::ranges::fi_range_already().to_owned(),
        (Reach::In(a), Reach::In(_), Reach::In(b)) if a == b => text::ranges::fi_range_same(years(a)),
        (Reach::In(a), Reach::In(m), Reach::In(b)) => text::ranges::fi_range(years(a), years(b), years(m)),
        (Reach::In(a), ..) => {
            let reached = Ratio::new(i64::from(r.reached), i64::from(r.paths)).map_or_else(String::new, Ratio::percent);
            text::ranges::fi_range_some(&reached, years(a))
        }
        _ => text::ranges::fi_range_few().to_owned(),
    }
}
