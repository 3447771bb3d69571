//! Hostile bills (issue 20 item 8), through the real binary: a tiny XLSX
//! whose sheet spans A1:XFD1048576 (which made the reader allocate 512 GiB
//! and abort), its 64-column variant, zip bombs, and files that are not
//! files (`/dev/zero`, a named pipe, a folder) or are too large. Each is
//! refused quickly with a message naming the limit, nothing is written (the
//! ledger compared table by table), and the interface stays up.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::common;
use common::Cli;

fn ledger() -> Cli {
    let l = Cli::new();
    l.ok(&["add", "5000", "-c", "salary", "-d", "2026-10-10", "-p", "厂里"]);
    l
}

/// A minimal XLSX workbook whose one sheet has `sheet` as its XML (the
/// `<sheetData>` and what goes around it); the parts are deflated.
fn xlsx(path: &Path, sheet: &str) {
    workbook(path, &[sheet], None);
}

/// A minimal XLSX workbook whose one sheet's XML (the `<sheetData>` and what
/// goes around it) is `sheet`, written piece by piece, with a shared-strings
/// part holding `shared` when given; the parts are deflated.
fn workbook(path: &Path, sheet: &[&str], shared: Option<&str>) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    if let Some(shared) = shared {
        zip.start_file("xl/sharedStrings.xml", options).unwrap();
        let sst = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>{shared}</t></si></sst>"#
        );
        zip.write_all(sst.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#).unwrap();
    for piece in sheet {
        zip.write_all(piece.as_bytes()).unwrap();
    }
    zip.write_all(b"</worksheet>").unwrap();
    zip.finish().unwrap();
}

