//! Tests of the layout: wrapping, tables across pages, headings kept with what follows.

use super::*;
use crate::render::charts;
use crate::render::report::model::Words;

fn test_doc(blocks: Vec<Block>) -> Document {
    Document {
        title: "T".into(),
        author: "A".into(),
        subject: "S".into(),
        keywords: vec![],
        language: "de-DE".into(),
        page_label: "{page}/{pages}".into(),
        words: Words::default(),
        draft: None,
        running_head: "T".into(),
        theme: Default::default(),
        blocks,
    }
}

#[test]
fn contents_page_numbers_are_the_pages_of_the_headings() {
    // Many subsections: with placeholder lines of the wrong size the first pass put the
    // contents on two pages and every number was one too high.
    let mut blocks = vec![Block::Contents {
        title: "Inhalt".into(),
    }];
    for i in 0..12 {
        blocks.push(Block::Heading {
            level: 1,
            text: format!("Kapitel {i}"),
        });
        for j in 0..4 {
            blocks.push(Block::Heading {
                level: 2,
                text: format!("Abschnitt {i}.{j}"),
            });
            blocks.push(Block::Paragraph {
                text: "Text ".repeat(200).into(),
                tone: super::super::model::Tone::Normal,
            });
        }
    }
    let doc = test_doc(blocks);
    let l = layout(&doc);
    let again = pass(&doc, &l.anchors);
    let pages = |a: &[Anchor]| a.iter().map(|x| x.page).collect::<Vec<_>>();
    assert_eq!(pages(&again.anchors), pages(&l.anchors));
    // The first chapter starts right after the two pages of contents.
    assert_eq!(l.anchors[0].page, 2);
}

/// The page on which a text item is drawn.
fn page_of(l: &Layout, needle: &str) -> usize {
    l.pages
        .iter()
        .position(|p| {
            p.items
                .iter()
                .any(|i| matches!(i, Item::Text { text, .. } if text.contains(needle)))
        })
        .unwrap_or_else(|| panic!("{needle} not drawn"))
}

#[test]
fn a_heading_and_its_intro_keep_with_the_table_that_follows() {
    for filler in [30, 40, 45, 50, 55] {
        let table = Table {
            caption: "Die Tabelle".into(),
            columns: vec![super::super::model::Column {
                title: "Spalte".into(),
                weight: 1.0,
                align: Align::Left,
            }],
            rows: (0..8).map(|i| vec![format!("Zeile {i}")]).collect(),
            highlighted: vec![false; 8],
        };
        let doc = test_doc(vec![
            Block::Paragraph {
                text: "Füllwort ".repeat(filler * 12).into(),
                tone: super::super::model::Tone::Normal,
            },
            Block::Heading {
                level: 2,
                text: "Gesundheit und Pflege".into(),
            },
            Block::Paragraph {
                text: "Eine Einleitung in zwei Zeilen. ".repeat(6).into(),
                tone: super::super::model::Tone::Lead,
            },
            Block::Table(table),
        ]);
        let l = layout(&doc);
        let heading = page_of(&l, "Gesundheit und Pflege");
        assert_eq!(heading, page_of(&l, "Die Tabelle"), "filler {filler}");
        // A table starts with at least three rows under its header.
        assert_eq!(heading, page_of(&l, "Zeile 2"), "filler {filler}");
    }
}

#[test]
fn a_cell_taller_than_a_page_stays_on_the_page() {
    let long = vec!["Maßnahme"; 3000].join(" ");
    let doc = test_doc(vec![Block::Table(Table {
        caption: "C".into(),
        columns: vec![super::super::model::Column {
            title: "X".into(),
            weight: 1.0,
            align: Align::Left,
        }],
        rows: vec![vec![long], vec!["kurz".into()]],
        highlighted: vec![false, false],
    })]);
    let laid = layout(&doc);
    for page in &laid.pages {
        for item in &page.items {
            if let Item::Text { y, .. } = item {
                assert!(
                    *y <= PAGE_H - BOTTOM + 1.0,
                    "text at {y} below the page body"
                );
            }
        }
    }
    assert!(laid.pages.iter().map(|p| p.items.len()).sum::<usize>() > 0);
}

