//! Charts: the figures of the report as typed chart models built from the key figures, one
//! drawing routine over any plotters backend, and three outputs: SVG and PNG files (plotters'
//! own backends) and vector operations for the PDF ([`pdf::PdfBackend`]). Text is measured
//! and drawn with the embedded Liberation Sans, never a system font.

pub(crate) mod fonts;
pub(crate) mod pdf;
mod set;

pub use set::chart_set;

/// What drawing on a plotters backend returns.
type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::config::Lang;
use crate::text::euro;

/// How values are written on the axis and the bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueFormat {
    /// Whole numbers.
    Count,
    /// Euro in German format.
    Euro,
    /// Per cent, 0 to 100.
    Percent,
    /// A measured figure (an indicator's value): German decimals, as many as it needs up to
    /// two.
    Figure,
}

/// One legend entry: what a colour means.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Name in the legend.
    pub name: String,
    /// Colour (RGB).
    pub color: (u8, u8, u8),
}

/// Which chart it is: the chart set's files in `charts/` are named by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// Measures per field of action and status.
    MeasuresByField,
    /// This year against the last, per field of action.
    Comparison,
    /// The share of goals with a running measure, per field of action.
    GoalCoverage,
    /// Budget per field of action and source of funding.
    BudgetByField,
    /// Measures per target group.
    TargetGroups,
    /// Measures per department.
    Departments,
    /// Measures per status over the years.
    Development,
    /// A field of action's own statuses (in the report only).
    Field,
    /// An indicator's series (written as `indikator-<id>`).
    Indicator,
}

impl ChartId {
    /// The chart set in the report's order of the overview.
    pub const OVERVIEW: [ChartId; 6] = [
        ChartId::MeasuresByField,
        ChartId::Comparison,
        ChartId::BudgetByField,
        ChartId::TargetGroups,
        ChartId::Departments,
        ChartId::Development,
    ];

    /// Its file name in `charts/`, without extension.
    pub fn file_stem(self) -> &'static str {
        match self {
            ChartId::MeasuresByField => "massnahmen-nach-handlungsfeld",
            ChartId::Comparison => "vorjahresvergleich",
            ChartId::GoalCoverage => "zielabdeckung",
            ChartId::BudgetByField => "budget-nach-handlungsfeld",
            ChartId::TargetGroups => "zielgruppen",
            ChartId::Departments => "fachbereiche",
            ChartId::Development => "entwicklung",
            ChartId::Field => "feld",
            ChartId::Indicator => "indikator",
        }
    }
}

/// A horizontal bar chart: categories as rows, one or more bars per row (e.g. two years),
/// each bar stacked from segments (e.g. statuses).
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// Which chart it is.
    pub id: ChartId,
    /// Title above the chart.
    pub title: String,
    /// What the value axis counts.
    pub axis_label: String,
    /// What the rows are (the category axis), shown above the row labels.
    pub category_label: String,
    /// Row labels.
    pub categories: Vec<String>,
    /// Labels of the bars within a row (years); empty for one bar per row.
    pub bars: Vec<String>,
    /// Stacked segments with their colours (the legend).
    pub series: Vec<Series>,
    /// Values `[category][bar][series]`.
    pub values: Vec<Vec<Vec<f64>>>,
    /// Text at the end of each row (e.g. "+3"), or empty.
    pub annotations: Vec<String>,
    /// Value format.
    pub format: ValueFormat,
    /// Fixed maximum of the value axis (100 for per cent).
    pub max: Option<f64>,
    /// Data date and source, shown under the chart.
    pub note: String,
    /// What the chart shows, in one sentence (alternative text).
    pub description: String,
    /// Text at the end of each bar `[category][bar]` (a value, or the sign that stands for
    /// a missing one: a gap is labelled, never drawn as a bar of 0); empty for none. Where
    /// given, the chart's table shows these texts.
    pub marks: Vec<Vec<String>>,
    /// The width it is drawn at, in drawing units ([`WIDTH`] for the report's charts); a
    /// narrower chart is laid out at the same width on the page, so its text is larger.
    pub width: u32,
    /// Whether the report puts the chart's numbers in a table of its own right after it
    /// (the web page and the Word file then add none).
    pub table_follows: bool,
    /// Shown instead of bars when there is nothing to draw.
    pub empty_message: String,
}

