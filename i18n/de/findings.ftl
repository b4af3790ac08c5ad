# Meldungen zu den Daten (findings.csv, Blatt „Meldungen“, Korrekturmappen). Sie gehen an die
# Fachbereiche: nie eine Konfigurationsdatei nennen.

did-you-mean = Meinten Sie „{ $suggestion }“?
department-write-instead = Meinten Sie „{ $suggestion }“? Dann bitte diesen Namen eintragen.
department-variant = Fachbereich „{ $name }“ ({ $rows ->
        [one] 1 Zeile
       *[other] { $rows } Zeilen
    }) gelesen als „{ $canonical }“, wie er { $listed ->
        [yes] in der Liste der Fachbereiche heißt
       *[no] an anderer Stelle heißt
    }. Bitte künftig diesen Namen verwenden.
department-ambiguous = Fachbereich „{ $name }“ ({ $rows ->
        [one] 1 Zeile
       *[other] { $rows } Zeilen
    }) passt zu mehreren Fachbereichen: { $candidates }. Bis die Nummer des Fachbereichs ergänzt ist, steht er als eigener Fachbereich „{ $readas }“ im Bericht und im Vergleich der Jahre.
department-unknown = Fachbereich „{ $name }“ ({ $rows ->
        [one] 1 Zeile
       *[other] { $rows } Zeilen
    }) steht nicht in der Liste der Fachbereiche; er wird { $asis ->
        [yes] wie geschrieben
       *[no] als „{ $readas }“
    } übernommen.
quoted = „{ $text }“

# Zwei Rückmeldungen eines Fachbereichs mit gleichen Maßnahmen.
duplicate-return = Für „{ $department }“ liegen für { $year } mehrere Rückmeldungen mit gleichen Maßnahmen vor: { $file } und { $others }. Jede Maßnahme zählt einmal; bei gleichen Maßnahmen gilt { $first } ({ $why }). Bitte die überholte Datei aus dem Ordner nehmen.
duplicate-return-why-correction = Korrekturdatei von bestand, Runde { $round }
duplicate-return-why-named = als korrigierte Fassung benannt
duplicate-return-why-sorted = im Namen zuletzt einsortiert

# Eine Maßnahme, die schon ein früheres Jahr als beendet zeigte, erneut als beendet gemeldet.
duplicate-id = Die Maßnahmen-ID „{ $id }“ kommt im Fachbereich „{ $department }“ doppelt vor (zuerst { $file } Zeile { $row }); diese Zeile wird nicht übernommen. Bitte jeder Maßnahme eine eigene ID geben.
duplicate-row = Die Maßnahme „{ $title }“ steht mit gleichem Inhalt doppelt im Fachbereich (zuerst { $file } Zeile { $row }); die Wiederholung wird nicht übernommen.
duplicate-title = Der Titel „{ $title }“ kommt im Fachbereich zweimal mit unterschiedlichem Inhalt vor (auch { $file } Zeile { $row }). Beide werden übernommen; bitte prüfen, ob es zwei Maßnahmen sind.
joint-measure = „{ $title }“ (ID { $id }) melden { $count } Fachbereiche gemeinsam: { $departments }. Sie steht bei jedem von ihnen und zählt in den Gesamtzahlen einmal. Ist es nicht dieselbe Maßnahme, bitte eine eigene ID vergeben.
ended-before = „{ $title }“ ({ $status }) war schon in der Bestandsaufnahme { $year } beendet und zählt nicht noch einmal als { $this } beendet. Die Zeile kann künftig entfallen.
participants-unit = „{ $written }“ zählt keine Personen: übernommen als { $count } { $unit }, im Bericht gesondert genannt und nicht zu den erreichten Personen addiert. Zählt die Maßnahme auch Personen, bitte deren Zahl eintragen.
too-many-highlights = „{ $department }“ hat { $count } Maßnahmen zur Hervorhebung markiert; der Bericht zeigt fünf, die zuletzt begonnenen zuerst: { $shown }. Bitte höchstens fünf mit „ja“ markieren.
deadline-end-passed = Rückfrage: „{ $title }“ endet laut Tabelle am { $end }, vor Ende des Berichtsjahres { $year }, steht aber auf „{ $status }“. Ist sie beendet, bitte den Status ändern; läuft sie weiter, bitte das Ende.
deadline-start-passed = Rückfrage: „{ $title }“ beginnt laut Tabelle am { $start }, bis Ende des Berichtsjahres { $year }, steht aber auf „{ $status }“. Hat sie begonnen, bitte den Status ändern; sonst bitte den Beginn.
# Umorganisationen zwischen zwei Bestandsaufnahmen.
succession-noticed = Die Maßnahmen von { $predecessors } ({ $from }, für { $to } ohne Rückmeldung) stehen { $to } bei { $successors }, { $split ->
        [one] den es { $from } noch nicht gab
       *[other] die es { $from } noch nicht gab
    }. bestand behandelt das für den Vergleich als Umorganisation (kein „ohne Rückmeldung“, keine neuen oder beendeten Maßnahmen dadurch). Stimmt das, { $listed ->
        [yes] bitte in bestand.toml unter departments eintragen:
       *[no] bitte in bestand.toml eine Liste departments anlegen: alle Fachbereiche von { $to } mit ihrem Namen (siehe Blatt „Rücklauf“ in measures.xlsx), dabei diesen Eintrag:
    } { $lines }
