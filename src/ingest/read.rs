//! Reading one file into grids of cell values: calamine for workbooks, the csv crate for
//! text files. Format is decided by the file's bytes, not its name, and zipped formats are
//! measured before they are unpacked.

use std::io::Cursor;

use calamine::{Data, Ods, Reader, Xls, Xlsb, Xlsx};

use super::xls::{XLS_SHEETS_AT_LIMIT, cfb_workbook, contains_utf16, xls_extents};

use crate::config::{Lang, Limits};

/// A cell's value as read, before it is interpreted for its column.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    /// Nothing in the cell.
    #[default]
    Empty,
    /// Text (CSV cells are always text).
    Text(String),
    /// A number without date format.
    Number(f64),
    /// A cell formatted as date.
    Date(chrono::NaiveDate),
    /// TRUE/FALSE.
    Bool(bool),
    /// An Excel error value such as `#DIV/0!`.
    Error(String),
    /// A formula whose result was never calculated and saved.
    NoCachedValue,
}

impl Value {
    /// Whether the cell holds nothing at all.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The value as a person would read it in the cell.
    pub fn display(&self) -> String {
        match self {
            Value::Empty | Value::NoCachedValue => String::new(),
            Value::Text(s) => s.clone(),
            Value::Number(n) => crate::text::format_number(*n),
            Value::Date(d) => d.format("%d.%m.%Y").to_string(),
            Value::Bool(b) => if *b { "WAHR" } else { "FALSCH" }.to_string(),
            Value::Error(e) => e.clone(),
        }
    }
}

/// A sheet's cells, addressed by 0-based absolute row and column. Rows are sparse (the
/// cells present, sorted by column), so memory follows the cells present, never a sheet's
/// declared or widest extent: one cell in column XFD costs one cell.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// Sheet name (CSV files use the file stem).
    pub name: String,
    /// Absolute row of `rows[0]`.
    pub first_row: u32,
    /// Rows: the cells present as (absolute column, value), ascending by column.
    pub rows: Vec<Vec<(u32, Value)>>,
    /// Cells filled from a merged region (absolute row, col), so they do not count as written.
    pub merged_fill: Vec<(u32, u32)>,
    /// Whether the workbook counts dates from 1904 (old Mac Excel).
    pub is_1904: bool,
    /// Whether the sheet is hidden (the template's list sheet is).
    pub hidden: bool,
}

