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
