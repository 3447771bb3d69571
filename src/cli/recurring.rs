//! Handlers for `recurring` (rules, instances, posting) and the posting of
//! due instances that every start of nestegg does.

use std::io::Write;

use chrono::{Datelike, NaiveDate};

use super::args::{RecurringArgs, RecurringCommand, RuleFields};
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::input::parse_percent;
use crate::model::clean;
use crate::model::parse_date;
use crate::money::{Currency, Money};
use crate::ops;
use crate::recurring::{Every, Instance, NewRule, Rule, Schedule, StepUp};
use crate::store::Store;
use crate::text::safe::escaped;
use crate::text::{self, names::shown, reports as words};

fn find(rules: &[Rule], name: &str) -> Result<Rule> {
    names::pick(name, rules.to_vec(), |r| &r.name, names::What::Rule)
}

fn day(flag: &str, s: &str) -> Result<NaiveDate> {
    parse_date(s).map_err(|e| CliError::Usage(format!("--{flag}: {e}")))
}

/// The flags applied to `base` (a rule's current template, or the defaults for a new one).
/// `adding`: a start without a day also sets the day (an edit keeps it).
fn apply(store: &Store, f: &RuleFields, base: NewRule, adding: bool) -> Result<NewRule> {
    let mut r = base;
    if let Some(name) = &f.category {
        r.category_id = names::category(store, name, Scope::Active)?.id;
    }
    if let Some(name) = &f.account {
        r.account_id = names::account(store, name, Scope::Active)?.id;
    }
    let class = store.category(r.category_id)?.class;
    if let Some(text) = &f.amount {
        let typed = Money::parse(text, Currency::CNY).map_err(|e| CliError::Usage(format!("--amount: {e}")))?.minor;
        if typed <= 0 {
            return Err(CliError::Usage(words::amount_not_positive(text)));
        }
        r.amount = typed * class.sign();
    } else {
        // A new category keeps the size and takes its own sign.
        r.amount = r.amount.abs() * class.sign();
    }
    if r.amount == 0 {
        return Err(CliError::Usage(words::amount_needed().into()));
    }
    let s = &mut r.schedule;
    if let Some(e) = &f.every {
        s.every = match e.as_str() {
            "week" => Every::Week,
            "year" => Every::Year,
            _ => Every::Month,
        };
    }
    if let Some(start) = &f.start {
        s.start = day("start", start)?;
        if f.day.is_none() && adding {
            s.day = s.start.day();
        }
    }
    if let Some(d) = f.day {
        s.day = d;
    }
    if let Some(n) = f.interval {
        s.interval = n;
    }
    match f.end.as_deref() {
        Some("none") => s.end = None,
        Some(e) => {
            let end = day("end", e)?;
            if end < s.start {
                return Err(CliError::Usage(words::end_before_start(end, s.start)));
            }
            s.end = Some(end);
            s.count = None;
        }
        None => {}
    }
    if let Some(n) = f.count {
        s.count = (n > 0).then_some(n);
        s.end = None;
    }
    r.step_up = match f.step_up.as_deref().map(str::trim) {
        None => r.step_up,
        Some("none") => None,
        Some(t) if t.ends_with('%') => {
            let p = parse_percent(t).map_err(|e| CliError::Usage(format!("--step-up: {e}")))?;
            Some(StepUp::Percent((p * 10_000.0).round() as i64))
        }
        Some(t) => {
            let a = Money::parse(t, Currency::CNY).map_err(|e| CliError::Usage(format!("--step-up: {e}")))?.minor;
            if a < 0 {
                return Err(CliError::Usage(words::step_up_positive().into()));
            }
            Some(StepUp::Amount(a))
        }
    };
    if let Some(p) = &f.payee {
        r.payee = p.trim().to_owned();
    }
    if let Some(n) = &f.note {
        r.note = n.trim().to_owned();
    }
    Ok(r)
}

fn template(rule: &Rule) -> NewRule {
    NewRule {
        name: rule.name.clone(),
        account_id: rule.account_id,
        category_id: rule.category_id,
        amount: rule.amount,
        payee: rule.payee.clone(),
        note: rule.note.clone(),
        schedule: rule.schedule,
        step_up: rule.step_up,
    }
}

