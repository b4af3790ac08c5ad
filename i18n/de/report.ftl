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
