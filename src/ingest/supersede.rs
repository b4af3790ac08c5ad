//! Corrections that replace what they correct: a correction workbook names the files it was
//! made from (their content hashes and paths, [`crate::identity`]); those files are replaced
//! whole, whatever they are called or dated, and their rows are not read as evidence of
//! anything (no second correction request, no measure "not taken over").

use std::collections::HashMap;

use crate::identity::Kind;
use crate::text::match_key;

/// A file as the rule sees it.
pub(super) struct Entry<'a> {
    /// Its path relative to the input folder.
    pub rel: &'a str,
    /// The hash of its bytes.
    pub hash: Option<u64>,
    /// What it says about itself.
    pub identity: Option<&'a crate::identity::Identity>,
    /// When the workbook says it was last saved.
    pub saved: Option<chrono::NaiveDate>,
}

/// Why a file is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Why {
    /// The correction workbook was made from exactly these bytes.
    MadeFrom,
    /// The correction workbook was made from a file of this name, which has changed since.
    ChangedSince,
    /// An earlier round's correction workbook of the same department and year.
    EarlierRound,
    /// The same correction workbook sent back twice: the one saved earlier (or, saved the
    /// same day, whose name sorts first) gives way.
    SameWorkbook,
}

/// The correction that replaces a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Replaced {
    /// Index of the correction workbook.
    pub by: usize,
    /// Why.
    pub why: Why,
}

