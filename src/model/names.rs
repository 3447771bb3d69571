//! The one name resolver: what a typed name picks among accounts,
//! categories, scenarios, rules or any other named thing, for every face
//! (the CLI's flags, the form's pickers, quick add, the filter, the import
//! preview). Pure over a slice and a name accessor; no store, no language.
//!
//! A name is matched exactly, then ignoring case, then as a unique prefix,
//! in either language: the stored name, or the Chinese form of a shipped
//! name (`餐` finds `food`, shown as 餐饮; `微信` finds `WeChat Pay`).
//! Suggestions for a name that picks nothing are relevant in the script it
//! was typed in: edit distance for Latin input, shared characters and a
//! common start for Chinese input.

use std::fmt;

use crate::text::{self, names::shown};

/// Why a typed name did not pick exactly one item. Names inside are stored
/// names; the faces show them in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    /// Nothing is called that; `closest` are the names that come nearest
    /// (empty when none does, or there are no items at all).
    Unknown { typed: String, closest: Vec<String> },
    /// Several names start with what was typed.
    Ambiguous { typed: String, candidates: Vec<String> },
    /// The name picks an archived item where only active ones may be used.
    Archived { name: String },
}

impl std::error::Error for NameError {}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let listed = |names: &[String]| {
            names.iter().map(|n| shown(n).into_owned()).collect::<Vec<_>>().join(text::cli::list_sep())
        };
        let line = match self {
            NameError::Unknown { typed, closest } if closest.is_empty() => text::errors::name_unknown_far(typed),
            NameError::Unknown { typed, closest } => text::errors::name_unknown(typed, &listed(closest)),
            NameError::Ambiguous { typed, candidates } => text::errors::ambiguous_name(typed, &listed(candidates)),
            NameError::Archived { name } => text::errors::name_archived(&shown(name)),
        };
        f.write_str(&line)
    }
}

/// The forms a stored name answers to: itself and, for a shipped name, its
/// Chinese form.
fn forms(stored: &str) -> impl Iterator<Item = &str> {
    std::iter::once(stored).chain(text::names::zh(stored))
}

/// Picks one of `items` by a typed name (every item may be picked).
pub fn find<'a, T>(items: &'a [T], typed: &str, name: impl Fn(&T) -> &str) -> Result<&'a T, NameError> {
    find_index(items, typed, name).map(|i| &items[i])
}

/// Picks one of the items not archived; a name that picks only an archived
/// one is refused as [`NameError::Archived`] (so the face can say how to
/// bring it back) rather than as unknown.
pub fn find_active<'a, T>(
    items: &'a [T],
    typed: &str,
    name: impl Fn(&T) -> &str,
    archived: impl Fn(&T) -> bool,
) -> Result<&'a T, NameError> {
    let active: Vec<&T> = items.iter().filter(|i| !archived(i)).collect();
    match find_index(&active, typed, |i| name(i)) {
        Ok(i) => Ok(active[i]),
        Err(e) => {
            let gone: Vec<&T> = items.iter().filter(|i| archived(i)).collect();
            match find_index(&gone, typed, |i| name(i)) {
                Ok(i) => Err(NameError::Archived { name: name(gone[i]).to_owned() }),
                Err(_) => Err(e),
            }
        }
    }
}

/// The item whose whole name (in either language, ignoring case) is
/// `typed`, never a prefix: quick add's "a payee that is a category's name
/// is that category" (`68 groceries` is groceries, `68 gro` is a payee).
pub fn named<'a, T>(items: &'a [T], typed: &str, name: impl Fn(&T) -> &str) -> Option<&'a T> {
    let q = typed.trim().to_lowercase();
    if q.is_empty() {
        return None;
    }
    items
        .iter()
        .find(|i| name(i) == typed.trim())
        .or_else(|| items.iter().find(|i| forms(name(i)).any(|f| f.to_lowercase() == q)))
}

/// The position in `items` a typed name picks.
pub fn find_index<T>(items: &[T], typed: &str, name: impl Fn(&T) -> &str) -> Result<usize, NameError> {
    let q = typed.trim();
    let ql = q.to_lowercase();
    let names: Vec<&str> = items.iter().map(&name).collect();
    // Exact: a stored name first (a user's own 餐饮 wins over the shipped
    // food's Chinese form), then a shipped name's Chinese form.
    if let Some(i) = names.iter().position(|n| *n == q) {
        return Ok(i);
    }
    if let Some(i) = names.iter().position(|n| text::names::zh(n) == Some(q)) {
        return Ok(i);
    }
    let hits = |f: &dyn Fn(&str) -> bool| -> Vec<usize> {
        names.iter().enumerate().filter(|(_, n)| forms(n).any(|form| f(&form.to_lowercase()))).map(|(i, _)| i).collect()
    };
    let same_case = hits(&|n| n == ql);
    if let [i] = same_case[..] {
        return Ok(i);
    }
    let prefixed = if ql.is_empty() { Vec::new() } else { hits(&|n| n.starts_with(&ql)) };
    match prefixed[..] {
        [i] => Ok(i),
        [] => Err(NameError::Unknown { typed: q.to_owned(), closest: closest(q, &names) }),
        _ => Err(NameError::Ambiguous {
            typed: q.to_owned(),
            candidates: prefixed.iter().map(|&i| names[i].to_owned()).collect(),
        }),
    }
}