impl Grid {
    /// The cells present in an absolute row, ascending by column.
    pub fn row(&self, row: u32) -> &[(u32, Value)] {
        row.checked_sub(self.first_row)
            .and_then(|r| self.rows.get(r as usize))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The value at an absolute position.
    pub fn get(&self, row: u32, col: u32) -> &Value {
        static EMPTY: Value = Value::Empty;
        let cells = self.row(row);
        match cells.binary_search_by_key(&col, |(c, _)| *c) {
            Ok(i) => &cells[i].1,
            Err(_) => &EMPTY,
        }
    }

    /// Takes the value out of a cell (each data cell is read once).
    pub fn take(&mut self, row: u32, col: u32) -> Value {
        let Some(cells) = row
            .checked_sub(self.first_row)
            .and_then(|r| self.rows.get_mut(r as usize))
        else {
            return Value::Empty;
        };
        match cells.binary_search_by_key(&col, |(c, _)| *c) {
            Ok(i) => std::mem::take(&mut cells[i].1),
            Err(_) => Value::Empty,
        }
    }

    /// One past the last absolute row.
    pub fn end_row(&self) -> u32 {
        self.first_row + self.rows.len() as u32
    }

    fn from_cells(name: &str, mut cells: Vec<(u32, u32, Value)>, is_1904: bool) -> Grid {
        let first_row = cells.iter().map(|c| c.0).min().unwrap_or(0);
        let last_row = cells.iter().map(|c| c.0).max().unwrap_or(0);
        let mut rows: Vec<Vec<(u32, Value)>> = if cells.is_empty() {
            Vec::new()
        } else {
            vec![Vec::new(); (last_row - first_row + 1) as usize]
        };
        // Stable: of two values for one cell the later wins (a formula without a saved
        // result over the empty cell the range showed).
        cells.sort_by_key(|c| (c.0, c.1));
        for (r, c, mut v) in cells {
            // One spelling per text: „Jugend“ with a decomposed „ü“ (pasted from a Mac or a
            // PDF) is the same name as the composed one.
            if let Value::Text(t) = &mut v
                && !matches!(
                    unicode_normalization::is_nfc_quick(t.chars()),
                    unicode_normalization::IsNormalized::Yes
                )
            {
                *t = unicode_normalization::UnicodeNormalization::nfc(t.as_str()).collect();
            }
            let row = &mut rows[(r - first_row) as usize];
            match row.last_mut() {
                Some((last, value)) if *last == c => *value = v,
                _ => row.push((c, v)),
            }
        }
        Grid {
            name: name.to_string(),
            first_row,
            rows,
            merged_fill: Vec::new(),
            is_1904,
            hidden: false,
        }
    }

    /// Copies each merged region's value into all of its cells.
    fn apply_merges(&mut self, regions: &[calamine::Dimensions]) {
        for m in regions {
            let value = self.get(m.start.0, m.start.1).clone();
            if value.is_empty() {
                continue;
            }
            // Bound the fill to the used area: a merge over a whole column must not allocate
            // a million rows.
            let last = m.end.0.min(self.end_row().saturating_sub(1));
            for r in m.start.0..=last {
                for c in m.start.1..=m.end.1.min(m.start.1 + 64) {
                    if (r, c) == m.start {
                        continue;
                    }
                    if let Some(row) = r
                        .checked_sub(self.first_row)
                        .and_then(|i| self.rows.get_mut(i as usize))
                    {
                        match row.binary_search_by_key(&c, |(col, _)| *col) {
                            Ok(i) if row[i].1.is_empty() => {
                                row[i].1 = value.clone();
                                self.merged_fill.push((r, c));
                            }
                            Ok(_) => {}
                            Err(i) => {
                                row.insert(i, (c, value.clone()));
                                self.merged_fill.push((r, c));
                            }
                        }
                    }
                }
            }
        }
        self.merged_fill.sort_unstable();
    }

    /// Whether a cell was written by a person (not only filled from a merged region).
    pub fn written(&self, row: u32, col: u32) -> bool {
        !self.get(row, col).is_empty() && self.merged_fill.binary_search(&(row, col)).is_err()
    }

    /// Whether any cell of a row was written by a person.
    pub fn row_written(&self, row: u32) -> bool {
        self.row(row)
            .iter()
            .any(|(c, v)| !v.is_empty() && self.merged_fill.binary_search(&(row, *c)).is_err())
    }
}

/// Why a file could not be read; becomes an error finding.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadFailure {
    /// Zero bytes.
    EmptyFile,
    /// Larger than the configured limit.
    TooLarge {
        /// Size of the file.
        mb: u64,
        /// The configured limit.
        limit: u64,
    },
    /// Zipped content that would unpack beyond the limit.
    Unpacked {
        /// Unpacked size.
        mb: u64,
        /// The configured limit.
        limit: u64,
    },
    /// An old Excel workbook whose sheets together would take more cells than four sheets
    /// at the limit (calamine builds every sheet as a grid when it opens the file).
    TooManyCellsInFile {
        /// The configured limit per sheet.
        limit: u64,
    },
    /// A sheet with more cells than allowed.
    TooManyCells {
        /// The sheet.
        sheet: String,
        /// The configured limit.
        limit: u64,
    },
    /// A sheet whose cells together hold more text than an unpacked workbook may (one long
    /// shared string referenced from many cells).
    TooMuchText {
        /// The sheet.
        sheet: String,
        /// The limit in megabytes.
        limit: u64,
    },
    /// Password protected.
    Encrypted,
    /// A text file with a workbook's name that holds no table either.
    TextNotWorkbook,
    /// Broken or truncated workbook.
    Corrupt(String),
    /// A workbook without sheets.
    NoSheets,
}

impl ReadFailure {
    /// A message an office clerk can act on.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReadFailure::EmptyFile => crate::tr!(lang, "read-empty-file"),
            ReadFailure::TooLarge { mb, limit } => crate::tr!(
                lang,
                "read-too-large",
                mb = mb.to_string(),
                limit = limit.to_string()
            ),
            ReadFailure::Unpacked { mb, limit } => crate::tr!(
                lang,
                "read-unpacked",
                mb = mb.to_string(),
                limit = limit.to_string()
            ),
            ReadFailure::TooManyCellsInFile { limit } => crate::tr!(
                lang,
                "xls-too-many-cells",
                cells = limit.saturating_mul(XLS_SHEETS_AT_LIMIT).to_string(),
                limit = limit.to_string()
            ),
            ReadFailure::TooManyCells { sheet, limit } => crate::tr!(
                lang,
                "read-too-many-cells",
                sheet = sheet,
                limit = limit.to_string()
            ),
            ReadFailure::TooMuchText { sheet, limit } => crate::tr!(
                lang,
                "read-too-much-text",
                sheet = sheet,
                limit = limit.to_string()
            ),
            ReadFailure::Encrypted => crate::tr!(lang, "read-encrypted"),
            ReadFailure::TextNotWorkbook => crate::tr!(lang, "read-text-not-workbook"),
            ReadFailure::Corrupt(detail) => crate::tr!(lang, "read-corrupt", detail = detail),
            ReadFailure::NoSheets => crate::tr!(lang, "read-no-sheets"),
        }
    }
}