impl BarChart {
    /// Whether there is anything to draw.
    pub fn is_empty(&self) -> bool {
        self.values.iter().flatten().flatten().all(|v| *v == 0.0)
    }

    /// The longest bar's total.
    fn max_total(&self) -> f64 {
        self.values
            .iter()
            .flatten()
            .map(|segs| segs.iter().sum::<f64>())
            .fold(0.0, f64::max)
    }

    /// Height in drawing units at scale 1 for the given width.
    pub fn height(&self) -> u32 {
        let bars = self.bars.len().max(1) as u32;
        let rows = self.categories.len().max(1) as u32;
        let legend_lines = if self.series.len() > 1 {
            self.series.len().div_ceil(6) as u32
        } else {
            0
        };
        let title_lines = 1 + self.title.chars().count() as u32 * WIDTH / self.width.max(1) / 80;
        let category = if self.category_label.is_empty() {
            0
        } else {
            12
        };
        30 + category + title_lines * 22 + rows * (bars * 18 + 12) + 46 + legend_lines * 22 + 40
    }
}

/// Okabe–Ito colours, safe for colour-blind readers.
pub mod palette {
    /// Orange.
    pub const ORANGE: (u8, u8, u8) = (0xE6, 0x9F, 0x00);
    /// Sky blue.
    pub const SKY: (u8, u8, u8) = (0x56, 0xB4, 0xE9);
    /// Bluish green.
    pub const GREEN: (u8, u8, u8) = (0x00, 0x9E, 0x73);
    /// Yellow.
    pub const YELLOW: (u8, u8, u8) = (0xF0, 0xE4, 0x42);
    /// Blue.
    pub const BLUE: (u8, u8, u8) = (0x00, 0x72, 0xB2);
    /// Vermillion.
    pub const VERMILLION: (u8, u8, u8) = (0xD5, 0x5E, 0x00);
    /// Reddish purple.
    pub const PURPLE: (u8, u8, u8) = (0xCC, 0x79, 0xA7);
    /// Grey for "other" and earlier years.
    pub const GREY: (u8, u8, u8) = (0xA0, 0xA0, 0xA0);
    /// Dark grey for text.
    pub const INK: (u8, u8, u8) = (0x22, 0x22, 0x22);
}

/// The colour of a status, the same in every chart: by its role (planned, running,
/// completed, stopped), never by its name or position in the list.
pub fn status_color(role: Option<crate::config::StatusRole>) -> (u8, u8, u8) {
    use crate::config::StatusRole;
    match role {
        Some(StatusRole::Planned) => palette::SKY,
        Some(StatusRole::Running) => palette::BLUE,
        Some(StatusRole::Paused) => palette::ORANGE,
        Some(StatusRole::Completed) => palette::GREEN,
        Some(StatusRole::Stopped) => palette::VERMILLION,
        None => palette::GREY,
    }
}

/// The colour of a funding source, by position in the vocabulary.
pub fn funding_color(index: usize) -> (u8, u8, u8) {
    [
        palette::ORANGE,
        palette::YELLOW,
        palette::PURPLE,
        palette::SKY,
        palette::GREEN,
        palette::VERMILLION,
    ]
    .get(index)
    .copied()
    .unwrap_or(palette::GREY)
}

/// Formats a value for axis and labels.
pub fn format_value(v: f64, format: ValueFormat) -> String {
    match format {
        ValueFormat::Count => group_thousands(v.round() as i64),
        ValueFormat::Euro => euro(v.round()),
        ValueFormat::Percent => format!("{} %", v.round() as i64),
        ValueFormat::Figure => {
            let decimals = (0..=2)
                .find(|d| {
                    let scaled = v * 10f64.powi(*d);
                    (scaled.round() - scaled).abs() < 1e-6
                })
                .unwrap_or(2);
            crate::indicators::number(v, decimals as usize)
        }
    }
}

