# Die Indikatoren-Mappe (indikatoren.xlsx): Meldungen zu ihren Zellen und die Wörter im Bericht.

indicator-file-twice = Neben { $used } liegt eine zweite Indikatoren-Datei; gelesen wird nur { $used }. Bitte die überzählige Datei aus dem Eingabeordner nehmen.
indicator-no-header = Keine Kopfzeile der Indikatoren gefunden: gesucht ist eine Zeile mit „Indikator-ID“ oder „Indikator“, „Jahr“ und „Wert“ (oder „Zähler“ und „Nenner“). Bitte die Spaltenköpfe der Vorlage verwenden (bestand template --indicators); nichts aus der Datei wurde übernommen.
indicator-no-id = Zeile ohne „Indikator-ID“ und ohne „Indikator“; nicht übernommen. Bitte ID oder Namen des Indikators eintragen.
indicator-year = { $id }: Jahr „{ $text }“ ist nicht lesbar; Zeile nicht übernommen. Bitte das Jahr vierstellig eintragen, z. B. 2024.
indicator-value = Wert „{ $text }“ ist weder eine Zahl noch ein Zeichen der Zeichenerklärung; die Zeile zählt ohne Wert. Bitte eine Zahl (z. B. 12,3) oder ein Zeichen eintragen: – (nichts vorhanden), 0 (weniger als die Hälfte der kleinsten Einheit), . (unbekannt oder geheim), x (Feld gesperrt), … (folgt später), / (nicht sicher genug), (12,3) (eingeschränkt aussagefähig), * (Geheimhaltung der Bundesagentur).
indicator-value-missing = { $id }, { $group }, { $year }: kein Wert. Ist er geheim oder noch nicht bekannt, bitte „.“ oder „…“ eintragen; sonst den Wert oder Zähler und Nenner. Bis dahin bleibt das Jahr in Tabelle und Diagramm leer.
indicator-denominator-zero = { $id }: der Nenner ist 0, daraus lässt sich kein Wert berechnen; Zeile nicht übernommen. Bitte den Nenner prüfen oder den Wert direkt eintragen.
indicator-percent = Der Anteil { $value } % liegt nicht zwischen 0 und 100 %. Bitte Wert, Einheit oder Zähler und Nenner prüfen (vertauscht?).
indicator-unknown-field = Handlungsfeld „{ $text }“ ist nicht bekannt; der Indikator steht nur im Kapitel Indikatoren, nicht in der Ausgangslage eines Handlungsfelds. Bitte eines der bekannten eintragen: { $known }.{ $hint }
indicator-year-twice = { $id }, { $group }: das Jahr { $year } steht schon in Zeile { $first }; diese Zeile wurde nicht übernommen. Bitte eine der beiden Zeilen löschen.
indicator-year-gap = { $id }, { $group }: es fehlt { $missing }. Bitte das Jahr nachtragen, mit „.“ als Wert, wenn er nicht bekannt ist; sonst liest sich die Zeitreihe lückenlos.
indicator-unit-changed = { $id }: die Einheit wechselt { $year } von „{ $before }“ zu „{ $after }“; Werte verschiedener Einheiten sind nicht vergleichbar. Bitte die Einheit angleichen oder dem Indikator eine neue ID geben.

# Im Bericht.
ind-situation = Ausgangslage
ind-situation-lead = Wo steht die Region? Die Indikatoren des Integrationsmonitorings zeigen die Entwicklung für die Bevölkerung insgesamt und für die Gruppen, um die es im Konzept geht.
ind-chapter = Indikatoren
ind-chapter-lead = Alle Zeitreihen aus dem Integrationsmonitoring: { $indicators ->
        [one] 1 Indikator
       *[other] { $indicators } Indikatoren
    } von { $first } bis { $last }. Die Werte beschreiben die Lage, nicht die Wirkung einzelner Maßnahmen.
