//! Recurring rules: a template transaction and a schedule (monthly on day N,
//! every N weeks, yearly), an optional end or count, and an optional yearly
//! step-up. Pure: which dates a rule falls on, and what each instance
//! amounts to. No clock, no SQL.
//!
//! - Monthly on day N falls on the month's last day when the month is
//!   shorter (a rule on the 31st: 30 April, 28 or 29 February).
//! - Yearly on 29 February falls on 28 February in other years.
//! - `interval` spaces instances: every 2 months, every 2 weeks.
//! - A step-up applies once a year, on each anniversary of the start: a
//!   percentage compounds, rounded half away from zero to the fen each year;
//!   an amount adds the same sum each year.
//! - Every instance is held to nestegg's one limit for a figure
//!   ([`crate::money::MAX_AMOUNT`]): a rule whose step-up passes it within a
//!   century is refused when saved ([`NewRule::passes_limit`]); one past it
//!   anyway is held back alone when posting ([`Posting`]).

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::money::over_limit;
use crate::report::round_ratio;
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Every {
    Month,
    Week,
    Year,
}

impl Every {
    pub fn as_str(self) -> &'static str {
        match self {
            Every::Month => "month",
            Every::Week => "week",
            Every::Year => "year",
        }
    }
}

/// A yearly raise or price rise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepUp {
    /// Basis points a year: 300 is 3 %.
    Percent(i64),
    /// Minor units a year, added to the amount's size.
    Amount(i64),
}

/// When a rule falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub every: Every,
    /// Every `interval` months, weeks or years (at least 1).
    pub interval: u32,
    /// Monthly: the day of the month (1–31). Yearly: the start's month and
    /// this day. Weekly: unused (the start's weekday).
    pub day: u32,
    /// The first instance falls on or after this date.
    pub start: NaiveDate,
    /// No instance after this date.
    pub end: Option<NaiveDate>,
    /// At most this many instances.
    pub count: Option<u32>,
}

/// `day` in the month of `date`, or the month's last day when it is shorter.
fn clamp_day(year: i32, month: u32, day: u32) -> NaiveDate {
    (1..=day.clamp(1, 31))
        .rev()
        .find_map(|d| NaiveDate::from_ymd_opt(year, month, d))
        .expect("every month has a first day")
}

impl Schedule {
    /// The `k`-th date of the schedule (0 is the first), before any end or count.
    fn nth(&self, k: u32) -> Option<NaiveDate> {
        let step = self.interval.max(1).checked_mul(k)?;
        match self.every {
            Every::Week => self.start.checked_add_days(Days::new(7 * step as u64)),
            Every::Month => {
                // The first month whose day N is on or after the start.
                let first = clamp_day(self.start.year(), self.start.month(), self.day);
                let skip = u32::from(first < self.start);
                let base = NaiveDate::from_ymd_opt(self.start.year(), self.start.month(), 1)?;
                let month = base.checked_add_months(Months::new(skip + step))?;
                Some(clamp_day(month.year(), month.month(), self.day))
            }
            Every::Year => {
                let month = self.start.month();
                let first = clamp_day(self.start.year(), month, self.day);
                let skip = i32::from(first < self.start);
                let year = self.start.year().checked_add(skip)?.checked_add(step as i32)?;
                (year <= 9999).then(|| clamp_day(year, month, self.day))
            }
        }
    }

    /// Every date from the first up to `to` (inclusive), within the end and
    /// the count, with its index (0 for the first).
    pub fn dates_until(&self, to: NaiveDate) -> Vec<(u32, NaiveDate)> {
        let last = self.end.map_or(to, |e| e.min(to));
        let limit = self.count.unwrap_or(u32::MAX);
        (0..limit).map_while(|k| self.nth(k).filter(|d| *d <= last).map(|d| (k, d))).collect()
    }

    /// The dates in `from..=to`, with their indices.
    pub fn dates_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<(u32, NaiveDate)> {
        self.dates_until(to).into_iter().filter(|(_, d)| *d >= from).collect()
    }
}

/// A stored rule: the template transaction, its schedule and step-up, and
/// the last date posting has dealt with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub id: i64,
    pub name: String,
    pub account_id: i64,
    pub account: String,
    pub category_id: i64,
    pub category: String,
    pub class: crate::model::Class,
    /// Signed as stored: income positive, housing and spending negative.
    pub amount: i64,
    pub payee: String,
    pub note: String,
    pub schedule: Schedule,
    pub step_up: Option<StepUp>,
    /// Instances up to this date have been posted (or passed over); later ones wait.
    pub posted_through: Option<NaiveDate>,
}

