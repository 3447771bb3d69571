//! Handlers for accounts and categories: list, add, rename, archive.

use std::collections::HashMap;

use chrono::NaiveDate;
use std::io::Write;

use super::args::{AccountsArgs, AccountsCommand, CategoriesArgs, CategoriesCommand};
use super::names::{self, Scope};
use super::output::{Align, kind_word, table};
use super::{CliError, Result};
use crate::model::clean;
use crate::model::{AccountKind, Class, parse_date};
use crate::money::{Currency, Money};
use crate::ops;
use crate::store::Store;
use crate::text::{self, names::shown, terms};

/// A typed opening balance in `currency`, and its day (today unless given).
fn opening(
    what: &str,
    amount: &str,
    as_of: Option<&str>,
    currency: Currency,
    today: NaiveDate,
) -> Result<(i64, NaiveDate)> {
    let minor = Money::parse(amount, currency).map_err(|e| CliError::Usage(format!("{what}{e}")))?.minor;
    let day = match as_of {
        Some(d) => parse_date(d).map_err(|e| CliError::Usage(format!("--as-of: {e}")))?,
        None => today,
    };
    Ok((minor, day))
}

pub fn accounts(
    store: &mut Store,
    a: &AccountsArgs,
    currency: Currency,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    match a.command.as_ref().unwrap_or(&AccountsCommand::List { all: false }) {
        AccountsCommand::List { all } => {
            let balances: HashMap<i64, i64> = ops::worth::balances(store, today)?;
            let openings: HashMap<i64, crate::store::Opening> =
                store.openings()?.into_iter().map(|o| (o.account_id, o)).collect();
            // A credit account with terms: its bill, owed against its limit.
            let bills: HashMap<i64, String> = ops::credit::bills(store, today)?
                .iter()
                .map(|c| (c.account.id, super::credit::bill_line(c, today)))
                .collect();
            let rows: Vec<Vec<String>> = store
                .accounts(*all)?
                .into_iter()
                .map(|acc| {
                    let balance = Money::new(balances.get(&acc.id).copied().unwrap_or(0), acc.currency);
                    let state = if acc.archived { terms::archived() } else { "" };
                    let name = shown(&acc.name).into_owned();
                    let since = openings.get(&acc.id).map_or(String::new(), |o| {
                        text::cli::opening_cell(&Money::new(o.amount, acc.currency).display(), o.as_of)
                    });
                    vec![
                        name,
                        kind_word(acc.kind).into(),
                        acc.currency.to_string(),
                        balance.display(),
                        since,
                        bills.get(&acc.id).cloned().unwrap_or_default(),
                        state.into(),
                    ]
                })
                .collect();
            let mut headers = vec![
                (text::cli::h_name(), Align::Left),
                (text::cli::h_kind(), Align::Left),
                (text::cli::h_currency(), Align::Left),
                (text::cli::h_balance(), Align::Right),
                (text::cli::h_opening(), Align::Left),
                (text::credit::h_bill(), Align::Left),
                ("", Align::Left),
            ];
            // The bill column only when some card has terms, the opening
            // column only when some account has one.
            let mut rows = rows;
            if bills.is_empty() {
                headers.remove(5);
                rows.iter_mut().for_each(|r| drop(r.remove(5)));
            }
            if openings.is_empty() {
                headers.remove(4);
                rows.iter_mut().for_each(|r| drop(r.remove(4)));
            }
            write!(out, "{}", table(&headers, &rows))?;
        }
        AccountsCommand::Add { name, kind, currency: typed, balance, as_of } => {
            let kind: AccountKind = kind.parse().map_err(CliError::Usage)?;
            let currency = typed.as_deref().map(Currency::from_code).transpose()?.unwrap_or(currency);
            let start =
                balance.as_deref().map(|b| opening("--balance: ", b, as_of.as_deref(), currency, today)).transpose()?;
            let acc = ops::catalog::add_account_with(store, name, kind, currency, start)?;
            writeln!(out, "{}", text::cli::account_added(&shown(&acc.name), kind_word(acc.kind), acc.currency))?;
            if let Some((amount, day)) = start {
                writeln!(
                    out,
                    "{}",
                    text::cli::opening_set(&shown(&acc.name), &Money::new(amount, currency).display(), day)
                )?;
            }
        }
        AccountsCommand::Opening { name, amount, as_of } => {
            let acc = names::account(store, name, Scope::All)?;
            if amount.trim().eq_ignore_ascii_case("none") {
                ops::catalog::set_opening(store, acc.id, None)?;
                writeln!(out, "{}", text::cli::opening_removed(&shown(&acc.name)))?;
                return Ok(());
            }
            let (minor, day) = opening("", amount, as_of.as_deref(), acc.currency, today)?;
            ops::catalog::set_opening(store, acc.id, Some((minor, day)))?;
            let balance = ops::worth::balances(store, today)?.get(&acc.id).copied().unwrap_or(0);
            let name = shown(&acc.name);
            writeln!(out, "{}", text::cli::opening_set(&name, &Money::new(minor, acc.currency).display(), day))?;
            writeln!(out, "{}", text::cli::balance_now(&name, &Money::new(balance, acc.currency).display()))?;
        }
        AccountsCommand::Loan { name, principal, rate, years, start, method, rule, scenario, none } => {
            let words = super::worth::LoanWords {
                name,
                principal: principal.as_deref(),
                rate: rate.as_deref(),
                years: *years,
                start: start.as_deref(),
                method: method.as_deref(),
                rule: rule.as_deref(),
                scenario: scenario.as_deref(),
                none: *none,
            };
            super::worth::loan(store, words, today, out)?;
        }
        AccountsCommand::Credit { name, limit, statement_day, due_day, none } => {
            let words = super::credit::CreditWords {
                name,
                limit: limit.as_deref(),
                statement_day: *statement_day,
                due_day: *due_day,
                none: *none,
            };
            super::credit::credit(store, words, today, out)?;
        }
        AccountsCommand::Rename { name, new_name } => {
            let acc = names::account(store, name, Scope::All)?;
            ops::catalog::rename_account(store, acc.id, new_name)?;
            writeln!(out, "{}", text::cli::account_renamed(&shown(&acc.name), &shown(&clean::text(new_name))))?;
        }
        AccountsCommand::Archive { name } | AccountsCommand::Unarchive { name } => {
            let archive = matches!(a.command, Some(AccountsCommand::Archive { .. }));
            let acc = names::account(store, name, Scope::All)?;
            if acc.archived == archive {
                let name = shown(&acc.name);
                let line = if archive {
                    text::cli::account_already_archived(&name)
                } else {
                    text::cli::account_not_archived(&name)
                };
                writeln!(out, "{line}")?;
                return Ok(());
            }
            ops::catalog::set_account_archived(store, acc.id, archive)?;
            let name = shown(&acc.name);
            let line = if archive { text::cli::account_archived(&name) } else { text::cli::account_unarchived(&name) };
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

pub fn categories(store: &mut Store, a: &CategoriesArgs, out: &mut dyn Write) -> Result<()> {
    match a.command.as_ref().unwrap_or(&CategoriesCommand::List { all: false }) {
        CategoriesCommand::List { all } => {
            let cats = store.categories(*all)?;
            // Parents by id from every category: an archived parent still names its children's group.
            let by_id: HashMap<i64, String> =
                store.categories(true)?.into_iter().map(|c| (c.id, shown(&c.name).into_owned())).collect();
            let rows: Vec<Vec<String>> = cats
                .iter()
                .map(|c| {
                    let parent = c.parent_id.and_then(|p| by_id.get(&p).cloned()).unwrap_or_default();
                    let state = if c.archived { terms::archived() } else { "" };
                    vec![shown(&c.name).into_owned(), c.class.word().into(), parent, state.into()]
                })
                .collect();
            let headers = [
                (text::cli::h_name(), Align::Left),
                (text::cli::h_class(), Align::Left),
                (text::cli::h_parent(), Align::Left),
                ("", Align::Left),
            ];
            write!(out, "{}", table(&headers, &rows))?;
        }
        CategoriesCommand::Add { name, class, parent } => {
            let class: Class = class.parse().map_err(CliError::Usage)?;
            let parent_id = match parent {
                Some(p) => Some(names::category(store, p, Scope::Active)?.id),
                None => None,
            };
            let cat = ops::catalog::add_category(store, name, class, parent_id)?;
            writeln!(out, "{}", text::cli::category_added(&shown(&cat.name), cat.class.word()))?;
        }
        CategoriesCommand::Rename { name, new_name } => {
            let cat = names::category(store, name, Scope::All)?;
            ops::catalog::rename_category(store, cat.id, new_name)?;
            writeln!(out, "{}", text::cli::category_renamed(&shown(&cat.name), &shown(&clean::text(new_name))))?;
        }
        CategoriesCommand::Move { name, parent } => {
            let cat = names::category(store, name, Scope::All)?;
            let parent = match parent.trim() {
                p if p.eq_ignore_ascii_case("none") || p.is_empty() => None,
                p => Some(names::category(store, p, Scope::Active)?),
            };
            // Already there: say so and write nothing (no empty undo step).
            if cat.parent_id == parent.as_ref().map(|p| p.id) {
                let line = match &parent {
                    Some(p) => text::cli::category_already_under(&shown(&cat.name), &shown(&p.name)),
                    None => text::cli::category_already_top(&shown(&cat.name)),
                };
                writeln!(out, "{line}")?;
                return Ok(());
            }
            ops::catalog::move_category(store, cat.id, parent.as_ref().map(|p| p.id))?;
            let line = match &parent {
                Some(p) => text::cli::category_moved(&shown(&cat.name), &shown(&p.name)),
                None => text::cli::category_to_top(&shown(&cat.name)),
            };
            writeln!(out, "{line}")?;
        }
        CategoriesCommand::Archive { name } | CategoriesCommand::Unarchive { name } => {
            let archive = matches!(a.command, Some(CategoriesCommand::Archive { .. }));
            let cat = names::category(store, name, Scope::All)?;
            if cat.archived == archive {
                let name = shown(&cat.name);
                let line = if archive {
                    text::cli::category_already_archived(&name)
                } else {
                    text::cli::category_not_archived(&name)
                };
                writeln!(out, "{line}")?;
                return Ok(());
            }
            ops::catalog::set_category_archived(store, cat.id, archive)?;
            let name = shown(&cat.name);
            let line =
                if archive { text::cli::category_archived(&name) } else { text::cli::category_unarchived(&name) };
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
