# What a run says on the terminal (src/run, src/main.rs).

usage-help = Help: bestand --help
double-click-done = Done. Press Enter to close this window.
config-defaults = Note: no bestand.toml found (neither here nor in the input folder); the built-in defaults apply, without organisation, municipality list and goal catalogue. `bestand init` writes a file to adapt.
progress-files-read = files read
corrections-to-forward = Correction workbooks to forward in { $folder }: { $departments }
stale-report-removed = The report (report.pdf, report.html, charts/) no longer matched these tables and was removed; `bestand report` makes it again.

init-exists = { $path } exists already; use --force to overwrite it
init-written = { $path } written: every default setting with explanations; the examples at the end are commented out.

# $count measures of the year $year
template-written-prefilled = { $path } (pre-filled with { $count ->
        [one] 1 measure
       *[other] { $count } measures
    } of { $year })

report-written = Report written: { $pdf } and { $html } (charts in { $charts })

compare-errors-left-out = { $count ->
        [one] 1 row or file with errors is missing from the comparison; details with `bestand check`.
       *[other] { $count } rows or files with errors are missing from the comparison; details with `bestand check`.
    }
compare-no-such-year = no measures for { $year }; years present: { $years }
compare-from-after-to = --from { $from } must be before --to { $to }
