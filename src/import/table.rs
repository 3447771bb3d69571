//! Bytes to a table of trimmed text cells with their line numbers: the
//! encoding is told from the bytes (UTF-8 with or without a BOM, else
//! GB18030, which covers GBK), CRLF and LF both end a line, and spaces and
//! trailing tabs are trimmed from every cell (Alipay pads order numbers with
//! a tab so spreadsheets keep them as text), and every cell is cleaned of
//! what a terminal would obey (`model::clean`), whatever the preset. Pure.

use encoding_rs::{GB18030, UTF_8};

use crate::money::{Currency, Money};
use crate::text;

/// One row of cells and the line of the file it starts on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

impl Row {
    pub fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }

    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(String::is_empty)
    }
}

/// What the bytes were, as the preview names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Gb18030,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => text::core::encoding_utf8_bom(),
            Encoding::Gb18030 => "GBK/GB18030",
        }
    }
}

/// The text of a file: UTF-8 when the bytes are valid UTF-8 (a BOM is
/// dropped), else GB18030, the superset of GBK that Alipay writes.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (UTF_8.decode_without_bom_handling(rest).0.into_owned(), Encoding::Utf8Bom);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Encoding::Utf8),
        Err(_) => (GB18030.decode_without_bom_handling(bytes).0.into_owned(), Encoding::Gb18030),
    }
}

/// A cell as read: cleaned as every stored text is (`model::clean::text`:
/// line breaks and tabs a space, escapes and bidirectional overrides gone),
/// surrounding spaces, tabs and full-width spaces removed.
pub fn clean(cell: &str) -> String {
    let cleaned = crate::model::clean::text(cell);
    let trimmed = cleaned.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if trimmed.len() == cleaned.len() { cleaned } else { trimmed.to_owned() }
}

/// Every CSV row of `text` with its line number; rows may differ in length
/// (preambles have one cell, data rows a trailing empty one). At most
/// [`CELLS_MAX`] cells in at most [`ROWS_MAX`] rows, counted first
/// ([`counted`]): a 64 MB file of commas or of one-letter lines would
/// otherwise become gigabytes of cells.
pub fn rows(text: &str) -> Result<Vec<Row>, String> {
    counted(text)?;
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut out = Vec::new();
    // Lines are counted from the bytes: the reader's own line numbers drift
    // after CRLF and blank lines, and a record's start may sit on the line
    // breaks before it.
    let (mut line, mut counted) = (1, 0);
    let mut line_at = |byte: usize| {
        let mut byte = byte.min(text.len());
        while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        line += text.as_bytes()[counted..byte].iter().filter(|&&b| b == b'\n').count();
        counted = byte;
        line
    };
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => text::bills::csv_unreadable_at(line_at(p.byte() as usize), &e),
            None => text::bills::csv_unreadable(&e),
        })?;
        let line = line_at(record.position().map_or(0, |p| p.byte() as usize));
        out.push(Row { line, cells: record.iter().map(clean).collect() });
    }
    Ok(out)
}

/// The most an XLSX workbook may unzip to, all its parts together: a
/// year of WeChat Pay is a few MB; a "zip bomb" is refused before it is read.
pub const XLSX_UNZIPPED_MAX: u64 = 256 << 20;

