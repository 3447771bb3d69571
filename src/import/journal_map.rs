//! A journal's accounts as nestegg's: `assets:`/`liabilities:` accounts
//! become nestegg accounts, `income:`/`expenses:` accounts categories. The
//! user's map (`--account-map 'assets:bank:icbc=ICBC card'`, saved in the
//! ledger) comes first; then nestegg's own export names, read back exactly
//! (`assets:Bank card`, `expenses:housing:rent`, `%XX` escapes); then the
//! account's last segment matched against nestegg's names, any case. A
//! name none of these finds refuses the whole file, listing every one.
//! Pure.

use std::collections::BTreeMap;

use super::Entry;
use super::journal::{Root, root};
use crate::model::{Account, Category, Class};
use crate::text::journal as words;

/// Journal account → nestegg account or category, keys compared in any case.
pub type AccountMap = BTreeMap<String, String>;

/// `JOURNAL=NESTEGG,…` as `--account-map` takes it.
pub fn parse(text: &str) -> Result<AccountMap, String> {
    let mut map = AccountMap::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.split_once('=') {
            Some((from, to)) if !from.trim().is_empty() && !to.trim().is_empty() => {
                map.insert(from.trim().to_owned(), to.trim().to_owned());
            }
            _ => return Err(words::map_not_pair(part)),
        }
    }
    if map.is_empty() {
        return Err(words::map_not_pair(text));
    }
    Ok(map)
}

/// A segment as nestegg's export wrote it, `%XX` escapes read back.
pub fn decode(segment: &str) -> String {
    if segment == "%" {
        return String::new();
    }
    let b = segment.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = (b[i] == b'%' && i + 2 < b.len())
            .then(|| std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()))
            .flatten();
        match hex {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| segment.to_owned())
}

/// The nestegg name a journal account maps to, with its kind.
fn find<'a>(
    journal: &str,
    map: &'a AccountMap,
    accounts: &'a [Account],
    categories: &'a [Category],
) -> Result<&'a str, String> {
    let Some(r) = root(journal) else { return Err(journal.to_owned()) };
    let wanted = |c: &Category| match r {
        Root::Income => c.class == Class::Income,
        _ => c.class != Class::Income,
    };
    let by_map = map.iter().find(|(k, _)| k.eq_ignore_ascii_case(journal.trim())).map(|(_, v)| v.as_str());
    let segments: Vec<&str> = journal.split(':').collect();
    let last = decode(segments.last().unwrap_or(&""));
    // nestegg's export: assets:<name>, income:<name>, expenses:<name>, expenses:housing:<name>.
    let exported = match (r, &segments[1..]) {
        (Root::Own | Root::Income, [one]) => Some(decode(one)),
        (Root::Expenses, [one]) => Some(decode(one)),
        (Root::Expenses, ["housing", one]) => Some(decode(one)),
        _ => None,
    };
    match r {
        Root::Own => {
            let exact = |name: &str| accounts.iter().find(|a| a.name == name).map(|a| a.name.as_str());
            let any_case = |name: &str| {
                accounts.iter().find(|a| a.name.eq_ignore_ascii_case(name.trim())).map(|a| a.name.as_str())
            };
            match by_map {
                Some(name) => any_case(name).ok_or_else(|| words::map_names_no_account(journal, name)),
                None => {
                    exported.as_deref().and_then(exact).or_else(|| any_case(&last)).ok_or_else(|| journal.to_owned())
                }
            }
        }
        Root::Income | Root::Expenses => {
            let live = || categories.iter().filter(|c| !c.archived);
            let exact = |name: &str| live().find(|c| c.name == name);
            let any_case = |name: &str| live().find(|c| c.name.eq_ignore_ascii_case(name.trim()));
            let found = match by_map {
                Some(name) => any_case(name).ok_or_else(|| words::map_names_no_category(journal, name))?,
                None => {
                    exported.as_deref().and_then(exact).or_else(|| any_case(&last)).ok_or_else(|| journal.to_owned())?
                }
            };
            if wanted(found) {
                Ok(found.name.as_str())
            } else {
                Err(words::wrong_class(journal, &crate::text::names::shown(&found.name), found.class.word()))
            }
        }
        Root::Equity => Err(journal.to_owned()),
    }
}

