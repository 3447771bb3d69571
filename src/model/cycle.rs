//! Months that start on a chosen day: with salary on the 10th, the month
//! `2026-10` runs from 10 October to 9 November. Day 1 is the calendar.
//! Pure.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::Month;

/// The first day a ledger can hold (years 0001–9999).
const FIRST_DAY: NaiveDate = NaiveDate::from_ymd_opt(1, 1, 1).expect("a real date");

/// The day months start on, 1 to 28 (every month has a 28th).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cycle(u32);

impl Default for Cycle {
    fn default() -> Self {
        Cycle(1)
    }
}

impl Cycle {
    /// `None` outside 1..=28.
    pub fn new(start_day: u32) -> Option<Cycle> {
        (1..=28).contains(&start_day).then_some(Cycle(start_day))
    }

    pub fn start_day(self) -> u32 {
        self.0
    }

    /// Calendar months, the ones the kept totals are summed by.
    pub fn is_calendar(self) -> bool {
        self.0 == 1
    }

    /// The month a day belongs to. Stepping back `start − 1` days maps
    /// each cycle month exactly onto its calendar month. The days before
    /// the first start day of year 1 (no month of year 0 exists) belong to
    /// its first month, 0001-01, which starts on 0001-01-01 ([`Self::first_day`]).
    pub fn month_of(self, date: NaiveDate) -> Month {
        let shifted = date.checked_sub_days(Days::new(u64::from(self.0 - 1))).unwrap_or(date);
        if shifted < FIRST_DAY { Month::of(FIRST_DAY) } else { Month::of(shifted) }
    }

    /// The month's first day: its start day in the calendar month of its
    /// name; the very first month (0001-01) starts on 0001-01-01.
    pub fn first_day(self, month: Month) -> NaiveDate {
        if month == Month::of(FIRST_DAY) {
            return FIRST_DAY;
        }
        month.first_day().with_day0(self.0 - 1).expect("a start day of 1 to 28 is in every month")
    }

    /// The month's last day: the day before the next month starts.
    pub fn last_day(self, month: Month) -> NaiveDate {
        let next = month.next();
        if next.year() > 9999 {
            return month.last_day();
        }
        self.first_day(next).pred_opt().expect("a day before a start day of 2026-01 or later")
    }

    /// How SQLite finds the month (`YYYY-MM`) of the date in `column`: the
    /// same step back as [`Self::month_of`], and the same floor at 0001-01.
    pub fn sql_month(self, column: &str) -> String {
        format!("substr(max(date({column}, '-{} days'), '0001-01-01'), 1, 7)", self.0 - 1)
    }
}

/// The first day of the week holding `date`, weeks starting on `start`.
pub fn week_of(date: NaiveDate, start: Weekday) -> NaiveDate {
    let back = (date.weekday().num_days_from_monday() + 7 - start.num_days_from_monday()) % 7;
    date.checked_sub_days(Days::new(u64::from(back))).unwrap_or(date)
}