/// The cells of a CSV held to [`CELLS_MAX`] and its rows to [`ROWS_MAX`],
/// counted by the parser the csv crate itself runs (the same quoting and
/// line ends), keeping nothing: a field's text passes through a small
/// buffer, so one record of 60 million empty fields costs no memory either.
fn counted(text: &str) -> Result<(), String> {
    use csv_core::ReadFieldResult;
    let mut reader = csv_core::Reader::new();
    let (mut input, mut scratch) = (text.as_bytes(), [0u8; 1024]);
    let (mut cells, mut rows) = (0u64, 0u64);
    let line = |rest: &[u8]| 1 + text.as_bytes()[..text.len() - rest.len()].iter().filter(|&&b| b == b'\n').count();
    loop {
        let (result, read, _) = reader.read_field(input, &mut scratch);
        input = &input[read..];
        match result {
            ReadFieldResult::Field { record_end } => {
                cells += 1;
                rows += u64::from(record_end);
                if cells > CELLS_MAX {
                    return Err(text::bills::csv_too_many_cells(line(input), CELLS_MAX));
                }
                if rows > ROWS_MAX {
                    return Err(text::bills::csv_too_many_rows(line(input), ROWS_MAX));
                }
            }
            // A field longer than the buffer, or the input read (the next call ends it).
            ReadFieldResult::OutputFull | ReadFieldResult::InputEmpty => {}
            ReadFieldResult::End => return Ok(()),
        }
    }
}

/// The most cells a bill may hold: a CSV's cells, or the area of a sheet
/// (rows × columns, from its first used cell to its last). A real bill
/// holds well under a million; a sheet with one cell at A1 and one at
/// XFD1048576 spans 17 billion.
pub const CELLS_MAX: u64 = 4_000_000;

/// The most rows a bill may hold: a year of WeChat Pay is a few thousand,
/// and a 64 MB nestegg CSV under a million.
pub const ROWS_MAX: u64 = 1_000_000;

/// The most text a sheet's cells may hold together: as much as a CSV bill
/// may weigh. A cell names a shared string by its number, so a 60 KB
/// workbook whose 30,000 cells all name one 1 MB string would otherwise
/// be read as 30 GB of text.
pub const XLSX_TEXT_MAX: u64 = crate::files::BILL_MAX_BYTES;

/// The rows of the first sheet of an XLSX workbook that `wanted` takes
/// (the first sheet when none does: a bill whose first sheet is a cover
/// or notes still reads). WeChat Pay's newer export:
/// numbers rounded to the fen, dates written as `YYYY-MM-DD HH:MM:SS`, so
/// the sheet reads like the CSV. Nothing is allocated for what a sheet
/// claims: the parts are unzipped once, counted, against
/// [`XLSX_UNZIPPED_MAX`] (what the zip declares and what it really holds);
/// the sheet's declared area and then the area its cells really span are
/// held to [`CELLS_MAX`], and the text of its cells to [`XLSX_TEXT_MAX`],
/// cell by cell as they stream in (a cell's size is checked before it is
/// copied), before any row is built.
pub fn xlsx_rows(bytes: &[u8], wanted: impl Fn(&[Row]) -> bool) -> Result<Vec<Row>, String> {
    use calamine::{Reader, Xlsx};
    let unreadable = |e: &dyn std::fmt::Display| text::bills::xlsx_unreadable(e);
    unzipped_size(bytes)?;
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let names = book.sheet_names();
    let first = names.first().ok_or_else(|| unreadable(&text::bills::no_sheet()))?;
    // Every sheet is read within the same bounds, one at a time.
    let mut first_rows = None;
    for name in &names {
        let rows = sheet_rows(&mut book, name)?;
        if wanted(&rows) {
            return Ok(rows);
        }
        if name == first {
            first_rows = Some(rows);
        }
    }
    Ok(first_rows.unwrap_or_default())
}

