//! What the household has: every account's balance (a loan's from its
//! schedule), valuations, reconciliations against a statement, a loan's
//! terms, net worth month by month, and the liquid and cash sums plans
//! start from. Each write is one undoable step ([`Step::Catalog`]).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::history::{CatalogChange, Catalogued, Step, record};
use super::{Ctx, Result};
use crate::model::{Account, AccountKind, Month, Txn, TxnFilter};
use crate::relocation::mortgage::{Loan, schedule};
use crate::store::{LoanTerms, Mark, MarkKind, Store};
use crate::text;
use crate::worth::{MonthIn, WorthMonth, owed_on, paid_between, worth_months};

/// Why a valuation, a reconciliation or a loan's terms were refused; worded
/// by its `Display` in the reader's language.
#[derive(Debug, thiserror::Error)]
pub enum WorthError {
    /// Only investments and homes are valued (the account's name).
    #[error("{}", text::worth::value_kind(&text::names::shown(.0)))]
    NotValued(String),
    /// A loan with terms follows its schedule: nothing to reconcile.
    #[error("{}", text::worth::reconcile_loan(&text::names::shown(.0)))]
    Scheduled(String),
    /// Terms are for loan accounts.
    #[error("{}", text::worth::loan_kind(&text::names::shown(.0)))]
    NotALoan(String),
    /// A difference too large to hold.
    #[error("{}", text::errors::amount_too_large())]
    TooLarge,
    #[error(transparent)]
    Loan(#[from] crate::relocation::mortgage::MortgageError),
}

fn step(change: CatalogChange, name: &str) -> Step {
    Step::Catalog { what: Catalogued::Account, change, name: name.to_owned() }
}

/// What a loan with terms owes at the end of `day`, negative (a balance).
fn loan_balance(terms: &LoanTerms, day: NaiveDate) -> Result<i64> {
    let s = schedule(&terms.loan).map_err(WorthError::from)?;
    Ok(-owed_on(terms.loan.principal, terms.start, &s, day))
}

/// Each account's balance at the end of `day`: what the ledger holds
/// through it ([`Store::balances_on`]), a loan with terms from its schedule.
pub fn balances_on(store: &Store, day: NaiveDate) -> Result<HashMap<i64, i64>> {
    let mut map: HashMap<i64, i64> = store.balances_on(day)?.into_iter().collect();
    for terms in store.loans()? {
        map.insert(terms.account_id, loan_balance(&terms, day)?);
    }
    Ok(map)
}

/// Each account's balance now: everything the ledger holds (rows dated
/// ahead too, as the accounts list always showed), a loan with terms
/// as its schedule stands `today`.
pub fn balances(store: &Store, today: NaiveDate) -> Result<HashMap<i64, i64>> {
    let mut map: HashMap<i64, i64> = store.account_balances()?.into_iter().collect();
    for terms in store.loans()? {
        map.insert(terms.account_id, loan_balance(&terms, today)?);
    }
    Ok(map)
}

/// Every account (archived ones too) with its balance now.
pub fn holdings(store: &Store, today: NaiveDate) -> Result<Vec<(Account, i64)>> {
    let balances = balances(store, today)?;
    Ok(store
        .accounts(true)?
        .into_iter()
        .map(|a| (balances.get(&a.id).copied().unwrap_or(0), a))
        .map(|(b, a)| (a, b))
        .collect())
}

/// The sum of the balances now of the accounts in the context's currency
/// whose kind `keep` takes.
fn sum_of(store: &Store, ctx: &Ctx, keep: impl Fn(AccountKind) -> bool) -> Result<i64> {
    Ok(holdings(store, ctx.today)?
        .into_iter()
        .filter(|(a, _)| a.currency == ctx.currency && keep(a.kind))
        .fold(0i64, |s, (_, b)| s.saturating_add(b)))
}

/// Liquid net worth now: cash, cards and investments in the context's
/// currency (not a home, not the loan on it). What plans start from.
pub fn liquid(store: &Store, ctx: &Ctx) -> Result<i64> {
    sum_of(store, ctx, AccountKind::is_liquid)
}

/// Cash now: bank, cash, wallet and savings accounts less what cards owe,
/// in the context's currency. What a move's "lowest cash" watches.
pub fn cash(store: &Store, ctx: &Ctx) -> Result<i64> {
    sum_of(store, ctx, AccountKind::is_cash)
}

/// What the homes in the context's currency are worth now, and what the
/// loans on them owe (a size).
pub fn home_and_loans(store: &Store, ctx: &Ctx) -> Result<(i64, i64)> {
    let home = sum_of(store, ctx, |k| k == AccountKind::Home)?;
    let owed = sum_of(store, ctx, |k| k == AccountKind::Loan)?;
    Ok((home, -owed))
}

/// A valuation recorded: the account's balance before it and the change in value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Valued {
    pub before: i64,
    pub mark: Mark,
}

