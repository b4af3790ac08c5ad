# Texte der Arbeitsmappe measures.xlsx (src/render/xlsx.rs).

returns-sheet = Rücklauf
returns-column-year = Berichtsjahr
returns-column-department = Fachbereich
returns-column-standing = Stand
returns-column-files = Dateien
returns-column-date = Dateidatum
returns-column-measures = Maßnahmen übernommen
returns-column-rejected = Zeilen nicht übernommen
returns-standing-answered = geantwortet
returns-standing-incomplete = unvollständig
returns-standing-unclear = nicht sicher
returns-standing-missing = keine Rückmeldung

measures-sheet = Maßnahmen
workbook-yes = ja
workbook-no = nein
workbook-remarks = Bemerkungen der Fachbereiche

changes-sheet = Änderungen
changes-column-change = Änderung
changes-column-department = Fachbereich
changes-column-title = Maßnahme
changes-column-id = Maßnahmen-ID
changes-column-from = von Jahr
changes-column-to = bis Jahr
changes-column-detail = Was sich geändert hat
change-new = neu
change-ended = nicht mehr gemeldet
change-changed = geändert
change-continued = unverändert
change-not-taken-over = gemeldet, nicht übernommen
change-no-return = ohne Rückmeldung
change-kind-finished = im Vorjahr beendet

findings-sheet = Meldungen
questions-sheet = Rückfragen
findings-column-severity = Schwere
findings-column-department = Fachbereich
findings-column-file = Datei
findings-column-sheet = Blatt
findings-column-cell = Zelle
findings-column-message = Meldung
findings-column-code = Code
severity-error = Fehler
severity-warning = Warnung
severity-info = Hinweis

# Die vorausgefüllte Vorlage (src/render/template).
template-finished-before = Nicht mehr in der Tabelle, weil { $year } abgeschlossen oder eingestellt (bitte nicht wieder eintragen; läuft eine davon doch weiter, als neue Zeile mit der alten ID):

# Das erste Blatt einer Korrekturmappe (immer deutsch: sie geht an einen Fachbereich).
todo-heading = { $department }: Rückmeldung zur Bestandsaufnahme { $year }
todo-rejected = { $count ->
        [one] 1 Zeile konnte nicht übernommen werden (rot markiert).
       *[other] { $count } Zeilen konnten nicht übernommen werden (rot markiert).
    }
todo-warnings = { $count ->
        [one] 1 Angabe wurde mit Vorbehalt gelesen (gelb markiert).
       *[other] { $count } Angaben wurden mit Vorbehalt gelesen (gelb markiert).
    }
todo-questions = { $count ->
        [one] 1 Rückfrage (blau markiert): ein Datum, das nicht zum Status passt, oder eine Zahl, die keine Personen zählt.
       *[other] { $count } Rückfragen (blau markiert): Daten, die nicht zum Status passen, oder Zahlen, die keine Personen zählen.
    }
todo-notes = Der Kommentar an jeder markierten Zelle sagt, was nicht stimmt und was einzutragen ist; die Auswahllisten und das Blatt „Ziele“ helfen dabei wie in der Vorlage.
todo-fix = Bitte auf dem Blatt „Maßnahmen“ korrigieren und diese Datei zurückschicken, unter beliebigem Namen: sie ersetzt die Rückmeldung, aus der sie gemacht wurde.
todo-ids = Die Maßnahmen-IDs bitte nicht ändern.
