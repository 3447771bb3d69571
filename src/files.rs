//! Private files. Everything nestegg writes holds the user's money (the
//! ledger, backups, exports, payee rules, crash reports), so each file is
//! created 0600 in a folder created 0700, whatever the umask: the mode is
//! set again after creation, because the umask masks the one asked for.
//!
//! Links: a mode is only ever changed through a handle on the file itself,
//! never through a symbolic link; a file that replaces another whole
//! ([`Replacement`]) is made under a fresh, unguessable name, created
//! exclusively (a link planted at a temporary name is never followed), and
//! renamed into place. A symbolic link at the place itself is written
//! through: the file it points to is replaced and the link stays (README,
//! "Where your data lives"). And nothing is ever written over a ledger, its
//! SQLite journal files or any other SQLite file ([`protected`]).

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::text::files as words;

/// Creates `dir` and any missing parents, each private (0700).
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_private_dir(parent)?;
    }
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.create(dir) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => return Ok(()),
        other => other?,
    }
    set_mode(dir, 0o700)
}

/// Opens `path` for writing as a private (0600) file: a new file only, or
/// (with `replace`) emptying one. Its folder must exist: a mistyped folder is
/// an error, not a new place (callers that own a folder make it first).
/// A new file is created exclusively, so a link at `path` is never followed.
pub fn create_private(path: &Path, replace: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true);
    if replace {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    private_handle(&file)?;
    Ok(file)
}

/// A ledger's files: the file itself, then SQLite's `-wal` and `-shm` beside it.
pub fn ledger_files(path: &Path) -> [PathBuf; 3] {
    ["", "-wal", "-shm"].map(|side| PathBuf::from(format!("{}{side}", path.display())))
}

/// Makes an existing file private (0600), through a handle on the file
/// itself: a symbolic link at `path` is refused, never followed.
pub fn make_private(path: &Path) -> io::Result<()> {
    set_mode(path, 0o600)
}

#[cfg(unix)]
fn private_handle(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn private_handle(_: &File) -> io::Result<()> {
    Ok(())
}

/// Sets the mode of the file or folder at `path` through a handle opened on
/// it, after checking it is no link, and that the handle is on the very
/// file looked at (not one swapped in meanwhile).
#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let seen = fs::symlink_metadata(path)?;
    if seen.file_type().is_symlink() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, words::is_a_link()));
    }
    let handle = File::open(path)?;
    let opened = handle.metadata()?;
    if (opened.dev(), opened.ino()) != (seen.dev(), seen.ino()) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, words::changed_meanwhile()));
    }
    handle.set_permissions(fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) -> io::Result<()> {
    Ok(())
}

/// Where a write to `path` lands: symbolic links followed, hop by hop, to
/// the path they name (which need not exist yet); `path` itself when it is
/// no link. A loop of links is an error.
pub fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&at)?;
                at = match at.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(at),
        }
    }
    Err(io::Error::new(io::ErrorKind::InvalidInput, words::link_loop()))
}

/// A file nestegg must never write over, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Protected {
    /// The path as the user gave it.
    pub path: PathBuf,
    pub kind: ProtectedKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProtectedKind {
    /// The open ledger itself (by file identity, or its very place).
    Ledger(PathBuf),
    /// One of the open ledger's SQLite files: `-wal`, `-shm` or `-journal`.
    LedgerFile { ledger: PathBuf, suffix: &'static str },
    /// Any SQLite database (a backup, another ledger).
    Database,
    /// A journal file of some SQLite database: by its content, or by its
    /// name beside that database (given when known).
    DatabaseFile(Option<PathBuf>),
}

impl std::fmt::Display for Protected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.path.display();
        let text = match &self.kind {
            ProtectedKind::Ledger(_) => words::is_the_ledger(path),
            ProtectedKind::LedgerFile { ledger, suffix } => {
                let role = match *suffix {
                    "-wal" => words::role_wal(),
                    "-shm" => words::role_shm(),
                    _ => words::role_journal(),
                };
                words::is_ledger_file(path, ledger.display(), role)
            }
            ProtectedKind::Database => words::is_sqlite(path),
            ProtectedKind::DatabaseFile(Some(db)) => words::is_sqlite_file_of(path, db.display()),
            ProtectedKind::DatabaseFile(None) => words::is_sqlite_journal(path),
        };
        f.write_str(&text)
    }
}

