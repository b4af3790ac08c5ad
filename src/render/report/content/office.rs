//! The office's own texts (see [`crate::texts`]) as report blocks, their live figures
//! filled in with the figures the key-figure page shows.

use std::collections::BTreeMap;

use crate::config::StatusRole;
use crate::render::charts;
use crate::render::report::model::{Align, Block, Inline, Tone};
use crate::text::euro;
use crate::texts::{Figure, Text, TextBlock};

use super::{Ctx, col, heading, para, table};

/// The value of a live figure for the reporting year, in the report's number format.
fn figure(cx: &Ctx, f: &Figure) -> String {
    let Some(y) = cx.current else {
        return "–".to_string();
    };
    let count = |n: u64| charts::group_thousands(n as i64);
    let by_role = |counts: Option<&BTreeMap<String, u64>>, role: StatusRole| -> u64 {
        let Some(counts) = counts else { return 0 };
        cx.cfg
            .statuses_with(role)
            .iter()
            .filter_map(|s| counts.get(s))
            .sum()
    };
    let role = |name: &str| match name {
        "geplant" => Some(StatusRole::Planned),
        "laufend" => Some(StatusRole::Running),
        "abgeschlossen" => Some(StatusRole::Completed),
        "eingestellt" => Some(StatusRole::Stopped),
        _ => None,
    };
    match f {
        Figure::Year(name) => match *name {
            "jahr" => y.year.to_string(),
            "vorjahr" => cx.previous.map_or(y.year - 1, |p| p.year).to_string(),
            "massnahmen" => count(y.measures),
            "neu" => count(y.changes.as_ref().map_or(0, |c| c.new)),
            // As the key-figure tile „neu / nicht mehr gemeldet“ counts them.
            "beendet" => count(y.changes.as_ref().map_or(0, |c| c.ended)),
            "budget" => euro(y.budget_total),
            "fachbereiche" => count(y.by_department.len() as u64),
            "handlungsfelder" => count(y.by_field.len() as u64),
            other => {
                role(other).map_or_else(String::new, |r| count(by_role(Some(&y.by_status), r)))
            }
        },
        Figure::Field(field, name) => match *name {
            "massnahmen" => count(y.by_field.get(field).copied().unwrap_or(0)),
            "budget" => euro(y.budget_by_field.get(field).copied().unwrap_or(0.0)),
            other => role(other).map_or_else(String::new, |r| {
                count(by_role(y.by_field_status.get(field), r))
            }),
        },
    }
}

/// A text of the configuration (subtitle, date line) with its live figures filled in.
pub(super) fn filled(cx: &Ctx, text: &str) -> String {
    crate::texts::fill(text, cx.cfg, &|f| figure(cx, f))
}