change-weak-succession = Rückmeldung für { $to } nicht eindeutig: eine Maßnahme dieses Fachbereichs steht { $to } bei „{ $successor }“, vielleicht nach einer Umorganisation; zuletzt { $from }: { $status }
implausible-date = Das Datum { $date } ({ $name }) liegt außerhalb von 1950 bis { $last } und ist wohl ein Tippfehler; es bleibt leer. Bitte das Jahr prüfen.
implausible-budget = Das Budget { $value } liegt über { $bound } für eine Maßnahme in einem Jahr; übernommen, aber bitte prüfen (eine Null zu viel?).
implausible-participants = { $value } Teilnehmende liegen über { $bound } für eine Maßnahme in einem Jahr; übernommen, aber bitte prüfen (eine Null zu viel?).
id-swapped = Die Maßnahmen-IDs „{ $first }“ („{ $firsttitle }“) und „{ $second }“ („{ $secondtitle }“) sind { $to } gegenüber { $from } vertauscht. Verglichen wird nach den Titeln; bitte die IDs wie { $from } eintragen.
text-unreadable = Der Text kann nicht gelesen werden ({ $source }); er fehlt im Bericht.
text-too-big = Der Text ist { $kb } KB groß; ein Text für den Bericht hat höchstens 1 MB. Er fehlt im Bericht.
text-unknown-field = „handlungsfeld: { $field }“ nennt kein Handlungsfeld der Einstellungen; der Text fehlt im Bericht. Bitte den Namen wie in bestand.toml schreiben.
text-unknown-place = „nach: { $place }“ ist keine bekannte Stelle (vorwort, kennzahlen, handlungsfelder, ausblick); das Kapitel steht nach den Handlungsfeldern.
text-heading-skips = Die Überschrift der Ebene { $level } folgt auf Ebene { $previous } und überspringt eine Ebene; bitte eine Ebene höher setzen (Bildschirmleser führen durch die Ebenen).
text-html = HTML im Text („{ $html }“) wird nicht übernommen; bitte Markdown schreiben.
text-footnote-missing = Die Fußnote [^{ $label }] wird verwendet, aber nicht erklärt; bitte „[^{ $label }]: …“ ans Ende schreiben.
text-placeholder-unknown = Der Platzhalter {"{{"}{ $name }{"}}"} ist unbekannt und bleibt im Bericht sichtbar stehen. Die Liste der Platzhalter steht in der bestand.toml (`bestand init`) im Kommentar „Eigene Texte des Berichts“.
text-placeholder-unknown-near = Der Platzhalter {"{{"}{ $name }{"}}"} ist unbekannt und bleibt im Bericht sichtbar stehen. Gemeint ist vielleicht {"{{"}{ $nearest }{"}}"}.
colour-unreadable = Die Farbe colour = "{ $colour }" ist nicht lesbar; bitte als #RRGGBB schreiben (z. B. "#0b5a8c"). Der Bericht nimmt das voreingestellte Blau.
colour-contrast = Die Farbe colour = "{ $colour }" hat auf Weiß nur einen Kontrast von { $ratio } : 1; Überschriften in ihr wären schwer lesbar (nötig sind 4,5 : 1, WCAG AA). Der Bericht nimmt das voreingestellte Blau; bitte einen dunkleren Ton der Hausfarbe wählen.
logo-alt = Logo von { $organisation }
text-image-alt = Das Bild „{ $image }“ hat keinen Alternativtext und wird weggelassen: Wer den Bericht vorlesen lässt, erführe nicht, was es zeigt. Bitte beschreiben: ![Was das Bild zeigt]({ $image }).
text-image-missing = Das Bild „{ $image }“ gibt es im Ordner texte nicht (Bilder aus dem Netz oder außerhalb des Ordners werden nicht geladen); es fehlt im Bericht.
text-image-too-big = Das Bild „{ $image }“ ist zu groß (höchstens 10 MB und 25 Megapixel); es fehlt im Bericht. Bitte verkleinert speichern.
text-image-unreadable = Das Bild „{ $image }“ kann nicht gelesen werden; es fehlt im Bericht. Bitte als PNG oder JPEG neu speichern.
text-image-format = „{ $image }“ ist kein PNG-, JPEG- oder SVG-Bild; es fehlt im Bericht.
text-image-svg-only = Das SVG-Bild „{ $image }“ steht nur in der Webfassung; das PDF nennt an seiner Stelle den Alternativtext. Für das PDF bitte dasselbe Bild als PNG mit gleichem Namen danebenlegen.
word-template-unusable = Die Word-Vorlage ist keine lesbare Word-Datei mit Formatvorlagen (oder größer als 10 MB); report.docx erscheint im Aussehen von bestand. Bitte die Vorlage in Word als .docx oder .dotx speichern.
text-link = Eine Verknüpfung im Ordner texte wird nicht gelesen: Sie kann auf Dateien außerhalb zeigen. Bitte die Datei selbst hineinlegen.
text-ignored-file = Diese Datei ist kein Text für den Bericht (Texte enden auf .md, Bilder auf .png, .jpg oder .svg, die Word-Vorlage heißt vorlage.docx) und wird nicht verwendet.
text-encoding = Der Text ist nicht als UTF-8 gespeichert; er wird als Windows-Text (ANSI) gelesen. Bitte prüfen, ob Umlaute stimmen, und künftig als UTF-8 speichern.
text-cover-no-image = Der Text für das Titelbild enthält kein Bild; bitte ein Bild mit Alternativtext einfügen, z. B. ![Blick auf das Rathaus](titelbild.jpg "Foto: Name").
text-empty = Der Text ist leer und fehlt im Bericht.
text-field-twice = Für das Handlungsfeld „{ $field }“ gibt es schon den Text { $other }; dieser zweite wird nicht verwendet. Bitte beide zu einem zusammenführen.
text-near-field = Der Text steht als eigenes Kapitel im Bericht. Ist er die Einleitung des Handlungsfelds „{ $field }“? Dann bitte die Datei genau wie das Handlungsfeld benennen oder „handlungsfeld: { $field }“ in den Kopf schreiben.
logo-svg-only = Das Logo liegt nur als SVG vor: Die Webfassung zeigt es, das PDF und die Word-Datei nicht. Bitte dasselbe Logo als logo.png danebenlegen.
change-title = Titel: „{ $old }“ → „{ $new }“
change-detail-not-taken-over = { $year } gemeldet, aber nicht übernommen ({ $file }, Zeile { $row }); siehe Datenqualität
uncertain-match = Unsichere Zuordnung { $from } → { $to }: „{ $title }“ ({ $department }) wurde als Fortsetzung von „{ $before }“ ({ $before_department }) gewertet; fast ebenso passend wäre „{ $rival_before }“ → „{ $rival }“. Bitte prüfen und bei Bedarf in input/links.csv festlegen.
id-reused = Die Maßnahmen-ID „{ $id }“ stand { $from } für „{ $before }“ ({ $before_field }), { $to } für „{ $title }“ ({ $field }). Als dieselbe Maßnahme gewertet; falls die ID neu vergeben wurde, bitte der neuen Maßnahme eine eigene ID geben.
change-no-return-before = keine lesbare Rückmeldung des Fachbereichs für { $from }; ob die Maßnahme neu ist, ist offen
change-return-unclear = Rückmeldung für { $to } nicht eindeutig: ein Fachbereich ohne Nummer kann dieser sein; zuletzt { $from }: { $status }
change-detail-no-return = keine lesbare Rückmeldung des Fachbereichs für { $to }; zuletzt { $from }: { $status }
change-last-seen = zuletzt { $from }: { $status }
missing-title-content = (Inhalt: { $content })

