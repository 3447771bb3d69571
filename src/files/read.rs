//! Reading a file a user names (a bill) or keeps (the settings): only a
//! regular file, within a size limit, checked on the opened handle.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::text::files as words;

/// The most a bill (an import) may weigh: far above a real one (a year of
/// WeChat Pay or Alipay is a few MB), low enough that reading it, and the
/// rows it becomes, fit in memory.
pub const BILL_MAX_BYTES: u64 = 64 << 20;

/// The most a settings file (`config.toml`, `rules.toml`, `cities.toml`) may weigh.
pub const SETTINGS_MAX_BYTES: u64 = 4 << 20;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file: a folder, a pipe, a device or a socket.
    NotAFile {
        path: PathBuf,
        kind: &'static str,
    },
    /// Larger than the limit the caller named.
    TooLarge {
        path: PathBuf,
        size: u64,
        max: u64,
    },
    Io {
        path: PathBuf,
        error: io::Error,
    },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            ReadError::NotAFile { path, kind } => words::not_a_file(path.display(), kind),
            ReadError::TooLarge { path, size, max } => {
                words::too_large(path.display(), crate::text::files::size(*size), crate::text::files::size(*max))
            }
            ReadError::Io { path, error } => words::cannot_read(path.display(), error),
        })
    }
}

impl std::error::Error for ReadError {}

impl ReadError {
    /// Whether the file is simply not there (callers with a default use it).
    pub fn is_missing(&self) -> bool {
        matches!(self, ReadError::Io { error, .. } if error.kind() == io::ErrorKind::NotFound)
    }
}

/// The bytes of the regular file at `path`, at most `max` of them. What
/// is checked is the file opened, not the name: it is opened without
/// blocking (a named pipe with no writer would otherwise wait forever, and
/// freeze the interface), its type and size are read from the open handle,
/// and the read stops one byte past `max` (a file that grows meanwhile, or
/// a device that never ends, like `/dev/zero`, is refused all the same).
pub fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    use io::Read;
    let failed = |error| ReadError::Io { path: path.to_path_buf(), error };
    let (file, len) = open_regular(path)?;
    if len > max {
        return Err(ReadError::TooLarge { path: path.to_path_buf(), size: len, max });
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(max + 1).read_to_end(&mut bytes).map_err(failed)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge { path: path.to_path_buf(), size: bytes.len() as u64, max });
    }
    Ok(bytes)
}

/// The regular file at `path`, opened to be read (as [`read_limited`]
/// opens it: a pipe, a device or a folder is refused without waiting),
/// with its size; for a reader that streams it, whatever its size.
pub fn open_regular(path: &Path) -> Result<(fs::File, u64), ReadError> {
    let failed = |error| ReadError::Io { path: path.to_path_buf(), error };
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: opening a named pipe does not wait for a writer (regular files ignore it).
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(failed)?;
    let meta = file.metadata().map_err(failed)?;
    let kind = meta.file_type();
    if !kind.is_file() {
        return Err(ReadError::NotAFile { path: path.to_path_buf(), kind: kind_word(&kind) });
    }
    Ok((file, meta.len()))
}

/// [`read_limited`] as text; `None` when the file is not there.
pub fn read_text_if_there(path: &Path, max: u64) -> Result<Option<String>, String> {
    match read_limited(path, max) {
        Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|e| words::cannot_read(path.display(), e)),
        Err(e) if e.is_missing() => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

/// What a path that is not a regular file is, in the reader's words.
fn kind_word(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return words::kind_fifo();
        }
        if kind.is_block_device() || kind.is_char_device() {
            return words::kind_device();
        }
        if kind.is_socket() {
            return words::kind_socket();
        }
    }
    if kind.is_dir() { words::kind_folder() } else { words::kind_other() }
}
