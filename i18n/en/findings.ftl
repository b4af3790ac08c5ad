# Findings about the data (findings.csv, sheet "Findings", correction workbooks). They go to
# the departments: never name a configuration file.

did-you-mean = Did you mean "{ $suggestion }"?
department-write-instead = Did you mean "{ $suggestion }"? Then please write that name.
department-variant = Department "{ $name }" ({ $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }) read as "{ $canonical }", as it is named { $listed ->
        [yes] in the list of departments
       *[no] elsewhere
    }. Please use that name from now on.
department-ambiguous = Department "{ $name }" ({ $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }) fits several departments: { $candidates }. Until the department's number is added, it stands as a department of its own, "{ $readas }", in the report and the comparison of years.
department-unknown = Department "{ $name }" ({ $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }) is not in the list of departments; it is kept { $asis ->
        [yes] as written
       *[no] as "{ $readas }"
    }.
quoted = "{ $text }"

# Two returns of one department with the same measures.
duplicate-return = There are several returns with the same measures for "{ $department }" in { $year }: { $file } and { $others }. Each measure counts once; where they overlap, { $first } counts ({ $why }). Please remove the outdated file from the folder.
duplicate-return-why-correction = a correction workbook made by bestand, round { $round }
duplicate-return-why-named = named as the corrected version
duplicate-return-why-sorted = its name sorts last

# A measure an earlier year already showed as ended, reported again as ended.
duplicate-id = Measure id "{ $id }" appears twice in department "{ $department }" (first { $file } row { $row }); this row is not taken over. Give each measure its own id.
duplicate-row = Measure "{ $title }" appears twice with the same content in the department (first { $file } row { $row }); the repetition is not taken over.
duplicate-title = Title "{ $title }" appears twice in the department with different content (also { $file } row { $row }). Both are kept; check whether they are two measures.
joint-measure = "{ $title }" (ID { $id }) is reported jointly by { $count } departments: { $departments }. It is shown under each of them and counts once in the totals. If it is not the same measure, please give it an id of its own.
ended-before = "{ $title }" ({ $status }) had already ended in the { $year } inventory and does not count again as ended in { $this }. The row can be left out from now on.
participants-unit = "{ $written }" does not count people: taken as { $count } { $unit }, named separately in the report and not added to the people reached. If the measure also counts people, please enter their number.
too-many-highlights = "{ $department }" marked { $count } measures to highlight; the report shows five, the most recently begun first: { $shown }. Please mark at most five with "ja".
deadline-end-passed = Question: "{ $title }" ends on { $end } according to the table, before the end of the reporting year { $year }, but its status is "{ $status }". If it has ended, please change the status; if it goes on, the end.
deadline-start-passed = Question: "{ $title }" begins on { $start } according to the table, by the end of the reporting year { $year }, but its status is "{ $status }". If it has begun, please change the status; otherwise the start.
# Reorganisations between two inventories.
succession-noticed = The measures of { $predecessors } ({ $from }, no return for { $to }) are listed in { $to } under { $successors }, { $split ->
        [one] a department
       *[other] departments
    } that did not exist in { $from }. bestand treats this as a reorganisation for the comparison (no "no return", no new or ended measures because of it). If that is right, { $listed ->
        [yes] please add to departments in bestand.toml:
       *[no] please start a list departments in bestand.toml: every department of { $to } by its name (see the sheet "Rücklauf" of measures.xlsx), with this entry among them:
    } { $lines }
