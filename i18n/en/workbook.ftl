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
