# Fehler in bestand.toml (src/config.rs, src/error.rs).

config-at-line = Zeile { $line }: { $message }
config-unreadable = die Datei kann nicht gelesen werden ({ $source })
config-wrong-kind = Hier steht { $found ->
        [text] ein Text in Anführungszeichen
        [integer] eine ganze Zahl
        [number] eine Zahl
        [boolean] true oder false
        [list] eine Liste in eckigen Klammern [ … ]
       *[table] eine Tabelle
    }, erwartet wird { $expected ->
        [text] ein Text in Anführungszeichen
        [integer] eine ganze Zahl
        [number] eine Zahl
        [boolean] true oder false
        [list] eine Liste in eckigen Klammern [ … ]
       *[table] eine Tabelle
    }.
config-toml = ein Eintrag fehlt, ist unbekannt oder falsch geschrieben (Meldung des TOML-Lesers: { $said })
config-goal-field = Ziel { $goal } nennt das Handlungsfeld "{ $field }", das nicht in vocabularies.field_of_action steht.
config-intro-field = intros nennt das Handlungsfeld "{ $field }", das nicht in vocabularies.field_of_action steht.
config-empty-header = headers.{ $column }.name darf nicht leer sein.
config-header-twice = "{ $header }" ist Überschrift zweier Spalten: headers.{ $first } und headers.{ $second }. Bitte nur bei einer eintragen.
config-threshold = compare.threshold muss zwischen 0 und 1 liegen.
config-empty-vocabularies = vocabularies.status und vocabularies.field_of_action dürfen nicht leer sein.
config-status-role = Status "{ $status }" braucht eine Rolle: role = "planned" (geplant), "running" (läuft), "completed" (abgeschlossen) oder "stopped" (eingestellt).
config-spelling-twice = "{ $spelling }" steht unter zwei Werten von vocabularies.{ $list }: "{ $first }" und "{ $second }". Bitte nur bei einem eintragen.
config-file-too-big = die Datei ist { $kb } KB groß; eine bestand.toml hat höchstens 1 MB (1.024 KB).
config-too-many-goals = der Zielkatalog hat { $count } Ziele; höchstens 10.000 sind erlaubt.
config-long-text = der Text bei { $key } hat { $chars } Zeichen; höchstens { $max } sind erlaubt.
config-limit = limits.{ $name } = { $value } liegt außerhalb des Erlaubten: bitte eine Zahl von 1 bis { $max }.
config-empty-department = In der Liste departments steht ein leerer Name. Bitte entfernen.
config-department-twice = Die Liste departments nennt einen Fachbereich zweimal: „{ $first }“ und „{ $second }“ (als Name oder unter synonyms). Bitte nur einmal eintragen.
config-department-entry = Ein Eintrag in departments ist weder ein Name in Anführungszeichen noch eine Tabelle { "{" } name = "…", synonyms = ["…"] { "}" } (andere Schlüssel gibt es dort nicht).
config-unknown-header = unbekannte Spalte [headers.{ $column }]; bekannt sind: { $known }
config-missing-header = es fehlt [headers.{ $column }]