/// The kind of content, decided from the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Office Open XML (xlsx, xlsm); whether any sheet declares merged cells.
    Xlsx {
        /// Some worksheet has `<mergeCell>` elements.
        merges: bool,
    },
    /// Excel binary workbook.
    Xlsb,
    /// OpenDocument spreadsheet.
    Ods,
    /// Excel 97-2003.
    Xls,
}

/// Everything read from one file.
#[derive(Debug, Default)]
pub struct FileContent {
    /// One grid per sheet, in workbook order.
    pub sheets: Vec<Grid>,
    /// The file held text although its name says workbook; it was read as CSV.
    pub text_in_disguise: bool,
    /// CSV: lines where a quote opened and never closed; it was read as a plain character.
    pub quote_repairs: Vec<usize>,
    /// When the workbook says it was last saved (its document properties); none for CSV.
    pub saved: Option<chrono::NaiveDate>,
    /// A hash of the file's bytes: the same file sent for two years is found by it.
    pub hash: u64,
    /// What a workbook bestand handed out says about itself.
    pub identity: Option<crate::identity::Identity>,
}

/// The date a workbook records as its last save: `dcterms:modified` in an xlsx's
/// `docProps/core.xml`, `dc:date` in an ods's `meta.xml`. Part of the file's content, so it
/// stays the same when the file is copied (the file system's date does not).
pub fn saved_date(bytes: &[u8]) -> Option<chrono::NaiveDate> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    for (entry, tag) in [
        ("docProps/core.xml", "dcterms:modified"),
        ("meta.xml", "dc:date"),
    ] {
        let Ok(file) = archive.by_name(entry) else {
            continue;
        };
        // The properties are a few hundred bytes; a bigger entry is read only so far.
        let mut xml = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::Read::take(file, 1 << 16), &mut xml);
        let open = format!("<{tag}");
        let start = xml.find(&open)?;
        let value = xml[start..].split_once('>')?.1;
        let date = value.get(..10)?;
        return chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    }
    None
}

/// Reads a file's bytes into grids, bounded by the limits.
pub fn read_bytes(
    bytes: &[u8],
    extension: &str,
    sheet_name: &str,
    limits: &Limits,
) -> Result<FileContent, ReadFailure> {
    if bytes.is_empty() {
        return Err(ReadFailure::EmptyFile);
    }
    let mb = (bytes.len() as u64).div_ceil(1 << 20);
    if bytes.len() as u64 > limits.max_file_mb << 20 {
        return Err(ReadFailure::TooLarge {
            mb,
            limit: limits.max_file_mb,
        });
    }
    // A workbook by its first bytes; anything else is read as delimited text.
    let workbook = if bytes.starts_with(b"PK\x03\x04") {
        Some(zip_kind(bytes, limits)?)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        if contains_utf16(bytes, "EncryptedPackage") || contains_utf16(bytes, "EncryptionInfo") {
            return Err(ReadFailure::Encrypted);
        }
        // calamine follows the file's sector chains without looking for loops: a damaged
        // chain that points back on itself grows a buffer until memory runs out.
        let Some(workbook) = cfb_workbook(bytes) else {
            // A technical detail after the message, like a zip reader's: not translated.
            return Err(ReadFailure::Corrupt("xls: sector chain".into()));
        };
        // calamine builds every xls sheet as a dense grid when it opens the file: check the
        // extent its cells span first, so a few cells far apart never cost gigabytes.
        let extents = xls_extents(&workbook);
        for (sheet, cells) in &extents {
            if *cells > limits.max_cells_per_sheet {
                return Err(ReadFailure::TooManyCells {
                    sheet: sheet.clone(),
                    limit: limits.max_cells_per_sheet,
                });
            }
        }
        // Every entry of the sheet list is built, also two hundred pointing at one sheet.
        let total: u64 = extents.iter().map(|(_, c)| *c).fold(0, u64::saturating_add);
        if total
            > limits
                .max_cells_per_sheet
                .saturating_mul(XLS_SHEETS_AT_LIMIT)
        {
            return Err(ReadFailure::TooManyCellsInFile {
                limit: limits.max_cells_per_sheet,
            });
        }
        Some(Kind::Xls)
    } else if bytes.starts_with(b"PK") {
        return Err(ReadFailure::Corrupt("zip".into()));
    } else {
        None
    };
    match workbook {
        None => {
            let (sheet, quote_repairs, encoding) = read_csv(bytes, sheet_name, limits)?;
            // A stray NUL in a text file is damage in one cell; many are a binary file.
            let head = &bytes[..bytes.len().min(4096)];
            let looks_binary =
                head.iter().filter(|b| **b == 0).count() * 50 > head.len() && encoding != "UTF-16";
            if looks_binary {
                return Err(ReadFailure::Corrupt(
                    "unbekanntes Format / unknown format".into(),
                ));
            }
            Ok(FileContent {
                sheets: vec![sheet],
                text_in_disguise: extension != "csv" && extension != "txt",
                quote_repairs,
                saved: None,
                hash: 0,
                identity: None,
            })
        }
        Some(kind) => read_workbook(bytes, kind, limits),
    }
}

