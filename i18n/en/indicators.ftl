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
ind-situation-lead = Where does the region stand? The indicators of the integration monitoring show the development for the whole population and for the groups the concept is about.
ind-chapter = Indicators
ind-chapter-lead = All series of the integration monitoring: { $indicators ->
        [one] 1 indicator
       *[other] { $indicators } indicators
    } from { $first } to { $last }. The values describe the situation, not the effect of single measures.
ind-no-field = Without field of action
ind-year = Year
ind-unit = Unit: { $unit }
ind-source = Source: { $source }
ind-as-of = As of: { $asof }
ind-break = Series break from { $years }: values before and after are comparable only with reservations.
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
ind-chart-description = Bar chart “{ $name }” per year from { $first } to { $last }{ $groups ->
        [one] {""}
       *[other] , one bar per group ({ $names })
    }{ $latest }.{ $gaps ->
        [true] {" "}Years without a value have no bar, only their sign.
       *[false] {""}
    }{ $breaks ->
        [none] {""}
       *[other] {" "}Series break from { $breaks }.
    }
ind-no-value = no value
ind-key-figure = Indicators from the monitoring
ind-latest = ; latest { $value } ({ $year })

# The indicator workbook's instructions (bestand template --indicators).
ind-guide-heading = Indicator workbook: instructions
ind-guide = One row per indicator, year and group (total, Germans, foreigners, with migration background, women, men …), all years in one workbook.
    New year: the rows without a value stand under the last row of their series, pre-filled for the new year. Please enter the value (or a sign) and the as-of date, then save the workbook as input/indikatoren.xlsx (it replaces the earlier one).
    Indicator ID: a short, fixed id (e.g. A1) that stays the same over the years. When the definition changes, enter “yes” under “Series break” in the first year after, and the reason under “Note”; both appear in the report.
    Field of action: from the dropdown (the list is on the sheet “Handlungsfelder”). The report shows the indicator in that field's starting point.
    Value: the number (e.g. 12.3) or a sign of the legend (below); a value of limited reliability in brackets, e.g. (12.3). Instead of the value, numerator and denominator may be given; the value is computed (times 100 for the unit %).
    Unit: %, number, per 1,000 inhabitants …; always the same within an indicator. Enter shares in per cent (12.3), not as a fraction (0.123).
    Source and as of: where the figure comes from and its date; shown under each chart.
    Do not leave out a year without a value: enter it with a sign, or the series reads as complete.
ind-guide-signs = Legend of signs (as in official statistics):
indicator-template-written = { $path }: { $kept ->
        [one] 1 earlier row
       *[other] { $kept } earlier rows
    } and { $new ->
        [one] 1 new row
       *[other] { $new } new rows
    } for { $year }, each under its series. Once filled in, save it as input/indikatoren.xlsx (it replaces the earlier file).
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
ind-axis-percent = share in %
ind-measures-heading = Measures
ind-method = Indicators: the values come from the coordination office's indicator workbook (integration monitoring), each indicator with its source and as-of date. The signs of official statistics keep their meaning: “–” and “0” stand for zero, “.”, “x”, “…”, “/” and “*” for no value (a gap in the chart, never a bar of length 0), a value in brackets has limited reliability. Where numerator and denominator are given, the value is their quotient, scaled by the unit (shares in per cent, “per 1,000 …” per thousand). Across a series break, values are comparable only with reservations. The indicators describe the situation, not the effect of single measures.
indicator-formula = The cell holds a formula without a saved result (the file was made by a program and never saved in Excel). Please open the workbook in Excel and save it; until then the row counts without this value.
indicator-ratio = { $id }: numerator and denominator give no value (one is missing, not a number, or the result is infinitely large). Please enter both as numbers, or the value directly.
indicator-year-future = { $id }: the year { $year } lies far after the reporting year { $reporting }. Please check the year (digits swapped?).
indicator-id-twice = { $id } stands here with another name or field of action than in row { $first } (“{ $name }”, { $field }). An indicator ID belongs to exactly one indicator; please align name and field or give it an ID of its own.
indicator-years-range = { $first } to { $last }
indicator-sheet-ignored = This sheet holds a table but no header row of indicators (“Indicator ID” or “Indicator”, “Year”, “Value” in the first rows); it was not read. Please use the template's headers or add further names under [indicators.synonyms].
indicator-file-misplaced = The indicator workbook belongs at the top of the input folder (beside the year folders), not in a year folder; here it was not read. Please move the file up.
ind-more-groups = The chart shows the first { $shown } of { $all } groups; all are in the table of the chapter Indicators.
indicator-template-columns-left = Not carried over because the template does not know them: the columns { $columns }. Please copy them by hand into the new workbook before it replaces the earlier one.
indicator-template-formulas = { $count ->
        [one] 1 cell holds
       *[other] { $count } cells hold
    } a formula without a saved result and { $count ->
        [one] stays
       *[other] stay
    } empty in the new workbook. Please open the earlier workbook in Excel, save it and write the template again.
ind-total-group = Total
ind-more-indicators = The report shows the first { $shown } indicators of the workbook; { $left ->
        [one] one more is
       *[other] { $left } more are
    } in measures.xlsx (sheet “Indicators”) and indicators.parquet (limit: limits.report_indicators = { $limit }).
ind-more-indicators-public = The report shows the first { $shown } indicators of the monitoring; { $left ->
        [one] one more is
       *[other] { $left } more are
    } not shown here.
ind-guide-field-title = Field of action
ind-guide-field-list = Please choose a field of action from the list (sheet “Handlungsfelder”).