# Das Lesen der Zellen einer Zeile (src/transform/cells.rs, src/transform/mod.rs).
department-from-above = Fachbereich leer; übernommen aus der Zeile darüber: „{ $department }“.
missing-department = Fachbereich leer; der Dateiname „{ $name }“ wird verwendet. Bitte den Fachbereich eintragen.
missing-value = Pflichtangabe „{ $name }“ fehlt; die Zeile wird nicht übernommen. Erlaubt: { $allowed }.
category-corrected = „{ $value }“ ist kein erlaubter Wert für „{ $name }“; gelesen als „{ $readas }“. Bitte in der Datei korrigieren.
# $hint: leer oder „ Meinten Sie …?“ (did-you-mean mit einem Leerzeichen davor).
unknown-value = „{ $value }“ ist kein erlaubter Wert für „{ $name }“; die Zeile wird nicht übernommen.{ $hint } Erlaubt: { $allowed }.
bad-year-folder = „{ $written }“ ist kein Berichtsjahr; es zählt das Jahr des Ordners, { $folder }.
bad-year = „{ $written }“ ist kein Berichtsjahr und wird nicht verwendet. Bitte eine Jahreszahl wie 2024 eintragen.
year-mismatch = Berichtsjahr { $cell } in der Zelle, die Datei liegt aber im Ordner { $folder }; die Zeile zählt für { $folder }. Bitte das Berichtsjahr korrigieren oder die Datei in den Ordner { $cell } legen.
bad-date = „{ $written }“ ist als { $name } nicht lesbar und bleibt leer. Bitte z. B. 01.03.2024, 03/2024 oder 2024 schreiben.
serial-date = Die Zahl { $number } steht in einer Datumsspalte und wurde als Datum { $date } gelesen (die Zelle hat ihr Datumsformat verloren). Bitte prüfen und als Datum formatieren.
approximate-budget = Budget „{ $written }“ ist eine ungefähre Angabe; der Betrag wird übernommen.
bad-money-text = „{ $written }“ ist kein Betrag und bleibt leer. Bitte nur eine Zahl in Euro eintragen, z. B. 12.500.
bad-money = „{ $written }“ ist kein Betrag und bleibt leer.
negative-money = Das Budget ist negativ ({ $amount }) und bleibt leer. Bitte den Betrag prüfen.
fractional-count = Teilnehmende „{ $written }“ ist keine ganze Zahl; gerundet auf { $rounded }.
approximate-count = Teilnehmende „{ $written }“ ist eine ungefähre Angabe; die Zahl wird übernommen.
lower-bound-count = Teilnehmende „{ $written }“ ist eine Mindestangabe; gezählt wird { $counted }. Bitte eine Zahl eintragen.
range-count = Teilnehmende „{ $written }“ ist eine Spanne; gezählt wird die untere Grenze { $low } (nicht { $high }), um die Reichweite nicht zu überschätzen.
bad-count-text = „{ $written }“ ist keine Anzahl und bleibt leer. Bitte eine ganze Zahl eintragen.
bad-count = „{ $written }“ ist keine Anzahl und bleibt leer.
bad-yes-no = „{ $written }“ ist weder ja noch nein; gelesen als nein.
list-item-corrected = „{ $item }“ ({ $name }) gelesen als „{ $readas }“.
unknown-list-item = „{ $item }“ ist kein bekannter Wert für „{ $name }“ und wird wie geschrieben übernommen.{ $hint }
unknown-goal = Ziel „{ $goal }“ steht nicht im Zielkatalog und wird wie geschrieben übernommen. Bitte die Ziel-Nummer aus dem Katalog angeben.
missing-year = Kein Berichtsjahr: Die Datei liegt nicht in einem Ordner input/<Jahr>/, hat keine Spalte „Berichtsjahr“ und keine Jahreszahl im Namen. { $rows ->
        [one] Ihre 1 Zeile wird
       *[other] Ihre { $rows } Zeilen werden
    } nicht übernommen; bitte die Datei in den Ordner des Berichtsjahrs legen (z. B. input/2025/).