/// Measures a zip's directory before anything is inflated and says which format it holds.
fn zip_kind(bytes: &[u8], limits: &Limits) -> Result<Kind, ReadFailure> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ReadFailure::Corrupt(format!("zip: {e}")))?;
    let mut total: u64 = 0;
    let mut kind = None;
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|e| ReadFailure::Corrupt(format!("zip: {e}")))?;
        total = total.saturating_add(entry.size());
        match entry.name().unwrap_or_default().as_ref() {
            "xl/workbook.xml" => kind = Some(Kind::Xlsx { merges: false }),
            "xl/workbook.bin" => kind = Some(Kind::Xlsb),
            "content.xml" => kind = kind.or(Some(Kind::Ods)),
            _ => {}
        }
    }
    if total > limits.max_unpacked_mb << 20 {
        return Err(ReadFailure::Unpacked {
            mb: total >> 20,
            limit: limits.max_unpacked_mb,
        });
    }
    match kind {
        // Measured within the limit above, so inflating the sheets once more is safe.
        Some(Kind::Xlsx { .. }) => Ok(Kind::Xlsx {
            merges: xlsx_has_merges(&mut archive),
        }),
        Some(Kind::Ods) => {
            // calamine builds every ods sheet as a dense grid when it opens the file: check
            // the extent the cells span first, so a few cells far apart never cost gigabytes.
            let mut xml = Vec::new();
            if let Ok(mut entry) = archive.by_name("content.xml") {
                std::io::Read::read_to_end(&mut entry, &mut xml)
                    .map_err(|e| ReadFailure::Corrupt(format!("zip: {e}")))?;
            }
            for (sheet, cells) in ods_extents(&xml) {
                if cells > limits.max_cells_per_sheet {
                    return Err(ReadFailure::TooManyCells {
                        sheet,
                        limit: limits.max_cells_per_sheet,
                    });
                }
            }
            Ok(Kind::Ods)
        }
        Some(k) => Ok(k),
        None => Err(ReadFailure::Corrupt(
            "zip ohne Arbeitsmappe / zip without a workbook".into(),
        )),
    }
}

/// The value of an attribute inside one XML start tag.
fn xml_attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