/// The rows of one sheet, held to the bounds [`xlsx_rows`] states.
fn sheet_rows<R: std::io::Read + std::io::Seek>(book: &mut calamine::Xlsx<R>, name: &str) -> Result<Vec<Row>, String> {
    use calamine::DataRef;
    let unreadable = |e: &dyn std::fmt::Display| text::bills::xlsx_unreadable(e);
    let mut cells = book.worksheet_cells_reader(name).map_err(|e| unreadable(&e))?;
    let declared = cells.dimensions();
    let area = Area { top: declared.start.0, left: declared.start.1, bottom: declared.end.0, right: declared.end.1 };
    if area.cells() > CELLS_MAX {
        return Err(unreadable(&text::bills::xlsx_declares(&area.name(), area.cells(), CELLS_MAX)));
    }
    let text = |c: &DataRef| match c {
        DataRef::Empty => String::new(),
        DataRef::SharedString(s) => clean(s),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => clean(s),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => b.to_string(),
        // Amounts: whole fen, half away from zero; whole numbers stay whole.
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => Money::new((f * 100.0).round() as i64, Currency::CNY).plain(),
        DataRef::DateTime(d) => d.as_datetime().map_or(String::new(), |t| t.format("%Y-%m-%d %H:%M:%S").to_string()),
        DataRef::Error(e) => format!("#{e:?}"),
    };
    // The cells as they come (row by row in a real sheet), and the area they span.
    let mut read: Vec<(u32, u32, String)> = Vec::new();
    let mut span: Option<Area> = None;
    let mut text_size: u64 = 0;
    while let Some(cell) = cells.next_cell().map_err(|e| unreadable(&e))? {
        // The text a cell holds, before it is copied out (a number's is short).
        text_size += match cell.get_value() {
            DataRef::SharedString(s) => s.len(),
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.len(),
            _ => 0,
        } as u64;
        if text_size > XLSX_TEXT_MAX {
            return Err(unreadable(&text::bills::xlsx_text(text::files::size(XLSX_TEXT_MAX))));
        }
        let value = text(cell.get_value());
        if value.is_empty() {
            continue;
        }
        let (row, col) = cell.get_position();
        let a = span.get_or_insert(Area { top: row, left: col, bottom: row, right: col });
        (a.top, a.left, a.bottom, a.right) = (a.top.min(row), a.left.min(col), a.bottom.max(row), a.right.max(col));
        if a.cells() > CELLS_MAX {
            return Err(unreadable(&text::bills::xlsx_spans(&a.name(), a.cells(), CELLS_MAX)));
        }
        if u64::from(a.bottom - a.top) + 1 > ROWS_MAX {
            return Err(unreadable(&text::bills::xlsx_rows(&a.name(), ROWS_MAX)));
        }
        // More cells than the area holds: the sheet names some cells again and again.
        if read.len() as u64 >= CELLS_MAX {
            return Err(unreadable(&text::bills::xlsx_cells(CELLS_MAX)));
        }
        read.push((row, col, value));
    }
    let Some(span) = span else { return Ok(Vec::new()) };
    // Rows from the first used one to the last, columns from the first used
    // one: a row without cells is blank (nothing allocated for it).
    read.sort_by_key(|&(row, col, _)| (row, col));
    let width = (span.right - span.left + 1) as usize;
    let mut rows: Vec<Row> =
        (span.top..=span.bottom).map(|r| Row { line: r as usize + 1, cells: Vec::new() }).collect();
    for (row, col, value) in read {
        let cells = &mut rows[(row - span.top) as usize].cells;
        if cells.is_empty() {
            cells.resize(width, String::new());
        }
        cells[(col - span.left) as usize] = value;
    }
    Ok(rows)
}

/// A sheet's rectangle, 0-based and inclusive.
#[derive(Debug, Clone, Copy)]
struct Area {
    top: u32,
    left: u32,
    bottom: u32,
    right: u32,
}

impl Area {
    fn cells(self) -> u64 {
        (u64::from(self.bottom.saturating_sub(self.top)) + 1) * (u64::from(self.right.saturating_sub(self.left)) + 1)
    }

    /// As a spreadsheet names it: `A1:XFD1048576`.
    fn name(self) -> String {
        let cell = |row: u32, col: u32| {
            let (mut n, mut letters) = (col + 1, Vec::new());
            while n > 0 {
                letters.push(b'A' + ((n - 1) % 26) as u8);
                n = (n - 1) / 26;
            }
            letters.reverse();
            format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
        };
        format!("{}:{}", cell(self.top, self.left), cell(self.bottom, self.right))
    }
}

