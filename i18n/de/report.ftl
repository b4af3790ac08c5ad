# Texte des Berichts (src/render/report/content).

# Der Rücklauf auf der Seite „Auf einen Blick“. $from: configured (Liste in bestand.toml)
# oder seen (alle, die im vorigen oder in diesem Berichtsjahr gemeldet haben).
report-returns = Rücklauf { $year }: { $answered } von { $asked } { $from ->
        [configured] angefragten Fach- und Servicebereichen
       *[seen] Fach- und Servicebereichen, die im vorigen oder in diesem Berichtsjahr gemeldet haben,
    } { $answered ->
        [one] hat
       *[other] haben
    } geantwortet{ $incomplete ->
        [0] {""}
       *[other] , { $incomplete } davon unvollständig
    }{ $missing ->
        [0] {""}
       *[other] ; keine Rückmeldung: { $names }
    }{ $unclear ->
        [0] {""}
       *[other] ; nicht sicher: { $unclearnames }
    }.

# Wörter, die PDF und Webseite um den Inhalt setzen.
report-continued = (Fortsetzung)
report-draft = Entwurf
report-skip-to-content = Zum Inhalt springen
report-table = Tabelle
report-chart-figures = Zahlen zum Diagramm
report-category = Kategorie
report-value = Wert
report-total = gesamt
report-change = Veränderung
report-image-elsewhere = Abbildung in der Webfassung

# Veränderungen: abgeschlossen oder eingestellt im Vorjahr und daher nicht mehr gemeldet.
change-finished = im Vorjahr beendet ({ $year }: { $status })
changes-finished = { $count ->
        [one] Außerdem war 1 Maßnahme { $year } abgeschlossen oder eingestellt und wurde deshalb { $to } nicht mehr gemeldet (im Vorjahr beendet).
       *[other] Außerdem waren { $count } Maßnahmen { $year } abgeschlossen oder eingestellt und wurden deshalb { $to } nicht mehr gemeldet (im Vorjahr beendet).
    }
quality-file-replaced = { $file } (ersetzt durch { $by })
tile-people = { $measures ->
        [one] erreichte Personen (gemeldet, aus 1 Maßnahme)
       *[other] erreichte Personen (gemeldet, aus { $measures } Maßnahmen)
    }
tile-people-approx = rund { $value }
other-count = { $total } { $unit } ({ $measures ->
        [one] 1 Maßnahme
       *[other] { $measures } Maßnahmen
    })
other-counts = Nicht als Personen gezählt, weil die Maßnahmen etwas anderes zählen: { $items }.
period-from = ab { $date }
period-since = seit { $date }
period-begun = begonnen { $date }
period-until = bis { $date }
department-highlights-chosen = { $marked } Maßnahmen zur Hervorhebung markiert; gezeigt werden { $shown }, die zuletzt begonnenen zuerst.
department-running-shown = Keine Maßnahme zur Hervorhebung markiert; gezeigt werden laufende Maßnahmen, größtes Budget zuerst.
department-nothing-taken-over = Die Rückmeldung liegt vor, aber keine ihrer Zeilen konnte übernommen werden; was zu korrigieren ist, steht unter „Datenqualität“ und in der Korrekturmappe des Fachbereichs.
department-nothing-to-show = { $count ->
        [one] Keine Maßnahme zur Hervorhebung markiert und keine laufende mit Beschreibung; die 1 Maßnahme steht in den Handlungsfeldern und im Anhang.
       *[other] Keine Maßnahme zur Hervorhebung markiert und keine laufende mit Beschreibung; die { $count } Maßnahmen stehen in den Handlungsfeldern und im Anhang.
    }
department-others = { $count ->
        [one] Eine weitere Maßnahme ({ $statuses }) steht in den Handlungsfeldern und im Anhang.
       *[other] Weitere { $count } Maßnahmen: { $statuses }. Sie stehen in den Handlungsfeldern und im Anhang.
    }