/// Per table of an OpenDocument `content.xml`: the cells a dense grid of it would hold
/// (rows from the first to the last filled row, times the widest filled row), counting
/// repeated rows and columns as the reader expands them.
fn ods_extents(xml: &[u8]) -> Vec<(String, u64)> {
    let text = String::from_utf8_lossy(xml);
    let mut out = Vec::new();
    let (mut name, mut row, mut first, mut last, mut widest) =
        (String::new(), 0u64, None, 0u64, 0u64);
    let (mut col, mut width, mut row_repeats) = (0u64, 0u64, 1u64);
    let repeats = |tag: &str, attr: &str| -> u64 {
        xml_attr(tag, attr)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    };
    for piece in text.split('<').skip(1) {
        let tag = piece.split('>').next().unwrap_or("");
        let closed = tag.ends_with('/');
        let tag_name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        match tag_name {
            "table:table" => {
                name = xml_attr(tag, "table:name").unwrap_or("").to_string();
                (row, first, last, widest) = (0, None, 0, 0);
            }
            "table:table-row" => {
                row_repeats = repeats(tag, "table:number-rows-repeated");
                (col, width) = (0, 0);
                if closed {
                    row = row.saturating_add(row_repeats);
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                col = col.saturating_add(repeats(tag, "table:number-columns-repeated"));
                if tag.contains("office:value-type=") || !closed {
                    width = col;
                }
            }
            "" if tag.starts_with("/table:table-row") => {
                if width > 0 {
                    first.get_or_insert(row);
                    last = row.saturating_add(row_repeats);
                    widest = widest.max(width);
                }
                row = row.saturating_add(row_repeats);
            }
            "" if tag == "/table:table" => {
                let rows = first.map_or(0, |f| last - f);
                out.push((std::mem::take(&mut name), rows.saturating_mul(widest)));
            }
            _ => {}
        }
    }
    out
}

/// Whether any worksheet of an xlsx declares merged cells. Asking calamine for merges
/// parses each sheet's XML a second time; inflating and searching the text costs a fraction
/// of that, so sheets are only parsed again when there is something to find.
fn xlsx_has_merges(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> bool {
    let mut buf = vec![0u8; 1 << 16];
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index(i) else {
            return true;
        };
        let name = entry.name().unwrap_or_default();
        if !name.starts_with("xl/worksheets/") || !name.ends_with(".xml") {
            continue;
        }
        if has_merge_tag(entry, &mut buf) {
            return true;
        }
    }
    false
}

/// Whether a sheet's XML, read through `buf` as it is inflated (no copy of the whole
/// sheet), holds a merged cell; a sheet that cannot be read is assumed to.
fn has_merge_tag(mut sheet: impl std::io::Read, buf: &mut [u8]) -> bool {
    let tag = memchr::memmem::Finder::new(b"<mergeCell");
    // The last bytes of a chunk are kept, so a tag split between two chunks is found.
    let keep = tag.needle().len() - 1;
    let mut filled = 0;
    loop {
        let end = match sheet.read(&mut buf[filled..]) {
            Ok(0) => return false,
            Ok(n) => filled + n,
            Err(_) => return true,
        };
        if tag.find(&buf[..end]).is_some() {
            return true;
        }
        let tail = end.saturating_sub(keep);
        buf.copy_within(tail..end, 0);
        filled = end - tail;
    }
}

fn convert(d: Data) -> Value {
    match d {
        Data::Empty => Value::Empty,
        // LibreOffice and CSV exports keep an error value as its text.
        Data::String(s) => text_value(s),
        Data::Int(i) => Value::Number(i as f64),
        Data::Float(f) => Value::Number(f),
        Data::Bool(b) => Value::Bool(b),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(t) if dt.is_datetime() => Value::Date(t.date()),
            _ => Value::Number(dt.as_f64()),
        },
        // OpenDocument stores a date cell as ISO text ("2024-03-01", with a time after a T
        // for a date-time): the date is the cell's value.
        Data::DateTimeIso(s) => match s
            .get(..10)
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        {
            Some(d) => Value::Date(d),
            None => Value::Text(s),
        },
        Data::DurationIso(s) => Value::Text(s),
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

fn corrupt(e: impl std::fmt::Display) -> ReadFailure {
    let text = e.to_string();
    if text.contains("password") || text.contains("Password") {
        ReadFailure::Encrypted
    } else {
        ReadFailure::Corrupt(text)
    }
}

fn read_workbook(bytes: &[u8], kind: Kind, limits: &Limits) -> Result<FileContent, ReadFailure> {
    let cursor = Cursor::new(bytes);
    let sheets = match kind {
        Kind::Xlsx { merges } => {
            let mut wb: Xlsx<_> = Xlsx::new(cursor).map_err(corrupt)?;
            read_xlsx(&mut wb, limits, merges)?
        }
        Kind::Xlsb => {
            let mut wb: Xlsb<_> = Xlsb::new(cursor).map_err(corrupt)?;
            let is_1904 = wb.has_1904_epoch();
            read_ranges(&mut wb, limits, is_1904, |_, _| Vec::new())?
        }
        Kind::Ods => {
            let mut wb: Ods<_> = Ods::new(cursor).map_err(corrupt)?;
            read_ranges(&mut wb, limits, false, |_, _| Vec::new())?
        }
        Kind::Xls => {
            let mut wb: Xls<_> = Xls::new(cursor).map_err(corrupt)?;
            let is_1904 = wb.has_1904_epoch();
            read_ranges(&mut wb, limits, is_1904, |wb, name| {
                wb.merge_cells_by_sheet_name(name).unwrap_or_default()
            })?
        }
    };
    if sheets.is_empty() {
        return Err(ReadFailure::NoSheets);
    }
    Ok(FileContent {
        sheets,
        text_in_disguise: false,
        quote_repairs: Vec::new(),
        saved: saved_date(bytes),
        hash: 0,
        identity: crate::identity::read(bytes),
    })
}

/// xlsx is streamed cell by cell, so an oversized sheet is stopped at the limit instead of
/// being loaded whole; the same pass sees formulas without a saved result.
fn read_xlsx(
    wb: &mut Xlsx<Cursor<&[u8]>>,
    limits: &Limits,
    has_merges: bool,
) -> Result<Vec<Grid>, ReadFailure> {
    let is_1904 = wb.has_1904_epoch();
    let names = wb.sheet_names();
    let hidden = hidden_sheets(wb.sheets_metadata());
    let mut grids = Vec::with_capacity(names.len());
    for name in names {
        let mut cells = Vec::new();
        let mut text_bytes: u64 = 0;
        // Far more than any inventory holds (a thousand rows of long descriptions are a few
        // megabytes), and small enough that the copies the later stages make stay bounded.
        let text_limit = limits.max_unpacked_mb.min(64);
        {
            let mut reader = wb.worksheet_cells_reader(&name).map_err(corrupt)?;
            while let Some(cell) = reader.next_cell_with_formula().map_err(corrupt)? {
                if cells.len() as u64 >= limits.max_cells_per_sheet {
                    return Err(ReadFailure::TooManyCells {
                        sheet: name,
                        limit: limits.max_cells_per_sheet,
                    });
                }
                let value = match (Data::from(cell.value), cell.formula) {
                    (Data::Empty, Some(f)) if !f.is_empty() => Value::NoCachedValue,
                    (Data::Empty, _) => continue,
                    (d, _) => convert(d),
                };
                // A shared string is stored once but copied into every cell that uses it:
                // bound the text a sheet may hold, not only the file's unpacked size.
                if let Value::Text(t) = &value {
                    text_bytes += t.len() as u64;
                    if text_bytes > text_limit << 20 {
                        return Err(ReadFailure::TooMuchText {
                            sheet: name,
                            limit: text_limit,
                        });
                    }
                }
                cells.push((cell.pos.0, cell.pos.1, value));
            }
        }
        let mut grid = Grid::from_cells(&name, cells, is_1904);
        if has_merges {
            let merges = wb.merge_cells_by_sheet_name(&name).unwrap_or_default();
            grid.apply_merges(&merges);
        }
        grid.hidden = hidden.contains(&name);
        grids.push(grid);
    }
    Ok(grids)
}

/// Formats calamine loads whole (xls, xlsb, ods): the file-size and unpacked-size limits
/// already bound their memory; the cell limit is checked on the loaded range.
fn read_ranges<'a, R, F>(
    wb: &mut R,
    limits: &Limits,
    is_1904: bool,
    merges: F,
) -> Result<Vec<Grid>, ReadFailure>
where
    R: Reader<Cursor<&'a [u8]>>,
    R::Error: std::fmt::Display,
    F: Fn(&R, &str) -> Vec<calamine::Dimensions>,
{
    let mut grids = Vec::new();
    let hidden = hidden_sheets(wb.sheets_metadata());
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).map_err(corrupt)?;
        let (h, w) = range.get_size();
        if (h as u64).saturating_mul(w as u64) > limits.max_cells_per_sheet
            && range.used_cells().count() as u64 > limits.max_cells_per_sheet
        {
            return Err(ReadFailure::TooManyCells {
                sheet: name,
                limit: limits.max_cells_per_sheet,
            });
        }
        let start = range.start().unwrap_or((0, 0));
        let mut cells: Vec<(u32, u32, Value)> = range
            .used_cells()
            .map(|(r, c, d)| (start.0 + r as u32, start.1 + c as u32, convert(d.clone())))
            .collect();
        // A formula whose result was never saved reads as an empty cell; the formula range
        // tells them apart.
        if let Ok(formulas) = wb.worksheet_formula(&name) {
            let fstart = formulas.start().unwrap_or((0, 0));
            for (r, c, f) in formulas.used_cells() {
                let pos = (fstart.0 + r as u32, fstart.1 + c as u32);
                // xlwt saves an empty string as the "result" of every formula.
                let empty = match range.get_value(pos) {
                    None | Some(Data::Empty) => true,
                    Some(Data::String(s)) => s.is_empty(),
                    Some(_) => false,
                };
                if !f.is_empty() && empty {
                    cells.push((pos.0, pos.1, Value::NoCachedValue));
                }
            }
        }
        let mut grid = Grid::from_cells(&name, cells, is_1904);
        grid.apply_merges(&merges(wb, &name));
        grid.hidden = hidden.contains(&name);
        grids.push(grid);
    }
    Ok(grids)
}