/// Rewrites every entry's journal account and category to nestegg's
/// names. Refused with every name that has no match (and the flag that
/// maps them), or a map entry that names nothing.
pub fn resolve(
    entries: &mut [Entry],
    map: &AccountMap,
    accounts: &[Account],
    categories: &[Category],
) -> Result<(), String> {
    let mut cache: BTreeMap<String, Result<String, String>> = BTreeMap::new();
    let mut unmapped: Vec<String> = Vec::new();
    let mut wrong: Vec<String> = Vec::new();
    for e in entries.iter_mut() {
        for slot in [&mut e.account, &mut e.category] {
            let Some(name) = slot.as_ref() else { continue };
            let found = cache
                .entry(name.clone())
                .or_insert_with(|| find(name, map, accounts, categories).map(str::to_owned))
                .clone();
            match found {
                Ok(n) => *slot = Some(n),
                Err(e) if e == *name => {
                    if !unmapped.contains(&e) {
                        unmapped.push(e)
                    }
                }
                Err(e) => {
                    if !wrong.contains(&e) {
                        wrong.push(e)
                    }
                }
            }
        }
    }
    if let Some(first) = wrong.first() {
        return Err(first.clone());
    }
    if unmapped.is_empty() {
        return Ok(());
    }
    const LISTED: usize = 20;
    let mut list = unmapped.iter().take(LISTED).map(|n| crate::text::names::shown(n)).collect::<Vec<_>>().join(", ");
    if unmapped.len() > LISTED {
        list.push_str(&format!(", … (+{})", unmapped.len() - LISTED));
    }
    let example = unmapped.iter().take(2).map(|n| format!("{n}=NAME")).collect::<Vec<_>>().join(",");
    Err(words::unmapped(unmapped.len(), &list, &example))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AccountKind;
    use crate::money::Currency;

    fn acc(id: i64, name: &str) -> Account {
        Account { id, name: name.into(), kind: AccountKind::Bank, currency: Currency::CNY, archived: false }
    }

    fn cat(id: i64, name: &str, class: Class) -> Category {
        Category { id, name: name.into(), class, parent_id: None, archived: false }
    }

    #[test]
    fn names_map_by_the_user_then_the_export_then_the_last_segment() {
        let accounts = [acc(1, "Bank card"), acc(2, "ICBC card"), acc(3, "Bank:card")];
        let categories = [
            cat(1, "food", Class::Spending),
            cat(2, "salary", Class::Income),
            cat(3, "rent", Class::Housing),
            cat(4, "housing", Class::Spending),
        ];
        let map = parse("assets:bank:icbc = icbc card , expenses:dining=FOOD").unwrap();
        let f = |j: &str| find(j, &map, &accounts, &categories);
        assert_eq!(f("assets:Bank card"), Ok("Bank card"));
        assert_eq!(f("Assets:Bank:ICBC"), Ok("ICBC card"));
        assert_eq!(f("assets:Bank%3Acard"), Ok("Bank:card"));
        assert_eq!(f("expenses:dining"), Ok("food"));
        assert_eq!(f("Expenses:Food"), Ok("food"));
        assert_eq!(f("expenses:housing:rent"), Ok("rent"));
        assert_eq!(f("expenses:%68ousing"), Ok("housing"));
        assert_eq!(f("income:salary"), Ok("salary"));
        assert_eq!(f("expenses:gifts"), Err("expenses:gifts".into()));
        assert!(f("income:food").unwrap_err().contains("food"));
        assert_eq!(decode("5%25 储蓄%E3%80%80卡"), "5% 储蓄\u{3000}卡");
        assert_eq!(decode("%"), "");
        assert_eq!(decode("100%"), "100%");
        assert!(parse("nothing").is_err());
    }
}
