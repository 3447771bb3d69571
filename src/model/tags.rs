//! A transaction's tags: the one place they are cleaned. Typed as `+旅行`
//! in quick add, `--tag 旅行` on the command line, `旅行 出差` in a form or
//! a file's cell, they become one sorted list of distinct words, each held
//! to its limit; too many or too long is refused, never cut. Stored as the
//! words joined by one space (`''` for none). Pure.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::clean;

/// The most tags one transaction holds.
pub const TAGS_MAX: usize = 8;
/// The most characters one tag holds.
pub const TAG_MAX: usize = 24;

/// Tags sorted and distinct, each cleaned, none empty, none over
/// [`TAG_MAX`] characters, at most [`TAGS_MAX`] of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "Vec<String>", into = "Vec<String>")]
pub struct Tags(Vec<String>);

/// Read back from JSON (a list of words) through the cleaning function.
impl TryFrom<Vec<String>> for Tags {
    type Error = TagError;
    fn try_from(words: Vec<String>) -> Result<Tags, TagError> {
        Tags::from_words(words.iter().map(String::as_str))
    }
}

impl From<Tags> for Vec<String> {
    fn from(t: Tags) -> Vec<String> {
        t.0
    }
}

/// Tags that cannot be kept: nothing was written. Worded in `text::errors`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagError {
    /// More than [`TAGS_MAX`] distinct tags (how many there were).
    TooMany(usize),
    /// A tag over [`TAG_MAX`] characters.
    TooLong(String),
    /// A tag holding `:`, which would end it early in a journal (`旅行:`).
    Colon(String),
}

/// Characters that part tags: any space, and commas (ASCII, full width, 、).
fn parts(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '，' | '、')
}

impl Tags {
    /// No tags.
    pub fn none() -> Tags {
        Tags(Vec::new())
    }

    /// The cleaning function: `s` split on spaces and commas, a leading
    /// `+` or `＋` taken off each word, empty words dropped, the rest
    /// cleaned as stored text, sorted and made distinct. Refuses more than
    /// [`TAGS_MAX`] tags, a tag over [`TAG_MAX`] characters and a tag with
    /// a `:`.
    pub fn parse(s: &str) -> Result<Tags, TagError> {
        Tags::from_words(s.split(parts))
    }

    /// [`Tags::parse`] over words given one by one (each may hold several).
    pub fn from_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Result<Tags, TagError> {
        let mut out: Vec<String> = Vec::new();
        for word in words {
            for part in clean::text(word).split(parts) {
                let tag = part.trim_start_matches(['+', '＋']);
                if tag.is_empty() {
                    continue;
                }
                if tag.chars().count() > TAG_MAX {
                    return Err(TagError::TooLong(tag.to_owned()));
                }
                if tag.contains([':', '：']) {
                    return Err(TagError::Colon(tag.to_owned()));
                }
                out.push(tag.to_owned());
            }
        }
        out.sort();
        out.dedup();
        if out.len() > TAGS_MAX {
            return Err(TagError::TooMany(out.len()));
        }
        Ok(Tags(out))
    }

    /// Tags as a ledger stores them. What an older or edited ledger holds
    /// beyond the rules is kept as it is read, cleaned of empty words and
    /// repeats, so a row always shows what it has.
    pub fn from_stored(s: &str) -> Tags {
        if s.is_empty() {
            return Tags::none();
        }
        let mut out: Vec<String> = s.split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
        out.sort();
        out.dedup();
        Tags(out)
    }

    /// As stored: the tags joined by one space, `""` for none.
    pub fn stored(&self) -> String {
        self.0.join(" ")
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    pub fn contains(&self, tag: &str) -> bool {
        self.0.binary_search_by(|t| t.as_str().cmp(tag)).is_ok()
    }

    /// These tags and `more`, held to the same limits.
    pub fn with(&self, more: &Tags) -> Result<Tags, TagError> {
        Tags::from_words(self.iter().chain(more.iter()))
    }

    /// These tags without any of `gone`.
    pub fn without(&self, gone: &Tags) -> Tags {
        Tags(self.0.iter().filter(|t| !gone.contains(t)).cloned().collect())
    }
}

impl fmt::Display for Tags {
    /// `+旅行 +出差`, as quick add takes them back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, t) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "+{t}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &Tags) -> Vec<&str> {
        t.iter().collect()
    }

    #[test]
    fn words_split_on_spaces_and_commas_lose_their_plus_and_come_out_sorted_and_distinct() {
        let t = Tags::parse("+旅行, 出差，＋旅行  work、+ +").unwrap();
        assert_eq!(words(&t), ["work", "出差", "旅行"]);
        assert_eq!(t.stored(), "work 出差 旅行");
        assert_eq!(t.to_string(), "+work +出差 +旅行");
        assert_eq!(Tags::from_stored(&t.stored()), t);
        assert_eq!(Tags::parse("").unwrap(), Tags::none());
        assert_eq!(Tags::parse(" , +").unwrap().stored(), "");
        // A line break or a terminal's escape is cleaned like any stored text.
        assert_eq!(words(&Tags::parse("a\nb\x1b[31m").unwrap()), ["a", "b[31m"]);
    }

    #[test]
    fn too_many_or_too_long_is_refused_not_cut() {
        let eight = "a b c d e f g h";
        assert_eq!(Tags::parse(eight).unwrap().len(), 8);
        assert_eq!(Tags::parse(&format!("{eight} a a")).unwrap().len(), 8, "repeats count once");
        assert_eq!(Tags::parse(&format!("{eight} i")), Err(TagError::TooMany(9)));
        let long = "旅".repeat(TAG_MAX);
        assert_eq!(Tags::parse(&long).unwrap().len(), 1);
        assert_eq!(Tags::parse(&format!("{long}行")), Err(TagError::TooLong(format!("{long}行"))));
        assert_eq!(Tags::parse("a:b"), Err(TagError::Colon("a:b".into())));
        assert_eq!(Tags::parse("a：b"), Err(TagError::Colon("a：b".into())));
    }

    #[test]
    fn adding_and_taking_away() {
        let t = Tags::parse("旅行 出差").unwrap();
        assert_eq!(t.with(&Tags::parse("2026 旅行").unwrap()).unwrap().stored(), "2026 出差 旅行");
        assert_eq!(t.without(&Tags::parse("出差 nope").unwrap()).stored(), "旅行");
        assert!(t.contains("旅行") && !t.contains("旅"));
        let full = Tags::parse("a b c d e f g h").unwrap();
        assert_eq!(full.with(&Tags::parse("i").unwrap()), Err(TagError::TooMany(9)));
    }
}
