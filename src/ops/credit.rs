//! Credit lines (issue 27): a credit account's terms, each card's bill as
//! it stands today ([`crate::credit::bill`] over the ledger's balances and
//! rows), and purchases made into instalments (分期) with an optional
//! monthly fee, posted by a recurring rule on the card. Each write is one
//! undoable step.

use chrono::NaiveDate;

use super::history::{CatalogChange, Catalogued, Step, record};
use super::{Result, worth};
use crate::credit::{Bill, DAYS, Owed, Plan, Terms, bill};
use crate::model::clean::{self, Field};
use crate::model::{Account, AccountKind, Txn, TxnFilter};
use crate::recurring::{Every, NewRule, Schedule};
use crate::store::{InstalmentRow, Store};
use crate::text::{credit as w, names::shown};

/// The most instalments a purchase is made into (30 years of months).
pub const MOST_MONTHS: u32 = 360;

/// Why credit terms or instalments were refused; worded by its `Display`.
#[derive(Debug, thiserror::Error)]
pub enum CreditError {
    /// Terms and instalments are for credit accounts (the account's name).
    #[error("{}", w::not_credit(&shown(.0)))]
    NotCredit(String),
    /// Instalments are billed on statements: the card needs its terms.
    #[error("{}", w::no_terms(&shown(.0)))]
    NoTerms(String),
    /// Only money spent in a category is a purchase.
    #[error("{}", w::not_a_purchase(*.0))]
    NotAPurchase(i64),
    /// A row on an account that is no credit line.
    #[error("{}", w::not_on_credit(*.id, &shown(.account)))]
    NotOnCredit { id: i64, account: String },
    #[error("{}", w::months_out(*.0, MOST_MONTHS))]
    Months(u32),
    #[error("{}", w::already(*.0))]
    Already(i64),
    #[error("{}", w::not_in_instalments(*.0))]
    NotInInstalments(i64),
    #[error("{}", w::day_out(*.0))]
    Day(u32),
    #[error("{}", w::limit_not_positive())]
    Limit,
    #[error("{}", w::fee_negative())]
    Fee,
}

/// Sets a credit account's terms (`None` takes them away). One undoable step.
pub fn set_terms(store: &mut Store, id: i64, terms: Option<Terms>) -> Result<()> {
    let account = store.account(id)?;
    if account.kind != AccountKind::Credit {
        return Err(CreditError::NotCredit(account.name).into());
    }
    if let Some(t) = terms {
        if t.limit <= 0 {
            return Err(CreditError::Limit.into());
        }
        crate::money::limited(crate::money::Money::new(t.limit, account.currency))?;
        for day in [t.statement_day, t.due_day] {
            if !DAYS.contains(&day) {
                return Err(CreditError::Day(day).into());
            }
        }
    }
    let step = Step::Catalog { what: Catalogued::Account, change: CatalogChange::Credit, name: account.name.clone() };
    Ok(record(store, &step, |tx| tx.set_credit(id, terms))?)
}

/// A card with terms and its bill today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardBill {
    pub account: Account,
    pub terms: Terms,
    pub bill: Bill,
}

/// The instalment plans on account `id` dated through `today`, each with its purchase.
fn plans_of(store: &Store, id: i64, today: NaiveDate) -> Result<Vec<(InstalmentRow, Txn, Plan)>> {
    let mut out = Vec::new();
    for row in store.instalments()? {
        let txn = store.txn(row.txn_id)?;
        if txn.account_id == id && txn.amount < 0 && txn.date <= today {
            let plan = Plan { date: txn.date, principal: txn.amount.saturating_neg(), months: row.months };
            out.push((row, txn, plan));
        }
    }
    Ok(out)
}