#[test]
fn long_names_break_after_punctuation_not_inside_words() {
    let lines = wrap("2024/10-gleichstellung-2024.xlsx", 9.0, false, 90.0);
    assert!(lines.len() > 1, "{lines:?}");
    for l in &lines[..lines.len() - 1] {
        assert!(l.ends_with(['/', '-', '_', '.']), "{lines:?}");
    }
    assert_eq!(lines.concat(), "2024/10-gleichstellung-2024.xlsx");
}

#[test]
fn wrapping_respects_the_width() {
    let text = "Psychosoziale Beratung für Geflüchtete in den Kommunen der Region Hannover";
    let lines = wrap(text, 10.0, false, 120.0);
    assert!(lines.len() > 1);
    assert!(
        lines
            .iter()
            .all(|l| fonts::text_width(l, 10.0, false) <= 120.0)
    );
    assert_eq!(lines.join(" "), text);
    let long = wrap(
        "Donaudampfschifffahrtsgesellschaftskapitän",
        10.0,
        false,
        50.0,
    );
    assert!(
        long.len() > 2
            && long
                .iter()
                .all(|l| fonts::text_width(l, 10.0, false) <= 50.0)
    );
    // A word wider than the line is hyphenated where it must break.
    assert!(long[..long.len() - 1].iter().all(|l| l.ends_with('-')));
    assert_eq!(
        long.concat().replace('-', ""),
        "Donaudampfschifffahrtsgesellschaftskapitän"
    );
    assert_eq!(wrap("a\nb", 10.0, false, 100.0), vec!["a", "b"]);
}

/// A deterministic pseudo-random sequence for generated documents.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn col(title: &str, weight: f64) -> super::super::model::Column {
    super::super::model::Column {
        title: title.into(),
        weight,
        align: Align::Left,
    }
}

fn chart(rows: usize, bars: usize) -> BarChart {
    BarChart {
        id: crate::render::charts::ChartId::Field,
        title: "Maßnahmen je Handlungsfeld".into(),
        axis_label: "Anzahl".into(),
        category_label: "Handlungsfeld".into(),
        categories: (0..rows).map(|i| format!("Feld {i}")).collect(),
        bars: (0..bars).map(|i| format!("{}", 2023 + i)).collect(),
        series: vec![charts::Series {
            name: "laufend".into(),
            color: (0, 0, 0),
        }],
        values: vec![vec![vec![3.0]; bars]; rows],
        annotations: vec![],
        format: charts::ValueFormat::Count,
        max: None,
        note: String::new(),
        description: "Beschreibung".into(),
        marks: Vec::new(),
        width: charts::WIDTH,
        table_follows: false,
        empty_message: String::new(),
    }
}