fn hidden_sheets(meta: &[calamine::Sheet]) -> Vec<String> {
    meta.iter()
        .filter(|s| s.visible != calamine::SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect()
}

/// Decodes text: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 (German Excel).
pub fn decode_text(bytes: &[u8]) -> (String, &'static str) {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        let name = if enc == encoding_rs::UTF_8 {
            "UTF-8"
        } else {
            "UTF-16"
        };
        return (text.into_owned(), name);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), "UTF-8"),
        Err(_) => {
            // Mostly UTF-8 with a few lines pasted from a Windows-1252 file: each line in its
            // own encoding, so one bad line does not garble the header.
            let lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
            let utf8 = lines
                .iter()
                .filter(|l| !l.is_ascii() && std::str::from_utf8(l).is_ok())
                .count();
            if utf8 == 0 {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                return (text.into_owned(), "Windows-1252");
            }
            let mut out = String::with_capacity(bytes.len());
            for l in lines {
                match std::str::from_utf8(l) {
                    Ok(s) => out.push_str(s),
                    Err(_) => out.push_str(&encoding_rs::WINDOWS_1252.decode(l).0),
                }
            }
            (out, "UTF-8")
        }
    }
}

/// Picks the delimiter that splits the first lines most consistently.
pub fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best = (b';', 0usize);
    for d in [b';', b',', b'\t'] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, d as char))
            .collect();
        // The delimiter of a table appears in most lines; the most frequent per line wins.
        let mut sorted = counts.clone();
        sorted.sort_unstable();
        let median = sorted.get(sorted.len() / 2).copied().unwrap_or(0);
        if median > best.1 {
            best = (d, median);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, d: char) -> usize {
    let mut inside = false;
    let mut n = 0;
    for c in line.chars() {
        if c == '"' {
            inside = !inside;
        } else if c == d && !inside {
            n += 1;
        }
    }
    n
}