/// The bill of each credit account with terms, as it stands at the end of `today`.
pub fn bills(store: &Store, today: NaiveDate) -> Result<Vec<CardBill>> {
    let terms = store.credit_terms()?;
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let now = worth::balances_on(store, today)?;
    let mut out = Vec::new();
    for ct in terms {
        let account = store.account(ct.account_id)?;
        let statement = ct.terms.statement_before(today);
        let then = worth::balances_on(store, statement)?;
        let filter = TxnFilter {
            account_id: Some(account.id),
            from: statement.succ_opt(),
            to: Some(today),
            ..TxnFilter::default()
        };
        let mut since = Vec::new();
        store.for_each_txn_oldest_first(&filter, |t| {
            since.push((t.date, t.amount));
            Ok(())
        })?;
        let plans: Vec<Plan> = plans_of(store, account.id, today)?.into_iter().map(|(_, _, p)| p).collect();
        let owed = Owed {
            at_statement: then.get(&account.id).copied().unwrap_or(0).saturating_neg(),
            now: now.get(&account.id).copied().unwrap_or(0).saturating_neg(),
            since: &since,
        };
        out.push(CardBill { bill: bill(&ct.terms, today, owed, &plans), terms: ct.terms, account });
    }
    Ok(out)
}

/// A purchase in instalments: its row, its plan, how many instalments
/// the statements through `today` billed and the principal left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalmentLine {
    pub txn: Txn,
    pub months: u32,
    /// The monthly fee (0 for none).
    pub fee: i64,
    /// Each instalment's principal but the last.
    pub part: i64,
    pub billed: u32,
    pub left: i64,
}

/// Every purchase in instalments on a card with terms, oldest first, as
/// it stands at the end of `today` (billed by the statements through it).
pub fn instalments(store: &Store, today: NaiveDate) -> Result<Vec<InstalmentLine>> {
    let mut out = Vec::new();
    for ct in store.credit_terms()? {
        for (row, txn, plan) in plans_of(store, ct.account_id, NaiveDate::MAX)? {
            // As the bill counts them: the statements before today.
            let through = ct.terms.statement_before(today);
            let (billed, left) = (plan.billed_count(&ct.terms, through), plan.left(&ct.terms, through));
            out.push(InstalmentLine { part: plan.part(1), billed, left, txn, months: row.months, fee: row.fee });
        }
    }
    out.sort_by_key(|l| (l.txn.date, l.txn.id));
    Ok(out)
}

/// What `instalments ID N --fee X` asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInstalments {
    pub txn_id: i64,
    pub months: u32,
    /// The monthly fee, minor units (0 for none).
    pub fee: i64,
    /// The name of the recurring rule that posts the fee (worded by the face).
    pub fee_rule: String,
}

/// What making a purchase into instalments did: the plan, and the fee's
/// rule and the fees it posted already (a purchase in the past).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    pub line: InstalmentLine,
    pub first_statement: NaiveDate,
    pub rule_id: Option<i64>,
    pub fees_posted: usize,
}

/// Makes a purchase on a credit account with terms into `months` monthly
/// instalments: each statement from the one whose cycle holds it on bills
/// a part of its principal instead of all of it; a fee is posted as
/// spending on the card on each of those statement days by a recurring
/// rule (its instances due by `today` in the same step). One undoable step;
/// a refusal writes nothing.
pub fn add(store: &mut Store, req: &NewInstalments, today: NaiveDate) -> Result<Installed> {
    let txn = store.txn(req.txn_id)?;
    let account = store.account(txn.account_id)?;
    if txn.transfer_id.is_some() || txn.category_id.is_none() || txn.amount >= 0 {
        return Err(CreditError::NotAPurchase(txn.id).into());
    }
    if account.kind != AccountKind::Credit {
        return Err(CreditError::NotOnCredit { id: txn.id, account: account.name }.into());
    }
    if !(2..=MOST_MONTHS).contains(&req.months) {
        return Err(CreditError::Months(req.months).into());
    }
    if req.fee < 0 {
        return Err(CreditError::Fee.into());
    }
    crate::money::limited(crate::money::Money::new(req.fee, account.currency))?;
    let Some(terms) = store.credit_terms()?.into_iter().find(|t| t.account_id == account.id).map(|t| t.terms) else {
        return Err(CreditError::NoTerms(account.name).into());
    };
    if store.instalment(txn.id)?.is_some() {
        return Err(CreditError::Already(txn.id).into());
    }
    let first_statement = terms.statement_from(txn.date);
    let rule = (req.fee > 0)
        .then(|| -> Result<NewRule> {
            Ok(NewRule {
                name: clean::field(Field::Name, &req.fee_rule)?,
                account_id: account.id,
                category_id: txn.category_id.expect("a purchase has a category"),
                amount: req.fee.saturating_neg(),
                payee: clean::field(Field::Payee, &txn.payee)?,
                note: String::new(),
                schedule: Schedule {
                    every: Every::Month,
                    interval: 1,
                    day: terms.statement_day,
                    start: first_statement,
                    end: None,
                    count: Some(req.months),
                },
                step_up: None,
            })
        })
        .transpose()?;
    let step = Step::Instalments { id: txn.id, months: req.months };
    let (rule_id, fees_posted) = record(store, &step, |tx| {
        let (rule_id, posted) = match &rule {
            Some(r) => {
                let id = tx.add_recurring(r)?;
                (Some(id), tx.post_rule_due(id, today)?.len())
            }
            None => (None, 0),
        };
        tx.add_instalment(&InstalmentRow { txn_id: txn.id, months: req.months, fee: req.fee, rule_id })?;
        Ok((rule_id, posted))
    })?;
    let line = instalments(store, today)?
        .into_iter()
        .find(|l| l.txn.id == txn.id)
        .ok_or(crate::store::StoreError::NotFound { what: "transaction", id: txn.id })?;
    Ok(Installed { line, first_statement, rule_id, fees_posted })
}