/// A document of the report's shape: chapters of sections with an intro, a chart and
/// tables, of random lengths.
fn random_report(rng: &mut Lcg) -> Document {
    let words = [
        "Integration",
        "Beratung",
        "für",
        "Geflüchtete",
        "und",
        "Sprachkurse",
        "im",
        "Quartier",
    ];
    let text = |rng: &mut Lcg, least: usize, spread: usize| {
        let n = least + rng.below(spread);
        (0..n)
            .map(|_| words[rng.below(words.len())])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut blocks = Vec::new();
    for chapter in 0..3 {
        blocks.push(Block::Heading {
            level: 1,
            text: format!("Kapitel {chapter}"),
        });
        blocks.push(Block::Paragraph {
            text: text(rng, 20, 60).into(),
            tone: Tone::Normal,
        });
        for section in 0..(2 + rng.below(4)) {
            blocks.push(Block::Heading {
                level: 2,
                text: format!("Abschnitt {chapter}.{section}"),
            });
            blocks.push(Block::Paragraph {
                text: text(rng, 10, 50).into(),
                tone: Tone::Lead,
            });
            if rng.below(3) > 0 {
                blocks.push(Block::Chart(Box::new(chart(
                    4 + rng.below(2),
                    1 + rng.below(2),
                ))));
            }
            for _ in 0..rng.below(3) {
                let n = 1 + rng.below(30);
                blocks.push(Block::Table(Table {
                    caption: "Maßnahmen".into(),
                    columns: vec![
                        col("Maßnahme", 3.0),
                        col("Fachbereich", 2.0),
                        col("Status", 1.0),
                    ],
                    rows: (0..n)
                        .map(|_| {
                            let title = text(rng, 1, 8);
                            let department = text(rng, 1, 4);
                            vec![title, department, "laufend".into()]
                        })
                        .collect(),
                    highlighted: vec![false; n],
                }));
            }
        }
    }
    test_doc(blocks)
}

/// The lowest point drawn on a page.
fn used(page: &Page) -> f64 {
    page.items
        .iter()
        .map(|i| match i {
            Item::Text { y, .. } => *y,
            Item::Rect { y, h, .. } | Item::Image { y, h, .. } | Item::Link { y, h, .. } => y + h,
            Item::Chart {
                chart, y, scale, ..
            } => y + f64::from(chart.height()) * scale,
        })
        .fold(TOP, f64::max)
}

#[test]
fn a_page_is_half_empty_only_where_a_chapter_begins() {
    let body = PAGE_H - TOP - BOTTOM;
    for seed in 0..30 {
        let mut rng = Lcg(seed);
        let l = layout(&random_report(&mut rng));
        for (i, page) in l.pages.iter().enumerate().skip(2) {
            let Some(next) = l.pages.get(i + 1) else {
                break;
            };
            if used(page) - TOP < body / 2.0 {
                let chapter = next.items.iter().find_map(|it| match it {
                    Item::Text { size, text, .. } if *size == 20.0 => Some(text.clone()),
                    _ => None,
                });
                assert!(
                    chapter.is_some(),
                    "seed {seed}: page {} is {:.0} % empty and page {} starts no chapter: {:?}",
                    i + 1,
                    100.0 * (1.0 - (used(page) - TOP) / body),
                    i + 2,
                    next.items
                        .iter()
                        .take(12)
                        .map(|it| match it {
                            Item::Text { text, y, .. } => format!("T{y:.0}:{text}"),
                            Item::Rect { y, h, .. } => format!("R{y:.0}+{h:.0}"),
                            Item::Image { y, h, .. } => format!("I{y:.0}+{h:.0}"),
                            Item::Link { y, h, .. } => format!("L{y:.0}+{h:.0}"),
                            Item::Chart {
                                y, chart, scale, ..
                            } => format!("C{y:.0}+{:.0}", f64::from(chart.height()) * scale),
                        })
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn a_heading_keeps_with_a_chart_that_may_shrink_a_little() {
    for filler in 10..60 {
        let doc = test_doc(vec![
            Block::Paragraph {
                text: "Füllwort ".repeat(filler * 12).into(),
                tone: Tone::Normal,
            },
            Block::Heading {
                level: 2,
                text: "Gesundheit und Pflege".into(),
            },
            Block::Paragraph {
                text: "Eine Einleitung. ".repeat(10).into(),
                tone: Tone::Lead,
            },
            Block::Chart(Box::new(chart(5, 2))),
        ]);
        let l = layout(&doc);
        let heading = page_of(&l, "Gesundheit und Pflege");
        let on_page = l.pages[heading].items.iter().find_map(|i| match i {
            Item::Chart { scale, .. } => Some(*scale),
            _ => None,
        });
        let scale =
            on_page.unwrap_or_else(|| panic!("filler {filler}: chart not with its heading"));
        let full = CONTENT_W / f64::from(charts::WIDTH);
        assert!(
            scale >= full * MIN_CHART_SCALE - 1e-9 && scale <= full + 1e-9,
            "filler {filler}: {scale}"
        );
    }
}

#[test]
fn a_department_heading_keeps_with_its_first_measure() {
    for filler in 20..60 {
        let doc = test_doc(vec![
            Block::Paragraph { text: "Füllwort ".repeat(filler * 12).into(), tone: Tone::Normal },
            Block::Heading {
                level: 2,
                text: "Fachbereich Krankenhausplanung, Rettungsdienst und Katastrophenschutz sowie Entwicklungszusammenarbeit".into(),
            },
            Block::Heading { level: 3, text: "Erste Maßnahme".into() },
            Block::Paragraph { text: "Beschreibung der Maßnahme. ".repeat(8).into(), tone: Tone::Normal },
        ]);
        let l = layout(&doc);
        let heading = page_of(&l, "Fachbereich Krankenhausplanung");
        assert_eq!(heading, page_of(&l, "Erste Maßnahme"), "filler {filler}");
        assert_eq!(heading, page_of(&l, "Beschreibung der"), "filler {filler}");
    }
}

#[test]
fn a_heading_keeps_with_a_table_of_tall_rows() {
    for filler in 20..60 {
        let tall = "Psychosoziale Beratung für Geflüchtete in den Kommunen der Region ".repeat(3);
        let doc = test_doc(vec![
            Block::Paragraph {
                text: "Füllwort ".repeat(filler * 12).into(),
                tone: Tone::Normal,
            },
            Block::Heading {
                level: 2,
                text: "Nicht übernommene Zeilen".into(),
            },
            Block::Table(Table {
                caption: "Fehler".into(),
                columns: vec![col("Datei", 1.0), col("Meldung", 3.0)],
                rows: (0..5)
                    .map(|i| vec![format!("datei-{i}.xlsx"), tall.clone()])
                    .collect(),
                highlighted: vec![false; 5],
            }),
        ]);
        let l = layout(&doc);
        let heading = page_of(&l, "Nicht übernommene Zeilen");
        assert_eq!(heading, page_of(&l, "datei-2.xlsx"), "filler {filler}");
    }
}

#[test]
fn columns_are_never_narrower_than_their_longest_word() {
    let long = "Antidiskriminierungsberatungsstelle";
    let doc = test_doc(vec![Block::Table(Table {
        caption: "C".into(),
        columns: vec![
            col("Maßnahme", 5.0),
            col("Fachbereich", 0.6),
            col("Status", 1.0),
        ],
        rows: vec![vec![
            "Beratung".into(),
            format!("Fachbereich {long}"),
            "laufend".into(),
        ]],
        highlighted: vec![false],
    })]);
    let l = layout(&doc);
    let texts: Vec<String> = l.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert!(texts.iter().any(|t| t.contains(long)), "{texts:?}");
    assert!(!texts.iter().any(|t| t.ends_with('-')), "{texts:?}");
}

#[test]
fn a_chart_taller_than_a_page_is_drawn_to_the_page() {
    let doc = test_doc(vec![
        Block::Paragraph {
            text: "Füllwort ".repeat(200).into(),
            tone: Tone::Normal,
        },
        Block::Chart(Box::new(chart(60, 1))),
    ]);
    let l = layout(&doc);
    for page in &l.pages {
        for item in &page.items {
            if let Item::Chart {
                chart, y, scale, ..
            } = item
            {
                let bottom = y + f64::from(chart.height()) * scale;
                assert!(bottom <= PAGE_H - BOTTOM + 0.01, "chart ends at {bottom}");
            }
        }
    }
}

#[test]
fn a_unit_never_stands_alone_at_the_start_of_a_line() {
    let text = "Das gemeldete Budget beträgt 13.081.000 €.";
    // Wide enough for everything but the euro sign.
    let width = crate::render::charts::fonts::text_width(
        "Das gemeldete Budget beträgt 13.081.000",
        10.0,
        false,
    ) + 1.0;
    let lines = wrap(text, 10.0, false, width);
    assert_eq!(lines, ["Das gemeldete Budget beträgt", "13.081.000 €."]);
    let lines = wrap("Anteil 40 %", 10.0, false, 1000.0);
    assert_eq!(lines, ["Anteil 40 %"]);
}
