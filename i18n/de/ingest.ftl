# Was beim Suchen der Dateien im Eingabeordner gemeldet wird (src/ingest/discover.rs).

folder-unreadable = Der Ordner kann nicht gelesen werden ({ $source }); seine Dateien fehlen im Bericht.
folder-entry-unreadable = Ein Eintrag des Ordners kann nicht gelesen werden ({ $source }); er fehlt im Bericht.
folder-hidden = Versteckter Ordner; übersprungen.
folder-too-deep = Ordner zu tief verschachtelt; übersprungen. Bitte die Dateien direkt in den Ordner des Berichtsjahrs legen.
folder-archive = Ordner mit abgelegten Dateien (Archiv); nicht gelesen. Was zählen soll, gehört direkt in den Ordner des Berichtsjahrs.
folder-output = Ausgabeordner von bestand; nicht gelesen (seine Dateien sind keine Rückmeldungen).
file-output = Ein Ergebnis von bestand (measures.xlsx), keine Rückmeldung; nicht gelesen.
folder-in-year = Unterordner im Ordner des Berichtsjahrs; seine Dateien werden mit diesem Jahr gelesen.
file-lock = Sperrdatei von Excel/LibreOffice (die Datei war beim Kopieren geöffnet); übersprungen.
file-hidden = Versteckte Datei; übersprungen.
file-not-spreadsheet = Keine Tabellendatei (erwartet: xlsx, xlsm, xls, xlsb, ods, csv); übersprungen.
file-resent = Diese Datei ist dieselbe wie { $earlier }, die Rückmeldung für { $year }; { $rows ->
        [one] ihre 1 Zeile zählt
       *[other] ihre { $rows } Zeilen zählen
    } nicht für { $this }. Bitte die Rückmeldung für { $this } schicken (hat sich nichts geändert, die vorausgefüllte Vorlage für { $this } zurückschicken).
file-same-as-last-year = Diese Datei gleicht Byte für Byte { $earlier }, der Rückmeldung für { $year }; sie zählt als Rückmeldung für { $this }. Ist es versehentlich die alte Datei, bitte die für { $this } schicken.
file-resent-correction = Diese Datei ist die Korrekturdatei für { $year } (so steht es in ihren Dokumenteigenschaften); { $rows ->
        [one] ihre 1 Zeile zählt
       *[other] ihre { $rows } Zeilen zählen
    } nicht für { $this }. Sie gehört in den Ordner { $year }; für { $this } bitte die Rückmeldung für { $this } schicken.
# Eine Korrekturdatei ersetzt die Dateien, aus denen sie gemacht wurde.
file-replaced = Ersetzt durch die Korrekturdatei { $by }, die aus dieser Datei gemacht wurde; { $rows ->
        [one] ihre 1 Zeile zählt
       *[other] ihre { $rows } Zeilen zählen
    } nicht, es gilt die Korrektur.
file-replaced-changed = Diese Datei wurde geändert, nachdem die Korrekturdatei { $by } aus ihr gemacht wurde. Es gilt die Korrektur; { $rows ->
        [one] die 1 Zeile dieser Datei zählt
       *[other] die { $rows } Zeilen dieser Datei zählen
    } nicht. Was sich hier geändert hat, bitte in die Korrekturdatei übernehmen.
file-replaced-round = Ersetzt durch { $by }, die Korrekturdatei einer späteren Runde für denselben Fachbereich und dasselbe Jahr; { $rows ->
        [one] ihre 1 Zeile zählt
       *[other] ihre { $rows } Zeilen zählen
    } nicht.
file-replaced-twin = Dieselbe Korrekturmappe kam zweimal zurück; es gilt { $by }, die zuletzt gespeichert wurde, { $rows ->
        [one] die 1 Zeile dieser Datei zählt
       *[other] die { $rows } Zeilen dieser Datei zählen
    } nicht. Bitte die überholte Datei aus dem Ordner nehmen.

# input/links.csv, die vom Büro festgelegten Zuordnungen zwischen den Jahren.
links-columns = links.csv braucht die Spalten „alt“ und „neu“ (Titel oder Maßnahmen-ID), optional „verknüpfen“ (ja/nein).
links-bad-record = Die Zeile ist kein lesbarer CSV-Satz ({ $source }); sie wird ignoriert.
links-unreadable = links.csv kann nicht gelesen werden ({ $source }); die festgelegten Zuordnungen fehlen im Vergleich.
links-incomplete = Der Zeile fehlt „alt“ oder „neu“; sie wird ignoriert. Bitte beide Maßnahmen nennen.
links-not-yes-no = „{ $value }“ ist weder ja noch nein; die Zeile wird ignoriert.

