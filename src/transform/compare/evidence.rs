//! What speaks for two measures of two years being one, and what changed between them, in
//! words.

use crate::config::Lang;
use crate::text::{euro, match_key};
use crate::tr;
use crate::transform::Measure;

/// Evidence beyond the title, as record linkage weighs it: the same department, field of
/// action, start, target groups or budget make a pair more likely; a different field or
/// start year less. Added to the title similarity; returns the score and the reasons shown
/// in the detail of a pair matched by title.
///
/// Weights: department +0.05, field of action ±0.05, the same start +0.10 (another start
/// year −0.05), target groups overlapping by half or more +0.05, budgets within a quarter
/// of each other +0.05. Titles carry the decision; evidence moves a pair across the
/// threshold only when the titles are already close.
pub fn evidence(a: &Measure, b: &Measure, lang: Lang) -> (f64, Vec<String>) {
    let mut why = Vec::new();
    let score = weigh_evidence(a, b, Some((lang, &mut why)));
    (score, why)
}

/// The evidence score; with `why`, the reasons in words too (only for pairs shown, so the
/// many candidates weighed on the way allocate nothing).
pub(super) fn weigh_evidence(
    a: &Measure,
    b: &Measure,
    mut why: Option<(Lang, &mut Vec<String>)>,
) -> f64 {
    let mut say = |id: &str| {
        if let Some((lang, out)) = why.as_mut() {
            out.push(crate::i18n::message(*lang, id, &[]));
        }
    };
    let mut score = 0.0;
    // Department names are canonical by now: equal names are the same department.
    if a.department == b.department {
        score += 0.05;
        say("why-same-department");
    }
    if a.field_of_action == b.field_of_action {
        score += 0.05;
        say("why-same-field");
    } else {
        score -= 0.05;
    }
    if let (Some(x), Some(y)) = (a.start, b.start) {
        if x == y {
            score += 0.10;
            say("why-same-start");
        } else if chrono::Datelike::year(&x) != chrono::Datelike::year(&y) {
            score -= 0.05;
        }
    }
    if !a.target_groups.is_empty() && !b.target_groups.is_empty() {
        let shared = a
            .target_groups
            .iter()
            .filter(|g| b.target_groups.contains(g))
            .count();
        let all = a.target_groups.len() + b.target_groups.len() - shared;
        if shared * 2 >= all {
            score += 0.05;
            say("why-same-target-groups");
        }
    }
    if let (Some(x), Some(y)) = (a.budget_eur, b.budget_eur)
        && x > 0.0
        && y > 0.0
        && (0.8..=1.25).contains(&(y / x))
    {
        score += 0.05;
        say("why-similar-budget");
    }
    score
}

fn list_change(label: &str, old: &[String], new: &[String]) -> Option<String> {
    let added: Vec<&String> = new.iter().filter(|x| !old.contains(x)).collect();
    let removed: Vec<&String> = old.iter().filter(|x| !new.contains(x)).collect();
    if added.is_empty() && removed.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    for a in added {
        parts.push(format!("+{a}"));
    }
    for r in removed {
        parts.push(format!("−{r}"));
    }
    Some(format!("{label}: {}", parts.join(", ")))
}

/// `label: a → b`, the form of a change in `changes.csv`.
pub(super) fn arrow_part(label: &str, a: &str, b: &str) -> String {
    format!("{label}: {a} → {b}")
}

/// What changed between two versions of a measure, in words; empty if nothing did.
pub fn describe_changes(old: &Measure, new: &Measure, lang: Lang) -> Vec<String> {
    let mut parts = Vec::new();
    let arrow = arrow_part;
    if match_key(&old.title) != match_key(&new.title) {
        parts.push(tr!(
            lang,
            "change-title",
            old = old.title.as_str(),
            new = new.title.as_str()
        ));
    }
    if old.status != new.status {
        parts.push(arrow("Status", &old.status, &new.status));
    }
    let budget_changed = match (old.budget_eur, new.budget_eur) {
        (Some(a), Some(b)) => (a - b).abs() >= 0.5,
        (None, None) => false,
        _ => true,
    };
    if budget_changed {
        let show = |v: Option<f64>| {
            v.map(euro)
                .unwrap_or_else(|| crate::i18n::message(lang, "word-not-given", &[]))
        };
        parts.push(arrow(
            "Budget",
            &show(old.budget_eur),
            &show(new.budget_eur),
        ));
    }
    if old.field_of_action != new.field_of_action {
        parts.push(arrow(
            &crate::i18n::message(lang, "word-field-of-action", &[]),
            &old.field_of_action,
            &new.field_of_action,
        ));
    }
    if match_key(&old.department) != match_key(&new.department) {
        parts.push(arrow(
            &crate::i18n::message(lang, "word-department", &[]),
            &old.department,
            &new.department,
        ));
    }
    if let Some(t) = list_change(
        &crate::i18n::message(lang, "word-target-groups", &[]),
        &old.target_groups,
        &new.target_groups,
    ) {
        parts.push(t);
    }
    parts
}