reorganisation = { $kind ->
        [rename] Seit { $to } ist { $predecessors } in { $successors } aufgegangen
        [merger] Seit { $to } sind { $predecessors } in { $successors } zusammengeführt
       *[split] Seit { $to } ist { $predecessors } auf { $successors } aufgeteilt
    }. Die Maßnahmen von { $from } werden mit denen von { $to } dort verglichen; die Umorganisation allein macht keine Maßnahme neu, beendet oder zu einer ohne Rückmeldung.
reorganisation-noticed = (Aus den gemeldeten Maßnahmen erschlossen; die Koordinierungsstelle hat es noch nicht bestätigt.)
joint-included = { $count ->
        [one] 1 Maßnahme melden mehrere Fachbereiche gemeinsam (gleiche ID und gleicher Titel); sie steht bei jedem von ihnen und zählt in den Summen einmal.
       *[other] { $count } Maßnahmen melden jeweils mehrere Fachbereiche gemeinsam (gleiche ID und gleicher Titel); jede steht bei jedem ihrer Fachbereiche und zählt in den Summen einmal.
    }
implausible-included = { $count ->
        [one] Die Summen enthalten 1 Maßnahme mit auffällig hohen Angaben (mehr als { $budget } Budget oder { $people } Teilnehmende in einem Jahr); sie sind übernommen, aber noch nicht bestätigt (siehe „Datenqualität“).
       *[other] Die Summen enthalten { $count } Maßnahmen mit auffällig hohen Angaben (mehr als { $budget } Budget oder { $people } Teilnehmende in einem Jahr); sie sind übernommen, aber noch nicht bestätigt (siehe „Datenqualität“).
    }
running-internal = Interne Fassung
cover-internal = Interne Fassung – nicht zur Veröffentlichung
missing-rows-internal = Nicht in diesen Zahlen: { $count ->
        [one] 1 Zeile für { $year } konnte
       *[other] { $count } Zeilen für { $year } konnten
    } nicht übernommen werden, weil Pflichtangaben fehlen oder nicht lesbar sind: { $list }. Welche Zeilen und was zu korrigieren ist, steht unter „Datenqualität“.
missing-rows-public = Nicht in diesen Zahlen: { $count ->
        [one] 1 Zeile für { $year } konnte
       *[other] { $count } Zeilen für { $year } konnten
    } nicht übernommen werden, weil Pflichtangaben fehlen oder nicht lesbar sind: { $list }. Die Koordinierungsstelle klärt sie mit den Fachbereichen.
quality-public-none = Es liegen keine gültigen Maßnahmen vor; die Koordinierungsstelle klärt die Rückmeldungen mit den Fachbereichen.
quality-public-returns = Für { $year } haben { $answered } von { $asked } angefragten Fach- und Servicebereichen eine lesbare Rückmeldung geschickt.
quality-public-rows = { $rows ->
        [0] Alle gemeldeten Zeilen konnten gezählt werden.
        [one] 1 gemeldete Zeile konnte nicht gezählt werden, weil Angaben fehlten oder nicht lesbar waren; die Koordinierungsstelle klärt sie mit dem Fachbereich.
       *[other] { $rows } gemeldete Zeilen konnten nicht gezählt werden, weil Angaben fehlten oder nicht lesbar waren; die Koordinierungsstelle klärt sie mit den Fachbereichen.
    }
method-read = Gelesen wurden { $files ->
        [one] 1 Datei
       *[other] { $files } Dateien
    } aus { $inventories ->
        [one] der Bestandsaufnahme
       *[other] den Bestandsaufnahmen
    } { $years }{ $failed ->
        [0] {""}
        [one] ; 1 Datei war nicht lesbar und ist unter „Datenqualität“ genannt
       *[other] ; { $failed } Dateien waren nicht lesbar und sind unter „Datenqualität“ genannt
    }. Erstellt am { $created }.