fn step_text(s: Option<StepUp>) -> String {
    match s {
        None => String::new(),
        Some(StepUp::Percent(bp)) => words::step_percent(bp / 100, bp % 100),
        Some(StepUp::Amount(a)) => words::step_amount(&Currency::CNY.show(a)),
    }
}

pub fn recurring(store: &mut Store, a: &RecurringArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    match a.command.as_ref().unwrap_or(&RecurringCommand::List) {
        RecurringCommand::List => {
            // Each rule and its next instance, as the rules screen shows them.
            let rules = ops::views::rules_ahead(store, today, 1)?;
            if rules.is_empty() {
                writeln!(out, "{}", words::no_rules())?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = rules
                .iter()
                .map(|(r, next)| {
                    let next = next.first();
                    vec![
                        r.name.clone(),
                        Currency::CNY.show(r.amount_on(today.max(r.schedule.start))),
                        r.schedule_text(),
                        next.map_or("—".into(), |i| i.date.to_string()),
                        shown(&r.account).into_owned(),
                        shown(&r.category).into_owned(),
                        step_text(r.step_up),
                    ]
                })
                .collect();
            let headers = [
                (text::cli::h_name(), Align::Left),
                (text::cli::h_amount(), Align::Right),
                (words::h_schedule(), Align::Left),
                (words::h_next(), Align::Left),
                (text::cli::h_account(), Align::Left),
                (text::cli::h_category(), Align::Left),
                (words::h_step_up(), Align::Left),
            ];
            write!(out, "{}", table(&headers, &rows))?;
        }
        RecurringCommand::Add { name, fields } => {
            let account = match &fields.account {
                Some(_) => 0,
                None => store
                    .accounts(false)?
                    .first()
                    .map(|x| x.id)
                    .ok_or_else(|| CliError::Usage(words::rule_no_account().into()))?,
            };
            let Some(category) = &fields.category else {
                return Err(CliError::Usage(words::rule_needs_category().into()));
            };
            let category_id = names::category(store, category, Scope::Active)?.id;
            let base = NewRule {
                name: clean::text(name),
                account_id: account,
                category_id,
                amount: 0,
                payee: clean::text(name),
                note: String::new(),
                schedule: Schedule {
                    every: Every::Month,
                    interval: 1,
                    day: today.day(),
                    start: today,
                    end: None,
                    count: None,
                },
                step_up: None,
            };
            let r = apply(store, fields, base, true)?;
            let (_, posted) = ops::plans::add_rule(store, &r, today)?;
            let rule = find(&store.recurring()?, &r.name)?;
            // The next instance as the rules screen finds it: from the rule's start, however far off.
            let next = ops::views::rules_ahead(store, today, 1)?
                .into_iter()
                .find(|(r, _)| r.id == rule.id)
                .and_then(|(_, next)| next.first().map(|i| i.date.to_string()))
                .unwrap_or_else(|| words::next_none().into());
            writeln!(
                out,
                "{}",
                escaped(&words::rule_added(&rule.name, &Currency::CNY.show(rule.amount), &rule.schedule_text(), &next))
            )?;
            say_posted(&posted, out)?;
        }
        RecurringCommand::Edit { name, rename, date, fields } => {
            let rule = find(&store.recurring()?, name)?;
            if let Some(d) = date {
                let d = day("date", d)?;
                let Some(text) = &fields.amount else {
                    return Err(CliError::Usage(words::date_needs_amount().into()));
                };
                let typed = Money::parse(text, Currency::CNY).map_err(|e| CliError::Usage(format!("--amount: {e}")))?;
                let amount = typed.minor.abs() * rule.class.sign();
                if !rule.schedule.dates_between(d, d).iter().any(|(_, x)| *x == d) {
                    return Err(CliError::Usage(words::no_instance_on(&rule.name, d)));
                }
                ops::plans::set_instance(store, &rule, d, Some(amount))?;
                writeln!(out, "{}", escaped(&words::instance_now(&rule.name, d, &Currency::CNY.show(amount))))?;
                return Ok(());
            }
            let mut r = apply(store, fields, template(&rule), false)?;
            if let Some(n) = rename {
                r.name = clean::text(n);
            }
            let posted = ops::plans::update_rule(store, &rule, &r, today)?;
            writeln!(
                out,
                "{}",
                escaped(&words::rule_changed(&r.name, &Currency::CNY.show(r.amount), &r.schedule.text()))
            )?;
            say_posted(&posted, out)?;
        }
        RecurringCommand::Rm { name } => {
            let rule = find(&store.recurring()?, name)?;
            ops::plans::remove_rule(store, &rule)?;
            writeln!(out, "{}", escaped(&words::rule_removed(&rule.name)))?;
        }
        RecurringCommand::Skip { name, date } => {
            let rule = find(&store.recurring()?, name)?;
            let when = match date {
                Some(d) => {
                    let d = day("date", d)?;
                    if !rule.schedule.dates_between(d, d).iter().any(|(_, x)| *x == d) {
                        return Err(CliError::Usage(words::no_instance_on(&rule.name, d)));
                    }
                    d
                }
                None => ops::views::rules_ahead(store, today, 1)?
                    .into_iter()
                    .find(|(r, _)| r.id == rule.id)
                    .and_then(|(_, next)| next.first().map(|i| i.date))
                    .ok_or_else(|| CliError::Usage(words::no_instance_to_come(&rule.name)))?,
            };
            ops::plans::set_instance(store, &rule, when, None)?;
            writeln!(out, "{}", escaped(&words::skipped_on(&rule.name, when)))?;
        }
        RecurringCommand::Post { dry_run: true } => {
            let due = store.upcoming(NaiveDate::MIN, today)?;
            for i in &due {
                writeln!(out, "{} {} {}", i.date, escaped(&i.name), Currency::CNY.show(i.amount))?;
            }
            writeln!(out, "{}", words::dry_run_due(due.len()))?;
        }
        RecurringCommand::Post { dry_run: false } => {
            let posting = ops::plans::post_due(store, today)?;
            for i in &posting.posted {
                writeln!(out, "{} {} {}", i.date, escaped(&i.name), Currency::CNY.show(i.amount))?;
            }
            writeln!(out, "{}", words::posted(posting.posted.len()))?;
            if !posting.held.is_empty() {
                return Err(CliError::Inconsistent(held_words(&posting.held).join("\n")));
            }
        }
    }
    Ok(())
}

/// Why each held rule waits (see [`crate::recurring::Posting`]), escaped.
fn held_words(held: &[Instance]) -> Vec<String> {
    let max = Currency::CNY.show(crate::money::MAX_AMOUNT);
    held.iter()
        .map(|i| escaped(&words::post_held(&i.name, i.date, &Currency::CNY.show(i.amount), &max)).into_owned())
        .collect()
}

/// The instances an add or an edit of a rule posted in its own step (a
/// start in the past): the first three dates, and how many more.
fn say_posted(posted: &[Instance], out: &mut dyn Write) -> Result<()> {
    if posted.is_empty() {
        return Ok(());
    }
    let dates: Vec<String> = posted.iter().take(3).map(|i| i.date.to_string()).collect();
    let more = if posted.len() > 3 { words::and_n_more(posted.len() - 3) } else { String::new() };
    writeln!(out, "{}", words::posted_with_rule(posted.len(), &dates.join(text::cli::list_sep()), &more))?;
    Ok(())
}

/// Posts what is due at a start of nestegg; a note on stderr says what.
pub fn post_at_start(store: &mut Store, today: NaiveDate) {
    match ops::plans::post_due(store, today) {
        Ok(posting) => {
            let posted = &posting.posted;
            if !posted.is_empty() {
                let names: Vec<String> = posted.iter().take(3).map(|i| format!("{} {}", i.name, i.date)).collect();
                let more = if posted.len() > 3 { words::and_n_more(posted.len() - 3) } else { String::new() };
                let list = names.join(text::cli::list_sep());
                eprintln!("{}", escaped(&words::posted_at_start(posted.len(), &list, &more)));
            }
            for line in held_words(&posting.held) {
                eprintln!("{}", text::common::error_prefix(line));
            }
        }
        Err(e) => eprintln!("{}", words::post_failed(e)),
    }
}