# Kopfzeile, Spalten und Herkunft des Fachbereichs (src/ingest/mod.rs).
repeated-column = Die Spalte „{ $text }“ meint dasselbe wie Spalte { $column } ({ $header }); nur die erste wird gelesen, diese nicht.
unknown-column = Spalte „{ $header }“ ist keine bekannte Spalte; ihr Inhalt wird nicht übernommen. Falls sie zu einer Vorlagenspalte gehört, bitte die Überschrift anpassen oder in bestand.toml als Synonym eintragen.
remarks-column = Spalte „{ $header }“ wird als Bemerkung des Fachbereichs übernommen: in measures.xlsx (Spalte „Bemerkungen der Fachbereiche“), nicht in den Bericht.
headless-columns = { $count ->
        [one] Spalte { $letters } enthält Werte, aber keine bekannte Überschrift; ihr Inhalt wird nicht übernommen.
       *[other] { $count } Spalten ({ $letters }) enthalten Werte, aber keine bekannte Überschrift; ihr Inhalt wird nicht übernommen.
    }
row-above-header = Die Zeile steht über der Kopfzeile (Zeile { $header }) und enthält { $count } Werte; sie wird nicht gelesen. Falls sie eine Maßnahme ist, bitte unter die Kopfzeile verschieben.
department-from-cell = Keine Spalte „Fachbereich“; der Fachbereich „{ $department }“ wird aus der Angabe über der Tabelle übernommen.
department-from-file-name = Keine Spalte „Fachbereich“ und keine Angabe „Fachbereich: …“ über der Tabelle; der Fachbereich „{ $department }“ wird aus dem Dateinamen übernommen.
text-as-workbook = Die Datei heißt .{ $ext }, enthält aber Text (CSV). Sie wurde als CSV gelesen; bitte künftig als echte Excel-Datei speichern.
file-cannot-open = Die Datei kann nicht geöffnet werden: { $source }

# Blätter und Dateien, die nichts hergeben (src/ingest/mod.rs).
reader-internal-error = interner Fehler in bestand bei { $place }; bitte mit dieser Datei melden
reader-crashed = Lesefehler im Excel-Leser
no-data-rows = Das Blatt hat eine Kopfzeile, aber keine Maßnahmen darunter. Hat der Fachbereich die leere Vorlage zurückgeschickt?
unclosed-quote = Textzeile { $line }: Ein Anführungszeichen am Anfang eines Feldes wird nie geschlossen. Es wurde als Zeichen gelesen, damit die folgenden Zeilen nicht in einer Zelle verschwinden; bitte die Zeile prüfen.
empty-workbook = Die Arbeitsmappe enthält keine Daten (alle Blätter leer).
no-header = Keine Kopfzeile erkannt (gesucht in den ersten { $rows } Zeilen, limits.header_search_rows). Erwartet werden mindestens die Spalten { $expected }; gefunden: { $found }. Bitte die Überschriften der Vorlage verwenden.
sheet-ignored = Das Blatt sieht wie eine Tabelle aus, hat aber keine erkennbare Kopfzeile (erwartet: { $expected }); es wird nicht gelesen.
nothing = nichts
file-not-regular = Keine gewöhnliche Datei (ein Ordner, ein Gerät, eine Pipe oder eine Verknüpfung dorthin); nicht gelesen.
xls-too-many-cells = Die Blätter der Arbeitsmappe haben zusammen mehr als { $cells } Zellen (viermal limits.max_cells_per_sheet = { $limit }). Zum Schutz des Rechners wurde die Datei nicht gelesen; bitte als .xlsx speichern.

# Warum eine Datei nicht gelesen werden konnte (src/ingest/read.rs).
read-empty-file = Die Datei ist leer (0 Byte). Bitte beim Fachbereich die ausgefüllte Datei neu anfordern.
read-too-large = Die Datei ist { $mb } MB groß, erlaubt sind { $limit } MB (limits.max_file_mb). Nicht gelesen.
read-unpacked = Die Arbeitsmappe würde entpackt { $mb } MB belegen, erlaubt sind { $limit } MB (limits.max_unpacked_mb). Zum Schutz des Rechners nicht gelesen; bitte prüfen, ob die Datei wirklich vom Fachbereich stammt.
read-too-many-cells = Das Blatt „{ $sheet }“ hat mehr als { $limit } Zellen (limits.max_cells_per_sheet). Die Datei wurde nicht gelesen.
read-too-much-text = Die Zellen des Blatts „{ $sheet }“ enthalten zusammen mehr als { $limit } MB Text; meist wiederholt sich ein sehr langer Text in vielen Zellen. Zum Schutz des Rechners wurde die Datei nicht gelesen.
read-encrypted = Die Arbeitsmappe ist mit einem Kennwort verschlüsselt. Bitte den Fachbereich bitten, sie ohne Kennwort zu speichern (Datei > Informationen > Arbeitsmappe schützen) und neu zu senden.
read-text-not-workbook = Die Datei ist keine Excel-Arbeitsmappe, sondern Text ohne erkennbare Tabelle. Bitte in Excel öffnen und als .xlsx speichern.
# $detail: was der Leser meldet (technisch, oft englisch).
read-corrupt = Die Datei ist beschädigt oder unvollständig und kann nicht gelesen werden ({ $detail }). Bitte in Excel öffnen, neu speichern oder neu anfordern.
read-no-sheets = Die Arbeitsmappe enthält keine Tabellenblätter.
