# Zielwerte des Zielkatalogs und ihre Erreichung.

goal-verdict-reached = erreicht
goal-verdict-on-course = auf Kurs
goal-verdict-off-course = nicht auf Kurs
goal-verdict-no-value = kein aktueller Wert
goal-verdict-break = Zeitreihenbruch, nicht vergleichbar

goal-indicator-unknown = Ziel { $goal }: der Indikator „{ $indicator }“ steht nicht in der Indikatoren-Mappe; das Ziel wird ohne Zielwert gezeigt. Bitte in bestand.toml eine vorhandene Indikator-ID eintragen: { $known }.
goal-group-unknown = Ziel { $goal }: Indikator { $indicator } hat keine Gruppe „{ $group }“; das Ziel wird ohne Zielwert gezeigt. Bitte in bestand.toml eine der Gruppen eintragen: { $known }.
goal-target-years = Ziel { $goal }: das Zieljahr { $year } liegt nicht nach dem Ausgangsjahr { $baseline } (oder der Zielwert ist keine Zahl); das Ziel wird ohne Zielwert gezeigt. Bitte in bestand.toml korrigieren.
goal-baseline-missing = Ziel { $goal }: Indikator { $indicator } ({ $group }) hat für das Ausgangsjahr { $year } keinen Wert; die Zielerreichung lässt sich nicht berechnen. Bitte den Wert in der Indikatoren-Mappe nachtragen oder in bestand.toml ein Ausgangsjahr mit Wert wählen.
goal-target-wrong-side = Ziel { $goal }: der Zielwert { $target } liegt auf der falschen Seite des Ausgangswerts { $baseline } für die Richtung des Ziels; damit gilt es schon ohne jede Veränderung als erreicht. Bitte Zielwert oder Richtung (steigen/sinken) in bestand.toml prüfen.

# Im Bericht.
goal-chapter = Zielerreichung
goal-chapter-lead = Für { $count ->
        [one] ein Ziel
       *[other] { $count } Ziele
    } des Konzepts ist ein Zielwert festgelegt: ein Indikator der Indikatoren-Mappe soll von einem Ausgangswert bis zu einem Zieljahr einen Zielwert erreichen. Die Bewertung beschreibt, wo der Indikator steht, nicht die Wirkung der Maßnahmen; daneben stehen die Maßnahmen, die die Fachbereiche dem Ziel in der Bestandsaufnahme { $year } zugeordnet haben.
goal-need-title = Handlungsbedarf: nicht auf Kurs und keine laufende Maßnahme
goal-need-lead = { $count ->
        [0] Kein Ziel ist nicht auf Kurs und ohne laufende Maßnahme.
        [one] Ein Ziel ist nicht auf Kurs, und keine laufende Maßnahme ist ihm zugeordnet: die Frage an den Ausschuss.
       *[other] { $count } Ziele sind nicht auf Kurs, und keine laufende Maßnahme ist ihnen zugeordnet: die Fragen an den Ausschuss.
    }
goal-overview-title = Alle Ziele mit Zielwert ({ $year })
goal-field-title = Ziele mit Zielwert im Handlungsfeld { $field }
goal-col-goal = Ziel
goal-col-indicator = Indikator
goal-col-baseline = Ausgangswert
goal-col-latest = Aktuell
goal-col-target = Zielwert
goal-col-share = Weg / Zeit
goal-col-verdict = Bewertung
goal-col-measures = Maßnahmen { $year }
goal-share = { $share } % / { $time } %
goal-measures = { $running } laufend, { $others } weitere
goal-measures-none = keine
goal-key-figure = Ziele mit Zielwert: { $count }, davon { $reached } erreicht, { $oncourse } auf Kurs, { $offcourse } nicht auf Kurs, { $other } ohne Bewertung (kein aktueller Wert oder Zeitreihenbruch).
goal-method = Zielerreichung: Der Anteil des Wegs ist (aktueller Wert − Ausgangswert) / (Zielwert − Ausgangswert), mit dem letzten Wert bis zum Berichtsjahr. Ein Ziel ist „erreicht“, wenn der aktuelle Wert den Zielwert in der Zielrichtung erreicht oder überschreitet; „auf Kurs“, wenn der Anteil des Wegs mindestens so groß ist wie der Anteil der vergangenen Zeit vom Ausgangsjahr bis zum Zieljahr (bis zum Jahr des letzten Werts) abzüglich 10 Prozentpunkten; sonst „nicht auf Kurs“. „Kein aktueller Wert“: der letzte Wert ist mehr als zwei Jahre älter als das Berichtsjahr, es gibt keinen Wert nach dem Ausgangsjahr oder keinen im Ausgangsjahr. Über einen Zeitreihenbruch hinweg wird nicht verglichen. Die Bewertung sagt, wo der Indikator steht, nicht, was die Maßnahmen bewirkt haben.
goal-sheet = Zielerreichung
goal-col-title = Titel
goal-col-field = Handlungsfeld
goal-col-indicator-id = Indikator-ID
goal-col-group = Gruppe
goal-col-unit = Einheit
goal-col-direction = Richtung
goal-col-baseline-year = Ausgangsjahr
goal-col-latest-year = Jahr des aktuellen Werts
goal-col-target-year = Zieljahr
goal-col-share-pct = Anteil des Wegs (%)
goal-col-time-pct = Anteil der Zeit (%)
goal-col-running = Maßnahmen laufend
goal-col-all = Maßnahmen gesamt
goal-direction-rise = steigen
goal-direction-fall = sinken
goal-col-way = Ausgangswert → Zielwert
goal-table-note = Weg / Zeit: der Anteil des Wegs vom Ausgangs- zum Zielwert, den der Indikator zurückgelegt hat, und der Anteil der Zeit vom Ausgangs- bis zum Zieljahr, der bis zum aktuellen Wert vergangen ist. Symbole: ● erreicht, ► auf Kurs, ▼ nicht auf Kurs, ○ kein aktueller Wert, ◊ Zeitreihenbruch. Hervorgehoben: nicht auf Kurs und keine laufende Maßnahme.
