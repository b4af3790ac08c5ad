# Texts of the report (src/render/report/content).

# The return list on the page "At a glance". $from: configured (the list in bestand.toml)
# or seen (all that reported in the previous or this reporting year).
report-returns = Returns for { $year }: { $answered } of { $asked } { $from ->
        [configured] departments asked
       *[seen] departments that reported in the previous or this reporting year
    } { $answered ->
        [one] has
       *[other] have
    } answered{ $incomplete ->
        [0] {""}
       *[other] , { $incomplete } of them incomplete
    }{ $missing ->
        [0] {""}
       *[other] ; no return: { $names }
    }{ $unclear ->
        [0] {""}
       *[other] ; not certain: { $unclearnames }
    }.

# Words the PDF and the web page put around the content.
report-continued = (continued)
report-draft = Draft
report-skip-to-content = Skip to content
report-table = Table
report-chart-figures = Figures of the chart
report-category = Category
report-value = Value
report-total = total
report-change = Change
report-image-elsewhere = Image in the web edition

# Changes: completed or stopped in the previous year and hence not reported again.
change-finished = ended the year before ({ $year }: { $status })
changes-finished = { $count ->
        [one] In addition, 1 measure was completed or stopped in { $year } and therefore not reported for { $to } (ended the year before).
       *[other] In addition, { $count } measures were completed or stopped in { $year } and therefore not reported for { $to } (ended the year before).
    }
quality-file-replaced = { $file } (replaced by { $by })
tile-people = { $measures ->
        [one] people reached (reported, from 1 measure)
       *[other] people reached (reported, from { $measures } measures)
    }
tile-people-approx = about { $value }
other-count = { $total } { $unit } ({ $measures ->
        [one] 1 measure
       *[other] { $measures } measures
    })
other-counts = Not counted as people, because the measures count something else: { $items }.
period-from = from { $date }
period-since = since { $date }
period-begun = begun { $date }
period-until = until { $date }
department-highlights-chosen = { $marked } measures marked to highlight; { $shown } are shown, the most recently begun first.
department-running-shown = No measure marked for the report; running measures are shown, largest budget first.
department-nothing-taken-over = The return is there, but none of its rows could be taken over; what to correct is listed under "Data quality" and in the department's correction workbook.
department-nothing-to-show = { $count ->
        [one] No measure marked for the report and none running with a description; its 1 measure is listed under the fields of action and in the appendix.
       *[other] No measure marked for the report and none running with a description; its { $count } measures are listed under the fields of action and in the appendix.
    }
department-others = { $count ->
        [one] One further measure ({ $statuses }) is listed under the fields of action and in the appendix.
       *[other] { $count } further measures: { $statuses }. They are listed under the fields of action and in the appendix.
    }
reorganisation = { $kind ->
        [rename] Since { $to }, { $predecessors } has become part of { $successors }
        [merger] Since { $to }, { $predecessors } have been merged into { $successors }
       *[split] Since { $to }, { $predecessors } has been split into { $successors }
    }. The measures of { $from } are compared with those of { $to } there; the reorganisation alone makes no measure new, ended or one without a return.
reorganisation-noticed = (Inferred from the measures reported; the coordination office has not confirmed it yet.)
joint-included = { $count ->
        [one] 1 measure is reported jointly by several departments (same id and title); it is shown under each of them and counts once in the totals.
       *[other] { $count } measures are each reported jointly by several departments (same id and title); each is shown under each of its departments and counts once in the totals.
    }
implausible-included = { $count ->
        [one] The sums include 1 measure with remarkably high figures (more than { $budget } budget or { $people } participants in one year); taken over, but not yet confirmed (see "Data quality").
       *[other] The sums include { $count } measures with remarkably high figures (more than { $budget } budget or { $people } participants in one year); taken over, but not yet confirmed (see "Data quality").
    }
