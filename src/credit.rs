//! Credit lines (花呗, 白条, credit cards; issue 27): a card's statement
//! cycle, its bill and due date, what it owes against its limit, and
//! purchases made into monthly instalments (分期). Pure: the card's terms,
//! its balance on two days and its rows since the last statement come in;
//! no SQL, no clock (today is passed in).
//!
//! - A statement on day S of a month bills what was bought after the last
//!   statement through the end of that day: the cycle is (last S, this S].
//!   On the statement day itself that statement is still to come.
//! - The bill is what the card owed at the end of the statement day, less
//!   the principal of instalments not yet billed; what is still due is the
//!   bill less the money in (repayments, refunds) since. It is due on the
//!   due day: of the statement's month when the due day comes after the
//!   statement day, else of the next month.
//! - An instalment plan of N months bills principal ÷ N (in minor units,
//!   rounded down; the remainder on the last) on each statement from the
//!   one whose cycle holds the purchase on; the purchase itself counts as
//!   spending once, on its day (the savings rate never sees a repayment:
//!   it is a transfer).

use chrono::{Datelike, Months, NaiveDate};

/// The days a statement or a payment may fall on: every month has them.
pub const DAYS: std::ops::RangeInclusive<u32> = 1..=28;

/// A credit account's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terms {
    /// The credit line, in minor units (more than zero).
    pub limit: i64,
    /// The day of the month a statement is drawn up (1–28).
    pub statement_day: u32,
    /// The day of the month a bill is due (1–28).
    pub due_day: u32,
}

/// Day `day` (held to 1–28) of the month of `date`, `shift` months on.
fn day_of(date: NaiveDate, shift: i32, day: u32) -> NaiveDate {
    let first = date.with_day(1).expect("every month has a first day");
    let moved = match shift {
        0 => Some(first),
        s if s > 0 => first.checked_add_months(Months::new(s.unsigned_abs())),
        s => first.checked_sub_months(Months::new(s.unsigned_abs())),
    }
    .unwrap_or(first);
    moved.with_day(day.clamp(*DAYS.start(), *DAYS.end())).expect("days 1-28 are in every month")
}

/// Months from `a`'s month to `b`'s.
fn months_from(a: NaiveDate, b: NaiveDate) -> i64 {
    let index = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    index(b) - index(a)
}

impl Terms {
    /// The first statement on or after `day`.
    pub fn statement_from(&self, day: NaiveDate) -> NaiveDate {
        let this = day_of(day, 0, self.statement_day);
        if this >= day { this } else { day_of(day, 1, self.statement_day) }
    }

    /// The last statement before `day` (the one `day` is after).
    pub fn statement_before(&self, day: NaiveDate) -> NaiveDate {
        let this = day_of(day, 0, self.statement_day);
        if this < day { this } else { day_of(day, -1, self.statement_day) }
    }

    /// The day the bill of `statement` is due.
    pub fn due_of(&self, statement: NaiveDate) -> NaiveDate {
        let shift = if self.due_day > self.statement_day { 0 } else { 1 };
        day_of(statement, shift, self.due_day)
    }

    /// How many statements fall on `from` through `through`.
    pub fn statements(&self, from: NaiveDate, through: NaiveDate) -> u32 {
        let first = self.statement_from(from);
        if first > through {
            return 0;
        }
        let last = through.succ_opt().map_or(through, |d| self.statement_before(d));
        u32::try_from(months_from(first, last) + 1).unwrap_or(u32::MAX)
    }
}

/// A purchase made into monthly instalments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// The purchase's day.
    pub date: NaiveDate,
    /// What was bought, in minor units (positive).
    pub principal: i64,
    /// How many monthly instalments (at least 2).
    pub months: u32,
}

impl Plan {
    /// The `k`-th instalment's principal (1 is the first): principal ÷
    /// months rounded down, the remainder on the last; none past it.
    pub fn part(&self, k: u32) -> i64 {
        let n = i64::from(self.months.max(1));
        let base = self.principal / n;
        match k {
            0 => 0,
            k if k < self.months => base,
            k if k == self.months => self.principal - base * (n - 1),
            _ => 0,
        }
    }

    /// How many instalments the statements through `through` have billed.
    pub fn billed_count(&self, terms: &Terms, through: NaiveDate) -> u32 {
        terms.statements(self.date, through).min(self.months)
    }

    /// The principal the statements through `through` have not billed yet
    /// (all of it before the first).
    pub fn left(&self, terms: &Terms, through: NaiveDate) -> i64 {
        let k = self.billed_count(terms, through);
        let base = self.principal / i64::from(self.months.max(1));
        let billed = if k == self.months { self.principal } else { base * i64::from(k) };
        self.principal - billed
    }

    /// What of the card's balance at the end of `day` is not yet billed:
    /// nothing before the purchase (it is not in the balance yet).
    fn unbilled_on(&self, terms: &Terms, day: NaiveDate) -> i64 {
        if self.date > day { 0 } else { self.left(terms, day) }
    }
}

/// A card's bill and what it owes, as they stand on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bill {
    /// The last statement (before today).
    pub statement: NaiveDate,
    /// What that statement billed.
    pub stated: i64,
    /// The money in since it (repayments, refunds), through today.
    pub paid: i64,
    /// What of the bill is still due (never below zero).
    pub due: i64,
    /// The day the bill is due.
    pub due_on: NaiveDate,
    /// The next statement (today, or after).
    pub next: NaiveDate,
    /// What the next statement would bill so far.
    pub next_so_far: i64,
    /// What the card owes now (its balance, negated).
    pub owed: i64,
    pub limit: i64,
    /// The limit less what is owed (below zero when over it).
    pub available: i64,
    /// The instalments' principal no statement has billed yet.
    pub instalments_left: i64,
}

impl Bill {
    /// The bill is still due after its day.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.due > 0 && self.due_on < today
    }
}

/// A card's balances around its last statement, as the ledger holds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owed<'a> {
    /// What the card owed at the end of the last statement day
    /// ([`Terms::statement_before`] today): its balance negated.
    pub at_statement: i64,
    /// What it owes at the end of today.
    pub now: i64,
    /// Its rows after the last statement through today: (day, signed amount).
    pub since: &'a [(NaiveDate, i64)],
}

/// The card's bill on `today`, from its terms, its balances and its
/// instalment plans (dated through today).
pub fn bill(terms: &Terms, today: NaiveDate, owed: Owed, plans: &[Plan]) -> Bill {
    let statement = terms.statement_before(today);
    let next = terms.statement_from(today);
    let sum = |f: &dyn Fn(&Plan) -> i64| plans.iter().map(f).fold(0i64, i64::saturating_add);
    let unbilled_then = sum(&|p| p.unbilled_on(terms, statement));
    let unbilled_next = sum(&|p| p.unbilled_on(terms, next));
    let stated = owed.at_statement.saturating_sub(unbilled_then).max(0);
    let paid = owed.since.iter().filter(|(_, a)| *a > 0).fold(0i64, |s, (_, a)| s.saturating_add(*a));
    let due = stated.saturating_sub(paid).max(0);
    let next_so_far = owed.now.saturating_sub(unbilled_next).saturating_sub(due).max(0);
    Bill {
        statement,
        stated,
        paid,
        due,
        due_on: terms.due_of(statement),
        next,
        next_so_far,
        owed: owed.now,
        limit: terms.limit,
        available: terms.limit.saturating_sub(owed.now),
        instalments_left: sum(&|p| p.left(terms, statement)),
    }
}

#[cfg(test)]
mod tests;