/// A sheet with a number at `first` and `last` (cell names), and the
/// `<dimension>` given (none when empty).
fn two_cells(dimension: &str, first: &str, last: &str) -> String {
    let row = |cell: &str| cell.trim_start_matches(|c: char| c.is_ascii_alphabetic()).to_owned();
    let dim = if dimension.is_empty() { String::new() } else { format!(r#"<dimension ref="{dimension}"/>"#) };
    format!(
        r#"{dim}<sheetData><row r="{}"><c r="{first}"><v>1</v></c></row><row r="{}"><c r="{last}"><v>2</v></c></row></sheetData>"#,
        row(first),
        row(last)
    )
}

fn import_fails(l: &Cli, file: &Path, needle: &str) -> String {
    let before = l.dump();
    let mut last = String::new();
    for extra in [&[][..], &["--dry-run"][..]] {
        let mut args = vec!["import", file.to_str().unwrap()];
        args.extend(extra);
        last = l.fails(&args, needle);
    }
    assert_eq!(l.dump(), before, "nothing was written for {}", file.display());
    last
}

#[test]
fn a_sheet_spanning_a_huge_area_is_refused_before_anything_is_allocated() {
    let l = ledger();
    let dir = l.dir.path();
    let cases: [(&str, String, &str); 4] = [
        // The issue's 1.5 KB file: declared and real A1:XFD1048576.
        (
            "huge.xlsx",
            two_cells("A1:XFD1048576", "A1", "XFD1048576"),
            "declares the area A1:XFD1048576 (17179869184 cells)",
        ),
        // The same cells with no declared area (or a modest one that lies).
        ("undeclared.xlsx", two_cells("", "A1", "XFD1048576"), "cells span the area A1:XFD1048576"),
        ("lying.xlsx", two_cells("A1:B2", "A1", "XFD1048576"), "cells span the area A1:XFD1048576"),
        // The 64-column variant (3.7 GB before).
        ("wide.xlsx", two_cells("", "A1", "BL1048576"), "cells span the area A1:BL1048576 (67108864 cells)"),
    ];
    for (name, sheet, needle) in cases {
        let file = dir.join(name);
        xlsx(&file, &sheet);
        assert!(std::fs::metadata(&file).unwrap().len() < 2_000, "a tiny file");
        let err = import_fails(&l, &file, needle);
        assert!(err.contains("over the 4000000 cells nestegg reads"), "{err}");
    }
    // A sheet of a real size reads (the generic preset needs a mapping).
    let fine = dir.join("fine.xlsx");
    xlsx(
        &fine,
        r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c><c r="B1" t="inlineStr"><is><t>amount</t></is></c><c r="C1" t="inlineStr"><is><t>payee</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>2026-10-11</t></is></c><c r="B2"><v>-25.5</v></c><c r="C2" t="inlineStr"><is><t>美团</t></is></c></row></sheetData>"#,
    );
    let out = l.ok(&[
        "import",
        fine.to_str().unwrap(),
        "--map",
        "date=date,amount=amount,payee=payee",
        "--account",
        "Bank card",
    ]);
    assert!(out.contains("imported 1 transaction"), "{out}");
}

#[test]
fn a_sheet_that_multiplies_its_text_or_rows_is_refused() {
    let l = ledger();
    let dir = l.dir.path();
    // 100 cells that each name one shared 1 MB string: a few KB of zip, 100 MB
    // of text (the same file with 30,000 cells, 63 KB, aborted the process).
    let shared = dir.join("shared.xlsx");
    let mut cells = String::from("<sheetData>");
    for row in 1..=10 {
        cells.push_str(&format!(r#"<row r="{row}">"#));
        for col in "ABCDEFGHIJ".chars() {
            cells.push_str(&format!(r#"<c r="{col}{row}" t="s"><v>0</v></c>"#));
        }
        cells.push_str("</row>");
    }
    cells.push_str("</sheetData>");
    workbook(&shared, &[&cells], Some(&"x".repeat(1 << 20)));
    assert!(std::fs::metadata(&shared).unwrap().len() < 10_000, "a tiny file");
    import_fails(&l, &shared, "its cells hold more than 64 MB of text, the most nestegg reads; nothing was read");

    // One cell named 4,000,001 times: its area is one cell, its list is not.
    let again = dir.join("again.xlsx");
    let cell = r#"<c r="A1"><v>1</v></c>"#.repeat(1000);
    let mut sheet = vec![r#"<sheetData><row r="1">"#];
    sheet.extend(std::iter::repeat_n(cell.as_str(), 4_000));
    sheet.extend([r#"<c r="A1"><v>1</v></c></row></sheetData>"#]);
    workbook(&again, &sheet, None);
    import_fails(&l, &again, "its sheet lists more than 4000000 cells (the same cells named again and again)");

    // Two cells a million rows apart: a narrow area, but a million rows.
    let tall = dir.join("tall.xlsx");
    xlsx(&tall, &two_cells("", "A1", "A1000001"));
    import_fails(&l, &tall, "its cells span the area A1:A1000001, over the 1000000 rows nestegg reads");
}

#[test]
fn a_csv_of_more_cells_or_rows_than_the_limits_is_refused_before_they_are_kept() {
    let l = ledger();
    let dir = l.dir.path();
    // 5 MB of commas on one line: five million empty cells (a 63 MB one took 2.7 GB).
    let commas = dir.join("commas.csv");
    std::fs::write(&commas, format!("date,amount,payee\n{}\n", ",".repeat(5_000_000))).unwrap();
    import_fails(&l, &commas, "the CSV holds more than 4000000 cells (counted to line 2), the most nestegg reads");
    // A million and one one-letter lines after the header (a 62 MB one took 9.7 GB).
    let lines = dir.join("lines.csv");
    std::fs::write(&lines, format!("date,amount,payee\n{}", "a\n".repeat(1_000_001))).unwrap();
    import_fails(&l, &lines, "the CSV holds more than 1000000 rows (counted to line 1000002), the most nestegg reads");
    // Commas inside quotes are text, not cells: counted as the import reads them.
    let quoted = dir.join("quoted.csv");
    let note = ",".repeat(5_000_000);
    std::fs::write(&quoted, format!("date,amount,payee,note\n2026-10-11,-3,x,\"{note}\"\n")).unwrap();
    let err = l.fails(
        &[
            "import",
            quoted.to_str().unwrap(),
            "--map",
            "date=date,amount=amount,payee=payee,note=note",
            "--account",
            "cash",
        ],
        "its note is 5000000 characters long",
    );
    assert!(!err.contains("cells"), "{err}");
}

#[test]
fn a_zip_bomb_is_refused_by_what_it_declares_and_by_what_it_holds() {
    let l = ledger();
    let dir = l.dir.path();
    // 300 MB of spaces in the sheet: a few hundred KB zipped.
    let bomb = dir.join("bomb.xlsx");
    let padding = " ".repeat(300 << 20);
    xlsx(&bomb, &format!("<sheetData>{padding}</sheetData>"));
    let size = std::fs::metadata(&bomb).unwrap().len();
    assert!(size < 1 << 20, "{size}");
    let err = import_fails(&l, &bomb, "unzips to 300 MB, over the 256 MB nestegg reads");
    assert!(err.contains("nothing was read"), "{err}");

    // The same part declaring a small size in both of the zip's headers:
    // counted as it unzips, it is refused all the same (or unreadable),
    // never read whole.
    let mut bytes = std::fs::read(&bomb).unwrap();
    let real = (300u32 << 20) + "<sheetData></sheetData>".len() as u32;
    let declared = real + "</worksheet>".len() as u32 + 142; // the XML header and root tag
    let mut patched = 0;
    for at in 0..bytes.len().saturating_sub(4) {
        let v = u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
        if (real..=declared + 64).contains(&v) {
            bytes[at..at + 4].copy_from_slice(&1000u32.to_le_bytes());
            patched += 1;
        }
    }
    assert!(patched >= 2, "both headers' sizes were found ({patched})");
    let liar = dir.join("liar.xlsx");
    std::fs::write(&liar, bytes).unwrap();
    import_fails(&l, &liar, "cannot read the spreadsheet");
}

#[cfg(unix)]
#[test]
fn what_is_not_a_file_or_too_large_is_refused_without_reading_it() {
    let l = ledger();
    let dir = l.dir.path();
    let fifo = dir.join("bill.csv");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let big = dir.join("big.csv");
    std::fs::File::create(&big).unwrap().set_len(65 << 20).unwrap();
    let cases: [(PathBuf, &str); 4] = [
        (PathBuf::from("/dev/zero"), "/dev/zero is a device, not a file"),
        (fifo.clone(), "bill.csv is a named pipe, not a file"),
        (dir.to_path_buf(), "is a folder, not a file"),
        (big, "big.csv is 65 MB, over the 64 MB nestegg reads"),
    ];
    for (file, needle) in &cases {
        import_fails(&l, file, needle);
    }
    // The settings files too: a pipe in place of config.toml is not waited on.
    let config = l.home().join(".config/nestegg");
    std::fs::create_dir_all(&config).unwrap();
    assert!(std::process::Command::new("mkfifo").arg(config.join("rules.toml")).status().unwrap().success());
    let csv = dir.join("ok.csv");
    std::fs::write(&csv, "date,amount,payee\n2026-10-11,-3,x\n").unwrap();
    import_fails(&l, &csv, "rules.toml is a named pipe, not a file");
}

#[test]
fn the_interface_refuses_a_pipe_or_a_huge_sheet_and_stays_up() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    let dir = l.dir.path();
    let fifo = dir.join("pipe.csv");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let huge = dir.join("huge.xlsx");
    xlsx(&huge, &two_cells("A1:XFD1048576", "A1", "XFD1048576"));
    let shared = dir.join("shared.xlsx");
    let cells = r#"<c r="A1" t="s"><v>0</v></c>"#.repeat(100);
    workbook(&shared, &[r#"<sheetData><row r="1">"#, &cells, "</row></sheetData>"], Some(&"x".repeat(1 << 20)));
    let before = l.dump();
    let home_var = format!("HOME={}", l.home().display());
    let tmux =
        common::tmux::Tmux::start(&["env", &home_var, env!("CARGO_BIN_EXE_nestegg"), "--db", l.path.to_str().unwrap()]);
    tmux.wait_for_text("厂里");
    let prompt = |s: &str| s.contains("Import a bill") || s.contains("导入账单");
    for (file, needle) in [(&fifo, "is a named pipe"), (&huge, "17179869184 cells"), (&shared, "64 MB of text")] {
        tmux.keys(&["I"]);
        // Typed only once the prompt is open, and the next file only once it
        // closed: keys sent ahead of the screen joined two paths under load.
        tmux.wait_for("the import prompt", prompt);
        tmux.type_text(file.to_str().unwrap());
        tmux.keys(&["Enter"]);
        tmux.wait_for(needle, |s| s.split_whitespace().collect::<Vec<_>>().join(" ").contains(needle));
        tmux.keys(&["Escape"]);
        tmux.wait_for("the prompt closed", |s| !prompt(s));
    }
    // Keys still work: a tab switch, then quit.
    tmux.keys(&["2"]);
    tmux.wait_for_text("Months");
    tmux.keys(&["q"]);
    drop(tmux);
    assert_eq!(l.dump(), before);
}