/// A rule to add (or what an edit makes of one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRule {
    pub name: String,
    pub account_id: i64,
    pub category_id: i64,
    pub amount: i64,
    pub payee: String,
    pub note: String,
    pub schedule: Schedule,
    pub step_up: Option<StepUp>,
}

/// One instance of a rule, posted or to come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    pub rule_id: i64,
    pub name: String,
    pub date: NaiveDate,
    pub amount: i64,
}

/// How far a rule's step-up is held to [`crate::money::MAX_AMOUNT`] when the rule is
/// saved: a century from its start.
pub const STEP_UP_YEARS: u32 = 100;

impl NewRule {
    /// The first instance whose step-up takes it past [`crate::money::MAX_AMOUNT`], within
    /// the rule's end and count and [`STEP_UP_YEARS`] of its start: its date
    /// and amount. (Without a step-up, only the amount itself can be over.)
    pub fn passes_limit(&self) -> Option<(NaiveDate, i64)> {
        let s = &self.schedule;
        let horizon = s.start.checked_add_months(Months::new(12 * STEP_UP_YEARS)).unwrap_or(s.start);
        s.dates_until(horizon).into_iter().find_map(|(_, date)| {
            let a = amount_on(self.amount, self.step_up, s.start, date);
            over_limit(a).then_some((date, a))
        })
    }
}

/// What a posting does with the instances due: it posts those within
/// [`crate::money::MAX_AMOUNT`]; a rule with an instance over it (a step-up grown past it,
/// or a rule written before the limit) is held back from that instance on,
/// so that it never stops the other rules' postings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Posting {
    /// The instances to post, in date order.
    pub posted: Vec<Instance>,
    /// Each held rule's first instance over the limit.
    pub held: Vec<Instance>,
}

impl Posting {
    /// `due` (in date order) split into what posts and what is held.
    pub fn of(due: Vec<Instance>) -> Posting {
        let mut p = Posting::default();
        for i in due {
            if p.held.iter().any(|h| h.rule_id == i.rule_id) {
                continue;
            }
            if over_limit(i.amount) { p.held.push(i) } else { p.posted.push(i) }
        }
        p
    }

    /// Whether the rule `id` is held back.
    pub fn holds(&self, id: i64) -> bool {
        self.held.iter().any(|h| h.rule_id == id)
    }
}

impl Rule {
    pub fn amount_on(&self, date: NaiveDate) -> i64 {
        amount_on(self.amount, self.step_up, self.schedule.start, date)
    }

    /// What the rule moves in an average month at today's amount: a monthly
    /// rule its amount ÷ interval, a weekly one × 52 ÷ 12, a yearly one ÷ 12;
    /// 0 once it has ended.
    pub fn monthly(&self, today: NaiveDate) -> i64 {
        if self.schedule.end.is_some_and(|e| e < today)
            || self.schedule.count.is_some_and(|n| self.schedule.dates_until(today).len() as u32 >= n)
        {
            return 0;
        }
        let a = self.amount_on(today.max(self.schedule.start));
        let interval = self.schedule.interval.max(1) as i64;
        let (num, den) = match self.schedule.every {
            Every::Month => (1, interval),
            Every::Week => (52, 12 * interval),
            Every::Year => (1, 12 * interval),
        };
        round_ratio(a, den, num).unwrap_or(0)
    }

    /// The schedule in words (see [`Schedule::text`]).
    pub fn schedule_text(&self) -> String {
        self.schedule.text()
    }
}

impl Schedule {
    /// In words: `every month on day 10`, `every 2 weeks from 2026-12-25`, `every year on 02-29`.
    pub fn text(&self) -> String {
        let s = self;
        let n = s.interval.max(1);
        use text::core as w;
        let unit = |one: fn() -> &'static str, many: fn(u32) -> String| if n == 1 { one().to_owned() } else { many(n) };
        match s.every {
            Every::Month => w::on_day(&unit(w::every_month, w::every_n_months), s.day),
            Every::Week => w::from_date(&unit(w::every_week, w::every_n_weeks), s.start),
            Every::Year => w::on_date(&unit(w::every_year, w::every_n_years), s.start.month(), s.day),
        }
    }
}

