//! Handler for `export`: the journal, to standard output or a private file.

use std::io::Write;
use std::path::Path;

use super::args::{ExportArgs, ExportFormat};
use super::{CliError, Result};
use crate::export::Journal;
use crate::model::TxnFilter;
use crate::store::Store;

pub fn export(store: &Store, a: &ExportArgs, out: &mut dyn Write) -> Result<()> {
    match a.format {
        ExportFormat::Ledger => match &a.out {
            None => journal(store, out),
            Some(path) => {
                write_file(path, |w| journal(store, w))?;
                writeln!(
                    out,
                    "wrote the journal to {}; try: hledger -f {} incomestatement --monthly",
                    path.display(),
                    path.display()
                )?;
                Ok(())
            }
        },
    }
}

fn journal(store: &Store, out: &mut dyn Write) -> Result<()> {
    let mut currencies: Vec<_> = store.accounts(true)?.into_iter().map(|a| a.currency).collect();
    currencies.sort_by_key(|c| c.code());
    currencies.dedup();
    let mut j = Journal::new(out, &currencies)?;
    store.for_each_txn_oldest_first(&TxnFilter::default(), |t| {
        j.entry(t).map_err(|e| crate::store::StoreError::Invalid(format!("cannot write the journal: {e}")))
    })?;
    j.finish()?;
    Ok(())
}

/// Writes the whole file next to its final place, then renames it there, so
/// a failure never leaves half a file; the file is private (0600).
fn write_file(path: &Path, fill: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let io = |e: std::io::Error| CliError::Usage(format!("cannot write {}: {e}", path.display()));
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{}.nestegg-tmp", path.file_name().map_or("export".into(), |n| n.to_string_lossy())));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&tmp).map_err(io)?;
    let mut w = std::io::BufWriter::new(file);
    let result = fill(&mut w).and_then(|()| w.flush().map_err(CliError::from));
    match result.and_then(|()| std::fs::rename(&tmp, path).map_err(io)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}