/// Per file (by index), the correction workbook that replaces it. Of several, the latest
/// round counts; two files never replace each other.
pub(super) fn replaced(files: &[Entry]) -> HashMap<usize, Replaced> {
    let round = |i: usize| {
        files[i]
            .identity
            .filter(|id| id.kind == Kind::Correction)
            .map(|id| id.round)
    };
    let mut out: HashMap<usize, Replaced> = HashMap::new();
    for (c, corr) in files.iter().enumerate() {
        let Some(id) = corr.identity.filter(|id| id.kind == Kind::Correction) else {
            continue;
        };
        for (f, file) in files.iter().enumerate() {
            if f == c {
                continue;
            }
            let why = if file
                .hash
                .is_some_and(|h| id.sources.iter().any(|s| s.hash == h))
            {
                Why::MadeFrom
            } else if id.sources.iter().any(|s| s.file == file.rel) {
                Why::ChangedSince
            } else if file
                .identity
                .is_some_and(|o| o == id && (file.saved, file.rel) < (corr.saved, corr.rel))
            {
                Why::SameWorkbook
            } else if file.identity.is_some_and(|o| {
                o.kind == Kind::Correction
                    && o.round < id.round
                    && o.year == id.year
                    && o.department.as_deref().map(match_key)
                        == id.department.as_deref().map(match_key)
            }) {
                Why::EarlierRound
            } else {
                continue;
            };
            let candidate = Replaced { by: c, why };
            // Of two corrections that both replace the file, the later round (then the
            // later name) counts.
            let better =
                |old: &Replaced| (round(c), files[c].rel) > (round(old.by), files[old.by].rel);
            match out.get(&f) {
                Some(old) if !better(old) => {}
                _ => {
                    out.insert(f, candidate);
                }
            }
        }
    }
    // Two files that name each other (possible only by name after renaming): the one of
    // the later round, then the later name, stays.
    let mutual: Vec<usize> = out
        .iter()
        .filter(|(f, r)| out.get(&r.by).is_some_and(|back| back.by == **f))
        .map(|(f, _)| *f)
        .collect();
    for f in mutual {
        if let Some(r) = out.get(&f).copied()
            && (round(f), files[f].rel) > (round(r.by), files[r.by].rel)
        {
            out.remove(&f);
        }
    }
    // A file replaced by a file that is itself replaced is named by the one that counts.
    let last: Vec<(usize, usize)> = out
        .keys()
        .map(|f| {
            let mut by = out[f].by;
            for _ in 0..files.len() {
                match out.get(&by) {
                    Some(next) if next.by != *f => by = next.by,
                    _ => break,
                }
            }
            (*f, by)
        })
        .collect();
    for (f, by) in last {
        if let Some(r) = out.get_mut(&f) {
            r.by = by;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::{Identity, Source};

    fn correction(round: u32, sources: &[(u64, &str)]) -> Identity {
        Identity {
            kind: Kind::Correction,
            department: Some("FD 51 Jugend".into()),
            year: Some(2025),
            round,
            sources: sources
                .iter()
                .map(|(hash, file)| Source {
                    hash: *hash,
                    file: file.to_string(),
                })
                .collect(),
        }
    }

    fn entry<'a>(rel: &'a str, hash: u64, identity: Option<&'a Identity>) -> Entry<'a> {
        Entry {
            rel,
            hash: Some(hash),
            identity,
            saved: None,
        }
    }

    #[test]
    fn the_same_correction_sent_back_twice_counts_as_last_saved() {
        let c = correction(1, &[(1, "2025/a.xlsx")]);
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 2, d);
        let files = [
            entry("2025/a.xlsx", 1, None),
            // Unchanged, but named „final“.
            Entry {
                saved: day(1),
                ..entry("2025/Soziales final.xlsx", 2, Some(&c))
            },
            Entry {
                saved: day(9),
                ..entry("2025/Kopie.xlsx", 3, Some(&c))
            },
        ];
        let r = replaced(&files);
        assert_eq!(
            r[&1],
            Replaced {
                by: 2,
                why: Why::SameWorkbook
            }
        );
        assert_eq!(r[&0].by, 2);
        assert!(!r.contains_key(&2));
    }

    #[test]
    fn a_correction_replaces_its_sources_whatever_their_names() {
        let c1 = correction(
            1,
            &[(1, "2025/jugend_final.xlsx"), (2, "2025/jugend-2.xlsx")],
        );
        let files = [
            // Renamed after the correction was made: the bytes still match.
            entry("2025/umbenannt.xlsx", 1, None),
            // Changed after the correction was made: the name still matches.
            entry("2025/jugend-2.xlsx", 99, None),
            entry("2025/Kopie von vorlage.xlsx", 3, Some(&c1)),
            // Another department's file is left alone.
            entry("2025/schulen.xlsx", 4, None),
        ];
        let r = replaced(&files);
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[&0],
            Replaced {
                by: 2,
                why: Why::MadeFrom
            }
        );
        assert_eq!(
            r[&1],
            Replaced {
                by: 2,
                why: Why::ChangedSince
            }
        );
    }

    #[test]
    fn a_later_round_replaces_the_earlier_and_its_sources() {
        let c1 = correction(1, &[(1, "2025/a.xlsx")]);
        let c2 = correction(2, &[(2, "2025/korrektur.xlsx")]);
        // Round 2 was made from another copy of round 1 (hash 2): round 1 is replaced as
        // the earlier round, the original by round 1.
        let files = [
            entry("2025/a.xlsx", 1, None),
            entry("2025/zz-korrektur-1.xlsx", 5, Some(&c1)),
            entry("2025/aaa-runde-2.xlsx", 6, Some(&c2)),
        ];
        let r = replaced(&files);
        assert_eq!(
            r[&1],
            Replaced {
                by: 2,
                why: Why::EarlierRound
            }
        );
        // Replaced by round 1, which round 2 replaces: named by round 2, the one that counts.
        assert_eq!(r[&0].by, 2);
        assert!(!r.contains_key(&2));
    }

    #[test]
    fn files_naming_each_other_never_both_go() {
        let a = correction(1, &[(0, "2025/b.xlsx")]);
        let b = correction(1, &[(0, "2025/a.xlsx")]);
        let files = [
            entry("2025/a.xlsx", 1, Some(&a)),
            entry("2025/b.xlsx", 2, Some(&b)),
        ];
        let r = replaced(&files);
        assert_eq!(r.len(), 1);
        assert_eq!(r[&0].by, 1);
    }
}
