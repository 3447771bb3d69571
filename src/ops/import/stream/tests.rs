use super::*;
use crate::import::table::Encoding;

const HEADER: &str = "id,date,account,category,class,payee,note,amount,currency,tags";

#[test]
fn chunks_keep_the_files_line_numbers_and_a_transfers_legs_together() {
    // A BOM, CRLF line ends, a blank line, a quoted cell over two lines and a
    // transfer whose legs fall on both sides of the first cut.
    let text = format!(
        "\u{feff}{HEADER}\r\n,2026-10-03,Cash,food,spending,面馆,,-15.00,CNY,\r\n\
         ,2026-10-02,Bank card,,transfer,,,-500.00,CNY,\r\n\r\n,2026-10-02,Cash,,transfer,,,500.00,CNY,\r\n\
         ,2026-10-01,Cash,food,spending,\"two\nlines\",,-1.00,CNY,\r\n,2026-10-01,Cash,food,spending,x,,-2.00,CNY,\r\n"
    );
    let mut chunks = FileChunks::new(text.as_bytes());
    let first = chunks.next_chunk(3).unwrap().unwrap();
    assert_eq!(first.encoding, Encoding::Utf8Bom.name());
    // Lines 1-3: the header, a row, a transfer's first leg (held back).
    assert_eq!(first.entries.iter().map(|e| e.line).collect::<Vec<_>>(), [2]);
    let second = chunks.next_chunk(3).unwrap().unwrap();
    // The held leg (line 3), its pair (line 5, after the blank line 4), and
    // the row whose cell spans lines 6 and 7 (the cut waits for its quote).
    assert_eq!(second.entries.iter().map(|e| e.line).collect::<Vec<_>>(), [3, 5, 6]);
    assert_eq!(second.entries[2].payee, "two lines");
    let third = chunks.next_chunk(3).unwrap().unwrap();
    assert_eq!(third.entries.iter().map(|e| (e.line, e.amount)).collect::<Vec<_>>(), [(8, -200)]);
    assert!(chunks.next_chunk(3).unwrap().is_none());
    assert_eq!(chunks.bytes_read(), text.len() as u64);
}

#[test]
fn a_later_chunk_that_is_not_utf8_is_refused_with_its_line() {
    let mut bytes = format!("{HEADER}\n,2026-10-03,Cash,food,spending,a,,-1.00,CNY,\n").into_bytes();
    bytes.extend_from_slice(b",2026-10-02,Cash,food,spending,\xc3\x28,,-1.00,CNY,\n");
    let mut chunks = FileChunks::new(bytes.as_slice());
    assert!(chunks.next_chunk(2).unwrap().is_some());
    let err = chunks.next_chunk(2).unwrap_err().to_string();
    assert!(err.contains("from line 3"), "{err}");
}
