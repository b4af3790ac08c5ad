# What is said while the files of the input folder are found (src/ingest/discover.rs).

folder-unreadable = The folder cannot be read ({ $source }); its files are missing from the report.
folder-entry-unreadable = An entry of the folder cannot be read ({ $source }); it is missing from the report.
folder-hidden = Hidden folder; skipped.
folder-too-deep = Folder nested too deep; skipped. Put the files directly into the folder of the reporting year.
folder-archive = Folder of filed-away files (an archive); not read. What should count belongs directly in the reporting year's folder.
folder-output = bestand's output folder; not read (its files are no returns).
file-output = A result of bestand (measures.xlsx), no return; not read.
folder-in-year = Subfolder inside the reporting year's folder; its files are read with that year.
file-lock = Lock file of Excel/LibreOffice (the file was open when copied); skipped.
file-hidden = Hidden file; skipped.
file-not-spreadsheet = Not a spreadsheet (expected xlsx, xlsm, xls, xlsb, ods, csv); skipped.
file-resent = This file is the same as { $earlier }, the return for { $year }; { $rows ->
        [one] its 1 row does
       *[other] its { $rows } rows do
    } not count for { $this }. Please send the return for { $this } (if nothing changed, send back the pre-filled template for { $this }).
file-same-as-last-year = This file is byte for byte { $earlier }, the return for { $year }; it counts as the return for { $this }. If it is the old file by mistake, please send the one for { $this }.
file-resent-correction = This file is the correction workbook for { $year } (its document properties say so); { $rows ->
        [one] its 1 row does
       *[other] its { $rows } rows do
    } not count for { $this }. It belongs in the folder { $year }; for { $this }, please send the return for { $this }.
# A correction workbook replaces the files it was made from.
file-replaced = Replaced by the correction workbook { $by }, which was made from this file; { $rows ->
        [one] its 1 row does
       *[other] its { $rows } rows do
    } not count, the correction does.
file-replaced-changed = This file was changed after the correction workbook { $by } was made from it. The correction counts; { $rows ->
        [one] this file's 1 row does
       *[other] this file's { $rows } rows do
    } not. Please carry what changed here over into the correction workbook.
file-replaced-round = Replaced by { $by }, a later round's correction workbook for the same department and year; { $rows ->
        [one] its 1 row does
       *[other] its { $rows } rows do
    } not count.
file-replaced-twin = The same correction workbook came back twice; { $by }, saved last, counts, { $rows ->
        [one] this file's 1 row does
       *[other] this file's { $rows } rows do
    } not. Please remove the outdated file from the folder.

# input/links.csv, the links between years the office decided.
links-columns = links.csv needs the columns "old" and "new" (title or measure id), optionally "link" (yes/no).
links-bad-record = The line is no readable CSV record ({ $source }); it is ignored.
links-unreadable = links.csv cannot be read ({ $source }); the links decided in it are missing from the comparison.
links-incomplete = The line lacks "old" or "new"; it is ignored. Please name both measures.
links-not-yes-no = "{ $value }" is neither yes nor no; the line is ignored.

# Header row, columns and where the department comes from (src/ingest/mod.rs).
repeated-column = Column "{ $text }" means the same as column { $column } ({ $header }); only the first is read, this one is not.
unknown-column = Column "{ $header }" is not a known column; its content is not taken over. If it belongs to a template column, rename the header or add it as a synonym in bestand.toml.
remarks-column = Column "{ $header }" is kept as the department's remarks: in measures.xlsx (column "Departments' remarks"), not in the report.
headless-columns = { $count ->
        [one] Column { $letters } holds values but no known header; its content is not taken over.
       *[other] { $count } columns ({ $letters }) hold values but no known header; their content is not taken over.
    }
row-above-header = The row stands above the header row (row { $header }) and holds { $count } values; it is not read. If it is a measure, move it below the header row.
department-from-cell = No department column; department "{ $department }" is taken from the cell above the table.
department-from-file-name = No department column and no "Fachbereich: …" above the table; department "{ $department }" is taken from the file name.
text-as-workbook = The file is named .{ $ext } but holds text (CSV). It was read as CSV; please save it as a real Excel file next time.
file-cannot-open = The file cannot be opened: { $source }

# Sheets and files that give nothing (src/ingest/mod.rs).
reader-internal-error = internal error in bestand at { $place }; please report it with this file
reader-crashed = the workbook reader crashed
no-data-rows = The sheet has a header row but no measures below it. Did the department return the empty template?
unclosed-quote = Text line { $line }: a quote at the start of a field is never closed. It was read as a character so that the following rows do not vanish into one cell; please check the line.
empty-workbook = The workbook holds no data (all sheets are empty).
no-header = No header row recognised (searched in the first { $rows } rows, limits.header_search_rows). Expected at least the columns { $expected }; found: { $found }. Use the template's headers.
sheet-ignored = The sheet looks like a table but has no recognisable header (expected: { $expected }); it is not read.
nothing = nothing
file-not-regular = Not a regular file (a folder, a device, a pipe or a link to one); not read.
xls-too-many-cells = The workbook's sheets together have more than { $cells } cells (four times limits.max_cells_per_sheet = { $limit }). Not read, to protect the machine; please save it as .xlsx.

# Why a file could not be read (src/ingest/read.rs).
read-empty-file = The file is empty (0 bytes). Ask the department to send the filled-in file again.
read-too-large = The file is { $mb } MB, the limit is { $limit } MB (limits.max_file_mb). Not read.
read-unpacked = The workbook would unpack to { $mb } MB, the limit is { $limit } MB (limits.max_unpacked_mb). Not read, to protect the machine; check that the file really comes from the department.
read-too-many-cells = Sheet "{ $sheet }" has more than { $limit } cells (limits.max_cells_per_sheet). The file was not read.
read-too-much-text = The cells of sheet "{ $sheet }" hold more than { $limit } MB of text together; usually one very long text repeats in many cells. The file was not read, to protect the machine.
read-encrypted = The workbook is encrypted with a password. Ask the department to save it without a password and send it again.
read-text-not-workbook = The file is not an Excel workbook but text without a recognisable table. Open it in Excel and save it as .xlsx.
# $detail: what the reader reports (technical).
read-corrupt = The file is damaged or incomplete and cannot be read ({ $detail }). Open it in Excel and save it again, or ask for it again.
read-no-sheets = The workbook contains no sheets.