/// Excel error values as exports write them out (English and German Excel).
const ERROR_TEXTS: [&str; 14] = [
    "#DIV/0!",
    "#N/A",
    "#NV",
    "#VALUE!",
    "#WERT!",
    "#REF!",
    "#BEZUG!",
    "#NAME?",
    "#NUM!",
    "#ZAHL!",
    "#NULL!",
    "#LEER!",
    "#SPILL!",
    "#ÜBERLAUF!",
];

/// A text cell: text, unless it is an Excel error value written out as text.
fn text_value(field: String) -> Value {
    let t = field.trim();
    if t.starts_with('#') && ERROR_TEXTS.iter().any(|e| e.eq_ignore_ascii_case(t)) {
        Value::Error(t.to_string())
    } else {
        Value::Text(field)
    }
}

/// A quoted field may run over a few lines (a description with line breaks); one still open
/// after this many lines is a stray quote.
const MAX_QUOTED_LINES: usize = 20;

/// Finds the first quote that opens a field and is still open after [`MAX_QUOTED_LINES`]
/// lines or at the end of the text, as the csv reader would see it: (byte position, 1-based
/// line).
fn runaway_quote(text: &str, delimiter: u8) -> Option<(usize, usize)> {
    #[derive(PartialEq)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted { at: usize, line: usize },
        AfterQuote,
    }
    let bytes = text.as_bytes();
    let mut state = State::FieldStart;
    let mut line = 1usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        match state {
            State::FieldStart | State::Unquoted | State::AfterQuote => {
                if b == b'"' && state == State::FieldStart {
                    state = State::Quoted { at: i, line };
                } else if b == delimiter || b == b'\n' {
                    state = State::FieldStart;
                } else if state == State::FieldStart && b != b'\r' {
                    state = State::Unquoted;
                }
            }
            State::Quoted { at, line: opened } => {
                if b == b'"' {
                    if bytes.get(i + 1) == Some(&b'"') {
                        i += 1;
                    } else {
                        state = State::AfterQuote;
                    }
                } else if b == b'\n' && line + 1 - opened > MAX_QUOTED_LINES {
                    return Some((at, opened));
                }
            }
        }
        if b == b'\n' {
            line += 1;
        }
        i += 1;
    }
    match state {
        State::Quoted { at, line } => Some((at, line)),
        _ => None,
    }
}

/// Takes the stray quote at `at` literally: the field it starts becomes a quoted field whose
/// text begins with a quote character, ending at the next delimiter or line end.
fn defuse_quote(text: &str, at: usize, delimiter: u8) -> String {
    let rest = &text[at + 1..];
    let end = rest
        .find(|c: char| c as u32 == u32::from(delimiter) || c == '\n' || c == '\r')
        .unwrap_or(rest.len());
    let field = &rest[..end];
    format!(
        "{}\"\"\"{}\"{}",
        &text[..at],
        field.replace('"', "\"\""),
        &rest[end..]
    )
}

