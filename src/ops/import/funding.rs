//! An Alipay or WeChat Pay bill's rows on the accounts that paid them
//! ([`crate::import::funding`]): the map given over the one saved for the
//! service, the ledger's accounts, and the accounts of originals the
//! ledger holds for refunds that name no method; then, on commit, the new
//! accounts made and the map kept, in the import's own step.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::ImportOpError;
use crate::import::funding::{self, Funded};
use crate::import::journal_map::AccountMap;
use crate::import::plan::{Plan, order_prefix};
use crate::import::{Direction, Parsed};
use crate::model::Account;
use crate::model::clean::{self, Field};
use crate::model::names::{self, NameError};
use crate::store::{Store, Tx};

/// The map an import reads: `given` over the one saved for `preset`, a
/// source named again taking its new account. Targets are cleaned like
/// every name and picked as every typed account name is (exactly, any
/// case, a unique prefix, either language: `bank` is Bank card); a name
/// that picks none is a new account, one that picks several is refused.
pub(super) fn merged(store: &Store, preset: &str, given: Option<&AccountMap>) -> Result<AccountMap, ImportOpError> {
    let mut map = store.funding_map(preset)?;
    let accounts = if given.is_some() { store.accounts(true)? } else { Vec::new() };
    for (from, to) in given.into_iter().flatten() {
        let source = funding::source(from);
        map.retain(|k, _| funding::source(k) != source);
        let to = clean::field(Field::Name, to).map_err(|e| ImportOpError::BadMap(e.to_string()))?;
        let to = match names::find(&accounts, &to, |a| &a.name) {
            Ok(a) => a.name.clone(),
            Err(e @ NameError::Ambiguous { .. }) => return Err(ImportOpError::BadMap(e.to_string())),
            Err(_) => to,
        };
        map.insert(from.trim().to_owned(), to);
    }
    Ok(map)
}

/// Routes the bill's rows (see the module); refused when a source's
/// account is archived.
pub(super) fn route(
    store: &Store,
    parsed: &mut Parsed,
    own: &Account,
    accounts: &[Account],
    map: &AccountMap,
) -> Result<Funded, ImportOpError> {
    let mut earlier = BTreeMap::new();
    let blank_refunds =
        parsed.entries.iter().filter(|e| e.direction == Direction::Refund && e.method.trim().is_empty());
    for order in blank_refunds.filter_map(|e| e.refund_of.as_deref()) {
        if earlier.contains_key(order) {
            continue;
        }
        let found = store.order_account(&order_prefix(parsed.preset, order))?;
        if let Some(a) = found.and_then(|id| accounts.iter().find(|a| a.id == id)) {
            earlier.insert(order.to_owned(), a.name.clone());
        }
    }
    let funded = funding::route(&mut parsed.entries, parsed.preset, own, accounts, map, &earlier);
    let mut used = funded.routes.iter().filter_map(|r| accounts.iter().find(|a| a.id == r.account_id));
    if let Some(a) = used.find(|a| a.archived) {
        return Err(ImportOpError::Archived(a.name.clone()));
    }
    Ok(funded)
}

/// Inside the import's write: makes the accounts the plan's rows wait for
/// and keeps the map given, returning the plan with the new accounts' ids.
pub(super) fn settle_accounts<'a>(tx: &Tx, plan: &'a Plan) -> crate::store::Result<Cow<'a, Plan>> {
    if let Some(map) = &plan.account_map {
        tx.save_funding_map(plan.preset.name(), map)?;
    }
    if plan.funding.new_accounts.is_empty() {
        return Ok(Cow::Borrowed(plan));
    }
    let new_rows = |id: i64| {
        plan.rows
            .iter()
            .filter(|r| r.status == crate::import::plan::Status::New)
            .any(|r| r.legs.iter().any(|l| l.account_id == id))
    };
    let mut ids: BTreeMap<i64, i64> = BTreeMap::new();
    for a in &plan.funding.new_accounts {
        // An account only its rows already in the ledger would use is not made.
        if new_rows(a.id) {
            ids.insert(a.id, tx.add_account(&a.name, a.kind, a.currency)?.id);
        }
    }
    let mut plan = plan.clone();
    for leg in plan.rows.iter_mut().flat_map(|r| r.legs.iter_mut()) {
        if let Some(id) = ids.get(&leg.account_id) {
            leg.account_id = *id;
        }
    }
    for r in &mut plan.funding.routes {
        if let Some(id) = ids.get(&r.account_id) {
            r.account_id = *id;
        }
    }
    Ok(Cow::Owned(plan))
}
