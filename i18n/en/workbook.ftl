# Texts of the workbook measures.xlsx (src/render/xlsx.rs).

returns-sheet = Returns
returns-column-year = year
returns-column-department = department
returns-column-standing = standing
returns-column-files = files
returns-column-date = file date
returns-column-measures = measures taken over
returns-column-rejected = rows not taken over
returns-standing-answered = answered
returns-standing-incomplete = incomplete
returns-standing-unclear = not certain
returns-standing-missing = no return

measures-sheet = Measures
workbook-yes = yes
workbook-no = no
workbook-remarks = Departments' remarks

changes-sheet = Changes
changes-column-change = change
changes-column-department = department
changes-column-title = title
changes-column-id = measure_id
changes-column-from = from_year
changes-column-to = to_year
changes-column-detail = detail
change-new = new
change-ended = ended
change-changed = changed
change-continued = continued
change-not-taken-over = not-taken-over
change-no-return = no-return
change-kind-finished = finished

findings-sheet = Findings
questions-sheet = Questions
findings-column-severity = severity
findings-column-department = department
findings-column-file = file
findings-column-sheet = sheet
findings-column-cell = cell
findings-column-message = message
findings-column-code = code
severity-error = error
severity-warning = warning
severity-info = info

# The pre-filled template (src/render/template).
template-finished-before = No longer in the table, because completed or stopped in { $year } (please do not enter them again; if one goes on after all, as a new row with its old id):

# A correction workbook's first sheet (always German: it goes to a department).
todo-heading = { $department }: feedback on the inventory { $year }
todo-rejected = { $count ->
        [one] 1 row could not be taken over (marked red).
       *[other] { $count } rows could not be taken over (marked red).
    }
todo-warnings = { $count ->
        [one] 1 value was read with reservations (marked yellow).
       *[other] { $count } values were read with reservations (marked yellow).
    }
todo-questions = { $count ->
        [one] 1 question (marked blue): a date that does not fit the status, or a number that counts no people.
       *[other] { $count } questions (marked blue): dates that do not fit the status, or numbers that count no people.
    }
todo-notes = The note on each marked cell says what is wrong and what to enter; the dropdowns and the sheet "Ziele" help as in the template.
todo-fix = Please correct on the sheet "Maßnahmen" and send this file back, under any name: it replaces the return it was made from.
todo-ids = Please do not change the measure ids.
