//! The finding codes: one list of everything bestand can say about the input. Each code is
//! stable (it is the `code` column of `findings.csv`) and is usually also the id of its
//! message in `i18n/*/`.

/// Declares [`Code`] with its spelling.
macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $code:literal,)*) => {
        /// What a finding is about.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Code {
            /// Every code, in the order of this list.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The code as `findings.csv` writes it (`unknown-value`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $code,)*
                }
            }
        }
    };
}

codes! {
    /// A budget written as approximate ("ca. 5.000"); the amount is taken.
    ApproximateBudget = "approximate-budget",
    /// A participant count written as approximate; the number is taken.
    ApproximateCount = "approximate-count",
    /// A participant count that is no number; left empty.
    BadCount = "bad-count",
    /// A date that cannot be read; left empty.
    BadDate = "bad-date",
    /// Links.csv cannot be used as a whole or in one line.
    BadLinksFile = "bad-links-file",
    /// A budget that is no amount; left empty.
    BadMoney = "bad-money",
    /// A reporting year cell that is no year.
    BadYear = "bad-year",
    /// A yes/no cell that is neither; read as no.
    BadYesNo = "bad-yes-no",
    /// A value not in the vocabulary, read as the nearest allowed one.
    CategoryCorrected = "category-corrected",
    /// The configured colour has too little contrast against white.
    ColourContrast = "colour-contrast",
    /// The configured colour is no colour.
    ColourUnreadable = "colour-unreadable",
    /// A question: the end date passed though the status says it runs.
    DeadlineEndPassed = "deadline-end-passed",
    /// A question: the start date passed though the status says planned.
    DeadlineStartPassed = "deadline-start-passed",
    /// A department spelling that fits more than one listed department.
    DepartmentAmbiguous = "department-ambiguous",
    /// The department was taken from the file name or a line above the table.
    DepartmentFallback = "department-fallback",
    /// An empty department cell, filled from the row above.
    DepartmentFromAbove = "department-from-above",
    /// A department spelling read as a listed department.
    DepartmentVariant = "department-variant",
    /// A measure id twice in one department.
    DuplicateId = "duplicate-id",
    /// Several returns with the same measures for one department and year.
    DuplicateReturn = "duplicate-return",
    /// The same measure twice with the same content.
    DuplicateRow = "duplicate-row",
    /// The same title twice with different content.
    DuplicateTitle = "duplicate-title",
    /// A workbook with no data on any sheet.
    EmptyWorkbook = "empty-workbook",
    /// An end date before the start date.
    EndBeforeStart = "end-before-start",
    /// A measure reported as ended again after an earlier inventory ended it.
    EndedBefore = "ended-before",
    /// The template's example row, unchanged; not counted.
    ExampleRow = "example-row",
    /// A cell with an Excel error value; read as empty.
    ExcelError = "excel-error",
    /// A formula without a saved result; read as empty.
    FormulaWithoutValue = "formula-without-value",
    /// A participant count that is no whole number; rounded.
    FractionalCount = "fractional-count",
    /// A goal's target whose indicator has no value in the baseline year.
    GoalBaselineMissing = "goal-baseline-missing",
    /// A goal's target naming a group its indicator does not have.
    GoalGroupUnknown = "goal-group-unknown",
    /// A goal's target naming an indicator the workbook does not have.
    GoalIndicatorUnknown = "goal-indicator-unknown",
    /// A goal's target on the wrong side of its baseline.
    GoalTargetWrongSide = "goal-target-wrong-side",
    /// A goal's target year not after its baseline year.
    GoalTargetYears = "goal-target-years",
    /// A measure id that stands for another measure than last year.
    IdReused = "id-reused",
    /// Two measure ids swapped between the years.
    IdSwapped = "id-swapped",
    /// A column no field knows is not read (kept as the department's remark where it is one).
    IgnoredColumn = "ignored-column",
    /// A budget above the plausible bound for one measure and year.
    ImplausibleBudget = "implausible-budget",
    /// A date far outside the plausible years.
    ImplausibleDate = "implausible-date",
    /// A participant count above the plausible bound.
    ImplausibleParticipants = "implausible-participants",
    /// An indicator row whose denominator is 0.
    IndicatorDenominatorZero = "indicator-denominator-zero",
    /// An indicator's field of action read as a known one.
    IndicatorFieldReadAs = "indicator-field-read-as",
    /// An indicator workbook inside a year folder.
    IndicatorFileMisplaced = "indicator-file-misplaced",
    /// A second indicator workbook beside the one read.
    IndicatorFileTwice = "indicator-file-twice",
    /// The indicator workbook cannot be read.
    IndicatorFileUnreadable = "indicator-file-unreadable",
    /// An indicator formula without a saved result.
    IndicatorFormula = "indicator-formula",
    /// Shares between 0 and 1 under the unit %.
    IndicatorFraction = "indicator-fraction",
    /// One indicator id with two names or fields of action.
    IndicatorIdTwice = "indicator-id-twice",
    /// An indicator workbook without a header row.
    IndicatorNoHeader = "indicator-no-header",
    /// An indicator row without id or name.
    IndicatorNoId = "indicator-no-id",
    /// A share outside 0 to 100 %.
    IndicatorPercent = "indicator-percent",
    /// Numerator and denominator that give no value.
    IndicatorRatio = "indicator-ratio",
    /// A sheet of the indicator workbook with a table but no header.
    IndicatorSheetIgnored = "indicator-sheet-ignored",
    /// An indicator's unit that changes between years.
    IndicatorUnitChanged = "indicator-unit-changed",
    /// An indicator's field of action that is not known.
    IndicatorUnknownField = "indicator-unknown-field",
    /// An indicator value that is neither a number nor a sign.
    IndicatorValue = "indicator-value",
    /// An indicator row without value or sign.
    IndicatorValueMissing = "indicator-value-missing",
    /// An indicator row whose year cannot be read.
    IndicatorYear = "indicator-year",
    /// An indicator year far after the reporting year.
    IndicatorYearFuture = "indicator-year-future",
    /// A gap in an indicator's years.
    IndicatorYearGap = "indicator-year-gap",
    /// An indicator year given twice.
    IndicatorYearTwice = "indicator-year-twice",
    /// A measure reported jointly by several departments.
    JointMeasure = "joint-measure",
    /// A list item read as the nearest known value.
    ListItemCorrected = "list-item-corrected",
    /// A logo only as SVG, which the PDF and Word file cannot show.
    LogoSvgOnly = "logo-svg-only",
    /// A text longer than an Excel cell holds.
    LongText = "long-text",
    /// A participant count written as a lower bound.
    LowerBoundCount = "lower-bound-count",
    /// An empty department cell, filled from the file name.
    MissingDepartment = "missing-department",
    /// A row without a measure title; not taken.
    MissingTitle = "missing-title",
    /// A required value missing; the row is not taken.
    MissingValue = "missing-value",
    /// A file without any reporting year.
    MissingYear = "missing-year",
    /// A negative budget; left empty.
    NegativeMoney = "negative-money",
    /// A sheet with a header but no measures.
    NoDataRows = "no-data-rows",
    /// A sheet without a recognisable header row.
    NoHeader = "no-header",
    /// A count of something other than people.
    ParticipantsUnit = "participants-unit",
    /// A participant count written as a range; the lower bound counts.
    RangeCount = "range-count",
    /// Two columns that mean the same; the first is read.
    RepeatedColumn = "repeated-column",
    /// A return replaced by its correction workbook; its rows are not counted.
    ReplacedByCorrection = "replaced-by-correction",
    /// A return identical to last year's was sent again.
    ResentReturn = "resent-return",
    /// Values above the header row, not read.
    RowAboveHeader = "row-above-header",
    /// Rows read that are neither taken, rejected nor set aside (a bug the run names).
    RowsUnaccounted = "rows-unaccounted",
    /// A return is the same file as last year's.
    SameAsLastYear = "same-as-last-year",
    /// A number in a date column, read as a date.
    SerialDate = "serial-date",
    /// A sheet that looks like a table but has no header.
    SheetIgnored = "sheet-ignored",
    /// A file in a year folder that is no return (lock file, hidden, other type).
    SkippedFile = "skipped-file",
    /// A folder that is no reporting year and is not read.
    SkippedFolder = "skipped-folder",
    /// A subfolder of a year folder whose returns were read.
    SubfolderRead = "subfolder-read",
    /// A department's measures listed under its successor.
    SuccessionNoticed = "succession-noticed",
    /// A row replaced by a newer version of the same return.
    SupersededRow = "superseded-row",
    /// A file named as a workbook that holds CSV text.
    TextAsWorkbook = "text-as-workbook",
    /// A cover text (titelbild.md) without an image.
    TextCoverNoImage = "text-cover-no-image",
    /// An empty text of the office's.
    TextEmpty = "text-empty",
    /// A text not saved as UTF-8.
    TextEncoding = "text-encoding",
    /// A second text for one field of action.
    TextFieldTwice = "text-field-twice",
    /// A footnote used but not given.
    TextFootnoteMissing = "text-footnote-missing",
    /// A heading that skips a level.
    TextHeadingSkips = "text-heading-skips",
    /// HTML in a text, not taken over.
    TextHtml = "text-html",
    /// A file in texte/ that is no text, image or template.
    TextIgnoredFile = "text-ignored-file",
    /// An image without alternative text.
    TextImageAlt = "text-image-alt",
    /// An image of the office's texts is no PNG, JPEG or SVG.
    TextImageFormat = "text-image-format",
    /// An image of the office's texts is not there.
    TextImageMissing = "text-image-missing",
    /// An SVG image, shown in the web edition only.
    TextImageSvgOnly = "text-image-svg-only",
    /// An image of the office's texts is too large.
    TextImageTooBig = "text-image-too-big",
    /// An image of the office's texts cannot be read.
    TextImageUnreadable = "text-image-unreadable",
    /// A symbolic link in texte/, not followed.
    TextLink = "text-link",
    /// A text whose name is near a field of action.
    TextNearField = "text-near-field",
    /// An unknown placeholder in a text.
    TextPlaceholderUnknown = "text-placeholder-unknown",
    /// A text naming an unknown field of action.
    TextUnknownField = "text-unknown-field",
    /// A text naming an unknown place in the report.
    TextUnknownPlace = "text-unknown-place",
    /// A text that cannot be read.
    TextUnreadable = "text-unreadable",
    /// More highlighted measures than the report shows.
    TooManyHighlights = "too-many-highlights",
    /// A total row; not a measure.
    TotalRow = "total-row",
    /// An uncertain match between the years.
    UncertainMatch = "uncertain-match",
    /// A CSV quote never closed.
    UnclosedQuote = "unclosed-quote",
    /// A department not on the configured list.
    UnknownDepartment = "unknown-department",
    /// A goal not in the catalogue.
    UnknownGoal = "unknown-goal",
    /// A list item not in the vocabulary, kept as written.
    UnknownListItem = "unknown-list-item",
    /// A value not in the vocabulary; the row is not taken.
    UnknownValue = "unknown-value",
    /// A return cannot be read at all.
    UnreadableFile = "unreadable-file",
    /// A folder cannot be listed.
    UnreadableFolder = "unreadable-folder",
    /// A Word template that cannot be used.
    WordTemplateUnusable = "word-template-unusable",
    /// A reporting year that differs from the file's folder.
    YearMismatch = "year-mismatch",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_in_alphabetical_order() {
        // Findings are sorted by code last; the variants' order must be the spelling's, so
        // findings.csv keeps the order it had when codes were strings.
        for w in Code::ALL.windows(2) {
            assert!(w[0].as_str() < w[1].as_str(), "{} before {}", w[0], w[1]);
            assert!(w[0] < w[1]);
        }
    }

    #[test]
    fn every_code_is_spelt_once_in_lower_case_with_hyphens() {
        let mut seen = std::collections::HashSet::new();
        for c in Code::ALL {
            let s = c.as_str();
            assert!(seen.insert(s), "{s} twice");
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{s}"
            );
        }
    }
}
