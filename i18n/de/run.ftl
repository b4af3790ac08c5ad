# Was ein Lauf auf dem Terminal sagt (src/run, src/main.rs).

usage-help = Hilfe: bestand --help
double-click-done = Fertig. Zum Schließen des Fensters die Eingabetaste drücken.
config-defaults = Hinweis: Keine bestand.toml gefunden (weder hier noch im Eingabeordner); es gelten die eingebauten Voreinstellungen, ohne Organisation, Kommunenliste und Zielkatalog. `bestand init` schreibt eine Datei zum Anpassen.
progress-files-read = Dateien gelesen
corrections-to-forward = Korrekturmappen zum Weiterleiten in { $folder }: { $departments }
stale-report-removed = Der Bericht (report.pdf, report.html, charts/) passte nicht mehr zu diesen Tabellen und wurde entfernt; `bestand report` erstellt ihn neu.

init-exists = { $path } gibt es schon; mit --force wird die Datei überschrieben.
init-written = { $path } geschrieben: alle Voreinstellungen mit Erläuterungen; die Beispiele am Ende sind auskommentiert.
init-texts-written = { $path } geschrieben: Beispieltexte für Vorwort und Ausblick mit Platzhaltern für die Zahlen; weitere Texte (zusammenfassung.md, je Handlungsfeld eine Datei) stehen in der README.

# $count Maßnahmen aus dem Jahr $year
template-written-prefilled = { $path } (vorausgefüllt mit { $count ->
        [one] 1 Maßnahme
       *[other] { $count } Maßnahmen
    } aus { $year })

report-written = Bericht geschrieben: { $pdf }, { $html } und { $docx } (Diagramme in { $charts })
report-intern-written = Interne Fassung (mit Datenqualität je Datei, nicht zur Veröffentlichung): { $pdf }, { $html } und { $docx }

compare-errors-left-out = { $count ->
        [one] 1 Zeile oder Datei mit Fehlern fehlt im Vergleich; Details mit `bestand check`.
       *[other] { $count } Zeilen oder Dateien mit Fehlern fehlen im Vergleich; Details mit `bestand check`.
    }
compare-no-such-year = Für { $year } gibt es keine Maßnahmen; vorhanden sind: { $years }.
compare-from-after-to = --from { $from } muss vor --to { $to } liegen.

# Die Zusammenfassung von `bestand compare` (und nach `report`).
compare-one-year = Nur ein Berichtsjahr vorhanden: nichts zu vergleichen.
compare-counts = { $from } → { $to }: { $new } neu, { $ended } nicht mehr gemeldet, { $changed } geändert, { $continued } unverändert fortgeführt
compare-not-taken-over = { $count } gemeldet, aber nicht übernommen (Zeile eines Jahres fehlerhaft; nicht als neu oder beendet gezählt)
compare-no-return = { $count ->
        [one] 1 Maßnahme
       *[other] { $count } Maßnahmen
    } ohne Rückmeldung { $to } (keine lesbare Datei von: { $departments })
compare-unclear = davon nicht sicher: { $departments } – eine Rückmeldung nennt einen Fachbereich ohne Nummer, der auch dieser sein kann
compare-largest-budgets = Größte Budgetänderungen:
compare-status-changes = { $count ->
        [one] 1 Statusänderung:
       *[other] { $count } Statusänderungen, z. B.:
    }
compare-no-return-before = { $count ->
        [one] 1 Maßnahme
       *[other] { $count } Maßnahmen
    } von Fachbereichen ohne Rückmeldung { $from } ({ $departments }): ob sie neu { $count ->
        [one] ist
       *[other] sind
    }, ist offen
output-is-input = Der Ausgabeordner { $output } ist der Eingabeordner oder einer seiner Jahresordner; dort geschriebene Dateien würden als Rückmeldungen gelesen. Bitte einen anderen Ausgabeordner wählen (--output).
kept-foreign-files = Nicht von bestand, behalten und in den neuen Ordner übernommen: { $files }
texts-used = Eigene Texte aus { $folder }: { $count ->
        [one] 1 Text
       *[other] { $count } Texte
    }{ $logo ->
        [true] , Logo
       *[false] {""}
    }{ $template ->
        [true] , Word-Vorlage
       *[false] {""}
    }.