running-internal = Internal edition
cover-internal = Internal edition – not for publication
missing-rows-internal = Not in these figures: { $count ->
        [one] 1 row for { $year }
       *[other] { $count } rows for { $year }
    } could not be taken over because required values are missing or unreadable: { $list }. Which rows and what to correct is listed under "Data quality".
missing-rows-public = Not in these figures: { $count ->
        [one] 1 row for { $year }
       *[other] { $count } rows for { $year }
    } could not be taken over because required values are missing or unreadable: { $list }. The coordination office is clarifying them with the departments.
quality-public-none = There are no valid measures; the coordination office is clarifying the returns with the departments.
quality-public-returns = For { $year }, { $answered } of { $asked } departments asked sent a readable return.
quality-public-rows = { $rows ->
        [0] Every row reported could be counted.
        [one] 1 row reported could not be counted because values were missing or unreadable; the coordination office is clarifying it with the department.
       *[other] { $rows } rows reported could not be counted because values were missing or unreadable; the coordination office is clarifying them with the departments.
    }
method-read = { $files ->
        [one] 1 file
       *[other] { $files } files
    } of the { $inventories ->
        [one] inventory
       *[other] inventories
    } { $years } { $files ->
        [one] was
       *[other] were
    } read{ $failed ->
        [0] {""}
        [one] ; 1 file could not be read and is named under "Data quality"
       *[other] ; { $failed } files could not be read and are named under "Data quality"
    }. Created { $created }.
method-read-public = Based on the departments' returns to the { $inventories ->
        [one] inventory
       *[other] inventories
    } { $years }. Created { $created }.
method-rows = Each row of an inventory is one measure of one reporting year. Rows without a title, with an unknown field of action or status, and duplicate rows are not counted and reported as errors.
method-groups = Target groups and municipalities: a measure counts for each group and municipality named. Budgets with several funding sources are split evenly.
method-participants = Participants: ">100" counts as 100, ranges such as "120-150" count with the lower bound, so reach is never overstated.
method-coverage = Goal coverage: a goal counts as covered when at least one running or completed measure refers to it.
method-compare = Comparison: measures are matched by their id first, then by a similar title (within the department first, then across).
method-compare-internal = Comparison: measures are matched by their id first, then by a similar title (within the department first, then across). Uncertain matches are listed in findings.csv and can be fixed in input/links.csv.
method-contacts = Contact persons are never published.
quality-public-repeated = { $rows ->
        [one] 1 further row repeated a measure already counted and does not count twice.
       *[other] { $rows } further rows repeated measures already counted and do not count twice.
    }
imprint-title = Imprint
imprint-publisher = Publisher
imprint-responsible = Responsible
imprint-address = Address
imprint-contact = Contact
imprint-licence = Licence
imprint-image_credits = Image credits
imprint-date = As of { $created }. Made with bestand from the departments' returns.
report-draft-data = Draft: { $count ->
        [one] 1 error finding
       *[other] { $count } error findings
    } about rows or files missing from this report until they are corrected (see "Data quality").
report-draft-texts = { $count ->
        [one] Draft: 1 placeholder in the office's texts is unknown and stands marked in the text.
       *[other] Draft: { $count } placeholders in the office's texts are unknown and stand marked in the text.
    }
changes-intro = Between { $from } and { $to }, { $new } measures were added, { $ended } were no longer reported, { $changed } continued with changes and { $continued } continued unchanged. Measures are matched by id and, where there is none, by a similar title.
changes-status-heading = Status changes ({ $count })
changes-not-taken-over-heading = Reported but not taken over ({ $count })
changes-not-taken-over-note = These measures were reported, but their row in one of the two years has errors (see "Data quality"). They count neither as new nor as no longer reported.
changes-new-measures = New measures
changes-ended-measures = Measures no longer reported
changes-no-return-heading = No return for { $year } ({ $count })
changes-no-return-note = No readable file for { $to } from these departments. Their measures of { $from } are not counted as ended.
missing-not-comparable = { $count ->
        [one] 1 reported measure could not be taken over in { $from } or { $to }; it counts neither as new nor as no longer reported.
       *[other] { $count } reported measures could not be taken over in { $from } or { $to }; they count neither as new nor as no longer reported.
    }