/// One text as blocks: its headings moved down by `shift` levels (at most 3), its
/// footnotes after it, its figures filled in. `title` heads a chapter whose text does not
/// open with a heading of its own.
fn blocks(cx: &Ctx, text: &Text, title: Option<String>, shift: u8) -> Vec<Block> {
    let fill = |s: &str| crate::texts::fill(s, cx.cfg, &|f| figure(cx, f));
    // A live figure stands inside one span (`**{{massnahmen}}**`), so spans are filled one
    // by one and keep their emphasis.
    let rich = |t: &Inline| t.map(fill);
    let mut b = Vec::new();
    if let Some(title) = title
        && !matches!(text.blocks.first(), Some(TextBlock::Heading(1, _)))
    {
        b.push(heading(1, title));
    }
    let mut last_heading = String::new();
    for block in &text.blocks {
        match block {
            TextBlock::Heading(level, t) => {
                last_heading = fill(t);
                b.push(heading((level + shift).min(3), last_heading.clone()));
            }
            TextBlock::Paragraph(t) => b.push(para(rich(t))),
            TextBlock::Bullets(items) => b.push(Block::Bullets(items.iter().map(rich).collect())),
            TextBlock::Numbered(items) => {
                let mut lines = Inline::default();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        lines.push_plain("\n");
                    }
                    lines.append(rich(item));
                }
                b.push(para(lines));
            }
            TextBlock::Quote(t) => b.push(Block::Paragraph {
                text: rich(t),
                tone: Tone::Lead,
            }),
            TextBlock::Image(p) => {
                let mut p = p.clone();
                p.alt = fill(&p.alt);
                p.caption = p.caption.as_deref().map(fill);
                b.push(Block::Image(p));
            }
            TextBlock::Table(head, rows) => {
                // Numbers right, as in every table of the report.
                let numeric = |c: usize| {
                    !rows.is_empty()
                        && rows.iter().all(|r| {
                            r.get(c).is_some_and(|v| {
                                let v = fill(v);
                                !v.is_empty()
                                    && v.chars()
                                        .all(|ch| ch.is_ascii_digit() || " .,%€+-–".contains(ch))
                            })
                        })
                };
                let columns = head
                    .iter()
                    .enumerate()
                    .map(|(i, h)| {
                        let align = if numeric(i) {
                            Align::Right
                        } else {
                            Align::Left
                        };
                        col(&fill(h), 1.0, align)
                    })
                    .collect();
                let caption = if last_heading.is_empty() {
                    cx.cfg.title.clone()
                } else {
                    last_heading.clone()
                };
                let rows = rows
                    .iter()
                    .map(|r| {
                        (0..head.len())
                            .map(|i| r.get(i).map(|v| fill(v)).unwrap_or_default())
                            .collect()
                    })
                    .collect();
                b.push(table(caption, columns, rows));
            }
        }
    }
    for (i, n) in text.notes.iter().enumerate() {
        b.push(Block::Paragraph {
            text: format!("[{}] {}", i + 1, fill(n)).into(),
            tone: Tone::Footnote,
        });
    }
    b
}

/// A chapter of the office's own: `default_title` where the text has no first heading.
pub(super) fn chapter(cx: &Ctx, text: Option<&Text>, default_title: &str) -> Vec<Block> {
    text.map(|t| {
        let title = t.title.clone().unwrap_or_else(|| default_title.to_string());
        blocks(cx, t, Some(title), 0)
    })
    .unwrap_or_default()
}

/// The further chapters the office placed after `place`, each titled by its file name
/// where it has no heading.
pub(super) fn chapters_after(cx: &Ctx, place: crate::texts::Place) -> Vec<Block> {
    cx.inp
        .texts
        .chapters_after(place)
        .flat_map(|t| {
            let stem = t
                .file
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .trim_end_matches(".md")
                .to_string();
            blocks(cx, t, Some(t.title.clone().unwrap_or(stem)), 0)
        })
        .collect()
}

/// A field's introduction: the office's text where there is one (its first paragraph set
/// as the lead), else the line from the settings.
pub(super) fn field_intro(cx: &Ctx, field: &str) -> Vec<Block> {
    if let Some(text) = cx.inp.texts.fields.get(field) {
        let mut b = blocks(cx, text, None, 2);
        if let Some(Block::Paragraph { tone, .. }) = b.first_mut() {
            *tone = Tone::Lead;
        }
        return b;
    }
    cx.cfg
        .intros
        .get(field)
        .map(|intro| Block::Paragraph {
            text: intro.clone().into(),
            tone: Tone::Lead,
        })
        .into_iter()
        .collect()
}

/// The imprint on the last page: the entries the configuration gives (the organisation as
/// publisher where none is), the date; nothing when there is nothing to say.
pub(super) fn imprint(cx: &Ctx) -> Vec<Block> {
    let imprint = &cx.cfg.imprint;
    let blank = imprint.entries().iter().all(|(_, v)| v.trim().is_empty());
    if blank && cx.cfg.organisation.trim().is_empty() {
        return Vec::new();
    }
    let lang = cx.lang;
    let mut b = vec![heading(1, crate::tr!(lang, "imprint-title"))];
    for (key, value) in imprint.entries() {
        let value = if key == "publisher" && value.is_empty() {
            cx.cfg.organisation.as_str()
        } else {
            value
        };
        if value.trim().is_empty() {
            continue;
        }
        let label = crate::i18n::message(lang, &format!("imprint-{key}"), &[]);
        b.push(Block::Paragraph {
            text: label.into(),
            tone: Tone::Strong,
        });
        b.push(para(value));
    }
    b.push(para(crate::tr!(
        lang,
        "imprint-date",
        created = cx.inp.created.as_str()
    )));
    b
}