change-weak-succession = return for { $to } not certain: a measure of this department is listed in { $to } under "{ $successor }", perhaps after a reorganisation; last seen { $from }: { $status }
implausible-date = The date { $date } ({ $name }) lies outside 1950 to { $last } and is probably a typo; it is left empty. Please check the year.
implausible-budget = The budget { $value } is above { $bound } for one measure in one year; taken over, but please check (a zero too many?).
implausible-participants = { $value } participants are above { $bound } for one measure in one year; taken over, but please check (a zero too many?).
id-swapped = The measure ids "{ $first }" ("{ $firsttitle }") and "{ $second }" ("{ $secondtitle }") are swapped in { $to } against { $from }. They are compared by their titles; please enter the ids as in { $from }.
text-unreadable = The text cannot be read ({ $source }); it is left out of the report.
text-too-big = The text is { $kb } KB; a text for the report is at most 1 MB. It is left out of the report.
text-unknown-field = "handlungsfeld: { $field }" names no field of action of the settings; the text is left out of the report. Write the name as in bestand.toml.
text-unknown-place = "nach: { $place }" is no known place (vorwort, kennzahlen, handlungsfelder, ausblick); the chapter goes after the fields of action.
text-heading-skips = The level { $level } heading follows level { $previous } and skips a level; set it one level higher (screen readers move through the levels).
text-html = HTML in the text ("{ $html }") is not taken over; write Markdown.
text-footnote-missing = Footnote [^{ $label }] is used but not given; write "[^{ $label }]: …" at the end.
text-placeholder-unknown = The placeholder {"{{"}{ $name }{"}}"} is unknown and stays visible in the report. bestand.toml (`bestand init`) lists the placeholders in its comment on the report's own texts.
text-placeholder-unknown-near = The placeholder {"{{"}{ $name }{"}}"} is unknown and stays visible in the report. Perhaps { "{{" }{ $nearest }{"}}"} is meant.
colour-unreadable = The colour colour = "{ $colour }" cannot be read; write it as #RRGGBB (e.g. "#0b5a8c"). The report uses the built-in blue.
colour-contrast = The colour colour = "{ $colour }" has a contrast of only { $ratio } : 1 on white; headings in it would be hard to read (4.5 : 1 is needed, WCAG AA). The report uses the built-in blue; choose a darker shade of the house colour.
logo-alt = Logo of { $organisation }
text-image-alt = The image "{ $image }" has no alternative text and is left out: someone listening to the report would not learn what it shows. Describe it: ![What the image shows]({ $image }).
text-image-missing = The image "{ $image }" is not in the texte folder (images from the web or outside the folder are not loaded); it is left out of the report.
text-image-too-big = The image "{ $image }" is too big (at most 10 MB and 25 megapixels); it is left out of the report. Save it smaller.
text-image-unreadable = The image "{ $image }" cannot be read; it is left out of the report. Save it again as PNG or JPEG.
text-image-format = "{ $image }" is no PNG, JPEG or SVG image; it is left out of the report.
text-image-svg-only = The SVG image "{ $image }" is in the web edition only; the PDF gives its alternative text in its place. For the PDF, put the same image as a PNG of the same name beside it.
word-template-unusable = The Word template is no readable Word file with styles (or larger than 10 MB); report.docx takes bestand's own look. Save the template in Word as .docx or .dotx.
text-link = A link in the texte folder is not read: it may point to files outside. Put the file itself into the folder.
text-ignored-file = This file is no text for the report (texts end in .md, images in .png, .jpg or .svg, the Word template is vorlage.docx) and is not used.
text-encoding = The text is not saved as UTF-8; it is read as Windows text (ANSI). Check the umlauts, and save it as UTF-8 from now on.
text-cover-no-image = The cover text holds no image; please add one with its alternative text, e.g. ![View of the town hall](titelbild.jpg "Photo: name").
text-empty = The text is empty and left out of the report.
text-field-twice = The field of action "{ $field }" already has the text { $other }; this second one is not used. Merge the two.
text-near-field = The text stands as a chapter of its own in the report. Is it the introduction of the field of action "{ $field }"? Then name the file exactly like the field, or write "handlungsfeld: { $field }" in its head.
logo-svg-only = The logo is an SVG only: the web page shows it, the PDF and the Word file do not. Put the same logo as logo.png beside it.
change-title = Title: "{ $old }" → "{ $new }"
change-detail-not-taken-over = reported for { $year } but not taken over ({ $file }, row { $row }); see data quality
uncertain-match = Uncertain match { $from } → { $to }: "{ $title }" ({ $department }) was taken as the continuation of "{ $before }" ({ $before_department }); almost as close would be "{ $rival_before }" → "{ $rival }". Check it and fix it in input/links.csv if needed.
id-reused = Measure id "{ $id }" stood for "{ $before }" ({ $before_field }) in { $from } and for "{ $title }" ({ $field }) in { $to }. Taken as the same measure; if the id was given to a new measure, give it an id of its own.
change-no-return-before = no readable return of the department for { $from }; whether the measure is new is open
change-return-unclear = return for { $to } not certain: a department without its number may be this one; last seen { $from }: { $status }
change-detail-no-return = no readable return of the department for { $to }; last seen { $from }: { $status }
change-last-seen = last seen { $from }: { $status }
missing-title-content = (content: { $content })

