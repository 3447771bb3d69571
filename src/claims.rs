//! What others owe of a payment (issue 26's 报销 and AA), as offset parts.
//! Pure: amounts in, amounts out; no store, no clock.
//!
//! A claim is written as offset rows in the paid row's category, on its
//! date, on a person's account (the employer for a reimbursement, the
//! people sharing for a bill split AA): the category nets to what is
//! mine, and the person's balance is what they owe. This module decides
//! those parts, and nothing else does: `report::summarize` stays the one
//! rule for every savings rate.

/// Who pays a part back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The whole payment comes back (an employer's 报销).
    Reimburse,
    /// A bill split `ways` ways (AA): I keep one share.
    Share { ways: u32 },
}

impl Kind {
    /// As stored in `claims.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reimburse => "reimburse",
            Kind::Share { .. } => "share",
        }
    }
}

/// The fewest and most ways a bill splits.
pub const WAYS: std::ops::RangeInclusive<u32> = 2..=50;

/// Why a payment cannot carry a claim (worded in `text::claims`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimError {
    /// Income, or a refund: only money paid out is claimed back.
    NotAPayment,
    /// Outside [`WAYS`].
    Ways(u32),
    /// A share would be less than one minor unit.
    TooSmall,
}

impl std::error::Error for ClaimError {}

/// A payment's parts: mine, and what each other part is (positive minor units).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// What stays my spending.
    pub mine: i64,
    /// What others owe, one entry a part (a reimbursement has one).
    pub others: Vec<i64>,
}

impl Parts {
    /// What all the others owe together.
    pub fn owed(&self) -> i64 {
        self.others.iter().sum()
    }
}

/// The parts of a payment of `paid` (signed minor units: a payment is
/// negative). A reimbursement is all of it; a bill split `ways` ways gives
/// each other part the share rounded down, so the remainder stays mine
/// (100 ÷ 3: 33.33 each for two others, 33.34 mine). Refuses income and
/// refunds (a positive or zero amount) and ways outside [`WAYS`].
pub fn offsets(paid: i64, kind: Kind) -> Result<Parts, ClaimError> {
    if paid >= 0 {
        return Err(ClaimError::NotAPayment);
    }
    let whole = paid.unsigned_abs();
    match kind {
        Kind::Reimburse => Ok(Parts { mine: 0, others: vec![whole as i64] }),
        Kind::Share { ways } => {
            if !WAYS.contains(&ways) {
                return Err(ClaimError::Ways(ways));
            }
            let share = whole / u64::from(ways);
            if share == 0 {
                return Err(ClaimError::TooSmall);
            }
            let others = vec![share as i64; ways as usize - 1];
            let mine = (whole - share * u64::from(ways - 1)) as i64;
            Ok(Parts { mine, others })
        }
    }
}

/// What is open with one person, split by where it came from: what each
/// of their claims still waits for, and the rest, lent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cover {
    /// One entry a claim, in the order given: what of it still waits.
    pub waiting: Vec<i64>,
    /// What is open beyond the claims: money lent.
    pub lent: i64,
}

/// Splits `open` (what a person owes me, [`crate::owed::open`]; nothing
/// when not positive) over their `claims` (is it a share, its amount;
/// oldest first). A reimbursement comes back by its own transfer, so
/// while it counts it waits whole and is covered first; then shares,
/// newest first, since money collected pays the oldest first (as
/// `owed::open`); what is left was lent. Never more than `open` in all.
pub fn cover(open: i64, claims: &[(bool, i64)]) -> Cover {
    let mut left = open.max(0);
    let mut waiting = vec![0; claims.len()];
    let reimbursements = claims.iter().enumerate().filter(|(_, c)| !c.0);
    let shares = claims.iter().enumerate().rev().filter(|(_, c)| c.0);
    for (i, &(_, amount)) in reimbursements.chain(shares) {
        waiting[i] = amount.max(0).min(left);
        left -= waiting[i];
    }
    Cover { waiting, lent: left }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hot_pot_for_four_leaves_one_share_mine() {
        // 35*4 火锅: 140.00 paid, three others owe 35.00 each.
        let p = offsets(-14_000, Kind::Share { ways: 4 }).unwrap();
        assert_eq!(p, Parts { mine: 3_500, others: vec![3_500; 3] });
        assert_eq!(p.owed(), 10_500);
    }

    #[test]
    fn the_remainder_of_a_split_stays_mine() {
        // 100.00 ÷ 3: others 2 × 33.33 = 66.66, mine 33.34.
        let p = offsets(-10_000, Kind::Share { ways: 3 }).unwrap();
        assert_eq!(p, Parts { mine: 3_334, others: vec![3_333, 3_333] });
        assert_eq!(p.mine + p.owed(), 10_000);
    }

    #[test]
    fn a_reimbursement_is_all_of_it() {
        let p = offsets(-120_000, Kind::Reimburse).unwrap();
        assert_eq!(p, Parts { mine: 0, others: vec![120_000] });
    }

    #[test]
    fn income_refunds_and_odd_ways_are_refused() {
        assert_eq!(offsets(500_000, Kind::Reimburse), Err(ClaimError::NotAPayment));
        assert_eq!(offsets(0, Kind::Share { ways: 2 }), Err(ClaimError::NotAPayment));
        assert_eq!(offsets(-100, Kind::Share { ways: 1 }), Err(ClaimError::Ways(1)));
        assert_eq!(offsets(-100, Kind::Share { ways: 51 }), Err(ClaimError::Ways(51)));
        assert_eq!(offsets(-3, Kind::Share { ways: 4 }), Err(ClaimError::TooSmall));
        assert!(offsets(-100, Kind::Share { ways: 50 }).is_ok());
    }

    #[test]
    fn the_parts_always_add_up() {
        for paid in [-1_i64, -7, -99, -10_001, -123_457] {
            for ways in 2..=7 {
                if let Ok(p) = offsets(paid, Kind::Share { ways }) {
                    assert_eq!(p.mine + p.owed(), -paid);
                    assert!(p.others.iter().all(|&o| o <= p.mine));
                }
            }
        }
    }

    /// 小王 was lent 2,000, owes a 35 share of one dinner and a 40 share
    /// of a later one, and is also the employer of a 1,200 trip: 3,275 in
    /// all. Having paid back 1,230, 2,045 is open: the trip first (1,200),
    /// then the newest share (40), then the older one (35), 770 lent.
    /// With only 1,220 open, the trip takes 1,200 and the newest share 20.
    #[test]
    fn reimbursements_first_then_the_newest_shares_then_lent() {
        let claims = [(true, 3_500), (false, 120_000), (true, 4_000)];
        assert_eq!(cover(204_500, &claims), Cover { waiting: vec![3_500, 120_000, 4_000], lent: 77_000 });
        assert_eq!(cover(122_000, &claims), Cover { waiting: vec![0, 120_000, 2_000], lent: 0 });
        assert_eq!(cover(-5_000, &claims), Cover { waiting: vec![0, 0, 0], lent: 0 }, "I owe them: nothing waits");
        assert_eq!(cover(50_000, &[]), Cover { waiting: vec![], lent: 50_000 });
    }
}
