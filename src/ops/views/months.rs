//! The Months tab's figures beside a month's savings: what waits to come
//! back at the month's end (money lent, reimbursements, AA shares).

use crate::model::{AccountKind, Month};
use crate::ops::{Ctx, Result};
use crate::store::Store;

/// What waits to come back at the end of a month, in positive minor units
/// of the context's currency: none of it is spending, none of it is saved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Waiting {
    /// Money lent and not yet collected.
    pub lent: i64,
    /// Payments marked reimbursable whose money has not come back.
    pub reimburse: i64,
    /// Others' AA shares not yet collected.
    pub shares: i64,
}

impl Waiting {
    /// Nothing waits.
    pub fn is_empty(&self) -> bool {
        *self == Waiting::default()
    }
}

/// What waits at the end of `month` (its last day, by the context's
/// cycle), as the ledger stands now: per person of the context's
/// currency, what is open with them over their rows up to that day
/// ([`crate::owed::open`], first in, first out), split over their claims
/// dated by then ([`crate::claims::cover`]): a reimbursement counts until
/// the day its money came back, a share while what is open covers it, and
/// the rest was lent. What I owe a person is not here (nothing comes back).
/// A reimbursement brought back in part was shrunk to the part back, so an
/// earlier month shows that part waiting and the rest as its spending.
/// One read of the claims, and one of each person's rows.
pub fn waiting(store: &Store, ctx: &Ctx, month: Month) -> Result<Waiting> {
    let end = ctx.cycle.last_day(month);
    let claims = store.claim_lines(end)?;
    let mut out = Waiting::default();
    let people = store.accounts(true)?.into_iter().filter(|a| a.kind == AccountKind::Person);
    for person in people.filter(|a| a.currency == ctx.currency) {
        let movements = store.movements(person.id)?;
        let open = crate::owed::open(&movements[..movements.partition_point(|&(d, _)| d <= end)]).amount;
        if open <= 0 {
            continue;
        }
        let theirs: Vec<(bool, i64)> = claims
            .iter()
            .filter(|c| c.person_id == person.id && c.closed_on.is_none_or(|d| d > end))
            .map(|c| (c.kind == "share", c.amount))
            .collect();
        let cover = crate::claims::cover(open, &theirs);
        for (&(share, _), &w) in theirs.iter().zip(&cover.waiting) {
            let into = if share { &mut out.shares } else { &mut out.reimburse };
            *into = into.saturating_add(w);
        }
        out.lent = out.lent.saturating_add(cover.lent);
    }
    Ok(out)
}