ind-no-field = Ohne Handlungsfeld
ind-year = Jahr
ind-unit = Einheit: { $unit }
ind-source = Quelle: { $source }
ind-as-of = Stand: { $asof }
ind-break = Zeitreihenbruch ab { $years }: Werte davor und danach sind nur eingeschränkt vergleichbar.
ind-break-mark = neue Abgrenzung
ind-signs = Zeichen: { $signs }.
ind-sign-dash = – nichts vorhanden (genau null)
ind-sign-zero = 0 weniger als die Hälfte der kleinsten dargestellten Einheit
ind-sign-dot = . Zahlenwert unbekannt oder geheim zu halten
ind-sign-x = x Tabellenfach gesperrt, weil Aussage nicht sinnvoll
ind-sign-later = … Angabe fällt später an
ind-sign-slash = / keine Angabe, da Zahlenwert nicht sicher genug
ind-sign-brackets = ( ) Aussagewert eingeschränkt
ind-sign-star = * Geheimhaltung (Bundesagentur für Arbeit)
ind-chart-description = Balkendiagramm „{ $name }“ je Jahr von { $first } bis { $last }{ $groups ->
        [one] {""}
       *[other] , ein Balken je Gruppe ({ $names })
    }{ $latest }.{ $gaps ->
        [true] {" "}Jahre ohne Wert haben keinen Balken, nur ihr Zeichen.
       *[false] {""}
    }{ $breaks ->
        [none] {""}
       *[other] {" "}Zeitreihenbruch ab { $breaks }.
    }
ind-no-value = kein Wert
ind-key-figure = Indikatoren aus dem Monitoring
ind-latest = ; zuletzt { $value } ({ $year })

# Die Anleitung der Indikatoren-Mappe (bestand template --indicators).
ind-guide-heading = Indikatoren-Mappe: Anleitung
ind-guide = Eine Zeile je Indikator, Jahr und Gruppe (Gesamt, Deutsche, Ausländer/-innen, mit Migrationshintergrund, Frauen, Männer …), alle Jahre in einer Mappe.
    Neues Jahr: Die Zeilen ohne Wert stehen unter der letzten Zeile ihrer Zeitreihe und sind für das neue Jahr vorbelegt. Bitte Wert (oder Zeichen) und Stand eintragen, dann die Mappe als input/indikatoren.xlsx speichern (sie ersetzt die bisherige).
    Indikator-ID: eine kurze, feste Kennung (z. B. A1); sie bleibt über die Jahre gleich. Ändert sich die Abgrenzung, im ersten Jahr danach bei „Zeitreihenbruch“ „ja“ eintragen und bei „Anmerkung“ den Grund; beides steht im Bericht.
    Handlungsfeld: aus der Auswahlliste (die Liste steht im Blatt „Handlungsfelder“). Im Bericht steht der Indikator in der Ausgangslage dieses Handlungsfelds.
    Wert: die Zahl (z. B. 12,3) oder ein Zeichen der Zeichenerklärung (unten); ein eingeschränkt aussagefähiger Wert in Klammern, z. B. (12,3). Statt des Werts können Zähler und Nenner stehen; der Wert wird dann berechnet (bei der Einheit % mal 100).
    Einheit: %, Anzahl, je 1.000 Einwohner/-innen …; innerhalb eines Indikators immer dieselbe. Anteile in Prozent eintragen (12,3), nicht als Bruch (0,123).
    Quelle und Stand: woher die Zahl kommt und von wann (z. B. „Bundesagentur für Arbeit“, „Juni 2025“); sie stehen unter jedem Diagramm.
    Ein Jahr ohne Wert bitte nicht weglassen, sondern mit Zeichen eintragen; sonst liest sich die Zeitreihe lückenlos.
ind-guide-signs = Zeichenerklärung (wie in der amtlichen Statistik):
indicator-template-written = { $path }: { $kept ->
        [one] 1 bisherige Zeile
       *[other] { $kept } bisherige Zeilen
    } und { $new ->
        [one] 1 neue Zeile
       *[other] { $new } neue Zeilen
    } für { $year }, jede unter ihrer Zeitreihe. Nach dem Ausfüllen als input/indikatoren.xlsx speichern (ersetzt die bisherige Datei).
ind-sign-column = Zeichen
ind-sheet = Indikatoren
indicator-fraction = { $id }, { $group }: alle Werte liegen zwischen 0 und 1, die Einheit ist aber %. Steht in den Zellen ein Anteil wie 0,123 (Excel zeigt „12,3 %“ im Prozentformat)? Bitte den Wert in Prozent eintragen (12,3) oder die Einheit prüfen.
indicators-read = Indikatoren aus { $file }: { $indicators ->
        [one] 1 Indikator
       *[other] { $indicators } Indikatoren
    }, { $values ->
        [one] 1 Wert
       *[other] { $values } Werte
    } von { $first } bis { $last }.