method-read-public = Grundlage sind die Rückmeldungen der Fach- und Servicebereiche { $inventories ->
        [one] zur Bestandsaufnahme
       *[other] zu den Bestandsaufnahmen
    } { $years }. Erstellt am { $created }.
method-rows = Jede Zeile einer Bestandsaufnahme ist eine Maßnahme eines Berichtsjahrs. Zeilen ohne Titel, mit unbekanntem Handlungsfeld oder Status und doppelte Zeilen werden nicht gezählt und als Fehler gemeldet.
method-groups = Zielgruppen und Kommunen: Eine Maßnahme zählt für jede genannte Zielgruppe und Kommune. Budgets mit mehreren Finanzierungsquellen werden zu gleichen Teilen aufgeteilt.
method-participants = Teilnehmende: Angaben wie „>100“ zählen mit 100, Spannen wie „120-150“ mit der unteren Grenze, damit die Reichweite nicht überschätzt wird.
method-coverage = Zielabdeckung: Ein Ziel gilt als abgedeckt, wenn mindestens eine laufende oder abgeschlossene Maßnahme darauf verweist.
method-compare = Vergleich: Maßnahmen werden zuerst über die Maßnahmen-ID, dann über einen ähnlichen Titel zugeordnet (erst im selben Fachbereich, dann bereichsübergreifend).
method-compare-internal = Vergleich: Maßnahmen werden zuerst über die Maßnahmen-ID, dann über einen ähnlichen Titel zugeordnet (erst im selben Fachbereich, dann bereichsübergreifend). Unsichere Zuordnungen stehen in findings.csv und können in input/links.csv festgelegt werden.
method-contacts = Kontaktdaten der Ansprechpersonen werden nicht veröffentlicht.
quality-public-repeated = { $rows ->
        [one] 1 weitere Zeile wiederholte eine schon gezählte Maßnahme und zählt nicht doppelt.
       *[other] { $rows } weitere Zeilen wiederholten schon gezählte Maßnahmen und zählen nicht doppelt.
    }
imprint-title = Impressum
imprint-publisher = Herausgeber
imprint-responsible = Verantwortlich
imprint-address = Anschrift
imprint-contact = Kontakt
imprint-licence = Lizenz
imprint-image_credits = Bildnachweis
imprint-date = Stand: { $created }. Erstellt mit bestand aus den Rückmeldungen der Fach- und Servicebereiche.
report-draft-data = Entwurf: { $count ->
        [one] 1 Fehlermeldung
       *[other] { $count } Fehlermeldungen
    } zu Zeilen oder Dateien, die in diesem Bericht fehlen, bis sie korrigiert sind (siehe „Datenqualität“).
report-draft-texts = { $count ->
        [one] Entwurf: 1 Platzhalter in den eigenen Texten ist unbekannt und steht markiert im Text.
       *[other] Entwurf: { $count } Platzhalter in den eigenen Texten sind unbekannt und stehen markiert im Text.
    }
changes-intro = Zwischen { $from } und { $to } kamen { $new } Maßnahmen neu hinzu, { $ended } wurden nicht mehr gemeldet, { $changed } wurden mit Änderungen und { $continued } unverändert fortgeführt. Maßnahmen werden über ihre ID und, wo sie fehlt, über einen ähnlichen Titel einander zugeordnet.
changes-status-heading = Statusänderungen ({ $count })
changes-not-taken-over-heading = Gemeldet, aber nicht übernommen ({ $count })
changes-not-taken-over-note = Diese Maßnahmen wurden gemeldet, aber ihre Zeile in einem der beiden Jahre hat Fehler (siehe „Datenqualität“). Sie zählen weder als neu noch als nicht mehr gemeldet.
changes-new-measures = Neue Maßnahmen
changes-ended-measures = Nicht mehr gemeldete Maßnahmen
changes-no-return-heading = Ohne Rückmeldung { $year } ({ $count })
changes-no-return-note = Von diesen Fach- und Servicebereichen liegt für { $to } keine lesbare Datei vor. Ihre Maßnahmen aus { $from } gelten nicht als beendet.
missing-not-comparable = { $count ->
        [one] 1 gemeldete Maßnahme konnte { $from } oder { $to } nicht übernommen werden; sie zählt weder als neu noch als nicht mehr gemeldet.
       *[other] { $count } gemeldete Maßnahmen konnten { $from } oder { $to } nicht übernommen werden; sie zählen weder als neu noch als nicht mehr gemeldet.
    }
