# Target values of the goal catalogue and their attainment.

goal-verdict-reached = reached
goal-verdict-on-course = on course
goal-verdict-off-course = not on course
goal-verdict-no-value = no current value
goal-verdict-break = series break, not comparable

goal-indicator-unknown = Goal { $goal }: the indicator “{ $indicator }” is not in the indicator workbook; the goal is shown without a target. Please enter an existing indicator ID in bestand.toml: { $known }.
goal-group-unknown = Goal { $goal }: indicator { $indicator } has no group “{ $group }”; the goal is shown without a target. Please enter one of the groups in bestand.toml: { $known }.
goal-target-years = Goal { $goal }: the target year { $year } is not after the baseline year { $baseline } (or the target is not a number); the goal is shown without a target. Please correct bestand.toml.
goal-baseline-missing = Goal { $goal }: indicator { $indicator } ({ $group }) has no value for the baseline year { $year }; attainment cannot be computed. Please add the value to the indicator workbook or choose a baseline year with a value in bestand.toml.
goal-target-wrong-side = Goal { $goal }: the target { $target } lies on the wrong side of the baseline { $baseline } for the goal's direction; it counts as reached without any change. Please check target or direction (steigen/sinken) in bestand.toml.

# In the report.
goal-chapter = Goal attainment
goal-chapter-lead = { $count ->
        [one] One goal of the concept has
       *[other] { $count } goals of the concept have
    } a target: an indicator of the indicator workbook should reach a target value from a baseline by a target year. The verdict describes where the indicator stands, not the effect of the measures; beside it stand the measures the departments assigned to the goal in the { $year } inventory.
goal-need-title = Need for action: not on course and no running measure
goal-need-lead = { $count ->
        [0] No goal is off course without a running measure.
        [one] One goal is not on course and has no running measure assigned: the question for the committee.
       *[other] { $count } goals are not on course and have no running measure assigned: the questions for the committee.
    }
goal-overview-title = All goals with a target ({ $year })
goal-field-title = Goals with a target in the field { $field }
goal-col-goal = Goal
goal-col-indicator = Indicator
goal-col-baseline = Baseline
goal-col-latest = Latest
goal-col-target = Target
goal-col-share = Way / time
goal-col-verdict = Verdict
goal-col-measures = Measures { $year }
goal-share = { $share } % / { $time } %
goal-measures = { $running } running, { $others } { $others ->
        [one] other
       *[other] others
    }
goal-measures-none = none
goal-key-figure = Goals with a target: { $count }, of which { $reached } reached, { $oncourse } on course, { $offcourse } not on course, { $other } without verdict (no current value or series break).
goal-method = Goal attainment: the share of the way is (latest − baseline) / (target − baseline), with the latest value up to the reporting year. A goal is “reached” when the latest value meets or passes the target in its direction; “on course” when the share of the way is at least the share of time elapsed from baseline year to target year (up to the latest value's year) minus 10 percentage points; otherwise “not on course”. “No current value”: the latest value is more than two years older than the reporting year, there is no value after the baseline year, or none in it. Nothing is compared across a series break. The verdict says where the indicator stands, not what the measures achieved.
goal-sheet = Goal attainment
goal-col-title = Title
goal-col-field = Field of action
goal-col-indicator-id = Indicator ID
goal-col-group = Group
goal-col-unit = Unit
goal-col-direction = Direction
goal-col-baseline-year = Baseline year
goal-col-latest-year = Year of latest value
goal-col-target-year = Target year
goal-col-share-pct = Share of the way (%)
goal-col-time-pct = Share of time (%)
goal-col-running = Measures running
goal-col-all = Measures total
goal-direction-rise = rise
goal-direction-fall = fall
goal-col-way = Baseline → target
goal-table-note = Way / time: the share of the way from baseline to target the indicator has covered, and the share of the time from baseline to target year gone by the latest value. Symbols: ● reached, ► on course, ▼ not on course, ○ no current value, ◊ series break. Highlighted: not on course and no running measure.