/// Records that account `id` (an investment or a home) is worth `amount`
/// at the end of `day`: the difference from its balance then is a change
/// in value, neither income nor spending. One undoable step.
pub fn value(store: &mut Store, id: i64, amount: i64, day: NaiveDate) -> Result<Valued> {
    let account = store.account(id)?;
    if !matches!(account.kind, AccountKind::Investment | AccountKind::Home) {
        return Err(WorthError::NotValued(account.name).into());
    }
    let before = balances_on(store, day)?.get(&id).copied().unwrap_or(0);
    let change = amount.checked_sub(before).ok_or(WorthError::TooLarge)?;
    let step = step(CatalogChange::Value, &account.name);
    // A later mark still states its value: it gives this change back.
    let mark = record(store, &step, |tx| {
        let mark = tx.add_mark(id, day, MarkKind::Value, amount, change)?;
        tx.give_back_after(id, day, change)?;
        Ok(mark)
    })?;
    Ok(Valued { before, mark })
}

/// A statement compared with the ledger: the ledger's balance at the end
/// of the day, the difference (statement less ledger), the rows not yet
/// reconciled (after the last reconciliation, through the day, oldest
/// first), and the mark recorded, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Reconciliation {
    pub ledger: i64,
    pub stated: i64,
    pub difference: i64,
    /// The last reconciliation before this one.
    pub since: Option<NaiveDate>,
    pub unreconciled: Vec<Txn>,
    pub recorded: Option<Mark>,
}

/// Compares `stated` (what the bank says account `id` held at the end of
/// `day`) with the ledger. When they match, the reconciliation is
/// recorded and the rows through the day are reconciled; when they
/// differ, nothing is written unless `adjust`, which records the
/// difference as an adjustment (neither income nor spending). One
/// undoable step when something is written.
pub fn reconcile(store: &mut Store, id: i64, stated: i64, day: NaiveDate, adjust: bool) -> Result<Reconciliation> {
    let account = store.account(id)?;
    if store.loans()?.iter().any(|l| l.account_id == id) {
        return Err(WorthError::Scheduled(account.name).into());
    }
    crate::money::limited(crate::money::Money::new(stated.saturating_abs(), account.currency))?;
    let ledger = balances_on(store, day)?.get(&id).copied().unwrap_or(0);
    let difference = stated.checked_sub(ledger).ok_or(WorthError::TooLarge)?;
    let since = store
        .marks(Some(id))?
        .into_iter()
        .filter(|m| m.kind == MarkKind::Reconcile && m.date < day)
        .map(|m| m.date)
        .max();
    let filter = TxnFilter {
        account_id: Some(id),
        from: since.and_then(|d| d.succ_opt()),
        to: Some(day),
        ..TxnFilter::default()
    };
    let mut unreconciled = Vec::new();
    store.for_each_txn_oldest_first(&filter, |t| {
        unreconciled.push(t);
        Ok(())
    })?;
    let recorded = if difference == 0 || adjust {
        let step = step(CatalogChange::Reconcile, &account.name);
        Some(record(store, &step, |tx| {
            let mark = tx.add_mark(id, day, MarkKind::Reconcile, stated, difference)?;
            tx.give_back_after(id, day, difference)?;
            Ok(mark)
        })?)
    } else {
        None
    };
    Ok(Reconciliation { ledger, stated, difference, since, unreconciled, recorded })
}

/// The day through which account `id`'s rows are reconciled, if any.
pub fn reconciled_through(store: &Store, id: i64) -> Result<Option<NaiveDate>> {
    Ok(store.reconciled_through()?.into_iter().find(|(a, _)| *a == id).map(|(_, d)| d))
}

/// Whether `txn` is reconciled (dated on or before its account's last
/// reconciliation): a face asks before changing one.
pub fn is_reconciled(store: &Store, txn: &Txn) -> Result<bool> {
    Ok(reconciled_through(store, txn.account_id)?.is_some_and(|d| txn.date <= d))
}

/// Sets a loan account's terms (`None` takes them away): from then on its
/// balance follows the schedule, drawn on `start`. One undoable step.
pub fn set_loan(store: &mut Store, id: i64, terms: Option<(Loan, NaiveDate)>) -> Result<()> {
    let account = store.account(id)?;
    if account.kind != AccountKind::Loan {
        return Err(WorthError::NotALoan(account.name).into());
    }
    if let Some((loan, _)) = &terms {
        schedule(loan).map_err(WorthError::from)?;
    }
    let step = step(CatalogChange::Loan, &account.name);
    Ok(record(store, &step, |tx| tx.set_loan(id, terms))?)
}