/// `1250000` as `1.250.000`.
pub fn group_thousands(v: i64) -> String {
    let digits = v.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    if v < 0 { format!("-{out}") } else { out }
}

/// A "nice" axis step for a maximum: 1, 2 or 5 times a power of ten.
fn nice_step(max: f64, ticks: f64) -> f64 {
    let raw = (max / ticks).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let nice = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    (nice * mag).max(1.0)
}

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// The creation date as people write it (`25.11.2026` or `2026-11-25`).
pub fn created_date(t: chrono::NaiveDateTime, lang: Lang) -> String {
    let pattern = crate::i18n::message(lang, "date-pattern", &[]);
    t.format(&pattern).to_string()
}

fn font(size: f64, bold: bool, color: (u8, u8, u8)) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    // FontDesc::style keeps the regular face's data, so the face is chosen at creation.
    FontDesc::new(FontFamily::Name(fonts::FAMILY), size, style).color(&rgb(color))
}

fn width<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, text: &str, style: &TextStyle) -> f64 {
    root.estimate_text_size(text, style)
        .map(|(w, _)| w as f64)
        .unwrap_or(text.len() as f64 * 7.0)
}

/// Splits a label into lines no wider than `max` (at spaces and after hyphens).
fn wrap<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    max: f64,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(root, &candidate, style) <= max || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    // A single word wider than the column is cut with an ellipsis rather than overflowing.
    lines
        .into_iter()
        .map(|l| {
            if width(root, &l, style) <= max {
                return l;
            }
            let mut cut: String = l.clone();
            while !cut.is_empty() && width(root, &format!("{cut}…"), style) > max {
                cut.pop();
            }
            format!("{cut}…")
        })
        .collect()
}

/// Draws a chart onto any plotters area; `s` scales every size (2 for print PNGs).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    s: f64,
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as f64, h as f64);
    let margin = 20.0 * s;
    let fonts = ChartFonts::new(s);
    let top = Pos::new(HPos::Left, VPos::Top);

    // Title, wrapped to the width.
    let mut y = margin;
    for line in wrap(root, &c.title, &fonts.title, w - 2.0 * margin) {
        root.draw(&Text::new(
            line,
            (px(margin), px(y)),
            fonts.title.clone().pos(top),
        ))?;
        y += 22.0 * s;
    }
    y += if c.category_label.is_empty() {
        10.0
    } else {
        22.0
    } * s;
    let note_y = h - margin - 12.0 * s;

    if c.is_empty() {
        let msg = font(14.0 * s, false, (0x55, 0x55, 0x55)).pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(
            c.empty_message.clone(),
            (px(w / 2.0), px((y + note_y) / 2.0 - 10.0 * s)),
            msg,
        ))?;
        root.draw(&Text::new(
            c.note.clone(),
            (px(margin), px(note_y)),
            fonts.small.clone().pos(top),
        ))?;
        return Ok(());
    }

    let f = Frame::new(root, c, s, w, margin, y, &fonts);
    draw_grid(root, c, &f, &fonts)?;
    // The category axis is named above its labels.
    if !c.category_label.is_empty() {
        let head = fonts.head.clone().pos(Pos::new(HPos::Right, VPos::Top));
        root.draw(&Text::new(
            c.category_label.clone(),
            (px(f.x0 - 8.0 * s), px(f.plot_top - 14.0 * s)),
            head,
        ))?;
    }
    draw_rows(root, c, &f, &fonts)?;
    // Value axis line and label.
    root.draw(&PathElement::new(
        vec![(px(f.x0), px(f.plot_top)), (px(f.x0), px(f.plot_bottom))],
        ShapeStyle::from(&rgb(palette::INK)).stroke_width(s.max(1.0) as u32),
    ))?;
    let ly = f.plot_bottom + 22.0 * s;
    let axis = fonts.small.clone().pos(Pos::new(HPos::Center, VPos::Top));
    root.draw(&Text::new(
        c.axis_label.clone(),
        (px((f.x0 + f.x1) / 2.0), px(ly)),
        axis,
    ))?;
    draw_legend(root, c, &f, &fonts, ly + 24.0 * s)?;
    root.draw(&Text::new(
        c.note.clone(),
        (px(margin), px(note_y)),
        fonts.small.clone().pos(top),
    ))?;
    Ok(())
}

