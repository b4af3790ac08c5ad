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
# Die Spaltenköpfe des Blatts „Maßnahmen“, je Spalte (measures-column-<Schlüssel>, src/schema.rs).
measures-column-year = Berichtsjahr
measures-column-measure-id = Maßnahmen-ID
measures-column-title = Maßnahme
measures-column-department = Fachbereich
measures-column-field-of-action = Handlungsfeld
measures-column-goals = Ziele
measures-column-target-groups = Zielgruppen
measures-column-status = Status
measures-column-start = Beginn
measures-column-end = Ende
measures-column-budget-eur = Budget (EUR)
measures-column-funding = Finanzierung
measures-column-participants = Teilnehmende
measures-column-participants-unit = Teilnehmende: Einheit
measures-column-municipalities = Kommunen
measures-column-partners = Kooperationspartner
measures-column-description = Beschreibung
measures-column-highlight = Im Bericht hervorheben
measures-column-source-file = Datei
measures-column-source-sheet = Blatt
measures-column-source-row = Zeile
measures-column-contact = Ansprechperson
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

# Das Blatt „Anleitung“ der Vorlage und die Titelzeile über der Tabelle (immer deutsch).
inventory-title = Bestandsaufnahme Integrationsmaßnahmen
inventory-title-year = Bestandsaufnahme Integrationsmaßnahmen { $year }
guide-heading = Bestandsaufnahme der Integrationsmaßnahmen
guide-heading-office = { $office }: Bestandsaufnahme der Integrationsmaßnahmen
guide-how = So füllen Sie die Tabelle aus:
guide-1 = 1. Tragen Sie auf dem Blatt „Maßnahmen“ je Maßnahme eine Zeile ein.
guide-2 = 2. Pflichtfelder: Maßnahme, Fachbereich, Handlungsfeld, Status.
guide-3 = 3. Handlungsfeld, Status, Zielgruppen, Finanzierung und Kommunen bitte aus der Auswahlliste wählen, die Ziele aus dem Blatt „Ziele“.
guide-4 = 4. Mehrere Angaben in einer Zelle (Zielgruppen, Kommunen) mit Semikolon trennen.
guide-5 = 5. Markieren Sie drei bis fünf wichtige Maßnahmen mit „ja“ in „Im Bericht hervorheben“.
guide-6 = 6. Bitte keine Spalten umbenennen, löschen oder einfügen und die Datei ohne Kennwort speichern.
guide-required = Pflichtspalten sind mit * markiert und dunkler hinterlegt. Eine Zeile je Maßnahme.
guide-status = Was der Status bedeutet: geplant = beschlossen oder vorbereitet, noch nicht begonnen; laufend = wird umgesetzt; ruht = vorübergehend ausgesetzt, soll weitergehen; abgeschlossen = umgesetzt und beendet; eingestellt = vor dem Ende abgebrochen.
guide-goals = Ziele: die Ziel-Nummern aus dem Blatt „Ziele“ (mehrere mit ; trennen), z. B. 4.1; 4.3.
guide-budget = Budget: der Betrag im Berichtsjahr in Euro (nicht die Gesamtsumme über mehrere Jahre).
guide-example-row = Die Beispielzeile unter der Kopfzeile wird nicht gezählt, solange sie unverändert ist; bitte überschreiben oder löschen.
guide-prefilled = Ihre Maßnahmen aus der letzten Bestandsaufnahme sind schon eingetragen:
guide-7 = 7. Die Maßnahmen-ID bitte nie ändern (die Zellen sind gesperrt): an ihr erkennt der Bericht dieselbe Maßnahme im nächsten Jahr.
guide-8 = 8. Keine Zeile löschen: Ist eine Maßnahme beendet, den Status auf „abgeschlossen“ setzen, wurde sie abgebrochen, auf „eingestellt“.
guide-9 = 9. Neue Maßnahmen in neue Zeilen unter den vorhandenen eintragen, ohne ID; sie bekommt eine im nächsten Jahr.
guide-10 = 10. Budget und Teilnehmende gelten je Berichtsjahr: bitte für dieses Jahr neu eintragen (die Spalten sind leer).
guide-11 = 11. Beschreibung, Zielgruppen und Zeitraum bitte prüfen und wo nötig ändern.
# Die Notiz an einer markierten Zelle der Korrekturmappe.
note-error = Fehler: { $message }
note-warning = Warnung: { $message }

# Die Erläuterung je Spalte der Vorlage, gezeigt, wenn eine Zelle gewählt ist (Schlüssel wie in measures.csv).
column-hint-year = Berichtsjahr, nur wenn es vom Ordner abweicht.
column-hint-measure-id = Ihre Kennung der Maßnahme; bitte jedes Jahr gleich lassen.
column-hint-title = Pflichtfeld: Name der Maßnahme oder des Projekts.
column-hint-department = Pflichtfeld: Ihr Fach- oder Servicebereich.
column-hint-field-of-action = Pflichtfeld: Handlungsfeld aus der Liste wählen.
column-hint-goals = Ziel-Nummern aus dem Integrationskonzept, z. B. 4.1; 4.3
column-hint-target-groups = Zielgruppen, mehrere mit ; trennen.
column-hint-status = Pflichtfeld: geplant, laufend, ruht, abgeschlossen oder eingestellt.
column-hint-start = Beginn als Datum, z. B. 01.03.2024 (oder 03/2024, 2024).
column-hint-end = Ende als Datum; leer oder „laufend“, wenn unbefristet.
column-hint-budget-eur = Budget im Berichtsjahr in Euro, nur die Zahl.
column-hint-funding = Finanzierung aus der Liste; mehrere mit ; trennen.
column-hint-participants = Anzahl erreichter Personen im Berichtsjahr (ganze Zahl).
column-hint-municipalities = Kommunen, in denen die Maßnahme stattfindet; mehrere mit ; trennen.
column-hint-partners = Kooperationspartner, mehrere mit ; trennen.
column-hint-description = Zwei bis vier Sätze: Was wird gemacht, für wen, mit welchem Ergebnis?
column-hint-highlight = ja: die Maßnahme wird im Bericht vorgestellt (3 bis 5 je Fachbereich).
column-hint-contact = Ansprechperson (wird nicht veröffentlicht).

# Die Prüfungen der Zahl- und Datumsspalten der Vorlage: was Excel bei falscher Eingabe sagt.
check-budget = Bitte einen Betrag in Euro eintragen (nur die Zahl).
check-participants = Bitte eine ganze Zahl eintragen.
check-start = Bitte ein Datum eintragen, z. B. 01.03.2024.
check-end = Bitte ein Datum eintragen, z. B. 31.12.2025, oder leer lassen.
# Die Beschreibung der Beispielzeile der Vorlage.
example-description = Ein offener Treff für Eltern mit Sprachmittlung, zweimal im Monat; 40 Familien erreicht.
# Der Name des ersten Blatts einer Korrekturmappe.
todo-sheet = Was zu tun ist
# Das Zeichen hinter einem Text, der für eine Excel-Zelle gekürzt wurde (mit Leerzeichen davor).
cell-cut = {" "}… [gekürzt; vollständig in measures.csv]