/// How much the workbook unzips to, held to [`XLSX_UNZIPPED_MAX`]: first
/// what its directory declares, then what its parts really hold, counted as
/// they are unzipped (a part may lie about its size), stopping one byte past.
fn unzipped_size(bytes: &[u8]) -> Result<u64, String> {
    use std::io::Read;
    let unreadable = |e: &dyn std::fmt::Display| text::bills::xlsx_unreadable(e);
    let too_big = |size: u64| {
        unreadable(&text::bills::xlsx_unzips_to(text::files::size(size), text::files::size(XLSX_UNZIPPED_MAX)))
    };
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        declared = declared.saturating_add(zip.by_index_raw(i).map_err(|e| unreadable(&e))?.size());
    }
    if declared > XLSX_UNZIPPED_MAX {
        return Err(too_big(declared));
    }
    let mut real: u64 = 0;
    for i in 0..zip.len() {
        let part = zip.by_index(i).map_err(|e| unreadable(&e))?;
        let left = XLSX_UNZIPPED_MAX - real;
        real += std::io::copy(&mut part.take(left + 1), &mut std::io::sink()).map_err(|e| unreadable(&e))?;
        if real > XLSX_UNZIPPED_MAX {
            return Err(too_big(real));
        }
    }
    Ok(real)
}

/// Whether the bytes are a ZIP container (an XLSX workbook).
pub fn is_xlsx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The first row whose cells start with `first` (in order): a header found
/// by its content, never by counting preamble lines.
pub fn find_header(rows: &[Row], first: &[&str]) -> Option<usize> {
    rows.iter().position(|r| first.iter().enumerate().all(|(i, want)| r.cell(i) == *want))
}

/// The first row holding every one of `cells`, in any order: a header
/// found by the set of its names, whatever columns a layout added or moved.
pub fn find_header_cells(rows: &[Row], cells: &[&str]) -> Option<usize> {
    rows.iter().position(|r| cells.iter().all(|want| r.cells.iter().any(|c| c == want)))
}

/// Column positions by header name; `None` for a name the header lacks.
pub fn columns<const N: usize>(header: &Row, names: [&[&str]; N]) -> [Option<usize>; N] {
    names.map(|alternatives| header.cells.iter().position(|c| alternatives.contains(&c.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_told_from_the_bytes() {
        let (text, enc) = decode("交易时间,金额\r\n".as_bytes());
        assert_eq!((text.as_str(), enc), ("交易时间,金额\r\n", Encoding::Utf8));
        let (text, enc) = decode(b"\xEF\xBB\xBFa,b");
        assert_eq!((text.as_str(), enc), ("a,b", Encoding::Utf8Bom));
        let (gbk, _, _) = GB18030.encode("交易时间,餐饮美食");
        let (text, enc) = decode(&gbk);
        assert_eq!((text.as_str(), enc), ("交易时间,餐饮美食", Encoding::Gb18030));
    }

    #[test]
    fn rows_keep_line_numbers_and_trim_cells() {
        let rows = rows("preamble\r\n\r\nh1,h2,\r\n\"a, b\" ,2023\t,\r\nx,\"multi\nline\"\n").unwrap();
        assert_eq!(rows[1], Row { line: 3, cells: vec!["h1".into(), "h2".into(), String::new()] });
        let lines = |t: &str| super::rows(t).unwrap().iter().map(|r| r.line).collect::<Vec<_>>();
        assert_eq!(lines("a\r\nb\r\n\r\nc\r\n"), [1, 2, 4]);
        assert_eq!(lines("a\n\nb\nc"), [1, 3, 4]);
        assert_eq!(rows[2].cells[..2], ["a, b".to_owned(), "2023".to_owned()]);
        // A line break inside a cell is a space: no stored text holds one.
        assert_eq!((rows[3].line, rows[3].cell(1), rows[3].cell(7)), (5, "multi line", ""));
        assert_eq!(find_header(&rows, &["h1", "h2"]), Some(1));
        assert_eq!(columns(&rows[1], [&["h2"], &["nope"]]), [Some(1), None]);
    }
}