indicator-field-read-as = Handlungsfeld „{ $text }“ gelesen als „{ $field }“. Bitte künftig „{ $field }“ schreiben.
ind-axis-percent = Anteil in %
ind-measures-heading = Maßnahmen
ind-method = Indikatoren: Die Werte stammen aus der Indikatoren-Mappe der Koordinierungsstelle (Integrationsmonitoring), je Indikator mit Quelle und Stand. Die Zeichen der amtlichen Statistik behalten ihre Bedeutung: „–“ und „0“ stehen für null, „.“, „x“, „…“, „/“ und „*“ für keinen Wert (im Diagramm eine Lücke, nie ein Balken der Länge 0), ein Wert in Klammern ist eingeschränkt aussagefähig. Wo Zähler und Nenner angegeben sind, ist der Wert ihr Quotient, nach der Einheit umgerechnet (Anteile in Prozent, „je 1.000 …“ auf tausend). Über einen Zeitreihenbruch hinweg sind Werte nur eingeschränkt vergleichbar. Die Indikatoren beschreiben die Lage, nicht die Wirkung einzelner Maßnahmen.
indicator-formula = In der Zelle steht eine Formel ohne gespeichertes Ergebnis (die Datei wurde von einem Programm erzeugt und nie in Excel gespeichert). Bitte die Mappe in Excel öffnen und speichern; bis dahin zählt die Zeile ohne diesen Wert.
indicator-ratio = { $id }: Zähler und Nenner ergeben keinen Wert (einer fehlt, ist keine Zahl oder das Ergebnis ist unendlich groß). Bitte beide als Zahl eintragen oder den Wert direkt.
indicator-year-future = { $id }: das Jahr { $year } liegt weit nach dem Berichtsjahr { $reporting }. Bitte das Jahr prüfen (Zahlendreher?).
indicator-id-twice = { $id } steht hier mit einem anderen Namen oder Handlungsfeld als in Zeile { $first } („{ $name }“, { $field }). Eine Indikator-ID gehört zu genau einem Indikator; bitte Namen und Handlungsfeld angleichen oder eine eigene ID vergeben.
indicator-years-range = { $first } bis { $last }
indicator-sheet-ignored = Dieses Blatt enthält eine Tabelle, aber keine Kopfzeile der Indikatoren (gesucht: „Indikator-ID“ oder „Indikator“, „Jahr“, „Wert“ in den ersten Zeilen); es wurde nicht gelesen. Bitte die Spaltenköpfe der Vorlage verwenden oder weitere Namen unter [indicators.synonyms] eintragen.
indicator-file-misplaced = Die Indikatoren-Mappe gehört oben in den Eingabeordner (neben die Jahresordner), nicht in einen Jahresordner; hier wurde sie nicht gelesen. Bitte die Datei nach oben verschieben.
ind-more-groups = Das Diagramm zeigt die ersten { $shown } von { $all } Gruppen; alle stehen in der Tabelle im Kapitel Indikatoren.
indicator-template-columns-left = Nicht übernommen, weil die Vorlage sie nicht kennt: die Spalten { $columns }. Bitte bei Bedarf von Hand in die neue Mappe kopieren, bevor sie die bisherige ersetzt.
indicator-template-formulas = { $count ->
        [one] 1 Zelle enthält
       *[other] { $count } Zellen enthalten
    } eine Formel ohne gespeichertes Ergebnis und { $count ->
        [one] bleibt
       *[other] bleiben
    } in der neuen Mappe leer. Bitte die bisherige Mappe in Excel öffnen, speichern und die Vorlage neu schreiben.
ind-total-group = Gesamt
ind-more-indicators = Der Bericht zeigt die ersten { $shown } Indikatoren der Mappe; { $left ->
        [one] ein weiterer steht
       *[other] { $left } weitere stehen
    } in measures.xlsx (Blatt „Indikatoren“) und indicators.parquet (Grenze: limits.report_indicators = { $limit }).
ind-more-indicators-public = Der Bericht zeigt die ersten { $shown } Indikatoren des Monitorings; { $left ->
        [one] ein weiterer ist
       *[other] { $left } weitere sind
    } hier nicht dargestellt.
ind-guide-field-title = Handlungsfeld
ind-guide-field-list = Bitte ein Handlungsfeld der Liste wählen (Blatt „Handlungsfelder“).