excel-error = Die Zelle ({ $name }) enthält den Excel-Fehler { $error }; sie wird als leer gelesen. Bitte die Formel prüfen oder den Wert eintragen.
formula-without-value = Die Zelle ({ $name }) enthält eine Formel ohne gespeichertes Ergebnis; sie wird als leer gelesen. Bitte die Datei in Excel öffnen und speichern.
long-text = Der Text ({ $name }) hat { $chars } Zeichen, mehr als eine Excel-Zelle fasst (32.767). measures.xlsx zeigt ihn gekürzt, measures.csv und measures.parquet vollständig. Bitte kürzen.
example-row = Beispielzeile der Vorlage, unverändert; sie wird nicht gezählt. Bitte überschreiben oder löschen.
total-row = Summenzeile („{ $label }“) erkannt; sie ist keine Maßnahme und wird nicht gezählt.
# $content: leer oder „ (Inhalt: …)“ (missing-title-content mit einem Leerzeichen davor).
missing-title = Die Zeile hat keinen Maßnahmentitel und wird nicht übernommen{ $content }. Bitte den Titel eintragen (eine leere Zeile darf entfallen).
end-before-start = Das Ende ({ $end }) liegt vor dem Beginn ({ $start }). Bitte prüfen.
# Dieselbe Maßnahme in einer älteren und einer neueren Datei (src/transform/duplicates.rs).
superseded-row = „{ $title }“ steht auch in { $file } (Zeile { $row }), die als neuere Fassung gilt; gezählt wird die Maßnahme dort.