missing-no-return = Ohne lesbare Rückmeldung für { $year }: { $departments }. { $count ->
        [one] Ihre 1 Maßnahme aus { $from } gilt nicht als beendet, sondern als offen.
       *[other] Ihre { $count } Maßnahmen aus { $from } gelten nicht als beendet, sondern als offen.
    }
missing-unclear-return = Nicht sicher ist das bei { $departments }: Eine Rückmeldung für { $year } nennt einen Fachbereich ohne Nummer, der auch { $count ->
        [one] dieser
       *[other] einer von ihnen
    } sein kann (Meldung „passt zu mehreren Fachbereichen“). Bis die Nummer ergänzt ist, steht diese Rückmeldung als eigener Fachbereich im Bericht.
cover-subtitle-year = Stand der Integrationsmaßnahmen { $year }
cover-subtitle = Stand der Integrationsmaßnahmen
cover-date = { $count ->
        [one] Bestandsaufnahme
       *[other] Bestandsaufnahmen
    } { $years } · erstellt am { $created }
report-measures-count = { $count ->
        [one] 1 Maßnahme ({ $parts })
       *[other] { $count } Maßnahmen ({ $parts })
    }
report-delta = { $delta } gegenüber { $year }
report-since = seit { $year }
report-goal-coverage = Zu { $covered } von { $goals } Zielen des Konzepts gibt es mindestens eine laufende oder abgeschlossene Maßnahme.
report-key-figures-text = { $departments ->
        [one] 1 Fach- oder Servicebereich hat
       *[other] { $departments } Fach- und Servicebereiche haben
    } für { $year } insgesamt { $measures } gemeldet.
report-field-text = Im Handlungsfeld „{ $field }“ { $count ->
        [one] ist { $year } 1 Maßnahme
       *[other] sind { $year } { $count } Maßnahmen
    } gemeldet{ $since }: { $parts }. Beteiligt { $departments ->
        [one] ist 1 Fach- oder Servicebereich
       *[other] sind { $departments } Fach- und Servicebereiche
    }; das gemeldete Budget beträgt { $budget }.
report-field-chart = { $field }: Maßnahmen nach Status
report-field-chart-description = Balkendiagramm: { $count ->
        [one] 1 Maßnahme
       *[other] { $count } Maßnahmen
    } im Handlungsfeld { $field } nach Status.
report-field-goals = Ziele im Handlungsfeld { $field }
report-field-measures = Maßnahmen im Handlungsfeld { $field } ({ $year })
report-more-measures-internal = { $count } weitere Maßnahmen stehen in measures.csv.
report-more-measures = { $count } weitere Maßnahmen führt die Koordinierungsstelle in ihrer Gesamtliste.
report-and-more = { $list }; … und { $count } weitere
report-all-measures = Alle Maßnahmen { $year }
report-appendix-over-internal = Mit { $count } Maßnahmen übersteigt die Bestandsaufnahme die Grenze von { $limit } Zeilen für diesen Anhang (limits.appendix_rows). Die vollständige Liste steht in measures.csv und measures.xlsx; hier die Zahl je Fachbereich.
report-appendix-over = Die Bestandsaufnahme umfasst { $count } Maßnahmen; hier die Zahl je Fach- und Servicebereich. Die vollständige Liste führt die Koordinierungsstelle.
chart-note = Datenstand: { $count ->
        [one] Bestandsaufnahme
       *[other] Bestandsaufnahmen
    } { $years } · erstellt am { $created }
