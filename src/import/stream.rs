//! A nestegg CSV read in bounded chunks (issue 28), so an import of any
//! size holds one chunk at a time: [`Chunks`] reads each piece of the
//! bytes, cut at line ends outside quotes, exactly as a whole file is read
//! (`table::rows`, then `presets::nestegg`), with the file's line numbers;
//! [`Seen`] numbers the file's identical rows across chunks, as
//! [`plan::keys`] and [`plan::contents`] do over a whole file. Pure over
//! bytes: the caller reads the file and cuts it (`ops::import::stream`).
//!
//! What stays in memory between chunks is small: the header, a transfer's
//! first leg when a chunk ends between its two rows, and the occurrence
//! counts of the latest day's rows. Counts are kept per day and a day's are
//! dropped once its chunk is done and the next chunk has moved on; every
//! export is in date order (newest first), so a day never comes back. A
//! file whose dates do come back after their day was dropped is told by
//! [`OutOfOrder`], and the caller reads it whole instead (nothing is lost:
//! its write is still open and is rolled back).

use chrono::NaiveDate;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::plan::{self, Content, Context, Facts};
use super::table::{self, Encoding, Row};
use super::{Direction, Entry, ImportError, Parsed, Preset, presets};
use crate::text;

/// The most one chunk may weigh: a line (or a quoted cell) longer than
/// this is refused, so a file of one endless line costs no more memory.
pub const CHUNK_MAX_BYTES: usize = 64 << 20;

/// Where a chunk of a file may end after `bytes` (one or more lines): not
/// inside a quoted cell, whose line ends belong to the cell. `quotes` is
/// the count of quote bytes since the chunk began, kept by the caller.
pub fn ends_outside_quotes(bytes: &[u8], quotes: &mut usize) -> bool {
    *quotes += bytes.iter().filter(|&&b| b == b'"').count();
    *quotes % 2 == 0
}

/// A nestegg CSV's rows, a chunk of its bytes at a time (the caller reads
/// them, cut at line ends outside quotes: [`ends_outside_quotes`]).
#[derive(Default)]
pub struct Chunks {
    /// Told by the first chunk (a BOM, else valid UTF-8, else GB18030).
    encoding: Option<Encoding>,
    header: Option<Row>,
    /// Lines of the file before the next chunk.
    lines: usize,
    /// A transfer's first leg whose second is in the next chunk.
    carry: Option<Entry>,
}

impl Chunks {
    pub fn new() -> Chunks {
        Chunks::default()
    }

    /// The encoding's name, as the summary shows it (UTF-8 before any chunk).
    pub fn encoding(&self) -> &'static str {
        self.encoding.unwrap_or(Encoding::Utf8).name()
    }

    /// Lines of the file before the next chunk.
    pub fn lines(&self) -> usize {
        self.lines
    }

    /// The next chunk, `bytes` holding its `lines` lines (`last`: the file
    /// ends with it), read as a whole nestegg CSV is; `None` when nothing is
    /// left.
    pub fn parse(&mut self, bytes: &[u8], lines: usize, last: bool) -> Result<Option<Parsed>, ImportError> {
        let text = self.decode(bytes)?;
        let offset = self.lines;
        self.lines += lines;
        let mut read = table::rows(&text).map_err(ImportError::Unreadable)?;
        for r in &mut read {
            r.line += offset;
        }
        let rows = match &self.header {
            Some(h) => std::iter::once(h.clone()).chain(read).collect(),
            None => {
                self.header = read.first().cloned();
                read
            }
        };
        if rows.is_empty() && self.carry.is_none() {
            return Ok(None);
        }
        let (mut entries, invalid, skipped) = presets::nestegg(&rows)?;
        if let Some(first) = self.carry.take() {
            entries.insert(0, first);
        }
        // A run of transfer rows pairs from its start: an odd run at the
        // chunk's end leaves its last leg for the next chunk.
        let run = entries.iter().rev().take_while(|e| e.direction == Direction::Transfer).count();
        if run % 2 == 1 && !last {
            self.carry = entries.pop();
        }
        let encoding = self.encoding();
        Ok(Some(Parsed { preset: Preset::Nestegg, encoding, entries, invalid, skipped, warnings: Vec::new() }))
    }

    /// A chunk's text: the first chunk tells the encoding, as
    /// `table::decode` tells a whole file's; later chunks are held to it
    /// (a line end never falls inside a UTF-8 or GB18030 character).
    fn decode(&mut self, bytes: &[u8]) -> Result<String, ImportError> {
        match self.encoding {
            None => {
                let (text, encoding) = table::decode(bytes);
                self.encoding = Some(encoding);
                Ok(text)
            }
            Some(Encoding::Gb18030) => Ok(encoding_rs::GB18030.decode_without_bom_handling(bytes).0.into_owned()),
            Some(_) => String::from_utf8(bytes.to_vec())
                .map_err(|_| ImportError::Unreadable(text::import::not_utf8_from(self.lines + 1))),
        }
    }
}

/// A row's day came back after its chunk's counts were dropped: the file
/// is not in date order, and is read whole instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfOrder;

/// The occurrence counts of one day's rows: fingerprints' bases and contents.
#[derive(Default)]
struct Day {
    bases: HashMap<String, usize>,
    contents: HashMap<Content, usize>,
}

/// Identical rows of the file counted across its chunks, a day at a time.
#[derive(Default)]
pub struct Seen {
    days: HashMap<NaiveDate, Day>,
    /// Days whose counts were dropped (a few thousand dates at most).
    dropped: HashSet<NaiveDate>,
    last: Option<NaiveDate>,
}

impl Seen {
    /// A chunk's facts: what [`Facts::of`] works out for a whole file,
    /// with each row's occurrence counted over every chunk before it.
    pub fn facts(&mut self, parsed: &Parsed, cx: &Context) -> Result<Facts, OutOfOrder> {
        let account = cx.account.map_or("", |a| a.name.as_str());
        let (mut keys, mut contents) = (Vec::with_capacity(parsed.entries.len()), Vec::new());
        for e in &parsed.entries {
            if self.dropped.contains(&e.date) {
                return Err(OutOfOrder);
            }
            let day = self.days.entry(e.date).or_default();
            let base = plan::base_key(parsed.preset, e, account);
            keys.push(match day.bases.get_mut(&base) {
                Some(n) => {
                    *n += 1;
                    format!("{base}#{n}")
                }
                None => {
                    let key = format!("{base}#1");
                    day.bases.insert(base, 1);
                    key
                }
            });
            contents.push(plan::account_id(e, cx).map(|a| {
                let c = (e.date, a, e.amount, e.payee.clone());
                let n = day.contents.entry(c.clone()).or_insert(0);
                *n += 1;
                (c, *n)
            }));
            self.last = Some(e.date);
        }
        let mut facts = Facts::of_rest(parsed);
        (facts.keys, facts.contents) = (keys, contents);
        Ok(facts)
    }

    /// After a chunk: every day but the latest row's is dropped.
    pub fn turn(&mut self) {
        let last = self.last;
        self.days.retain(|d, _| {
            let keep = Some(*d) == last;
            if !keep {
                self.dropped.insert(*d);
            }
            keep
        });
    }
}
