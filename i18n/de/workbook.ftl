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
