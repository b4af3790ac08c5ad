# The command line: help pages, usage lines and refusals. Help texts end without a full
# stop (clap's style); the examples keep their two-space indent.

cli-about = Macht aus den Excel-Bestandsaufnahmen der Fachbereiche eine bereinigte Tabelle, eine Liste der Korrekturen und einen Fortschrittsbericht (PDF und HTML).
cli-usage-word = Aufruf
cli-usage = bestand [BEFEHL] [OPTIONEN]
cli-usage-command = bestand { $command } [OPTIONEN]
cli-options = Optionen
cli-commands = Befehle
cli-after-help =
    Beispiele:
      bestand                               Bericht aus input/ nach output/ (report)
      bestand check                         nur prüfen: was müssen die Fachbereiche korrigieren?
      bestand compare --from 2023 --to 2024 Veränderungen zwischen zwei Jahren
      bestand template --year 2026          Vorlagen für die nächste Bestandsaufnahme
      bestand init                          kommentierte bestand.toml zum Anpassen

    Was report schreibt (in output/): report.pdf, report.html und report.docx (der Bericht), measures.xlsx
    (alle Maßnahmen, Änderungen und Meldungen), measures.csv und measures.parquet, changes.csv,
    findings.csv, summary.json, charts/ und rueckmeldungen/ (Korrekturmappen).

    { cli-exit-codes }
cli-exit-codes =
    Rückgabewerte: 0 fertig; 1 Fehlermeldungen (check, report --strict); 2 Aufruf- oder
    Einstellungsfehler; 3 Eingabe nicht lesbar, Ausgabe nicht schreibbar oder ein anderer Lauf
    schreibt gerade in denselben Ordner.

## The commands: what each does, and its examples

cli-command-report = Alles lesen, vergleichen und den Bericht schreiben: PDF, HTML, Diagramme, Tabellen, Meldungen (der Standard)
cli-command-check = Nur lesen und prüfen: Tabellen und Meldungen, kein Bericht; Rückgabewert 1 bei Fehlermeldungen
cli-command-compare = Veränderungen zwischen zwei Jahren: changes.csv, summary.json und die Tabellen (Standard: die beiden letzten Jahre)
cli-command-template = Die Excel-Vorlagen für die Fachbereiche schreiben; mit früheren Rückmeldungen im Eingabeordner je Fachbereich vorausgefüllt
cli-command-init = Eine kommentierte bestand.toml mit allen Voreinstellungen schreiben
cli-examples-report =
    Beispiele:
      bestand report                        input/ lesen, output/ schreiben
      bestand report --strict               mit Rückgabewert 1, solange Fehler bestehen
      bestand report --edition both         öffentliche und interne Fassung (report-intern.pdf)
      bestand report --input rueckmeldungen --output bericht-2025

    Schreibt (in output/): report.pdf, report.html und report.docx, charts/ (SVG und PNG), measures.xlsx
    (Maßnahmen, Änderungen, Meldungen), measures.csv, measures.parquet, changes.csv,
    findings.csv, summary.json und rueckmeldungen/ (Korrekturmappen je Fachbereich).
cli-examples-check =
    Beispiele:
      bestand check                         alle Rückmeldungen in input/ prüfen
      bestand check -v                      auch Hinweise zeigen
      bestand check --input 2025-eingang

    Schreibt (in output/): measures.xlsx mit dem Blatt „Meldungen“, measures.csv,
    measures.parquet, findings.csv, changes.csv, summary.json und rueckmeldungen/.
cli-examples-compare =
    Beispiele:
      bestand compare                       die beiden letzten Jahre
      bestand compare --from 2023 --to 2025

    Schreibt (in output/): changes.csv, summary.json und die Tabellen. Zuordnungen legt
    input/links.csv fest (Spalten alt;neu;verknüpfen).
cli-examples-template =
    Beispiele:
      bestand template --year 2026          leere Vorlage und je Fachbereich eine vorausgefüllte
      bestand template --department "Fachbereich Jugend"

    Schreibt (in output/): vorlage-<Jahr>.xlsx und vorlage-<Jahr>-<fachbereich>.xlsx.
cli-examples-init =
    Beispiele:
      bestand init                          bestand.toml hier schreiben
      bestand init --config amt.toml --force
      bestand init --lang en                mit englischen Erläuterungen

## The options: help text and the name of their value

cli-arg-input = Ordner mit einem Unterordner je Berichtsjahr, z. B. input/2024/*.xlsx (Standard: input)
cli-value-input = ORDNER
cli-arg-output = Ordner, in den die Ergebnisse geschrieben werden (Standard: output)
cli-value-output = ORDNER
cli-arg-config = Einstellungsdatei (sonst bestand.toml hier, dann im Eingabeordner, sonst die eingebauten Voreinstellungen)
cli-value-config = DATEI
cli-arg-lang = Sprache der Meldungen und des Berichts: de oder en (überschreibt die Einstellungen)
cli-value-lang = SPRACHE
cli-arg-quiet = Nur Fehler ausgeben
cli-arg-verbose = Auch Hinweise ausgeben
cli-arg-help = Diese Hilfe anzeigen
cli-arg-version = Die Version anzeigen
cli-arg-strict = Mit Rückgabewert 1 enden, wenn es Fehlermeldungen gibt
cli-arg-edition = Für wen der Bericht ist: public (öffentlich, ohne Dateinamen und Meldungstexte; der Standard), internal (für die Koordinierungsstelle, mit der Datenqualität je Datei) oder both (beide, die interne als report-intern.pdf, .html und .docx)
cli-value-edition = FASSUNG
cli-arg-from = Das frühere Jahr
cli-value-from = JAHR
cli-arg-to = Das spätere Jahr
cli-value-to = JAHR
cli-arg-year = Berichtsjahr der Vorlage (Standard: dieses Jahr)
cli-value-year = JAHR
cli-arg-department = Nur die Vorlage dieses Fachbereichs; ohne: eine leere und eine je Fachbereich
cli-value-department = NAME
cli-arg-indicators = Nur die Indikatoren-Mappe schreiben: die bisherigen Zeilen und die des letzten Jahres vorbelegt für das Berichtsjahr
cli-arg-force = Eine vorhandene Datei überschreiben

## Refusals: a command line clap did not accept

cli-did-you-mean = {" "}Meinten Sie „{ $suggestion }“?
cli-unknown-command = Unbekannter Befehl „{ $command }“.{ $suggestion } Befehle: report, check, compare, template, init.
cli-unknown-option = Unbekannte Angabe „{ $option }“.{ $suggestion }
cli-missing-value = Für { $option } fehlt ein Wert.
cli-possible-values = {" "}Möglich: { $values }.
cli-invalid-value = „{ $value }“ ist kein gültiger Wert für { $option }.{ $possible }
cli-given-twice = { $option } wurde mehrfach angegeben; bitte nur einmal.
cli-conflict = { $option } und { $other } schließen sich aus.
cli-missing-option = Es fehlt eine Angabe: { $option }.
cli-not-understood = Der Aufruf ist nicht verständlich ({ $kind }).
cli-init-no-folders = init schreibt nur die Einstellungsdatei und kennt --input und --output nicht; der Ort der Datei ist --config.