/// What cancelling a purchase's instalments did: its months, and the fee's
/// rule taken away with the plan (its name), if it had one still.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancelled {
    pub months: u32,
    pub fee_rule: Option<String>,
}

/// Takes purchase `id` out of instalments: its plan goes, and the rule that
/// posts its fee (the fees posted so far stay: they were charged), so the
/// card's next bill carries the principal not yet billed. One undoable
/// step; a purchase not in instalments is refused, nothing written.
pub fn cancel(store: &mut Store, id: i64) -> Result<Cancelled> {
    let Some(row) = store.instalment(id)? else {
        return Err(CreditError::NotInInstalments(id).into());
    };
    let rule = match row.rule_id {
        Some(r) => store.recurring()?.into_iter().find(|x| x.id == r),
        None => None,
    };
    let step = Step::InstalmentsOff { id };
    record(store, &step, |tx| {
        if let Some(rule) = &rule {
            tx.delete_recurring(rule.id)?;
        }
        tx.remove_instalment(id)
    })?;
    Ok(Cancelled { months: row.months, fee_rule: rule.map(|r| r.name) })
}

/// Inside a step that deletes purchase `id`: its plan goes with it (a
/// cascade), and so does the rule posting its fee, which would otherwise
/// charge a fee a month for a purchase no longer there.
pub(super) fn drop_fee_rule(tx: &crate::store::Tx, id: i64) -> crate::store::Result<()> {
    let Some(rule_id) = tx.instalment(id)?.and_then(|r| r.rule_id) else {
        return Ok(());
    };
    match tx.delete_recurring(rule_id) {
        // The user removed the rule already.
        Err(crate::store::StoreError::NotFound { .. }) => Ok(()),
        other => other,
    }
}

/// Inside a step that edits a row: a purchase in instalments stays a
/// purchase on its card (else its plan and fee would bill a card that no
/// longer holds it); refused, nothing written, with the way to cancel them.
pub(super) fn still_on_card(tx: &crate::store::Tx, before: &Txn, after: &Txn) -> crate::store::Result<()> {
    let Some(row) = tx.instalment(after.id)? else {
        return Ok(());
    };
    let purchase = after.transfer_id.is_none() && after.category_id.is_some() && after.amount < 0;
    if purchase && after.account_id == before.account_id {
        return Ok(());
    }
    Err(crate::store::StoreError::Invalid(w::stays_on_card(after.id, row.months, &shown(&before.account))))
}

/// Whether `amount` just put on account `id` took a credit line with terms
/// past its limit (it was within it before): what it owes now and its
/// limit, so the face can say so once, as the amount crosses it.
pub fn crossed_limit(store: &Store, id: i64, amount: i64) -> Result<Option<(i64, i64)>> {
    if amount >= 0 {
        return Ok(None);
    }
    let Some(limit) = store.credit_terms()?.into_iter().find(|t| t.account_id == id).map(|t| t.terms.limit) else {
        return Ok(None);
    };
    let balance = store.account_balances()?.into_iter().find(|(a, _)| *a == id).map_or(0, |(_, b)| b);
    let owed = balance.saturating_neg();
    let before = owed.saturating_add(amount);
    Ok((before <= limit && owed > limit).then_some((owed, limit)))
}