chart-fields-title = Maßnahmen nach Handlungsfeld und Status { $years }
chart-compare-title = Maßnahmen je Handlungsfeld: { $from } und { $to }
chart-compare-description = Balkendiagramm: Zahl der Maßnahmen je Handlungsfeld { $from } (grau) und { $to } (blau), mit der Veränderung am Zeilenende; insgesamt { $before } nach { $now }.
chart-coverage-title = Zielabdeckung je Handlungsfeld { $years }
chart-budget-title = Budget nach Handlungsfeld und Finanzierung { $years }
chart-budget-description = Balkendiagramm: gemeldetes Budget { $year } von insgesamt { $total } je Handlungsfeld, nach Finanzierungsquelle gestapelt (mehrere Quellen zu gleichen Teilen).
chart-ranking-description = Balkendiagramm, { $title }: { $listed }.
chart-trend-description = Balkendiagramm: Maßnahmen je Berichtsjahr nach Status: { $listed }.

# Wörter des Berichts (aus dem Code hierher gezogen).
rpt-inhalt = Inhalt
rpt-auf-einen-blick = Auf einen Blick
rpt-es-liegen-keine-gultigen-massnahmen = Es liegen keine gültigen Maßnahmen vor. Die Datenqualität im Anhang nennt, welche Dateien und Zeilen nicht übernommen werden konnten.
rpt-handlungsfelder = Handlungsfelder
rpt-fur-jedes-handlungsfeld-folgen-die = Für jedes Handlungsfeld folgen die Zahl der Maßnahmen nach Status, die Ziele des Konzepts mit ihrer Abdeckung und alle gemeldeten Maßnahmen.
rpt-keine = keine
rpt-anzahl-massnahmen = Anzahl Maßnahmen
rpt-keine-massnahmen-in-diesem-handlungsfeld = Keine Maßnahmen in diesem Handlungsfeld.
rpt-aus-den-fach-und-servicebereichen = Aus den Fach- und Servicebereichen
rpt-jeder-fach-und-servicebereich-stellt = Jeder Fach- und Servicebereich stellt hier drei bis fünf seiner wichtigsten Maßnahmen in Kurzform vor, wie er sie in der Bestandsaufnahme markiert hat. Wo keine markiert sind, stehen die laufenden Maßnahmen mit Beschreibung, größtes Budget zuerst.
rpt-zielabdeckung = Zielabdeckung
rpt-jedes-ziel-des-konzepts-mit = Jedes Ziel des Konzepts mit den Maßnahmen, die sich darauf beziehen. Ziele ohne Maßnahme sind hervorgehoben: Hier zeigt die Bestandsaufnahme eine Lücke.
rpt-hinweise-zur-methode = Hinweise zur Methode
rpt-vorwort = Vorwort
rpt-zusammenfassung = Zusammenfassung
rpt-ausblick = Ausblick
rpt-fortschrittsbericht-integrationsmassnahmen = Fortschrittsbericht Integrationsmaßnahmen
rpt-de-de = de-DE
rpt-gegenuber = gegenüber
rpt-massnahmen = Maßnahmen
rpt-gemeldetes-budget = gemeldetes Budget
rpt-fach-und-servicebereiche = Fach- und Servicebereiche
rpt-neu-nicht-mehr-gemeldet = neu / nicht mehr gemeldet
rpt-keine-massnahme = keine Maßnahme
rpt-ziel = Ziel
rpt-titel = Titel
rpt-massnahmen-2 = Maßnahmen
rpt-status = Status
rpt-keine-massnahmen-gemeldet = Keine Maßnahmen gemeldet.
rpt-massnahme = Maßnahme
rpt-fachbereich = Fachbereich
rpt-zeitraum = Zeitraum
rpt-zielgruppen = Zielgruppen
rpt-massnahmen-status = Maßnahmen (Status)
rpt-anhang-ubersicht-aller-massnahmen = Anhang: Übersicht aller Maßnahmen
rpt-handlungsfeld = Handlungsfeld
rpt-massnahmen-je-fachbereich = Maßnahmen je Fachbereich
rpt-veranderungen-seit-der-letzten-bestandsaufnahme = Veränderungen seit der letzten Bestandsaufnahme
rpt-es-liegt-nur-ein-berichtsjahr = Es liegt nur ein Berichtsjahr vor; ein Vergleich ist erst mit der nächsten Bestandsaufnahme möglich.
rpt-und = und
rpt-keine-2 = Keine.
rpt-statusanderungen = Statusänderungen
rpt-grosste-budgetanderungen = Größte Budgetänderungen
rpt-anderung = Änderung
rpt-ohne-titel-id = (ohne Titel), ID
rpt-ohne-titel = (ohne Titel)
rpt-gemeldet-aber-nicht-ubernommen = Gemeldet, aber nicht übernommen
rpt-jahr = Jahr
rpt-datei = Datei
rpt-zeile = Zeile
rpt-ohne-ruckmeldung = Ohne Rückmeldung
rpt-datenqualitat = Datenqualität
rpt-je-datei-die-zahl-der = Je Datei die Zahl der übernommenen Maßnahmen und der Hinweise nach Schwere. Fehler bedeuten: Die Zeile oder Datei fehlt in diesem Bericht, bis der Fachbereich sie korrigiert. Alle Meldungen mit Zelle stehen in findings.csv.
rpt-dateien-und-meldungen = Dateien und Meldungen
rpt-fehler = Fehler
rpt-warnungen = Warnungen
rpt-hinweise = Hinweise
rpt-zeile-2 = Zeile
rpt-nicht-ubernommene-zeilen-und-dateien = Nicht übernommene Zeilen und Dateien
rpt-zelle = Zelle
rpt-meldung = Meldung
rpt-keine-daten-vorhanden = Keine Daten vorhanden.
rpt-anteil-der-ziele-mit-laufender = Anteil der Ziele mit laufender oder abgeschlossener Maßnahme
rpt-abgedeckte-ziele = abgedeckte Ziele
rpt-balkendiagramm-anteil-der-ziele-des = Balkendiagramm: Anteil der Ziele des Konzepts je Handlungsfeld, zu denen mindestens eine laufende oder abgeschlossene Maßnahme gemeldet ist; am Zeilenende abgedeckte von allen Zielen.
rpt-keine-angabe = keine Angabe
rpt-budget-in-euro = Budget in Euro
rpt-entwicklung-der-massnahmen-nach-status = Entwicklung der Maßnahmen nach Status
rpt-berichtsjahr = Berichtsjahr

# Wörter und Formate, die mehrere Teile teilen.
date-pattern = %d.%m.%Y
decimal-separator = ,
report-keywords = Integration, Integrationskonzept, Bestandsaufnahme, Fortschrittsbericht
report-subject-year = Fortschrittsbericht Integrationsmaßnahmen { $year }
# { $page } und { $pages } setzt das Layout auf jeder Seite ein.
report-page-label = Seite { $page } von { $pages }
word-not-given = keine Angabe
word-field-of-action = Handlungsfeld
word-department = Fachbereich
word-target-groups = Zielgruppen
word-similar-title = ähnlicher Titel
chart-field-status-description = Balkendiagramm: { $count } Maßnahmen im Jahr { $year }, je Handlungsfeld nach Status gestapelt.
chart-target-groups-title = Erreichte Zielgruppen
chart-target-groups-category = Zielgruppe
chart-target-groups-axis = Anzahl Maßnahmen (eine Maßnahme kann mehrere Zielgruppen haben)
chart-departments-title = Maßnahmen je Fachbereich
why-same-department = gleicher Fachbereich
why-same-field = gleiches Handlungsfeld
why-same-start = gleicher Beginn
why-same-target-groups = gleiche Zielgruppen
why-similar-budget = ähnliches Budget