/// The files SQLite keeps beside a database while it is open (and, for
/// `-journal`, during a write in rollback mode).
const SQLITE_SIDES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Whether writing to `target` (replacing it, or making it) would write
/// over the ledger at `ledger` or one of its SQLite files, or any SQLite
/// database or journal, and which. Files are compared by identity (device
/// and inode), so a hard link, `./`, `..` or a symbolic link does not hide
/// one; a file that does not exist yet is compared by its folder's identity
/// and its name, so the ledger's `-journal` is refused before SQLite makes it.
/// A symbolic link to the ledger counts as the ledger: its SQLite files sit
/// beside the file it points to.
pub fn protected(target: &Path, ledger: Option<&Path>) -> Option<Protected> {
    let real = resolve_links(target).unwrap_or_else(|_| target.to_path_buf());
    let found = |kind| Some(Protected { path: target.to_path_buf(), kind });
    if let Some(ledger) = ledger {
        let resolved = resolve_links(ledger).unwrap_or_else(|_| ledger.to_path_buf());
        for base in [ledger, resolved.as_path()] {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let file = PathBuf::from(format!("{}{suffix}", base.display()));
                if same_file(&real, &file) || same_place(&real, &file) {
                    return found(if suffix.is_empty() {
                        ProtectedKind::Ledger(ledger.to_path_buf())
                    } else {
                        ProtectedKind::LedgerFile { ledger: ledger.to_path_buf(), suffix }
                    });
                }
            }
        }
    }
    match sqlite_content(&real) {
        Some(true) => return found(ProtectedKind::Database),
        Some(false) => return found(ProtectedKind::DatabaseFile(None)),
        None => {}
    }
    let name = real.file_name()?.to_string_lossy().into_owned();
    for suffix in SQLITE_SIDES {
        if let Some(base) = name.strip_suffix(suffix).filter(|b| !b.is_empty()) {
            let db = real.with_file_name(base);
            if sqlite_content(&db) == Some(true) {
                return found(ProtectedKind::DatabaseFile(Some(db)));
            }
        }
    }
    None
}

/// Both exist and are one file (one device, one inode).
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => (x.dev(), x.ino()) == (y.dev(), y.ino()),
        _ => false,
    }
}

/// The same name in the same folder (by the folder's identity), whether or
/// not a file is there yet.
#[cfg(unix)]
fn same_place(a: &Path, b: &Path) -> bool {
    let folder = |p: &Path| p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
    a.file_name().is_some() && a.file_name() == b.file_name() && same_file(&folder(a), &folder(b))
}

#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

#[cfg(not(unix))]
fn same_place(a: &Path, b: &Path) -> bool {
    same_file(a, b)
}

/// What SQLite wrote at the start of the file: `Some(true)` for a database
/// (`SQLite format 3\0`), `Some(false)` for a write-ahead log or a rollback
/// journal (their magic numbers), `None` for anything else or no file.
fn sqlite_content(path: &Path) -> Option<bool> {
    use std::io::Read;
    const DATABASE: &[u8; 16] = b"SQLite format 3\0";
    const WAL: [[u8; 4]; 2] = [[0x37, 0x7f, 0x06, 0x82], [0x37, 0x7f, 0x06, 0x83]];
    const JOURNAL: [u8; 8] = [0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7];
    if !fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut head = Vec::with_capacity(16);
    File::open(path).ok()?.take(16).read_to_end(&mut head).ok()?;
    if head.as_slice() == DATABASE {
        Some(true)
    } else if WAL.iter().any(|m| head.starts_with(m)) || head.starts_with(&JOURNAL) {
        Some(false)
    } else {
        None
    }
}

/// Why a file could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// The place holds a ledger or an SQLite file: nothing was written.
    Protected(Protected),
    Io(io::Error),
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// A private file that will replace whatever is at its place, once it is
/// complete: until [`Replacement::commit`], it is a temporary file beside
/// that place (dropped, it is removed), so a failure never leaves half a file.
pub struct Replacement {
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
}

impl Replacement {
    /// Starts the file that will take `path`'s place. A symbolic link at
    /// `path` is written through (the file it points to is replaced, the
    /// link stays); the temporary file is made in that file's folder, under
    /// an unguessable name, exclusively, 0600 through its own handle. A
    /// place holding an SQLite file ([`protected`]), or anything but a
    /// regular file, is refused.
    pub fn create(path: &Path) -> Result<Replacement, WriteError> {
        let target = resolve_links(path)?;
        if let Some(p) = protected(&target, None) {
            return Err(WriteError::Protected(Protected { path: path.to_path_buf(), ..p }));
        }
        // A device, a pipe or a folder is never replaced by a file (`--out /dev/null` as root).
        if fs::metadata(&target).is_ok_and(|m| !m.is_file()) {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, words::not_a_regular_file()).into());
        }
        let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = target.file_name().map_or("file".into(), |n| n.to_string_lossy().into_owned());
        let tmp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".nestegg-tmp").tempfile_in(dir)?;
        private_handle(tmp.as_file())?;
        Ok(Replacement { tmp, target })
    }

    /// The file being written.
    pub fn file(&mut self) -> &mut File {
        self.tmp.as_file_mut()
    }

    /// Puts the complete file in its place: synced to the disk, then
    /// renamed over whatever was there, in one step.
    pub fn commit(self) -> io::Result<()> {
        self.tmp.as_file().sync_all()?;
        self.tmp.persist(&self.target).map_err(|e| e.error)?;
        // The rename itself lasts once the folder is synced too (best effort).
        if let Some(dir) = self.target.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = File::open(dir).and_then(|d| d.sync_all());
        }
        Ok(())
    }
}

/// Writes `bytes` as the whole of `path` through a [`Replacement`].
pub fn replace_private(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    use std::io::Write;
    let mut file = Replacement::create(path)?;
    file.file().write_all(bytes)?;
    Ok(file.commit()?)
}

mod read;
pub use read::{BILL_MAX_BYTES, ReadError, SETTINGS_MAX_BYTES, open_regular, read_limited, read_text_if_there};
