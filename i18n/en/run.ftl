# What a run says on the terminal (src/run, src/main.rs).

usage-help = Help: bestand --help
double-click-done = Done. Press Enter to close this window.
config-defaults = Note: no bestand.toml found (neither here nor in the input folder); the built-in defaults apply, without organisation, municipality list and goal catalogue. `bestand init` writes a file to adapt.
progress-files-read = files read
corrections-to-forward = Correction workbooks to forward in { $folder }: { $departments }
stale-report-removed = The report (report.pdf, report.html, charts/) no longer matched these tables and was removed; `bestand report` makes it again.

init-exists = { $path } exists already; use --force to overwrite it
init-written = { $path } written: every default setting with explanations; the examples at the end are commented out.
init-texts-written = { $path } written: example texts for the foreword and the outlook with placeholders for the figures; further texts (zusammenfassung.md, one file per field of action) are described in the README.

# $count measures of the year $year
template-written-prefilled = { $path } (pre-filled with { $count ->
        [one] 1 measure
       *[other] { $count } measures
    } of { $year })

report-written = Report written: { $pdf }, { $html } and { $docx } (charts in { $charts })
report-intern-written = Internal edition (with data quality per file, not for publication): { $pdf }, { $html } and { $docx }

compare-errors-left-out = { $count ->
        [one] 1 row or file with errors is missing from the comparison; details with `bestand check`.
       *[other] { $count } rows or files with errors are missing from the comparison; details with `bestand check`.
    }
compare-no-such-year = no measures for { $year }; years present: { $years }
compare-from-after-to = --from { $from } must be before --to { $to }

# The summary of `bestand compare` (and after `report`).
compare-one-year = Only one reporting year present: nothing to compare.
compare-counts = { $from } → { $to }: { $new } new, { $ended } no longer reported, { $changed } changed, { $continued } continued unchanged
compare-not-taken-over = { $count } reported but not taken over (a row of one year has errors; counted neither new nor ended)
compare-no-return = { $count ->
        [one] 1 measure
       *[other] { $count } measures
    } without a return for { $to } (no readable file from: { $departments })
compare-unclear = of these not certain: { $departments } – a return names a department without its number that may be this one
compare-largest-budgets = Largest budget changes:
compare-status-changes = { $count ->
        [one] 1 status change:
       *[other] { $count } status changes, e.g.:
    }
compare-no-return-before = { $count ->
        [one] 1 measure
       *[other] { $count } measures
    } of departments without a return for { $from } ({ $departments }): whether { $count ->
        [one] it is
       *[other] they are
    } new is open
output-is-input = The output folder { $output } is the input folder or one of its year folders; files written there would be read as returns. Please choose another output folder (--output).
kept-foreign-files = Not written by bestand, kept and carried into the new folder: { $files }
texts-used = The office's texts from { $folder }: { $count ->
        [one] 1 text
       *[other] { $count } texts
    }{ $logo ->
        [true] , logo
       *[false] {""}
    }{ $template ->
        [true] , Word template
       *[false] {""}
    }.
