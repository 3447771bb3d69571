//! A large nestegg CSV imported a chunk at a time (issue 28): each chunk
//! is read, planned against the ledger as it was before the import, and
//! written, inside the one transaction and the one undo step of the whole
//! import, so memory holds one chunk whatever the file's size. The file's
//! repeated rows are numbered across chunks by `import::stream::Seen`, and
//! the ledger is asked only about its rows from before the import, so a
//! chunk is planned exactly as the whole file would plan it. A bad row
//! anywhere stops the writing and rolls all of it back (unless told to
//! skip such rows); a dry run writes nothing at all.

use std::cell::RefCell;
use std::io::BufRead;

use super::{ImportOpError, ImportOptions};
use crate::import::plan::{self, Context, Planned};
use crate::import::rules::ServiceMap;
use crate::import::stream::{CHUNK_MAX_BYTES, Chunks, OutOfOrder, Seen, ends_outside_quotes};
use crate::import::{ImportError, Parsed, Problem};
use crate::model::clean;
use crate::ops::history::{Step, record_then};
use crate::store::{Store, StoreError};
use crate::text;

/// Rows planned and written at a time: about 2 MB of a nestegg CSV.
pub const CHUNK_ROWS: usize = 20_000;

/// The first rows kept for a preview (a dry run lists them).
pub const PREVIEW_ROWS: usize = 50;

/// The first problems kept of each kind (the command line lists 30).
pub const PROBLEMS_KEPT: usize = 30;

/// What the import does with the rows once planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Plan every row and write nothing.
    DryRun,
    /// Write the new rows; with a row that cannot be imported, write
    /// nothing at all unless `skip_invalid`.
    Write { skip_invalid: bool },
}

/// What a streamed import found and did: counts of the whole file, and the
/// first rows and problems of it (never every row).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Streamed {
    pub encoding: &'static str,
    /// Transactions (a transfer is two) new, and already in the ledger.
    pub new: usize,
    pub duplicates: usize,
    /// The first [`PROBLEMS_KEPT`] rows that cannot be imported, in file
    /// order, and how many there are.
    pub invalid: Vec<Problem>,
    pub invalid_count: usize,
    /// The same of the rows left out on purpose.
    pub skipped: Vec<Problem>,
    pub skipped_count: usize,
    /// The first [`PREVIEW_ROWS`] planned rows, and how many there are.
    pub first: Vec<Planned>,
    pub rows: usize,
    /// Transactions written (none on a dry run, or when a bad row stopped it).
    pub added: usize,
}

impl Streamed {
    fn keep(kept: &mut Vec<Problem>, count: &mut usize, more: Vec<Problem>) {
        *count += more.len();
        let room = PROBLEMS_KEPT.saturating_sub(kept.len());
        kept.extend(more.into_iter().take(room));
    }
}

/// Why a streamed import stopped.
enum Halt {
    Store(StoreError),
    File(ImportError),
    OutOfOrder,
    /// A row cannot be imported and none may be skipped: roll back.
    Invalid,
}

/// Imports the nestegg CSV `input` a chunk of `chunk_rows` rows at a time
/// as one undoable step named after `file`; `progress` hears the rows done
/// and the bytes read after each chunk. `Ok(None)`: the file is not in date
/// order, nothing was written, and it is to be read whole instead.
pub fn stream<R: BufRead>(
    store: &mut Store,
    input: R,
    opts: &ImportOptions,
    file: &str,
    mode: Mode,
    chunk_rows: usize,
    mut progress: impl FnMut(usize, u64),
) -> Result<Option<Streamed>, ImportOpError> {
    let accounts = store.accounts(true)?;
    let account = match opts.account {
        Some(id) => Some(accounts.iter().find(|a| a.id == id).ok_or(StoreError::NotFound { what: "account", id })?),
        None => None,
    };
    if let Some(a) = account.filter(|a| a.archived) {
        return Err(ImportOpError::Archived(a.name.clone()));
    }
    let categories = store.categories(true)?;
    let mut rules = opts.rules.clone();
    let names: Vec<&str> = categories.iter().filter(|c| !c.archived).map(|c| c.name.as_str()).collect();
    rules.resolve(&names).map_err(ImportOpError::Rules)?;
    let map = ServiceMap::shipped();
    let cx = Context { accounts: &accounts, categories: &categories, account, rules: &rules, map: &map };
    let mut chunks = FileChunks::new(input);
    let mut out = Streamed::default();
    let done = match mode {
        Mode::DryRun => {
            let before = store.import_before()?;
            let known = |f: &plan::Facts| store.import_known_before(f, before);
            let plan = Plan { chunks: &mut chunks, cx: &cx, rows: chunk_rows, strict: false };
            plan.run(&mut out, known, |_: &[Planned]| Ok(0), &mut progress)
        }
        Mode::Write { skip_invalid } => {
            // The step counts the rows written, in the write's own transaction.
            let halted: RefCell<Option<Halt>> = RefCell::new(None);
            let written = store
                .bulk(|store| {
                    record_then(
                        store,
                        |&rows| Step::Import { file: clean::text(file), rows },
                        |tx| {
                            let before = tx.import_before()?;
                            let known = |f: &plan::Facts| tx.import_known_before(f, before);
                            let mut writing = tx.import_writing(before)?;
                            let write = |rows: &[Planned]| tx.import_rows(rows, &mut writing);
                            let plan = Plan { chunks: &mut chunks, cx: &cx, rows: chunk_rows, strict: !skip_invalid };
                            tx.import_streamed(|| match plan.run(&mut out, known, write, &mut progress) {
                                Ok(()) => Ok(()),
                                Err(Halt::Store(e)) => Err(e),
                                Err(other) => {
                                    *halted.borrow_mut() = Some(other);
                                    // Any error rolls the write back; `halted` says why.
                                    Err(StoreError::Invalid(String::new()))
                                }
                            })?;
                            Ok(out.added)
                        },
                    )
                })
                .map(|_| ());
            match (written, halted.into_inner()) {
                (_, Some(h)) => Err(h),
                (w, None) => w.map_err(Halt::Store),
            }
        }
    };
    match done {
        Ok(()) => Ok(Some(out)),
        Err(Halt::OutOfOrder) => Ok(None),
        Err(Halt::File(e)) => Err(ImportOpError::File(e)),
        Err(Halt::Store(e)) => Err(ImportOpError::Store(e)),
        // Nothing was written; the face words the rows that stopped it.
        Err(Halt::Invalid) => Ok(Some(Streamed { added: 0, ..out })),
    }
}

