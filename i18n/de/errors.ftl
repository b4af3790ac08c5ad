# Fehler, die einen Lauf beenden (src/error.rs). $path ist eine Datei oder ein Ordner,
# $source die Meldung des Betriebssystems oder der Bibliothek.

error-input-dir = Der Eingabeordner { $path } kann nicht gelesen werden ({ $source }). Bitte die Arbeitsmappen in { $path }/<Jahr>/ legen oder den Ordner mit --input angeben.
error-write = { $path } kann nicht geschrieben werden ({ $source }). Ist die Datei noch in Excel oder einem PDF-Programm geöffnet? Bitte schließen und erneut starten.
error-config = Die Einstellungen in { $path } sind fehlerhaft: { $message }
error-export = { $path } kann nicht erstellt werden: { $what } ({ $detail }). Bitte mit dieser Meldung melden.
error-figures = Interner Fehler (bitte melden): die Kennzahlen konnten nicht berechnet werden ({ $source }).
error-locked = Ein anderer bestand-Lauf schreibt gerade in { $path }. Bitte warten, bis er fertig ist, oder mit --output einen anderen Ordner angeben.
error-empty-input = { $path } enthält keine Arbeitsmappe (xlsx, xlsm, xls, xlsb, ods, csv). Bitte die Rückmeldungen in { $path }/<Jahr>/ legen. Die bisherigen Ergebnisse bleiben unverändert.
error-nothing-readable = Keine Datei in { $path } konnte gelesen werden (siehe die Meldungen oben); der bisherige Bericht bleibt unverändert.
error-internal = Interner Fehler (bitte melden): { $message }
error-partly-written = Nicht alle Ausgaben konnten erstellt werden. Die übrigen sind geschrieben; die fehlenden sind auch aus dem vorigen Stand entfernt, damit nichts Altes neben Neuem steht:
{ $failures }

# Was erstellt werden sollte, als eine Bibliothek scheiterte.
cause-csv = CSV-Tabelle
cause-table = Parquet-Tabelle
cause-workbook = Excel-Arbeitsmappe
cause-json = JSON-Datei
cause-chart = Diagramm
cause-pdf = PDF-Bericht
