# Was beim Suchen der Dateien im Eingabeordner gemeldet wird (src/ingest/discover.rs).

folder-unreadable = Der Ordner kann nicht gelesen werden ({ $source }); seine Dateien fehlen im Bericht.
folder-entry-unreadable = Ein Eintrag des Ordners kann nicht gelesen werden ({ $source }); er fehlt im Bericht.
folder-hidden = Versteckter Ordner; übersprungen.
folder-too-deep = Ordner zu tief verschachtelt; übersprungen. Bitte die Dateien direkt in den Ordner des Berichtsjahrs legen.
folder-archive = Ordner mit abgelegten Dateien (Archiv); nicht gelesen. Was zählen soll, gehört direkt in den Ordner des Berichtsjahrs.
folder-in-year = Unterordner im Ordner des Berichtsjahrs; seine Dateien werden mit diesem Jahr gelesen.
file-lock = Sperrdatei von Excel/LibreOffice (die Datei war beim Kopieren geöffnet); übersprungen.
file-hidden = Versteckte Datei; übersprungen.
file-not-spreadsheet = Keine Tabellendatei (erwartet: xlsx, xlsm, xls, xlsb, ods, csv); übersprungen.