missing-no-return = No readable return for { $year }: { $departments }. { $count ->
        [one] Their 1 measure of { $from } is not counted as ended but as open.
       *[other] Their { $count } measures of { $from } are not counted as ended but as open.
    }
missing-unclear-return = This is not certain for { $departments }: a return for { $year } names a department without its number that may be { $count ->
        [one] this one
       *[other] one of them
    } (finding "fits several departments"). Until the number is added, that return stands as a department of its own in the report.
cover-subtitle-year = Integration measures: state of { $year }
cover-subtitle = Integration measures
cover-date = { $count ->
        [one] Inventory
       *[other] Inventories
    } { $years } · created { $created }
report-measures-count = { $count ->
        [one] 1 measure ({ $parts })
       *[other] { $count } measures ({ $parts })
    }
report-delta = { $delta } vs. { $year }
report-since = since { $year }
report-goal-coverage = { $covered } of the concept's { $goals } goals have at least one running or completed measure.
report-key-figures-text = { $departments ->
        [one] 1 department
       *[other] { $departments } departments
    } reported { $measures } for { $year }.
report-field-text = In the field "{ $field }", { $count ->
        [one] 1 measure is
       *[other] { $count } measures are
    } reported for { $year }{ $since }: { $parts }. { $departments ->
        [one] 1 department takes
       *[other] { $departments } departments take
    } part; the reported budget is { $budget }.
report-field-chart = { $field }: measures by status
report-field-chart-description = Bar chart: { $count ->
        [one] 1 measure
       *[other] { $count } measures
    } in the field { $field } by status.
report-field-goals = Goals in the field { $field }
report-field-measures = Measures in the field { $field } ({ $year })
report-more-measures-internal = { $count } more measures are listed in measures.csv.
report-more-measures = The coordination office keeps { $count } more measures in its full list.
report-and-more = { $list }; … and { $count } more
report-all-measures = All measures { $year }
report-appendix-over-internal = With { $count } measures the inventory exceeds the limit of { $limit } rows for this appendix (limits.appendix_rows). The full list is in measures.csv and measures.xlsx; here the count per department.
report-appendix-over = The inventory holds { $count } measures; here the count per department. The coordination office keeps the full list.
chart-note = Data: { $count ->
        [one] inventory
       *[other] inventories
    } { $years } · created { $created }
chart-fields-title = Measures by field of action and status { $years }
chart-compare-title = Measures per field of action: { $from } and { $to }
chart-compare-description = Bar chart: measures per field of action in { $from } (grey) and { $to } (blue), with the change at the end of each row; { $before } then { $now } in total.
chart-coverage-title = Goal coverage per field of action { $years }
chart-budget-title = Budget by field of action and funding { $years }
chart-budget-description = Bar chart: reported budget { $year } of { $total } in total per field of action, stacked by funding source (several sources split evenly).
chart-ranking-description = Bar chart, { $title }: { $listed }.
chart-trend-description = Bar chart: measures per reporting year by status: { $listed }.