/// A drawing coordinate in whole pixels.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The text styles of a chart at scale `s`.
struct ChartFonts {
    /// The title.
    title: TextStyle<'static>,
    /// Row labels, annotations and the legend.
    label: TextStyle<'static>,
    /// Ticks, the axis label and the note.
    small: TextStyle<'static>,
    /// The name of the category axis.
    head: TextStyle<'static>,
}

impl ChartFonts {
    /// The text styles at scale `s`.
    fn new(s: f64) -> ChartFonts {
        ChartFonts {
            title: font(17.0 * s, true, palette::INK),
            label: font(12.0 * s, false, palette::INK),
            small: font(10.5 * s, false, (0x55, 0x55, 0x55)),
            head: font(10.5 * s, true, (0x55, 0x55, 0x55)),
        }
    }
}

/// Where the parts of a non-empty chart go: the plot's edges, the rows and the value scale.
struct Frame {
    /// The scale of every size.
    s: f64,
    /// The chart's width.
    w: f64,
    /// The margin around the chart.
    margin: f64,
    /// The widest a row label may be.
    label_max: f64,
    /// Left edge of the plot (value 0).
    x0: f64,
    /// Right edge of the plot.
    x1: f64,
    /// Bars per row (at least 1).
    bars: f64,
    /// Height of one bar.
    bar_h: f64,
    /// Height of one row.
    row_h: f64,
    /// Top of the plot.
    plot_top: f64,
    /// Bottom of the plot.
    plot_bottom: f64,
    /// The value at the right edge.
    axis_max: f64,
    /// The value between two grid lines.
    step: f64,
}

impl Frame {
    /// The frame of chart `c` whose plot starts at `plot_top`.
    fn new<DB: DrawingBackend>(
        root: &DrawingArea<DB, Shift>,
        c: &BarChart,
        s: f64,
        w: f64,
        margin: f64,
        plot_top: f64,
        fonts: &ChartFonts,
    ) -> Frame {
        // Label column: as wide as the longest label, at most 42% of the width.
        let label_max = 0.42 * w;
        // The axis name stands above the labels, right-aligned with them: wide enough for it
        // too, or „Berichtsjahr“ loses its first letters beside short labels like „2024“.
        let label_w = c
            .categories
            .iter()
            .map(|l| width(root, l, &fonts.label).min(label_max))
            .fold(0.0, f64::max)
            .max(width(root, &c.category_label, &fonts.head).min(label_max))
            + 10.0 * s;
        let annot_w = c
            .annotations
            .iter()
            .chain(c.marks.iter().flatten())
            .map(|a| width(root, a, &fonts.label))
            .fold(0.0, f64::max)
            + 12.0 * s;
        let x0 = margin + label_w;
        let x1 = w - margin - annot_w;
        let bars = c.bars.len().max(1) as f64;
        let bar_h = 18.0 * s;
        let row_h = bars * bar_h + 12.0 * s;
        let plot_bottom = plot_top + row_h * c.categories.len() as f64;

        let max = c.max.unwrap_or_else(|| c.max_total()).max(1.0);
        let step = nice_step(max, 5.0);
        let axis_max = if c.max.is_some() {
            max
        } else {
            (max / step).ceil() * step
        };
        Frame {
            s,
            w,
            margin,
            label_max,
            x0,
            x1,
            bars,
            bar_h,
            row_h,
            plot_top,
            plot_bottom,
            axis_max,
            step,
        }
    }