/// The items a picker lists for what is typed, best first: a name equal to
/// it, then names starting with it, then names containing it (ignoring
/// case, in either language). Everything when nothing is typed.
pub fn filter<'a, T>(items: impl IntoIterator<Item = &'a T>, typed: &str, name: impl Fn(&T) -> &str) -> Vec<&'a T> {
    let q = typed.trim().to_lowercase();
    let rank = |form: &str| {
        let form = form.to_lowercase();
        if form == q {
            Some(0)
        } else if form.starts_with(&q) {
            Some(1)
        } else {
            form.contains(&q).then_some(2)
        }
    };
    let mut hits: Vec<(u8, &T)> =
        items.into_iter().filter_map(|i| forms(name(i)).filter_map(rank).min().map(|r| (r, i))).collect();
    hits.sort_by_key(|(rank, _)| *rank);
    hits.into_iter().map(|(_, i)| i).collect()
}

/// A name as likeness reads it: full-width forms as their ASCII twins
/// (`Ｓａｍ` is `sam`), the ideographic space as a space, trimmed, lower case.
fn folded(s: &str) -> String {
    let narrow = |c: char| match u32::from(c) {
        0xFF01..=0xFF5E => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    };
    s.chars().map(narrow).collect::<String>().trim().chars().flat_map(char::to_lowercase).collect()
}

/// Up to three of `names` a new name comes so close to that it may be a
/// slip for one of them: the same but for case or width, or one edit away
/// (a character added, dropped or changed: 小玉 for 小王), two for a name
/// of more than four characters. Never the name itself. Closest first,
/// ties by name.
pub fn close_to(new: &str, names: &[&str]) -> Vec<String> {
    let n = folded(new);
    let room = if n.chars().count() > 4 { 2 } else { 1 };
    let mut near: Vec<(usize, &str)> = names
        .iter()
        .filter(|name| **name != new.trim())
        .filter_map(|name| {
            let d = strsim::levenshtein(&n, &folded(name));
            (d <= room).then_some((d, *name))
        })
        .collect();
    near.sort();
    near.into_iter().take(3).map(|(_, name)| name.to_owned()).collect()
}

/// Whether `c` is a CJK ideograph (or kana/hangul): text in those scripts is
/// compared by shared characters, not by edit distance.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Up to three stored names nearest to `q`. Latin input: the names by edit
/// distance (a name containing the input, or contained in it, first).
/// Chinese input: only names (in either form) sharing a character with it,
/// those sharing the longest start and then the most characters first.
fn closest(q: &str, names: &[&str]) -> Vec<String> {
    let ql = q.to_lowercase();
    // (rank, name): the lowest ranks first, ties by name.
    let mut ranked: Vec<((usize, usize), &str)> = if ql.chars().any(is_cjk) {
        names
            .iter()
            .filter_map(|n| {
                let (start, shared) = forms(n).map(|form| likeness(&ql, &form.to_lowercase())).max()?;
                (shared > 0).then_some(((usize::MAX - start, usize::MAX - shared), *n))
            })
            .collect()
    } else {
        names
            .iter()
            .map(|n| {
                let nl = n.to_lowercase();
                let contains = nl.contains(&ql) || (!nl.is_empty() && ql.contains(&nl));
                // A typo in the start of a long name counts like a typo in a short one.
                let start: String = nl.chars().take(ql.chars().count()).collect();
                let d = strsim::levenshtein(&ql, &nl).min(strsim::levenshtein(&ql, &start));
                ((if contains { 0 } else { d }, 0), *n)
            })
            .collect()
    };
    ranked.sort();
    ranked.into_iter().take(3).map(|(_, n)| n.to_owned()).collect()
}

/// How alike two texts are by their characters: the length of their
/// common start, and how many distinct characters of `typed` `name` holds.
fn likeness(typed: &str, name: &str) -> (usize, usize) {
    let start = name.chars().zip(typed.chars()).take_while(|(a, b)| a == b).count();
    let mut shared: Vec<char> = typed.chars().filter(|c| !c.is_whitespace() && name.contains(*c)).collect();
    shared.sort_unstable();
    shared.dedup();
    (start, shared.len())
}

#[cfg(test)]
mod tests;