/// SQLite's way to the same day: six days back, then forward to the start
/// weekday (`weekday N` counts from Sunday = 0).
pub fn week_sql(start: Weekday) -> String {
    format!("date(date, '-6 days', 'weekday {}')", start.num_days_from_sunday())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn m(s: &str) -> Month {
        s.parse().unwrap()
    }

    #[test]
    fn a_month_starting_on_the_10th_runs_to_the_9th_of_the_next() {
        let c = Cycle::new(10).unwrap();
        assert_eq!((c.first_day(m("2026-10")), c.last_day(m("2026-10"))), (d("2026-10-10"), d("2026-11-09")));
        assert_eq!(c.month_of(d("2026-10-10")), m("2026-10"));
        assert_eq!(c.month_of(d("2026-11-09")), m("2026-10"));
        assert_eq!(c.month_of(d("2026-10-09")), m("2026-09"));
        assert_eq!(c.month_of(d("2026-01-05")), m("2025-12"), "across the year");
        assert_eq!(c.last_day(m("2026-01")), d("2026-02-09"));
        // February is short: the month 2026-02 runs 10 Feb – 9 Mar, 28 days.
        assert_eq!((c.first_day(m("2026-02")), c.last_day(m("2026-02"))), (d("2026-02-10"), d("2026-03-09")));
        assert_eq!(c.sql_month("date"), "substr(max(date(date, '-9 days'), '0001-01-01'), 1, 7)");
    }

    #[test]
    fn every_day_belongs_to_exactly_the_month_whose_range_holds_it() {
        for start in [1, 2, 10, 15, 28] {
            let c = Cycle::new(start).unwrap();
            let mut day = d("2023-12-01");
            while day < d("2025-03-01") {
                let month = c.month_of(day);
                assert!(c.first_day(month) <= day && day <= c.last_day(month), "start {start}: {day}");
                assert_eq!(c.first_day(month.next()), c.last_day(month).succ_opt().unwrap());
                day = day.succ_opt().unwrap();
            }
        }
    }

    #[test]
    fn weeks_start_on_the_chosen_day() {
        // 2026-12-02 is a Wednesday.
        assert_eq!(week_of(d("2026-12-02"), Weekday::Mon), d("2026-11-30"));
        assert_eq!(week_of(d("2026-12-02"), Weekday::Sun), d("2026-11-29"));
        assert_eq!(week_of(d("2026-12-02"), Weekday::Wed), d("2026-12-02"));
        assert_eq!(week_of(d("2026-12-02"), Weekday::Thu), d("2026-11-26"));
        assert_eq!(week_sql(Weekday::Mon), "date(date, '-6 days', 'weekday 1')");
        assert_eq!(week_sql(Weekday::Sun), "date(date, '-6 days', 'weekday 0')");
    }

    #[test]
    fn day_one_is_the_calendar_and_29_is_refused() {
        let c = Cycle::default();
        assert!(c.is_calendar());
        assert_eq!((c.first_day(m("2026-02")), c.last_day(m("2026-02"))), (d("2026-02-01"), d("2026-02-28")));
        assert_eq!(c.month_of(d("2026-02-28")), m("2026-02"));
        assert_eq!(Cycle::new(29), None);
        assert_eq!(Cycle::new(0), None);
        assert_eq!(Cycle::new(28).unwrap().last_day(m("9999-12")), d("9999-12-31"));
    }

    /// Issue 20 item 4: every date at either edge of the years a ledger
    /// holds, with every start day, has a month that is a real month, which
    /// holds the date between its first and last day.
    #[test]
    fn every_date_at_the_edges_has_a_real_month_that_holds_it() {
        let edges = [(d("0001-01-01"), 60), (d("9999-11-01"), 60)];
        for start in 1..=28 {
            let cycle = Cycle::new(start).unwrap();
            for (from, days) in edges {
                for n in 0..days {
                    let Some(date) = from.checked_add_days(Days::new(n)) else { continue };
                    if date.year() > 9999 {
                        continue;
                    }
                    let m = cycle.month_of(date);
                    assert!(m.to_string().parse::<Month>().is_ok(), "{date} start {start}: {m}");
                    assert!(cycle.first_day(m) <= date && date <= cycle.last_day(m), "{date} start {start}: {m}");
                }
            }
        }
        assert_eq!(Cycle::new(28).unwrap().month_of(d("0001-01-01")).to_string(), "0001-01");
        assert_eq!(Cycle::new(28).unwrap().first_day("0001-01".parse().unwrap()), d("0001-01-01"));
        assert_eq!(Cycle::new(28).unwrap().month_of(d("0001-01-28")).to_string(), "0001-01");
        assert_eq!(Cycle::new(28).unwrap().month_of(d("0001-02-27")).to_string(), "0001-01");
    }
}
