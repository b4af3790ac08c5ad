# The command line: help pages, usage lines and refusals. Help texts end without a full
# stop (clap's style); the examples keep their two-space indent.

cli-about = Turns the departments' Excel inventories into one clean table, a list of corrections and a progress report (PDF and HTML).
cli-usage-word = Usage
cli-usage = bestand [COMMAND] [OPTIONS]
cli-usage-command = bestand { $command } [OPTIONS]
cli-options = Options
cli-commands = Commands
cli-after-help =
    Examples:
      bestand                               report from input/ to output/ (report)
      bestand check                         check only: what must the departments correct?
      bestand compare --from 2023 --to 2024 changes between two years
      bestand template --year 2026          templates for the next inventory
      bestand init                          commented bestand.toml to adapt

    What report writes (in output/): report.pdf, report.html and report.docx (the report), measures.xlsx
    (all measures, changes and findings), measures.csv and measures.parquet, changes.csv,
    findings.csv, summary.json, charts/ and rueckmeldungen/ (correction workbooks).

    { cli-exit-codes }
cli-exit-codes =
    Exit codes: 0 done; 1 error findings (check, report --strict); 2 usage or configuration
    error; 3 input unreadable, output not writable or another run is writing to the same folder.

## The commands: what each does, and its examples

cli-command-report = Read everything, compare and write the report: PDF, HTML, charts, tables, findings (the default)
cli-command-check = Only read and check: tables and findings, no report; exit code 1 on error findings
cli-command-compare = Changes between two years: changes.csv, summary.json and the tables (default: the last two years)
cli-command-template = Write the Excel templates for the departments; pre-filled per department from earlier returns in the input folder
cli-command-init = Write a commented bestand.toml with every default setting
cli-examples-report =
    Examples:
      bestand report                        read input/, write output/
      bestand report --strict               exit code 1 while errors remain
      bestand report --edition both         public and internal edition (report-intern.pdf)
      bestand report --input returns --output report-2025

    Writes (into output/): report.pdf, report.html and report.docx, charts/ (SVG and PNG), measures.xlsx
    (measures, changes, findings), measures.csv, measures.parquet, changes.csv, findings.csv,
    summary.json and rueckmeldungen/ (correction workbooks per department).
cli-examples-check =
    Examples:
      bestand check                         check every return in input/
      bestand check -v                      show notes too
      bestand check --input incoming-2025

    Writes (into output/): measures.xlsx with the sheet "Findings", measures.csv,
    measures.parquet, findings.csv, changes.csv, summary.json and rueckmeldungen/.
cli-examples-compare =
    Examples:
      bestand compare                       the two latest years
      bestand compare --from 2023 --to 2025

    Writes (into output/): changes.csv, summary.json and the tables. input/links.csv fixes
    matches by hand (columns old;new;link).
cli-examples-template =
    Examples:
      bestand template --year 2026          a blank template and a pre-filled one per department
      bestand template --department "Fachbereich Jugend"

    Writes (into output/): vorlage-<year>.xlsx and vorlage-<year>-<department>.xlsx.
cli-examples-init =
    Examples:
      bestand init                          write bestand.toml here
      bestand init --config office.toml --force
      bestand init --lang en                with English comments

## The options: help text and the name of their value

cli-arg-input = Folder with one subfolder per reporting year, e.g. input/2024/*.xlsx (default: input)
cli-value-input = FOLDER
cli-arg-output = Folder the results are written to (default: output)
cli-value-output = FOLDER
cli-arg-config = Configuration file (else bestand.toml here, then in the input folder, else the built-in defaults)
cli-value-config = FILE
cli-arg-lang = Language of messages and report: de or en (overrides the configuration)
cli-value-lang = LANG
cli-arg-quiet = Print errors only
cli-arg-verbose = Print notes too
cli-arg-help = Show this help
cli-arg-version = Show the version
cli-arg-strict = Exit with code 1 when there are error findings
cli-arg-edition = Who the report is for: public (without file names and finding texts; the default), internal (for the coordination office, with data quality per file) or both (the internal one as report-intern.pdf, .html and .docx)
cli-value-edition = EDITION
cli-arg-from = The earlier year
cli-value-from = YEAR
cli-arg-to = The later year
cli-value-to = YEAR
cli-arg-year = Reporting year of the template (default: this year)
cli-value-year = YEAR
cli-arg-department = Only this department's template; without: a blank one and one per department
cli-value-department = NAME
cli-arg-indicators = Write only the indicator workbook: the rows so far and the latest year's pre-filled for the reporting year
cli-arg-force = Overwrite an existing file

## Refusals: a command line clap did not accept

cli-did-you-mean = {" "}Did you mean "{ $suggestion }"?
cli-unknown-command = Unknown command "{ $command }".{ $suggestion } Commands: report, check, compare, template, init.
cli-unknown-option = Unknown option "{ $option }".{ $suggestion }
cli-missing-value = { $option } needs a value.
cli-possible-values = {" "}Possible: { $values }.
cli-invalid-value = "{ $value }" is not a valid value for { $option }.{ $possible }
cli-given-twice = { $option } was given more than once; give it once.
cli-conflict = { $option } and { $other } cannot be used together.
cli-missing-option = An option is missing: { $option }.
cli-not-understood = The command line is not understood ({ $kind }).
cli-init-no-folders = init writes only the configuration file and takes no --input or --output; its location is --config.