    /// The x position of value `v`.
    fn sx(&self, v: f64) -> f64 {
        self.x0 + (self.x1 - self.x0) * v / self.axis_max
    }
}

/// Draws the grid lines and tick labels of the value axis.
fn draw_grid<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    f: &Frame,
    fonts: &ChartFonts,
) -> DrawResult<DB> {
    let s = f.s;
    let grid = ShapeStyle::from(&RGBColor(0xDD, 0xDD, 0xDD)).stroke_width(s.max(1.0) as u32);
    let mut t = 0.0;
    while t <= f.axis_max + 1e-9 {
        let x = f.sx(t);
        root.draw(&PathElement::new(
            vec![(px(x), px(f.plot_top)), (px(x), px(f.plot_bottom))],
            grid,
        ))?;
        let tick = fonts.small.clone().pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(
            format_value(t, c.format),
            (px(x), px(f.plot_bottom + 4.0 * s)),
            tick,
        ))?;
        t += f.step;
    }
    Ok(())
}

/// Draws the rows: label, bars, annotation.
fn draw_rows<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    f: &Frame,
    fonts: &ChartFonts,
) -> DrawResult<DB> {
    let (s, x0, bars, bar_h) = (f.s, f.x0, f.bars, f.bar_h);
    let label = &fonts.label;
    let top = Pos::new(HPos::Left, VPos::Top);
    for (i, cat) in c.categories.iter().enumerate() {
        let ry = f.plot_top + f.row_h * i as f64 + 6.0 * s;
        let lines = wrap(root, cat, label, f.label_max);
        let lines_h = 14.0 * s * lines.len().min(2) as f64;
        let mut ly = ry + (bars * bar_h - lines_h) / 2.0;
        for l in lines.iter().take(2) {
            let right = label.clone().pos(Pos::new(HPos::Right, VPos::Top));
            root.draw(&Text::new(l.clone(), (px(x0 - 8.0 * s), px(ly)), right))?;
            ly += 14.0 * s;
        }
        let row = c.values.get(i).cloned().unwrap_or_default();
        let mut end = x0;
        for (b, segs) in row.iter().enumerate() {
            let by = ry + bar_h * b as f64;
            let mut acc = 0.0;
            for (k, v) in segs.iter().enumerate() {
                if *v <= 0.0 {
                    continue;
                }
                let color = c.series.get(k).map_or(palette::GREY, |s| s.color);
                let (a, z) = (f.sx(acc), f.sx(acc + v));
                root.draw(&Rectangle::new(
                    [
                        (px(a), px(by + 1.0 * s)),
                        (px(z).max(px(a) + 1), px(by + bar_h - 2.0 * s)),
                    ],
                    rgb(color).filled(),
                ))?;
                acc += v;
            }
            end = end.max(f.sx(acc));
            if let Some(mark) = c
                .marks
                .get(i)
                .and_then(|m| m.get(b))
                .filter(|m| !m.is_empty())
            {
                let at = by + (bar_h - 14.0 * s) / 2.0;
                root.draw(&Text::new(
                    mark.clone(),
                    (px(f.sx(acc) + 4.0 * s), px(at)),
                    label.clone().pos(top),
                ))?;
            }
        }
        if let Some(a) = c.annotations.get(i).filter(|a| !a.is_empty()) {
            let at = ry + (bars * bar_h - 14.0 * s) / 2.0;
            root.draw(&Text::new(
                a.clone(),
                (px(end + 6.0 * s), px(at)),
                label.clone().pos(top),
            ))?;
        }
    }
    Ok(())
}

