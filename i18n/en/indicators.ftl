# The indicator workbook (indikatoren.xlsx): findings about its cells and the report's words.

indicator-file-twice = A second indicator file lies beside { $used }; only { $used } is read. Please take the extra file out of the input folder.
indicator-no-header = No header row of indicators found: a row with “Indicator ID” or “Indicator”, “Year” and “Value” (or “Numerator” and “Denominator”) is needed. Please use the template's headers (bestand template --indicators); nothing of the file was taken.
indicator-no-id = Row without “Indicator ID” and without “Indicator”; not taken. Please enter the indicator's ID or name.
indicator-year = { $id }: year “{ $text }” cannot be read; row not taken. Please enter the year with four digits, e.g. 2024.
indicator-value = Value “{ $text }” is neither a number nor a sign of the legend; the row counts without a value. Please enter a number (e.g. 12.3) or a sign: – (nothing), 0 (less than half the smallest unit), . (unknown or secret), x (cell blocked), … (comes later), / (not reliable enough), (12.3) (limited reliability), * (employment agency's secrecy).
indicator-value-missing = { $id }, { $group }, { $year }: no value. If it is secret or not known yet, please enter “.” or “…”; otherwise the value or numerator and denominator. Until then the year stays empty in table and chart.
indicator-denominator-zero = { $id }: the denominator is 0, no value can be computed; row not taken. Please check the denominator or enter the value directly.
indicator-percent = The share { $value } % is not between 0 and 100 %. Please check value, unit or numerator and denominator (swapped?).
indicator-unknown-field = Field of action “{ $text }” is not known; the indicator appears only in the indicators chapter, not in a field's starting point. Please enter one of the known fields: { $known }.{ $hint }
indicator-year-twice = { $id }, { $group }: the year { $year } is already in row { $first }; this row was not taken. Please delete one of the two rows.
indicator-year-gap = { $id }, { $group }: { $missing } is missing. Please add the year, with “.” as value if it is not known; otherwise the series reads as complete.
indicator-unit-changed = { $id }: the unit changes in { $year } from “{ $before }” to “{ $after }”; values of different units cannot be compared. Please align the unit or give the indicator a new ID.

# In the report.
ind-situation = Starting point
ind-situation-lead = Where the region stands: this field's indicators from the integration monitoring, for the whole population and the groups the concept is about.
ind-chapter = Indicators
ind-chapter-lead = All series of the indicator workbook ({ $file }): { $indicators ->
        [one] 1 indicator
       *[other] { $indicators } indicators
    } from { $first } to { $last }. The values describe the situation, not the effect of single measures.
ind-no-field = Without field of action
ind-year = Year
ind-unit = Unit: { $unit }
ind-source = Source: { $source }
ind-as-of = As of: { $asof }
ind-break = Series break from { $years }: values before and after are not comparable.
ind-break-mark = new definition
ind-signs = Signs: { $signs }.
ind-sign-dash = – nothing (exactly zero)
ind-sign-zero = 0 less than half the smallest unit shown
ind-sign-dot = . value unknown or to be kept secret
ind-sign-x = x cell blocked, no meaningful statement
ind-sign-later = … figure available later
ind-sign-slash = / no figure, value not reliable enough
ind-sign-brackets = ( ) limited reliability
ind-sign-star = * secrecy (Federal Employment Agency)
ind-chart-description = Bar chart “{ $name }” per year from { $first } to { $last }, one bar per group ({ $groups }){ $latest }. Years without a value have no bar, only their sign.
ind-no-value = no value
ind-key-figure = Indicators from the monitoring
ind-latest = ; latest { $value } ({ $year })

# The indicator workbook's instructions (bestand template --indicators).
ind-guide-heading = Indicator workbook: instructions
ind-guide = One row per indicator, year and group (total, Germans, foreigners, with migration background, women, men …), all years in one workbook.
    Indicator ID: a short, fixed id (e.g. A1) that stays the same over the years. When the definition changes, enter “yes” under “Series break” in the first year after.
    Field of action: from the list (sheet “Handlungsfelder”); the report shows the indicator there as the starting point.
    Value: the number (e.g. 12.3) or a sign of the legend (below). Instead of the value, numerator and denominator may be given; the value is computed (times 100 for the unit %).
    Unit: %, number, per 1,000 inhabitants …; always the same within an indicator.
    Source and as of: where the figure comes from and its date; shown under each chart.
    Do not leave out a year without a value: enter it with a sign, or the series reads as complete.
ind-guide-signs = Legend of signs (as in official statistics):
indicator-template-written = { $path }: { $kept ->
        [one] 1 earlier row
       *[other] { $kept } earlier rows
    } and { $new ->
        [one] 1 new row
       *[other] { $new } new rows
    } for { $year } to fill in. Filled in, it replaces indikatoren.xlsx in the input folder.
ind-sign-column = Sign
ind-sheet = Indicators
indicator-fraction = { $id }, { $group }: all values lie between 0 and 1, but the unit is %. Do the cells hold a share like 0.123 (Excel shows “12.3 %” in percent format)? Please enter the value in per cent (12.3) or check the unit.
indicators-read = Indicators from { $file }: { $indicators ->
        [one] 1 indicator
       *[other] { $indicators } indicators
    }, { $values ->
        [one] 1 value
       *[other] { $values } values
    } from { $first } to { $last }.
indicator-field-read-as = Field of action “{ $text }” read as “{ $field }”. Please write “{ $field }” from now on.
