//! Matching across sources ([`crate::import::twins`]) against the ledger:
//! the rows a bank statement's rail rows or a bill's card rows may pair
//! with (on the file's accounts, its dates ±2 days), the repayments of
//! credit lines as transfers to them, and, inside the write, the twins
//! checked again and the bank rows a bill's rows replace taken away (in
//! the import's own undo step, so undo brings them back).

use chrono::Duration;

use super::ImportOpError;
use crate::import::funding::{self, Source};
use crate::import::plan::{Leg, Plan, Status};
use crate::import::twins::{self, DAYS, Repaid, Repayment, Side, Twin};
use crate::import::{Preset, twins::from_bill};
use crate::model::{Account, AccountKind};
use crate::store::{Store, Tx};
use crate::text;

/// Whether a file's rows can have twins: a service's bill or a bank's
/// statement (not a journal, not nestegg's own file).
fn matches_twins(preset: Preset) -> bool {
    !matches!(preset, Preset::Nestegg | Preset::Ledger | Preset::Beancount)
}

/// Finds the plan's repayments and twins (see the module); `apart` lists
/// the file's lines the user keeps apart from their twins.
pub(super) fn find(store: &Store, plan: &mut Plan, accounts: &[Account], apart: &[usize]) -> Result<(), ImportOpError> {
    if !matches_twins(plan.preset) {
        return Ok(());
    }
    let bill = plan.preset.default_account().is_some();
    if !bill {
        repayments(store, plan, accounts)?;
    }
    // The file's rows that may have a twin: new, one leg, categorised.
    let open: Vec<usize> = (0..plan.rows.len())
        .filter(|&i| {
            let r = &plan.rows[i];
            r.status == Status::New
                && r.legs.len() == 1
                && r.category.is_some()
                && (bill || twins::is_rail(&r.legs[0].payee))
                && !plan.settled.iter().any(|s| s.row == i)
        })
        .collect();
    let (Some(from), Some(to)) =
        (open.iter().map(|&i| plan.rows[i].date).min(), open.iter().map(|&i| plan.rows[i].date).max())
    else {
        return Ok(());
    };
    let mut ids: Vec<i64> = open.iter().map(|&i| plan.rows[i].legs[0].account_id).filter(|&id| id > 0).collect();
    ids.sort_unstable();
    ids.dedup();
    let days = Duration::days(DAYS);
    // A bank row's twin is a bill's row (its fingerprint says so); a bill
    // row's twin is a rail row of a statement.
    let ledger: Vec<_> =
        store
            .twin_candidates(&ids, from - days, to + days)?
            .into_iter()
            .filter(|(t, key)| {
                if bill { twins::is_rail(&t.payee) && !from_bill(key.as_deref()) } else { from_bill(key.as_deref()) }
            })
            .map(|(t, _)| t)
            .collect();
    let side = |i: &usize| {
        let r = &plan.rows[*i];
        Side { date: r.date, account_id: r.legs[0].account_id, amount: r.legs[0].amount }
    };
    let file: Vec<Side> = open.iter().map(side).collect();
    let theirs: Vec<Side> =
        ledger.iter().map(|t| Side { date: t.date, account_id: t.account_id, amount: t.amount }).collect();
    let kept: Vec<usize> = (0..open.len()).filter(|&k| apart.contains(&plan.rows[open[k]].line)).collect();
    for (k, j) in twins::pair(&file, &theirs, &kept) {
        let row = open[k];
        if !bill {
            plan.rows[row].status = Status::Duplicate;
        }
        plan.twins.push(Twin { row, line: plan.rows[row].line, seen: ledger[j].clone(), replaces: bill });
    }
    Ok(())
}

/// A statement's rows that pay 花呗 or a credit card back, as transfers
/// to the credit account (found by the Alipay map, by name or by last
/// digits; else made on commit).
fn repayments(store: &Store, plan: &mut Plan, accounts: &[Account]) -> Result<(), ImportOpError> {
    let alipay = store.funding_map(Preset::Alipay.name())?;
    let active: Vec<Account> = accounts.iter().filter(|a| !a.archived).cloned().collect();
    for i in 0..plan.rows.len() {
        let r = &plan.rows[i];
        if r.status != Status::New || r.legs.len() != 1 || r.legs[0].amount >= 0 {
            continue;
        }
        let Some(what) = twins::repays(&r.legs[0].payee, &r.note) else { continue };
        let named = |name: &str| funding::named(&active, name).cloned();
        let found = match &what {
            Repaid::Huabei => alipay
                .iter()
                .find(|(k, _)| funding::source(k) == Source::Huabei)
                .and_then(|(_, to)| named(to))
                .or_else(|| named("花呗")),
            Repaid::Card(digits) => {
                let cards: Vec<&Account> = active
                    .iter()
                    .filter(|a| a.kind == AccountKind::Credit && !a.name.contains("花呗"))
                    .filter(|a| digits.is_empty() || a.name.contains(digits.as_str()))
                    .collect();
                if cards.len() == 1 { Some(cards[0].clone()) } else { None }
            }
        };
        let account = match found {
            Some(a) => a,
            None => new_credit(plan, &what),
        };
        let r = &mut plan.rows[i];
        let leg = Leg {
            id: None,
            account_id: account.id,
            account: account.name.clone(),
            amount: -r.legs[0].amount,
            payee: r.legs[0].payee.clone(),
            tags: r.legs[0].tags.clone(),
        };
        r.legs.push(leg);
        r.category = None;
        r.why = text::import::why_repay().to_owned();
        let line = r.line;
        plan.repaid.push(Repayment { row: i, line, account: account.name, account_id: account.id, what });
    }
    Ok(())
}

/// The credit account a repayment waits for, made on commit with the
/// funding's new accounts (one per name).
fn new_credit(plan: &mut Plan, what: &Repaid) -> Account {
    let name = match what {
        Repaid::Huabei => "花呗".to_owned(),
        Repaid::Card(d) if d.is_empty() => "信用卡".to_owned(),
        Repaid::Card(d) => format!("信用卡 {d}"),
    };
    funding::placeholder(&mut plan.funding.new_accounts, &name, AccountKind::Credit)
}

/// Inside the write: each twin the plan saw is still in the ledger as it
/// was, and the bank rows a bill's rows replace are taken away as `rm`
/// takes a row, with what goes with it (recorded, so the import's undo
/// brings them back).
pub(super) fn settle(tx: &Tx, plan: &Plan) -> crate::store::Result<()> {
    for t in &plan.twins {
        tx.txn_as_seen(&t.seen)?;
        if t.replaces && plan.rows[t.row].status == Status::New {
            crate::ops::entries::delete_in(tx, t.seen.id)?;
        }
    }
    Ok(())
}

/// How many days apart a twin's two rows are.
pub fn days_apart(plan: &Plan, t: &Twin) -> usize {
    (plan.rows[t.row].date - t.seen.date).num_days().unsigned_abs() as usize
}

#[cfg(test)]
mod tests;