/// Draws the legend from `ly` down where colours carry meaning (not when the rows already
/// name them).
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    f: &Frame,
    fonts: &ChartFonts,
    mut ly: f64,
) -> DrawResult<DB> {
    let s = f.s;
    let label = &fonts.label;
    let top = Pos::new(HPos::Left, VPos::Top);
    let rows_name_colours = c.series.iter().map(|s| &s.name).eq(c.categories.iter());
    if c.series.len() > 1 && !rows_name_colours {
        let mut lx = f.x0;
        for series in &c.series {
            let wname = width(root, &series.name, label);
            if lx + 18.0 * s + wname > f.w - f.margin {
                lx = f.x0;
                ly += 22.0 * s;
            }
            root.draw(&Rectangle::new(
                [
                    (px(lx), px(ly + 1.0 * s)),
                    (px(lx + 12.0 * s), px(ly + 13.0 * s)),
                ],
                rgb(series.color).filled(),
            ))?;
            root.draw(&Text::new(
                series.name.clone(),
                (px(lx + 17.0 * s), px(ly)),
                label.clone().pos(top),
            ))?;
            lx += 17.0 * s + wname + 18.0 * s;
        }
    }
    Ok(())
}

/// Width of the file charts at scale 1, in pixels.
pub const WIDTH: u32 = 900;
/// Scale of the PNG files: 2 gives 1800 px, enough for print.
pub const PNG_SCALE: f64 = 2.0;

/// The chart as an SVG document.
pub fn to_svg(c: &BarChart) -> Result<String, String> {
    fonts::register();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (c.width, c.height())).into_drawing_area();
        draw(&root, c, 1.0).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    // Readers without Liberation Sans fall back to Arial, which has the same metrics.
    let family = format!("font-family=\"{}\"", fonts::FAMILY);
    let out = out.replace(
        &family,
        "font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\"",
    );
    // A title element lets screen readers and browsers name the image.
    let title = format!(
        "<title>{}</title><desc>{}</desc>",
        crate::text::escape_markup(&c.title),
        crate::text::escape_markup(&c.description)
    );
    Ok(match out.find('>') {
        Some(i) => format!("{}{title}{}", &out[..=i], &out[i + 1..]),
        None => out,
    })
}

/// The chart as a PNG image at print resolution.
pub fn to_png(c: &BarChart) -> Result<Vec<u8>, String> {
    fonts::register();
    let (w, h) = (
        (c.width as f64 * PNG_SCALE) as u32,
        (c.height() as f64 * PNG_SCALE) as u32,
    );
    let mut buf = vec![0u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        draw(&root, c, PNG_SCALE).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&buf).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// Writes every chart as SVG and PNG into `dir`.
pub fn write_files(dir: &std::path::Path, charts: &[BarChart]) -> Result<(), crate::error::Error> {
    let named: Vec<(String, &BarChart)> = charts
        .iter()
        .map(|c| (c.id.file_stem().to_string(), c))
        .collect();
    write_named(dir, &named)
}

/// Writes each chart as `<name>.svg` and `<name>.png` into `dir`.
pub fn write_named(
    dir: &std::path::Path,
    charts: &[(String, &BarChart)],
) -> Result<(), crate::error::Error> {
    use rayon::prelude::*;
    let rendered: Vec<Result<(String, Vec<u8>), String>> = charts
        .par_iter()
        .map(|(_, c)| Ok((to_svg(c)?, to_png(c)?)))
        .collect();
    for ((name, _), r) in charts.iter().zip(rendered) {
        let svg_path = dir.join(format!("{name}.svg"));
        let (svg, png) = r.map_err(|message| crate::error::Error::Export {
            path: svg_path.clone(),
            source: crate::error::Cause::Chart(message),
        })?;
        crate::files::write_atomic(&svg_path, svg.as_bytes())?;
        crate::files::write_atomic(&dir.join(format!("{name}.png")), &png)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_numbers() {
        assert_eq!(nice_step(47.0, 5.0), 10.0);
        assert_eq!(nice_step(1_250_000.0, 5.0), 500_000.0);
        assert_eq!(nice_step(3.0, 5.0), 1.0);
        assert_eq!(group_thousands(1_250_000), "1.250.000");
        assert_eq!(format_value(1_250_000.0, ValueFormat::Euro), "1.250.000 €");
        assert_eq!(format_value(40.0, ValueFormat::Percent), "40 %");
    }
}