/// The first month anything is known about what the household has: an
/// opening balance, a mark, a loan drawn, or the first transaction of an
/// account with no opening balance (`None` for an empty ledger). Rows
/// before an account's opening balance are in its months' savings but not
/// in its balance, so net worth starts where the balances do, not at zero
/// with a jump.
pub fn first_month(store: &Store, ctx: &Ctx) -> Result<Option<Month>> {
    let openings = store.openings()?;
    let mut days: Vec<NaiveDate> = Vec::new();
    for a in store.accounts(true)?.into_iter().filter(|a| openings.iter().all(|o| o.account_id != a.id)) {
        let filter = TxnFilter { account_id: Some(a.id), ..TxnFilter::default() };
        days.extend(store.txn_page_at(&filter, None, true, 1)?.into_iter().map(|t| t.date));
    }
    days.extend(openings.into_iter().map(|o| o.as_of));
    days.extend(store.marks(None)?.into_iter().map(|m| m.date));
    days.extend(store.loans()?.into_iter().map(|l| l.start));
    Ok(days.into_iter().min().map(|d| ctx.cycle.month_of(d)))
}

/// Net worth at the end of each month `from` through `to`, in the
/// context's currency (accounts in other currencies are left out), with
/// each month's change split into what was saved from income, changes
/// in value and the rest.
pub fn networth(store: &Store, ctx: &Ctx, from: Month, to: Month) -> Result<Vec<WorthMonth>> {
    let accounts: Vec<Account> = store.accounts(true)?.into_iter().filter(|a| a.currency == ctx.currency).collect();
    let at = |day: NaiveDate| -> Result<Vec<(AccountKind, i64)>> {
        let b = balances_on(store, day)?;
        Ok(accounts.iter().map(|a| (a.kind, b.get(&a.id).copied().unwrap_or(0))).collect())
    };
    let before_day = ctx.cycle.first_day(from).pred_opt().unwrap_or(NaiveDate::MIN);
    let (a, l) = crate::worth::split(&at(before_day)?);
    let summaries = if from <= to { super::views::month_summaries(store, ctx, from, to)? } else { Vec::new() };
    let marks: Vec<Mark> = store
        .marks(None)?
        .into_iter()
        .filter(|m| m.kind == MarkKind::Value && accounts.iter().any(|a| a.id == m.account_id))
        .collect();
    let months = summaries
        .iter()
        .map(|s| {
            let (first, last) = (ctx.cycle.first_day(s.month), ctx.cycle.last_day(s.month));
            let value = marks.iter().filter(|m| m.date >= first && m.date <= last).map(|m| m.change).sum();
            Ok(MonthIn { month: s.month, balances: at(last)?, saved: s.savings, value })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(worth_months(a.saturating_sub(l), &months))
}

/// What the journal export writes besides transactions, from `from`
/// through `to` (either open), loan payments through `today`: opening
/// balances, balances brought forward into a journal that starts later,
/// valuations and reconciliations with nestegg's balance after them, a
/// loan's draw and its payments' principal. And the accounts that are
/// liabilities (loans).
pub fn journal_extras(
    store: &Store,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(Vec<crate::export::Extra>, std::collections::HashSet<String>)> {
    use crate::export::{Extra, ExtraKind};
    let accounts: HashMap<i64, Account> = store.accounts(true)?.into_iter().map(|a| (a.id, a)).collect();
    let within = |d: NaiveDate| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t);
    let extra = |id: i64, date: NaiveDate, what: ExtraKind| {
        accounts.get(&id).map(|a| Extra { date, account: a.name.clone(), currency: a.currency, what })
    };
    let mut extras: Vec<Extra> = Vec::new();
    if let Some(day) = from.and_then(|f| f.pred_opt()) {
        let mut held: Vec<(i64, i64)> = balances_on(store, day)?.into_iter().filter(|(_, b)| *b != 0).collect();
        held.sort();
        extras.extend(
            held.into_iter()
                .filter_map(|(id, b)| extra(id, day + chrono::Days::new(1), ExtraKind::BroughtForward { balance: b })),
        );
    }
    for o in store.openings()?.into_iter().filter(|o| within(o.as_of)) {
        extras.extend(extra(o.account_id, o.as_of, ExtraKind::Opening { balance: o.amount }));
    }
    let marks: Vec<Mark> = store.marks(None)?.into_iter().filter(|m| within(m.date)).collect();
    for (i, m) in marks.iter().enumerate() {
        // After this mark: the day's end less the same day's later marks on the account.
        let later: i64 =
            marks[i + 1..].iter().filter(|n| n.account_id == m.account_id && n.date == m.date).map(|n| n.change).sum();
        let balance = balances_on(store, m.date)?.get(&m.account_id).copied().unwrap_or(0) - later;
        let what = match m.kind {
            MarkKind::Value => ExtraKind::Value { change: m.change, balance },
            MarkKind::Reconcile => ExtraKind::Reconcile { change: m.change, balance, stated: m.stated },
        };
        extras.extend(extra(m.account_id, m.date, what));
    }
    for terms in store.loans()? {
        if within(terms.start) {
            extras.extend(extra(
                terms.account_id,
                terms.start,
                ExtraKind::LoanDrawn { principal: terms.loan.principal },
            ));
        }
        let s = schedule(&terms.loan).map_err(WorthError::from)?;
        for p in &s {
            let due = crate::worth::due_day(terms.start, p.month);
            if due > today || to.is_some_and(|t| due > t) {
                break;
            }
            if within(due) {
                extras.extend(extra(terms.account_id, due, ExtraKind::LoanPaid { n: p.month, principal: p.principal }));
            }
        }
    }
    let liabilities = accounts.values().filter(|a| a.kind == AccountKind::Loan).map(|a| a.name.clone()).collect();
    Ok((extras, liabilities))
}

/// What the household has for a move's comparison over `months`: cash,
/// investments and the home now, and what its loans owe at the end of each
/// month from now (a loan with terms follows its schedule; one without
/// keeps its balance), in the context's currency.
pub fn holdings_ahead(store: &Store, ctx: &Ctx, months: u32) -> Result<crate::relocation::compare::Holdings> {
    let (home, _) = home_and_loans(store, ctx)?;
    let loans: Vec<Account> = store
        .accounts(true)?
        .into_iter()
        .filter(|a| a.currency == ctx.currency && a.kind == AccountKind::Loan)
        .collect();
    let terms: Vec<(LoanTerms, Vec<crate::relocation::mortgage::Payment>)> = store
        .loans()?
        .into_iter()
        .filter(|t| loans.iter().any(|a| a.id == t.account_id))
        .map(|t| -> Result<_> {
            let s = schedule(&t.loan).map_err(WorthError::from)?;
            Ok((t, s))
        })
        .collect::<Result<_>>()?;
    let now = balances(store, ctx.today)?;
    let day = |m: u32| ctx.today.checked_add_months(chrono::Months::new(m)).unwrap_or(NaiveDate::MAX);
    let owed = (0..=months)
        .map(|m| {
            loans.iter().fold(0i64, |sum, a| {
                let b = match terms.iter().find(|(t, _)| t.account_id == a.id) {
                    Some((t, s)) => -owed_on(t.loan.principal, t.start, s, day(m)),
                    None => now.get(&a.id).copied().unwrap_or(0),
                };
                sum.saturating_sub(b)
            })
        })
        .collect();
    let payments = (0..=months)
        .map(|m| match m {
            0 => 0,
            _ => terms.iter().map(|(t, s)| paid_between(t.start, s, day(m - 1), day(m))).sum(),
        })
        .collect();
    Ok(crate::relocation::compare::Holdings {
        cash: cash(store, ctx)?,
        investments: sum_of(store, ctx, |k| k == AccountKind::Investment)?,
        home,
        owed,
        payments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use crate::relocation::mortgage::Method;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn account(store: &mut Store, name: &str, kind: AccountKind) -> i64 {
        crate::ops::catalog::add_account(store, name, kind, Currency::CNY).unwrap().id
    }

    fn balance(store: &Store, id: i64, on: &str) -> i64 {
        balances_on(store, day(on)).unwrap().get(&id).copied().unwrap_or(0)
    }

    #[test]
    fn a_backdated_valuation_leaves_the_later_one_standing() {
        let mut store = Store::open_in_memory().unwrap();
        let fund = account(&mut store, "Fund", AccountKind::Investment);
        // Worth 51,200 at the end of November, then 50,800 typed for October.
        value(&mut store, fund, 5_120_000, day("2026-11-30")).unwrap();
        let october = value(&mut store, fund, 5_080_000, day("2026-10-31")).unwrap();
        assert_eq!((october.before, october.mark.change), (0, 5_080_000));
        assert_eq!(balance(&store, fund, "2026-10-31"), 5_080_000);
        // November still says 51,200: its change is now 400, not 51,200.
        assert_eq!(balance(&store, fund, "2026-11-30"), 5_120_000);
        let marks = store.marks(Some(fund)).unwrap();
        assert_eq!(marks.iter().map(|m| m.change).collect::<Vec<_>>(), [5_080_000, 40_000]);
        // One undo takes the October valuation and gives November its change back.
        crate::ops::history::undo(&mut store).unwrap();
        assert_eq!(store.marks(Some(fund)).unwrap().iter().map(|m| m.change).collect::<Vec<_>>(), [5_120_000]);
        assert_eq!(balance(&store, fund, "2026-11-30"), 5_120_000);
    }

    #[test]
    fn a_reconciliation_lists_the_rows_since_the_one_before_its_day() {
        let mut store = Store::open_in_memory().unwrap();
        let bank = account(&mut store, "Bank", AccountKind::Bank);
        let food = store.categories(true).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
        for (date, payee) in [("2026-03-05", "March"), ("2026-04-05", "April"), ("2026-05-05", "May")] {
            let t = crate::model::NewTxn {
                date: day(date),
                account_id: bank,
                category_id: food,
                payee: payee.into(),
                note: String::new(),
                amount: -1_000,
                tags: Default::default(),
            };
            store.write(|tx| tx.add_txn(&t)).unwrap();
        }
        reconcile(&mut store, bank, -1_000, day("2026-03-31"), false).unwrap();
        reconcile(&mut store, bank, -3_000, day("2026-05-31"), false).unwrap();
        // April again, against a statement that differs: the rows since
        // March's reconciliation, not everything from the start.
        let r = reconcile(&mut store, bank, -2_500, day("2026-04-30"), false).unwrap();
        assert_eq!(r.since, Some(day("2026-03-31")));
        assert_eq!(r.unreconciled.iter().map(|t| t.payee.as_str()).collect::<Vec<_>>(), ["April"]);
        assert_eq!((r.ledger, r.difference, r.recorded), (-2_000, -500, None));
    }

    #[test]
    fn net_worth_starts_where_the_balances_do() {
        let mut store = Store::open_in_memory().unwrap();
        let ctx = Ctx::new(day("2026-11-30"));
        assert_eq!(first_month(&store, &ctx).unwrap(), None);
        let bank = account(&mut store, "Bank", AccountKind::Bank);
        let food = store.categories(true).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
        let spent = |date: &str, account_id| crate::model::NewTxn {
            date: day(date),
            account_id,
            category_id: food,
            payee: String::new(),
            note: String::new(),
            amount: -1_000,
            tags: Default::default(),
        };
        store.write(|tx| tx.add_txn(&spent("2026-01-10", bank))).unwrap();
        assert_eq!(first_month(&store, &ctx).unwrap(), Some("2026-01".parse().unwrap()));
        // The bank's balance is stated from June: its January row is no balance.
        crate::ops::catalog::set_opening(&mut store, bank, Some((8_000_000, day("2026-06-01")))).unwrap();
        assert_eq!(first_month(&store, &ctx).unwrap(), Some("2026-06".parse().unwrap()));
        // Cash, with no opening balance, counts from its first row.
        let cash = account(&mut store, "Purse", AccountKind::Cash);
        store.write(|tx| tx.add_txn(&spent("2026-03-05", cash))).unwrap();
        assert_eq!(first_month(&store, &ctx).unwrap(), Some("2026-03".parse().unwrap()));
    }

    #[test]
    fn a_loan_ahead_counts_one_payment_a_month_from_today() {
        let mut store = Store::open_in_memory().unwrap();
        let loan = account(&mut store, "Mortgage", AccountKind::Loan);
        let terms = Loan {
            principal: 30_000_000,
            annual_rate: "0.049".parse().unwrap(),
            months: 240,
            method: Method::EqualPayment,
        };
        set_loan(&mut store, loan, Some((terms, day("2025-01-15")))).unwrap();
        // On 2026-03-10 the 14th payment (2026-03-15) is still to come: a
        // month on, on 2026-04-10, exactly one more is paid.
        let ctx = Ctx::new(day("2026-03-10"));
        let held = holdings_ahead(&store, &ctx, 2).unwrap();
        let s = schedule(&terms).unwrap();
        assert_eq!(held.owed, [s[12].balance, s[13].balance, s[14].balance]);
        assert_eq!(held.payments, [0, s[13].payment, s[14].payment]);
        // 300,000 at 4.9 % over 20 years: 1,963.33 a month.
        assert_eq!(s[13].payment, 196_333);
    }
}
