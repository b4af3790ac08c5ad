# Errors in bestand.toml (src/config.rs, src/error.rs).

config-at-line = line { $line }: { $message }
config-unreadable = the file cannot be read ({ $source })
config-wrong-kind = This is { $found ->
        [text] a text in quotes
        [integer] a whole number
        [number] a number
        [boolean] true or false
        [list] a list in square brackets [ … ]
       *[table] a table
    }; expected is { $expected ->
        [text] a text in quotes
        [integer] a whole number
        [number] a number
        [boolean] true or false
        [list] a list in square brackets [ … ]
       *[table] a table
    }.
config-toml = a setting is missing, unknown or misspelt (the TOML reader says: { $said })
config-goal-field = goal { $goal } names the field of action "{ $field }", which is not in vocabularies.field_of_action.
config-intro-field = intros names the field of action "{ $field }", which is not in vocabularies.field_of_action.
config-empty-header = headers.{ $column }.name must not be empty.
config-header-twice = "{ $header }" is the header of two columns: headers.{ $first } and headers.{ $second }. Please give it to one only.
config-threshold = compare.threshold must lie between 0 and 1.
config-empty-vocabularies = vocabularies.status and vocabularies.field_of_action must not be empty.
config-status-role = status "{ $status }" needs a role: role = "planned", "running", "completed" or "stopped".
config-spelling-twice = "{ $spelling }" stands under two values of vocabularies.{ $list }: "{ $first }" and "{ $second }". Please give it to one only.
config-file-too-big = the file is { $kb } KB; a bestand.toml is at most 1 MB (1,024 KB).
config-too-many-goals = the goal catalogue has { $count } goals; at most 10,000 are allowed.
config-long-text = the text at { $key } has { $chars } characters; at most { $max } are allowed.
config-limit = limits.{ $name } = { $value } is outside what is allowed: please give a number from 1 to { $max }.
config-empty-department = The list departments holds an empty name. Please remove it.
config-department-twice = The list departments names one department twice: "{ $first }" and "{ $second }" (as a name or among synonyms). Please list it once.
config-department-entry = An entry of departments is neither a name in quotes nor a table { "{" } name = "…", synonyms = ["…"] { "}" } (it has no other keys).
config-unknown-header = unknown column [headers.{ $column }]; known are: { $known }
config-missing-header = [headers.{ $column }] is missing