/// The amount of an instance on `date`: `base` (signed as stored) after the
/// step-ups of every anniversary of `start` up to `date`.
pub fn amount_on(base: i64, step: Option<StepUp>, start: NaiveDate, date: NaiveDate) -> i64 {
    let years = date.years_since(start).unwrap_or(0) as i64;
    match step {
        None => base,
        Some(StepUp::Amount(a)) => base.signum() * (base.abs().saturating_add(a.saturating_mul(years))),
        Some(StepUp::Percent(bp)) => (0..years).fold(base, |m, _| round_ratio(m, 10_000, 10_000 + bp).unwrap_or(m)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn monthly(day: u32, start: &str) -> Schedule {
        Schedule { every: Every::Month, interval: 1, day, start: d(start), end: None, count: None }
    }

    fn dates(s: &Schedule, to: &str) -> Vec<String> {
        s.dates_until(d(to)).into_iter().map(|(_, x)| x.to_string()).collect()
    }

    #[test]
    fn a_rule_on_the_31st_falls_on_each_months_last_day() {
        let s = monthly(31, "2027-01-15");
        assert_eq!(dates(&s, "2027-05-31"), ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"]);
        // In a leap year February has its 29th.
        assert_eq!(dates(&monthly(31, "2028-02-01"), "2028-03-01"), ["2028-02-29"]);
        // A start after this month's day begins next month.
        assert_eq!(dates(&monthly(10, "2026-11-11"), "2027-01-10"), ["2026-12-10", "2027-01-10"]);
        assert_eq!(dates(&monthly(10, "2026-11-10"), "2026-12-09"), ["2026-11-10"]);
    }

    #[test]
    fn yearly_on_29_february_and_weekly_and_intervals() {
        let leap =
            Schedule { every: Every::Year, interval: 1, day: 29, start: d("2024-02-29"), end: None, count: None };
        assert_eq!(dates(&leap, "2028-03-01"), ["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]);
        let fortnight =
            Schedule { every: Every::Week, interval: 2, day: 0, start: d("2026-12-25"), end: None, count: None };
        assert_eq!(dates(&fortnight, "2027-01-22"), ["2026-12-25", "2027-01-08", "2027-01-22"]);
        let quarterly = Schedule { interval: 3, ..monthly(1, "2026-01-01") };
        assert_eq!(dates(&quarterly, "2026-12-31"), ["2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"]);
    }

    #[test]
    fn an_end_date_or_a_count_stops_it() {
        let s = Schedule { count: Some(3), ..monthly(1, "2026-01-01") };
        assert_eq!(dates(&s, "2030-01-01"), ["2026-01-01", "2026-02-01", "2026-03-01"]);
        let s = Schedule { end: Some(d("2026-02-15")), ..monthly(1, "2026-01-01") };
        assert_eq!(dates(&s, "2030-01-01"), ["2026-01-01", "2026-02-01"]);
        let between = monthly(1, "2026-01-01").dates_between(d("2026-03-01"), d("2026-04-30"));
        assert_eq!(between, [(2, d("2026-03-01")), (3, d("2026-04-01"))]);
    }

    #[test]
    fn step_ups_come_once_a_year() {
        let start = d("2026-01-10");
        // 5,000 a month with 3 % a year: 5,150.00 from the first anniversary, then 5,304.50.
        let pct = Some(StepUp::Percent(300));
        assert_eq!(amount_on(500_000, pct, start, d("2026-12-10")), 500_000);
        assert_eq!(amount_on(500_000, pct, start, d("2027-01-10")), 515_000);
        assert_eq!(amount_on(500_000, pct, start, d("2028-01-10")), 530_450);
        // Rent of 1,500 rising 100 a year, stored negative: −1,600 after a year.
        assert_eq!(amount_on(-150_000, Some(StepUp::Amount(10_000)), start, d("2027-02-01")), -160_000);
        // Rounding per year, half away from zero: 333.33 × 1.015 = 338.33 (338.3299…).
        assert_eq!(amount_on(33_333, Some(StepUp::Percent(150)), start, d("2027-01-10")), 33_833);
    }

    fn big(amount: i64, step: StepUp, count: Option<u32>) -> NewRule {
        let schedule = Schedule { every: Every::Year, interval: 1, day: 5, start: d("2026-12-05"), end: None, count };
        NewRule {
            name: "Big".into(),
            account_id: 1,
            category_id: 1,
            amount,
            payee: String::new(),
            note: String::new(),
            schedule,
            step_up: Some(step),
        }
    }

    /// Issue 20 item 4: a step-up that grows an instance past the limit is
    /// found when the rule is saved.
    #[test]
    fn a_step_up_past_the_limit_is_found_where_it_passes() {
        // ¥9bn + ¥1bn a year: ¥10bn (the limit itself) in 2027, ¥11bn in 2028.
        let r = big(900_000_000_000, StepUp::Amount(100_000_000_000), None);
        assert_eq!(r.passes_limit(), Some((d("2028-12-05"), 1_100_000_000_000)));
        // Two instances stay within it.
        assert_eq!(big(900_000_000_000, StepUp::Amount(100_000_000_000), Some(2)).passes_limit(), None);
        // ¥5bn at 3 %: 1.03²³ = 1.97, 1.03²⁴ = 2.03 (each year rounded to the fen).
        let r = big(500_000_000_000, StepUp::Percent(300), None);
        let (when, amount) = r.passes_limit().unwrap();
        assert_eq!(when, d("2050-12-05"));
        assert!(amount > 1_000_000_000_000 && amount < 1_020_000_000_000, "{amount}");
        // Spending (negative) grows the same way; a real rent never comes near.
        assert_eq!(
            big(-900_000_000_000, StepUp::Amount(100_000_000_000), None).passes_limit().unwrap().1,
            -1_100_000_000_000
        );
        assert_eq!(big(-500_000, StepUp::Percent(500), None).passes_limit(), None);
        // Past the century looked at, it is the posting's to hold back.
        assert_eq!(big(100, StepUp::Amount(1_000_000_000), None).passes_limit(), None);
    }

    fn due(rule_id: i64, date: &str, amount: i64) -> Instance {
        Instance { rule_id, name: format!("r{rule_id}"), date: d(date), amount }
    }

    #[test]
    fn a_rule_over_the_limit_is_held_back_and_the_others_post() {
        let max = crate::money::MAX_AMOUNT;
        let p = Posting::of(vec![
            due(1, "2024-12-05", max),
            due(2, "2025-01-06", -300_000),
            due(1, "2025-12-05", max + 1),
            due(2, "2025-02-06", -300_000),
            due(1, "2026-12-05", max / 2),
        ]);
        let dates = |v: &[Instance]| v.iter().map(|i| (i.rule_id, i.date.to_string())).collect::<Vec<_>>();
        assert_eq!(dates(&p.posted), [(1, "2024-12-05".into()), (2, "2025-01-06".into()), (2, "2025-02-06".into())]);
        // Held from its first instance over the limit on, even if a later one is within it.
        assert_eq!(dates(&p.held), [(1, "2025-12-05".to_string())]);
        assert!(p.holds(1) && !p.holds(2));
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::proptest_config(128))]

        /// A rule saved (no instance found past the limit) never has one
        /// over it within its century; and a posting never posts one.
        #[test]
        fn saved_rules_and_postings_stay_within_the_limit(
            amount in prop_oneof![1i64..=2_000_000_000_000, -2_000_000_000_000i64..=-1],
            step in prop_oneof![
                (1i64..=100_000).prop_map(StepUp::Percent),
                (1i64..=200_000_000_000).prop_map(StepUp::Amount),
            ],
            every in prop_oneof![Just(Every::Month), Just(Every::Week), Just(Every::Year)],
            count in prop::option::of(1u32..400),
        ) {
            let mut r = big(amount, step, count);
            r.schedule.every = every;
            let limit = crate::money::MAX_AMOUNT;
            let century = d("2126-12-05");
            let instances: Vec<Instance> = r.schedule.dates_until(century).into_iter()
                .map(|(_, date)| due(1, &date.to_string(), amount_on(r.amount, r.step_up, r.schedule.start, date)))
                .collect();
            let first_over = instances.iter().find(|i| i.amount.unsigned_abs() > limit as u64);
            prop_assert_eq!(r.passes_limit(), first_over.map(|i| (i.date, i.amount)));
            let p = Posting::of(instances.clone());
            prop_assert!(p.posted.iter().all(|i| i.amount.unsigned_abs() <= limit as u64));
            prop_assert_eq!(p.posted.len() + usize::from(!p.held.is_empty()), instances.iter().position(|i| i.amount.unsigned_abs() > limit as u64).map_or(instances.len(), |n| n + 1));
        }
    }
}