/// A CSV read: its grid, the lines where a stray quote was taken literally, its encoding.
type CsvRead = (Grid, Vec<usize>, &'static str);

/// Reads a CSV into one grid.
fn read_csv(bytes: &[u8], name: &str, limits: &Limits) -> Result<CsvRead, ReadFailure> {
    let (mut text, encoding) = decode_text(bytes);
    let delimiter = sniff_delimiter(&text);
    // Nothing lost: a quote that never closes would swallow every later row into one cell.
    let mut repairs = Vec::new();
    while let Some((at, line)) = runaway_quote(&text, delimiter) {
        repairs.push(line);
        text = defuse_quote(&text, at, delimiter);
        if repairs.len() > 10_000 {
            return Err(ReadFailure::Corrupt(
                "CSV: too many unclosed quotes".to_string(),
            ));
        }
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut cells = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut row: u32 = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                for (c, field) in record.iter().enumerate() {
                    if !field.trim().is_empty() {
                        if cells.len() as u64 >= limits.max_cells_per_sheet {
                            return Err(ReadFailure::TooManyCells {
                                sheet: name.to_string(),
                                limit: limits.max_cells_per_sheet,
                            });
                        }
                        cells.push((row, c as u32, text_value(field.to_string())));
                    }
                }
                row += 1;
            }
            Err(e) => return Err(ReadFailure::Corrupt(format!("CSV: {e}"))),
        }
    }
    Ok((Grid::from_cells(name, cells, false), repairs, encoding))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out a few bytes at a time, as an inflater may.
    struct Trickle<'a>(&'a [u8], usize);

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(out.len()).min(self.0.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn merged_cells_are_found_wherever_the_tag_falls() {
        let tag = b"<mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>";
        // Every split of the tag between two reads, and reads larger than the buffer.
        for step in [1, 3, 7, 11, 4096, 1 << 20] {
            for pad in 0..40 {
                let mut xml = vec![b'x'; pad];
                xml.extend_from_slice(tag);
                let mut buf = vec![0u8; 64];
                assert!(has_merge_tag(Trickle(&xml, step), &mut buf), "{step} {pad}");
            }
            let mut buf = vec![0u8; 64];
            assert!(
                !has_merge_tag(Trickle(&[b'<'; 3000], step), &mut buf),
                "{step}"
            );
        }
    }

    #[test]
    fn ods_extent_counts_what_a_dense_grid_would_hold() {
        let xml = r#"<office:body><table:table table:name="Bestand"><table:table-row><table:table-cell office:value-type="string"><text:p>A</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16382"/><table:table-cell office:value-type="float" office:value="1"/></table:table-row><table:table-row table:number-rows-repeated="1000"><table:table-cell/></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>B</text:p></table:table-cell></table:table-row></table:table><table:table table:name="Leer"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:body>"#;
        assert_eq!(
            ods_extents(xml.as_bytes()),
            [
                ("Bestand".to_string(), 1002 * 16384),
                ("Leer".to_string(), 0)
            ]
        );
    }

    fn fields(text: &str) -> Vec<Vec<String>> {
        let (grid, _, _) = read_csv(
            text.as_bytes(),
            "t",
            &crate::config::Config::default().limits,
        )
        .unwrap();
        (grid.first_row..grid.end_row())
            .map(|r| {
                let width = grid.row(r).last().map_or(0, |(c, _)| c + 1);
                (0..width).map(|c| grid.get(r, c).display()).collect()
            })
            .collect()
    }

    #[test]
    fn a_stray_quote_is_taken_literally_and_later_rows_are_read() {
        let mut text = String::from("Maßnahme;Beschreibung\n");
        text.push_str("Lotsen;\"Begleitung zu Ämtern\n");
        for i in 0..30 {
            text.push_str(&format!("Kurs {i};gut\n"));
        }
        let (grid, repairs, _) = read_csv(
            text.as_bytes(),
            "t",
            &crate::config::Config::default().limits,
        )
        .unwrap();
        assert_eq!(repairs, [2]);
        assert_eq!(grid.rows.len(), 32);
        assert_eq!(grid.get(1, 1).display(), "\"Begleitung zu Ämtern");
        assert_eq!(grid.get(31, 0).display(), "Kurs 29");
    }

    #[test]
    fn quoted_line_breaks_and_quotes_inside_fields_stay() {
        let rows = fields("a;b\nx;\"Zeile 1\nZeile 2; mit \"\"Zitat\"\"\"\ny;5 \" Zoll\n");
        assert_eq!(rows[1][1], "Zeile 1\nZeile 2; mit \"Zitat\"");
        assert_eq!(rows[2][1], "5 \" Zoll");
        // A quote opened in the last line and never closed.
        let rows = fields("a;b\nx;\"offen\n");
        assert_eq!(rows[1][1], "\"offen");
    }

    #[test]
    fn delimiters() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(sniff_delimiter("a,b,c\n1,\"2;5\",3\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc\n1\t2\t3\n"), b'\t');
    }

    #[test]
    fn encodings() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFMa\xC3\x9Fnahme").0, "Maßnahme");
        assert_eq!(decode_text(b"Ma\xDFnahme \x80").0, "Maßnahme €");
        assert_eq!(decode_text(b"\xFF\xFEa\x00").0, "a");
    }

    #[test]
    fn numbers_display_without_trailing_zero() {
        assert_eq!(Value::Number(2024.0).display(), "2024");
        assert_eq!(Value::Number(12.5).display(), "12.5");
    }
}
