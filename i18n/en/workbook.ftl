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
# The headers of the sheet "Measures", one per column (measures-column-<key>, src/schema.rs).
measures-column-year = year
measures-column-measure-id = measure_id
measures-column-title = title
measures-column-department = department
measures-column-field-of-action = field_of_action
measures-column-goals = goals
measures-column-target-groups = target_groups
measures-column-status = status
measures-column-start = start
measures-column-end = end
measures-column-budget-eur = budget_eur
measures-column-funding = funding
measures-column-participants = participants
measures-column-participants-unit = participants: unit
measures-column-municipalities = municipalities
measures-column-partners = partners
measures-column-description = description
measures-column-highlight = highlight
measures-column-source-file = source_file
measures-column-source-sheet = source_sheet
measures-column-source-row = source_row
measures-column-contact = contact
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

# The template's sheet "Anleitung" and the title row above the table (always German in use).
inventory-title = Inventory of integration measures
inventory-title-year = Inventory of integration measures { $year }
guide-heading = Inventory of the integration measures
guide-heading-office = { $office }: inventory of the integration measures
guide-how = How to fill in the table:
guide-1 = 1. On the sheet "Maßnahmen", enter one row per measure.
guide-2 = 2. Required: measure, department, field of action, status.
guide-3 = 3. Choose field of action, status, target groups, funding and municipalities from the dropdown, the goals from the sheet "Ziele".
guide-4 = 4. Separate several values in one cell (target groups, municipalities) with a semicolon.
guide-5 = 5. Mark three to five important measures with "ja" in "Im Bericht hervorheben".
guide-6 = 6. Please do not rename, delete or insert columns, and save the file without a password.
guide-required = Required columns are marked with * and shaded darker. One row per measure.
guide-status = What the status means: geplant = decided or prepared, not begun; laufend = being carried out; ruht = on hold for now, to go on; abgeschlossen = carried out and finished; eingestellt = stopped before the end.
guide-goals = Goals: the goal numbers from the sheet "Ziele" (several separated by ;), e.g. 4.1; 4.3.
guide-budget = Budget: the amount in the reporting year in euro (not the total over several years).
guide-example-row = The example row below the header is not counted while unchanged; please overwrite or delete it.
guide-prefilled = Your measures of the last inventory are already entered:
guide-7 = 7. Never change the measure id (the cells are locked): by it the report knows the same measure next year.
guide-8 = 8. Delete no row: if a measure ended, set its status to "abgeschlossen"; if it was stopped, to "eingestellt".
guide-9 = 9. Enter new measures in new rows below the others, without an id; they get one next year.
guide-10 = 10. Budget and participants are per reporting year: please enter them anew for this year (the columns are empty).
guide-11 = 11. Please check description, target groups and period and change them where needed.
# The note on a marked cell of a correction workbook.
note-error = Error: { $message }
note-warning = Warning: { $message }

# The template's explanation per column, shown when a cell is selected (keys as in measures.csv).
column-hint-year = Reporting year, only when it differs from the folder.
column-hint-measure-id = Your identifier of the measure; please keep it the same every year.
column-hint-title = Required: name of the measure or project.
column-hint-department = Required: your department or service.
column-hint-field-of-action = Required: choose the field of action from the list.
column-hint-goals = Goal numbers from the integration concept, e.g. 4.1; 4.3
column-hint-target-groups = Target groups, several separated by ;.
column-hint-status = Required: geplant, laufend, ruht, abgeschlossen or eingestellt.
column-hint-start = Start as a date, e.g. 01.03.2024 (or 03/2024, 2024).
column-hint-end = End as a date; empty or „laufend“ when open-ended.
column-hint-budget-eur = Budget in the reporting year in euros, the number only.
column-hint-funding = Funding from the list; several separated by ;.
column-hint-participants = Number of people reached in the reporting year (whole number).
column-hint-municipalities = Municipalities where the measure takes place; several separated by ;.
column-hint-partners = Cooperation partners, several separated by ;.
column-hint-description = Two to four sentences: what is done, for whom, with what result?
column-hint-highlight = ja: the measure is presented in the report (3 to 5 per department).
column-hint-contact = Contact person (not published).

# The checks of the template's number and date columns: what Excel says on a wrong entry.
check-budget = Please enter an amount in euros (the number only).
check-participants = Please enter a whole number.
check-start = Please enter a date, e.g. 01.03.2024.
check-end = Please enter a date, e.g. 31.12.2025, or leave it empty.
# The description of the template's example row.
example-description = An open meeting for parents with language mediation, twice a month; 40 families reached.
# The name of a correction workbook's first sheet.
todo-sheet = What to do
# The mark after a text cut to fit an Excel cell (with a space before it).
cell-cut = {" "}… [cut; complete in measures.csv]
