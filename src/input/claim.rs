//! Quick add's claim markers (issue 26's 报销 and AA): `!报销`, `!reimburse`
//! or `!r` (with `:单位` naming who pays back) marks the row reimbursable;
//! `AA:4` (`aa:4`, full-width `：`, and `AA:4:小王,小李` naming people)
//! splits it. The ways are checked where the parts are decided
//! ([`crate::claims::offsets`]); here only the words are read.

/// A claim as quick add typed it; names as typed, `None`/empty for the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuickClaim {
    Reimburse { by: Option<String> },
    Share { ways: u32, with: Vec<String> },
}

/// The word after its marker's first `:` or `：`, if it has one.
fn after_colon(rest: &str) -> Option<&str> {
    rest.strip_prefix(':').or_else(|| rest.strip_prefix('：'))
}

/// A claim marker, or `None` when the word is something else (a payee's).
pub fn claim_word(w: &str) -> Option<QuickClaim> {
    if let Some(rest) = w.strip_prefix('!').or_else(|| w.strip_prefix('！')) {
        for key in ["报销", "reimburse", "r"] {
            let head = rest.get(..key.len()).filter(|h| h.eq_ignore_ascii_case(key));
            if let Some(head) = head {
                let tail = &rest[head.len()..];
                if tail.is_empty() {
                    return Some(QuickClaim::Reimburse { by: None });
                }
                if let Some(by) = after_colon(tail).filter(|b| !b.is_empty()) {
                    return Some(QuickClaim::Reimburse { by: Some(by.to_owned()) });
                }
            }
        }
        return None;
    }
    let head = w.get(..2).filter(|h| h.eq_ignore_ascii_case("aa"))?;
    let rest = after_colon(&w[head.len()..])?;
    let (ways, names) = match rest.find([':', '：']) {
        Some(at) => (&rest[..at], after_colon(&rest[at..]).unwrap_or_default()),
        None => (rest, ""),
    };
    let ways = ways.parse().ok()?;
    let with = names.split([',', '，', '、']).map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned).collect();
    Some(QuickClaim::Share { ways, with })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(ways: u32, with: &[&str]) -> Option<QuickClaim> {
        Some(QuickClaim::Share { ways, with: with.iter().map(|w| (*w).to_owned()).collect() })
    }

    #[test]
    fn reimbursement_markers() {
        let plain = Some(QuickClaim::Reimburse { by: None });
        assert_eq!(claim_word("!报销"), plain);
        assert_eq!(claim_word("！报销"), plain);
        assert_eq!(claim_word("!reimburse"), plain);
        assert_eq!(claim_word("!R"), plain);
        assert_eq!(claim_word("!报销:公司"), Some(QuickClaim::Reimburse { by: Some("公司".into()) }));
        assert_eq!(claim_word("!r：ACME"), Some(QuickClaim::Reimburse { by: Some("ACME".into()) }));
        for payee in ["!", "!报", "!rx", "!报销:", "!İİ", "hello!"] {
            assert_eq!(claim_word(payee), None, "{payee}");
        }
    }

    #[test]
    fn split_markers() {
        assert_eq!(claim_word("AA:4"), share(4, &[]));
        assert_eq!(claim_word("aa：3"), share(3, &[]));
        assert_eq!(claim_word("AA:4:小王,小李"), share(4, &["小王", "小李"]));
        assert_eq!(claim_word("AA：3：小王、小李，"), share(3, &["小王", "小李"]));
        assert_eq!(claim_word("AA:1"), share(1, &[]), "the ways are judged by the core");
        for payee in ["AA", "AA:", "AA:x", "AAA:3", "奶茶", "A"] {
            assert_eq!(claim_word(payee), None, "{payee}");
        }
    }
}
