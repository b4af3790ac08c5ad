# The summary on the terminal after `check` and `report` (src/terminal.rs).

heading-errors = Errors ({ $count }) – row not taken over or file not read
heading-errors-text = Errors ({ $count }) – marked visibly in the report
heading-warnings = Warnings ({ $count }) – taken over, please check
heading-warnings-text = Warnings ({ $count }) – please check
heading-notes = Notes ({ $count })
place-line = line { $line }
place-row = { $sheet }, row { $row }
input-folder = input folder
file-skipped = skipped
file-not-read = not read
file-replaced-by = replaced by { $by }, not counted
file-taken-over = { $count ->
        [one] 1 measure taken over
       *[other] { $count } measures taken over
    }
more-findings = … and { $count } more (all in findings.csv, or with -v)
hidden-notes = { $count ->
        [one] 1 note (show with -v)
       *[other] { $count } notes (show with -v)
    }
total-set-aside = , { $count } no measure (total rows, superseded rows)
total = Total: { $files ->
        [one] 1 file
       *[other] { $files } files
    } read, { $failed } unreadable; { $measures ->
        [one] 1 measure
       *[other] { $measures } measures
    } taken over, { $rejected ->
        [one] 1 row
       *[other] { $rejected } rows
    } rejected{ $setaside }; { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $notes ->
        [one] 1 note
       *[other] { $notes } notes
    }.
findings-pointer = All findings: { $workbook }, sheet "Findings" (filter by department).

# The return list of the latest reporting year.
returns-summary = Returns for { $year }: { $asked } asked, { $answered } answered{ $incomplete ->
        [0] {""}
       *[other] , { $incomplete } of them incomplete
    }{ $missing ->
        [0] {""}
       *[other] ; no return: { $names }
    }{ $unclear ->
        [0] {""}
       *[other] ; not certain: { $unclearnames }
    }{ $unlisted ->
        [0] {""}
       *[other] ; also under a name not in the list: { $unlistednames }
    }.
returns-asked-configured = The departments asked are those listed under departments in bestand.toml.
returns-asked-seen = Counted as asked are all departments that reported in the previous or this reporting year; a list departments in bestand.toml can set them.
returns-file = { $file } ({ $date })
returns-answered = { $department } — { $files }
returns-incomplete = { $department } — { $files }; { $rejected ->
        [one] 1 row
       *[other] { $rejected } rows
    } not taken over
returns-missing = { $department } — no return
returns-unclear = { $department } — not certain: a return without a number in its name may be this one's
returns-more = … and { $count } more (all in the sheet "Returns" of { $workbook })
returns-unread = Not readable, so the sender is unknown: { $files } (see the findings above)
returns-skipped-folders = Folders not read (archive, hidden or nested too deep): { $folders }
returns-resent = Old return sent again, not counted: { $files }
returns-replaced = Replaced by correction workbooks, not counted: { $pairs }
returns-replaced-pair = { $file } (by { $by })