# Reading the cells of one row (src/transform/cells.rs, src/transform/mod.rs).
department-from-above = Department empty; taken from the row above: "{ $department }".
missing-department = Department empty; the file name "{ $name }" is used. Please fill in the department.
missing-value = Required value "{ $name }" is missing; the row is not taken over. Allowed: { $allowed }.
category-corrected = "{ $value }" is not an allowed value for "{ $name }"; read as "{ $readas }". Please correct it in the file.
# $hint: empty or " Did you mean …?" (did-you-mean after a space).
unknown-value = "{ $value }" is not an allowed value for "{ $name }"; the row is not taken over.{ $hint } Allowed: { $allowed }.
bad-year-folder = "{ $written }" is not a reporting year; the folder's year { $folder } counts.
bad-year = "{ $written }" is not a reporting year and is not used. Enter a year such as 2024.
year-mismatch = Reporting year { $cell } in the cell, but the file lies in the folder { $folder }; the row counts for { $folder }. Correct the year or move the file into the folder { $cell }.
bad-date = "{ $written }" cannot be read as { $name } and is left empty. Write e.g. 01.03.2024, 03/2024 or 2024.
serial-date = The number { $number } in a date column was read as the date { $date } (the cell lost its date format). Check it and format it as a date.
approximate-budget = Budget "{ $written }" is approximate; the amount is taken as given.
bad-money-text = "{ $written }" is not an amount and is left empty. Enter a number in euro, e.g. 12500.
bad-money = "{ $written }" is not an amount and is left empty.
negative-money = The budget is negative ({ $amount }) and is left empty. Please check the amount.
fractional-count = Participants "{ $written }" is not a whole number; rounded to { $rounded }.
approximate-count = Participants "{ $written }" is approximate; the number is taken as given.
lower-bound-count = Participants "{ $written }" is a lower bound; { $counted } is counted. Please enter a number.
range-count = Participants "{ $written }" is a range; the lower bound { $low } (not { $high }) is counted so reach is never overstated.
bad-count-text = "{ $written }" is not a count and is left empty. Enter a whole number.
bad-count = "{ $written }" is not a count and is left empty.
bad-yes-no = "{ $written }" is neither yes nor no; read as no.
list-item-corrected = "{ $item }" ({ $name }) read as "{ $readas }".
unknown-list-item = "{ $item }" is not a known value for "{ $name }" and is kept as written.{ $hint }
unknown-goal = Goal "{ $goal }" is not in the goal catalogue and is kept as written. Use the goal id from the catalogue.
missing-year = No reporting year: the file is not in a folder input/<year>/, has no "Berichtsjahr" column and no year in its name. { $rows ->
        [one] Its 1 row is
       *[other] Its { $rows } rows are
    } not taken over; move the file into the folder of its reporting year (e.g. input/2025/).
excel-error = The cell ({ $name }) holds the Excel error { $error }; it is read as empty. Check the formula or type the value.
formula-without-value = The cell ({ $name }) holds a formula without a saved result; it is read as empty. Open the file in Excel and save it.
long-text = The text ({ $name }) has { $chars } characters, more than an Excel cell holds (32,767). measures.xlsx shows it cut, measures.csv and measures.parquet in full. Please shorten it.
example-row = The template's example row, unchanged; it is not counted. Overwrite or delete it.
total-row = Total row ("{ $label }") recognised; it is no measure and is not counted.
# $content: empty or " (content: …)" (missing-title-content after a space).
missing-title = The row has no measure title and is not taken over{ $content }. Add the title (an empty row may go).
end-before-start = The end ({ $end }) is before the start ({ $start }). Please check.
# The same measure in an older and a newer file (src/transform/duplicates.rs).
superseded-row = "{ $title }" is also in { $file } (row { $row }), which counts as the newer version; the measure is counted there.