# Words of the report (moved here from the code).
rpt-inhalt = Contents
rpt-auf-einen-blick = At a glance
rpt-es-liegen-keine-gultigen-massnahmen = There are no valid measures. The data quality appendix names the files and rows that could not be taken over.
rpt-handlungsfelder = Fields of action
rpt-fur-jedes-handlungsfeld-folgen-die = For each field of action: the measures by status, the concept's goals with their coverage, and all measures reported.
rpt-keine = none
rpt-anzahl-massnahmen = Number of measures
rpt-keine-massnahmen-in-diesem-handlungsfeld = No measures in this field of action.
rpt-aus-den-fach-und-servicebereichen = From the departments
rpt-jeder-fach-und-servicebereich-stellt = Each department presents three to five of its most important measures in short form, as it marked them in the inventory. Where none are marked, its running measures with a description follow, largest budget first.
rpt-zielabdeckung = Goal coverage
rpt-jedes-ziel-des-konzepts-mit = Every goal of the concept with the measures that refer to it. Goals without any measure are highlighted: here the inventory shows a gap.
rpt-hinweise-zur-methode = Notes on method
rpt-vorwort = Foreword
rpt-zusammenfassung = Summary
rpt-ausblick = Outlook
rpt-fortschrittsbericht-integrationsmassnahmen = Progress report on integration measures
rpt-de-de = en-GB
rpt-gegenuber = on
rpt-massnahmen = measures
rpt-gemeldetes-budget = reported budget
rpt-fach-und-servicebereiche = departments
rpt-neu-nicht-mehr-gemeldet = new / no longer reported
rpt-keine-massnahme = no measure
rpt-ziel = Goal
rpt-titel = Title
rpt-massnahmen-2 = Measures
rpt-status = Status
rpt-keine-massnahmen-gemeldet = No measures reported.
rpt-massnahme = Measure
rpt-fachbereich = Department
rpt-zeitraum = Period
rpt-zielgruppen = Target groups
rpt-massnahmen-status = Measures (status)
rpt-anhang-ubersicht-aller-massnahmen = Appendix: all measures
rpt-handlungsfeld = Field of action
rpt-massnahmen-je-fachbereich = Measures per department
rpt-veranderungen-seit-der-letzten-bestandsaufnahme = Changes since the last inventory
rpt-es-liegt-nur-ein-berichtsjahr = Only one reporting year is present; a comparison is possible with the next inventory.
rpt-und = and
rpt-keine-2 = None.
rpt-statusanderungen = Status changes
rpt-grosste-budgetanderungen = Largest budget changes
rpt-anderung = Change
rpt-ohne-titel-id = (untitled), id
rpt-ohne-titel = (untitled)
rpt-gemeldet-aber-nicht-ubernommen = Reported but not taken over
rpt-jahr = Year
rpt-datei = File
rpt-zeile = Row
rpt-ohne-ruckmeldung = No return
rpt-datenqualitat = Data quality
rpt-je-datei-die-zahl-der = Per file, the measures taken over and the findings by severity. Errors mean the row or file is missing from this report until the department corrects it. All findings with their cell are in findings.csv.
rpt-dateien-und-meldungen = Files and findings
rpt-fehler = Errors
rpt-warnungen = Warnings
rpt-hinweise = Notes
rpt-zeile-2 = row
rpt-nicht-ubernommene-zeilen-und-dateien = Rows and files not taken over
rpt-zelle = Cell
rpt-meldung = Message
rpt-keine-daten-vorhanden = No data available.
rpt-anteil-der-ziele-mit-laufender = Share of goals with a running or completed measure
rpt-abgedeckte-ziele = goals covered
rpt-balkendiagramm-anteil-der-ziele-des = Bar chart: share of the concept's goals per field of action with at least one running or completed measure; covered of all goals at the end of each row.
rpt-keine-angabe = not given
rpt-budget-in-euro = Budget in euro
rpt-entwicklung-der-massnahmen-nach-status = Measures by status over the years
rpt-berichtsjahr = Reporting year

# Words and formats several parts share.
date-pattern = %Y-%m-%d
decimal-separator = {"."}
report-keywords = integration, integration concept, inventory, progress report
report-subject-year = Progress report on integration measures { $year }
# The layout puts in { $page } and { $pages } on every page.
report-page-label = Page { $page } of { $pages }
word-not-given = not given
word-field-of-action = Field of action
word-department = Department
word-target-groups = Target groups
word-similar-title = similar title
chart-field-status-description = Bar chart: { $count } measures in { $year }, per field of action stacked by status.
chart-target-groups-title = Target groups reached
chart-target-groups-category = Target group
chart-target-groups-axis = Number of measures (a measure can have several target groups)
chart-departments-title = Measures per department
why-same-department = same department
why-same-field = same field of action
why-same-start = same start
why-same-target-groups = same target groups
why-similar-budget = similar budget
