# Die Zusammenfassung auf dem Terminal nach `check` und `report` (src/terminal.rs).

heading-errors = Fehler ({ $count }) – Zeile nicht übernommen oder Datei nicht gelesen
heading-errors-text = Fehler ({ $count }) – im Bericht sichtbar markiert
heading-warnings = Warnungen ({ $count }) – übernommen, bitte prüfen
heading-warnings-text = Warnungen ({ $count }) – bitte prüfen
heading-notes = Hinweise ({ $count })
place-line = Zeile { $line }
place-row = { $sheet }, Zeile { $row }
input-folder = Eingabeordner
file-skipped = übersprungen
file-not-read = nicht gelesen
file-replaced-by = ersetzt durch { $by }, nicht gezählt
file-taken-over = { $count ->
        [one] 1 Maßnahme übernommen
       *[other] { $count } Maßnahmen übernommen
    }
more-findings = … und { $count } weitere (alle in findings.csv, oder mit -v)
hidden-notes = { $count ->
        [one] 1 Hinweis (mit -v anzeigen)
       *[other] { $count } Hinweise (mit -v anzeigen)
    }
total-set-aside = , { $count } keine Maßnahme (Summenzeilen, ersetzte Zeilen)
total = Gesamt: { $files ->
        [one] 1 Datei
       *[other] { $files } Dateien
    } gelesen, { $failed } nicht lesbar; { $measures ->
        [one] 1 Maßnahme
       *[other] { $measures } Maßnahmen
    } übernommen, { $rejected ->
        [one] 1 Zeile
       *[other] { $rejected } Zeilen
    } abgewiesen{ $setaside }; { $errors } Fehler, { $warnings ->
        [one] 1 Warnung
       *[other] { $warnings } Warnungen
    }, { $notes ->
        [one] 1 Hinweis
       *[other] { $notes } Hinweise
    }.
findings-pointer = Alle Meldungen: { $workbook }, Blatt „Meldungen“ (nach Fachbereich filterbar).

# Der Rücklauf des letzten Berichtsjahrs.
returns-summary = Rücklauf { $year }: { $asked } angefragt, { $answered } geantwortet{ $incomplete ->
        [0] {""}
       *[other] , davon { $incomplete } unvollständig
    }{ $missing ->
        [0] {""}
       *[other] ; keine Rückmeldung: { $names }
    }{ $unclear ->
        [0] {""}
       *[other] ; nicht sicher: { $unclearnames }
    }{ $unlisted ->
        [0] {""}
       *[other] ; außerdem unter einem Namen, der nicht in der Liste steht: { $unlistednames }
    }.
returns-asked-configured = Angefragt sind die Fachbereiche der Liste departments in bestand.toml.
returns-asked-seen = Als angefragt gelten alle Fachbereiche, die im vorigen oder in diesem Berichtsjahr gemeldet haben; eine Liste departments in bestand.toml kann sie festlegen.
returns-file = { $file } ({ $date })
returns-answered = { $department } — { $files }
returns-incomplete = { $department } — { $files }; { $rejected ->
        [one] 1 Zeile
       *[other] { $rejected } Zeilen
    } nicht übernommen
returns-missing = { $department } — keine Rückmeldung
returns-unclear = { $department } — nicht sicher: eine Rückmeldung ohne Nummer im Namen könnte von hier sein
returns-more = … und { $count } weitere (alle im Blatt „Rücklauf“ von { $workbook })
returns-unread = Nicht lesbar, Absender daher unbekannt: { $files } (siehe die Meldungen oben)
returns-skipped-folders = Nicht gelesene Ordner (Archiv, versteckt oder zu tief): { $folders }
returns-resent = Alte Rückmeldung erneut geschickt, nicht gezählt: { $files }
returns-replaced = Durch Korrekturdateien ersetzt, nicht gezählt: { $pairs }
returns-replaced-pair = { $file } (durch { $by })
