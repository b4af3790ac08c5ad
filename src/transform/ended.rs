//! Work completed last year reported again: a measure an earlier inventory already showed
//! as completed or stopped, reported once more as ended (a row copied from last year's
//! file), is not counted again among this year's completed measures.

use foldhash::{HashMap, HashMapExt};

use crate::config::Config;
use crate::findings::{Code, Findings, Severity};
use crate::text::match_key;
use crate::tr;

use super::{Measure, shorten};

/// Sets aside the measures that an earlier year already showed as ended and that are
/// reported again as ended, each with an info finding; returns how many.
pub(super) fn set_aside_ended_before(
    measures: &mut Vec<Measure>,
    cfg: &Config,
    findings: &mut Findings,
) -> usize {
    // Per (department, id or title key), the first year it was shown as ended.
    let mut ended: HashMap<(String, String), i32> = HashMap::new();
    let keys = |m: &Measure| {
        let d = match_key(&m.department);
        let mut k = vec![(d.clone(), format!("t:{}", match_key(&m.title)))];
        if let Some(id) = &m.measure_id {
            k.push((d, format!("i:{}", match_key(id))));
        }
        k
    };
    for m in measures.iter().filter(|m| cfg.means_ended(&m.status)) {
        for k in keys(m) {
            let e = ended.entry(k).or_insert(m.year);
            *e = (*e).min(m.year);
        }
    }
    if ended.is_empty() {
        return 0;
    }
    let mut keep = Vec::with_capacity(measures.len());
    for m in measures.iter() {
        let before = cfg
            .means_ended(&m.status)
            .then(|| {
                keys(m)
                    .iter()
                    .filter_map(|k| ended.get(k))
                    .copied()
                    .filter(|y| *y < m.year)
                    .min()
            })
            .flatten();
        if let Some(year) = before {
            findings.push(
                Severity::Info,
                Code::EndedBefore,
                &m.location(),
                tr!(
                    cfg.lang,
                    "ended-before",
                    title = shorten(&m.title),
                    status = m.status.as_str(),
                    year = year.to_string(),
                    this = m.year.to_string()
                ),
            );
        }
        keep.push(before.is_none());
    }
    let n = keep.iter().filter(|k| !**k).count();
    let mut it = keep.into_iter();
    measures.retain(|_| it.next().unwrap_or(true));
    n
}