/// A file read a chunk at a time: its bytes cut at line ends outside
/// quotes, each piece read by the pure [`Chunks`].
pub struct FileChunks<R> {
    input: R,
    chunks: Chunks,
    bytes: u64,
    done: bool,
}

impl<R: BufRead> FileChunks<R> {
    pub fn new(input: R) -> FileChunks<R> {
        FileChunks { input, chunks: Chunks::new(), bytes: 0, done: false }
    }

    /// Bytes read so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }

    /// The encoding's name, as the summary shows it.
    pub fn encoding(&self) -> &'static str {
        self.chunks.encoding()
    }

    /// The next chunk of about `rows` lines (more when a quoted cell spans
    /// lines); `None` after the last.
    pub fn next_chunk(&mut self, rows: usize) -> Result<Option<Parsed>, ImportError> {
        if self.done {
            return Ok(None);
        }
        let mut buf: Vec<u8> = Vec::new();
        let (mut lines, mut quotes) = (0usize, 0usize);
        loop {
            let start = buf.len();
            let limit = (CHUNK_MAX_BYTES + 1).saturating_sub(start) as u64;
            let read = std::io::Read::take(&mut self.input, limit)
                .read_until(b'\n', &mut buf)
                .map_err(|e| ImportError::Unreadable(text::bills::csv_unreadable(e)))?;
            if buf.len() > CHUNK_MAX_BYTES {
                return Err(ImportError::Unreadable(text::import::line_too_long(self.chunks.lines() + lines + 1)));
            }
            if read == 0 {
                self.done = true;
                break;
            }
            self.bytes += read as u64;
            if buf.last() == Some(&b'\n') {
                lines += 1;
            }
            if ends_outside_quotes(&buf[start..], &mut quotes) && lines >= rows {
                break;
            }
        }
        self.chunks.parse(&buf, lines, self.done)
    }
}

/// One streamed import's reading and planning.
struct Plan<'a, 'c, R> {
    chunks: &'a mut FileChunks<R>,
    cx: &'a Context<'c>,
    rows: usize,
    /// A bad row stops the writing, and the import.
    strict: bool,
}

impl<R: BufRead> Plan<'_, '_, R> {
    /// Reads, plans and writes every chunk (`known` asks the ledger, `write` writes a chunk's rows).
    fn run(
        self,
        out: &mut Streamed,
        known: impl Fn(&plan::Facts) -> crate::store::Result<plan::Known>,
        mut write: impl FnMut(&[Planned]) -> crate::store::Result<usize>,
        progress: &mut impl FnMut(usize, u64),
    ) -> Result<(), Halt> {
        let mut seen = Seen::default();
        let mut bad = false;
        while let Some(parsed) = self.chunks.next_chunk(self.rows).map_err(Halt::File)? {
            let facts = seen.facts(&parsed, self.cx).map_err(|OutOfOrder| Halt::OutOfOrder)?;
            seen.turn();
            let known = known(&facts).map_err(Halt::Store)?;
            let plan = plan::plan_with(parsed, self.cx, &known, facts);
            out.new += plan.new_rows();
            out.duplicates += plan.duplicates();
            let invalid = plan.invalid();
            bad |= !invalid.is_empty();
            Streamed::keep(&mut out.invalid, &mut out.invalid_count, invalid);
            Streamed::keep(&mut out.skipped, &mut out.skipped_count, plan.skipped.clone());
            out.rows += plan.rows.len();
            // Once a row is bad and none may be skipped, nothing will be kept: stop writing.
            if !(self.strict && bad) {
                out.added += write(&plan.rows).map_err(Halt::Store)?;
            }
            let room = PREVIEW_ROWS.saturating_sub(out.first.len());
            out.first.extend(plan.rows.into_iter().take(room));
            progress(out.rows, self.chunks.bytes_read());
        }
        out.encoding = self.chunks.encoding();
        if self.strict && bad { Err(Halt::Invalid) } else { Ok(()) }
    }
}

#[cfg(test)]
mod tests;
