//! Year-over-year comparison: which measures are new, ended, continued or changed between
//! two inventories. Departments rarely keep ids and often retitle measures, so measures are
//! matched by id first, then by title similarity (same department first), one to one, with
//! the user's forced and forbidden links from `input/links.csv` applied before anything else.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::config::{Config, Lang};
use crate::findings::{Code, Findings, Location, Severity};
use crate::ingest::links::Link;
use crate::text::match_key;
use crate::tr;
use crate::transform::{Dataset, Measure, Rejected};

mod evidence;

use evidence::{arrow_part, weigh_evidence};
pub use evidence::{describe_changes, evidence};

/// What happened to a measure between two inventories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// Only in the later inventory.
    New,
    /// Only in the earlier inventory.
    Ended,
    /// In both, with changes.
    Changed,
    /// In both, unchanged.
    Continued,
    /// Reported in both years, but the row of one year was rejected: neither new nor ended.
    NotTakenOver,
    /// The department sent no readable return in the later year: not known to have ended.
    NoReturn,
    /// Completed or stopped in the earlier year and, as expected, not reported again.
    Finished,
}

impl ChangeKind {
    /// Name as written to `changes.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::New => "new",
            ChangeKind::Ended => "ended",
            ChangeKind::Changed => "changed",
            ChangeKind::Continued => "continued",
            ChangeKind::NotTakenOver => "not-taken-over",
            ChangeKind::NoReturn => "no-return",
            ChangeKind::Finished => "finished",
        }
    }
}

/// Columns of `changes.csv`, in order.
pub const CHANGE_COLUMNS: [&str; 7] = [
    "change",
    "department",
    "title",
    "measure_id",
    "from_year",
    "to_year",
    "detail",
];

/// One row of `changes.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// Department (of the later year where there is one).
    pub department: String,
    /// Title (of the later year where there is one).
    pub title: String,
    /// Id (of the later year where there is one).
    pub measure_id: Option<String>,
    /// The earlier year.
    pub from_year: i32,
    /// The later year.
    pub to_year: i32,
    /// What changed, in words.
    pub detail: String,
    /// Index of the earlier measure in the dataset.
    pub old: Option<usize>,
    /// Index of the later measure in the dataset.
    pub new: Option<usize>,
    /// Index of the rejected row (`Dataset::rejected_rows`) of a `NotTakenOver` pair.
    pub rejected: Option<usize>,
    /// Budget difference (later minus earlier) where both are known.
    pub budget_delta: Option<f64>,
}

/// The comparison of two inventories.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The earlier year.
    pub from_year: i32,
    /// The later year.
    pub to_year: i32,
    /// Every measure of both years, once.
    pub changes: Vec<Change>,
    /// Departments that reported in the earlier year and sent no readable return in the
    /// later one.
    pub without_return: Vec<String>,
    /// Of those, the ones a return under a name without its number may belong to
    /// ([`Dataset::unclear_returns`]): for them, no return is not certain.
    pub unclear_return: Vec<String>,
    /// Reorganisations between the two years, configured or noticed.
    pub successions: Vec<super::succession::Succession>,
}

impl Comparison {
    /// Number of changes of a kind.
    pub fn count(&self, kind: ChangeKind) -> usize {
        self.changes.iter().filter(|c| c.kind == kind).count()
    }
}

/// A candidate pair of earlier and later measure with its score.
#[derive(Debug, Clone, Copy)]
struct Pair {
    old: usize,
    new: usize,
    score: f64,
    /// Matched by title similarity (not id or links.csv): its detail says why.
    by_title: bool,
}

/// Matches the measures of two years; returns (old index, new index, score) pairs.
struct Matcher<'a> {
    measures: &'a [Measure],
    olds: Vec<usize>,
    news: Vec<usize>,
    keys: HashMap<usize, crate::transform::titles::Key>,
    /// Pairs by id whose title and field both differ.
    reused: Vec<(usize, usize)>,
    /// Two measures whose ids swapped between the years, paired by title instead:
    /// (old, new) of each, as the ids paired them.
    swapped: Vec<SwappedPair>,
    forbidden: HashSet<(usize, usize)>,
    old_taken: HashSet<usize>,
    new_taken: HashSet<usize>,
    pairs: Vec<Pair>,
}

/// Two pairs (old, new) the ids made, whose ids were swapped between the years.
type SwappedPair = ((usize, usize), (usize, usize));

/// A word shared by more titles than this is no evidence of identity (e.g. "Beratung").
const COMMON_WORD: usize = 400;

impl Matcher<'_> {
    fn take(&mut self, old: usize, new: usize, score: f64, by_title: bool) {
        self.old_taken.insert(old);
        self.new_taken.insert(new);
        self.pairs.push(Pair {
            old,
            new,
            score,
            by_title,
        });
    }

    /// Title similarity of two measures.
    fn title(&self, old: usize, new: usize) -> f64 {
        crate::transform::titles::title_similarity(&self.keys[&old], &self.keys[&new])
    }

    /// Title similarity plus the evidence beyond the title.
    fn score(&self, old: usize, new: usize) -> f64 {
        self.title(old, new) + weigh_evidence(&self.measures[old], &self.measures[new], None)
    }

    fn free_olds(&self) -> Vec<usize> {
        self.olds
            .iter()
            .copied()
            .filter(|i| !self.old_taken.contains(i))
            .collect()
    }

    fn free_news(&self) -> Vec<usize> {
        self.news
            .iter()
            .copied()
            .filter(|i| !self.new_taken.contains(i))
            .collect()
    }

    /// Pass 1: the same id, within the department, then across departments when the titles
    /// also resemble each other (ids like "1" repeat between departments).
    fn by_id(&mut self) {
        for same_department in [true, false] {
            let mut index: HashMap<(String, String), Vec<usize>> = HashMap::new();
            for o in self.free_olds() {
                if let Some(id) = &self.measures[o].measure_id {
                    let dept = if same_department {
                        match_key(&self.measures[o].department)
                    } else {
                        String::new()
                    };
                    index.entry((dept, match_key(id))).or_default().push(o);
                }
            }
            for n in self.free_news() {
                let Some(id) = &self.measures[n].measure_id else {
                    continue;
                };
                let dept = if same_department {
                    match_key(&self.measures[n].department)
                } else {
                    String::new()
                };
                let Some(cands) = index.get(&(dept, match_key(id))) else {
                    continue;
                };
                let best = cands
                    .iter()
                    .copied()
                    .filter(|o| !self.old_taken.contains(o) && !self.forbidden.contains(&(*o, n)))
                    .map(|o| (o, self.title(o, n)))
                    .filter(|(_, s)| same_department || *s >= 0.5)
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
                if let Some((o, s)) = best {
                    // The same id on a measure with another title and field: perhaps the id
                    // was given to a new measure. Kept as a pair, but a person should look.
                    if s < 0.2
                        && self.measures[o].field_of_action != self.measures[n].field_of_action
                    {
                        self.reused.push((o, n));
                    }
                    self.take(o, n, s.max(if same_department { 1.0 } else { s }), false);
                }
            }
        }
    }

    /// Pass 1b: two pairs by id whose titles fit each other crosswise (A's id now on B's
    /// title and B's on A's): the ids were swapped, the titles tell the measures. Re-paired
    /// by title, so no retitle, budget or status change is published that did not happen.
    fn unswap(&mut self, threshold: f64) {
        let weak: Vec<usize> = (0..self.pairs.len())
            .filter(|&i| {
                let p = self.pairs[i];
                !p.by_title && self.title(p.old, p.new) < 0.5
            })
            .collect();
        let mut done: HashSet<usize> = HashSet::new();
        for (x, &i) in weak.iter().enumerate() {
            for &j in &weak[x + 1..] {
                if done.contains(&i) || done.contains(&j) {
                    continue;
                }
                let (a, b) = (self.pairs[i], self.pairs[j]);
                if self.title(a.old, b.new) >= threshold && self.title(b.old, a.new) >= threshold {
                    self.swapped.push(((a.old, a.new), (b.old, b.new)));
                    self.pairs[i] = Pair {
                        new: b.new,
                        score: self.title(a.old, b.new),
                        by_title: true,
                        ..a
                    };
                    self.pairs[j] = Pair {
                        new: a.new,
                        score: self.title(b.old, a.new),
                        by_title: true,
                        ..b
                    };
                    done.insert(i);
                    done.insert(j);
                }
            }
        }
        // A swapped pair is no reuse of an id.
        let swapped: HashSet<(usize, usize)> =
            self.swapped.iter().flat_map(|(x, y)| [*x, *y]).collect();
        self.reused.retain(|p| !swapped.contains(p));
    }

    /// Pass 2: title similarity, blocked by shared words, best pairs first, one to one.
    /// Returns the near-tie candidates for uncertainty findings.
    fn by_title(&mut self, threshold: f64, same_department: bool) -> Vec<(Pair, Pair)> {
        let olds = self.free_olds();
        // Department names are canonical by now; blocking borrows them, no copies.
        let measures = self.measures;
        let dept = |i: usize| -> &str {
            if same_department {
                measures[i].department.as_str()
            } else {
                ""
            }
        };
        let mut index: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
        for &o in &olds {
            for t in self.keys[&o].words() {
                index.entry((dept(o), t)).or_default().push(o);
            }
        }
        let mut candidates: Vec<Pair> = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        for n in self.free_news() {
            seen.clear();
            for t in self.keys[&n].words() {
                if let Some(list) = index.get(&(dept(n), t))
                    && list.len() <= COMMON_WORD
                {
                    seen.extend(list.iter().copied());
                }
            }
            seen.sort_unstable();
            seen.dedup();
            for &o in &seen {
                if self.forbidden.contains(&(o, n)) {
                    continue;
                }
                let score = self.score(o, n);
                if score >= threshold {
                    candidates.push(Pair {
                        old: o,
                        new: n,
                        score,
                        by_title: true,
                    });
                }
            }
        }
        // Best first; ties broken by input order so the result never depends on hashing.
        candidates.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.new.cmp(&b.new))
                .then(a.old.cmp(&b.old))
        });
        // Positions of each side's candidates, best first, to find a rival without scanning
        // every candidate.
        let mut by_old: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut by_new: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, c) in candidates.iter().enumerate() {
            by_old.entry(c.old).or_default().push(i);
            by_new.entry(c.new).or_default().push(i);
        }
        let mut ties = Vec::new();
        for (i, p) in candidates.iter().enumerate() {
            if self.old_taken.contains(&p.old) || self.new_taken.contains(&p.new) {
                continue;
            }
            // Another candidate for either side almost as good: a person should confirm.
            let rival = by_old[&p.old]
                .iter()
                .chain(by_new[&p.new].iter())
                .copied()
                .filter(|&j| j != i)
                .filter(|&j| {
                    let q = &candidates[j];
                    p.score - q.score < 0.05
                        && !self.old_taken.contains(&q.old)
                        && !self.new_taken.contains(&q.new)
                })
                .min();
            if let Some(j) = rival {
                ties.push((*p, candidates[j]));
            }
            self.take(p.old, p.new, p.score, true);
        }
        ties
    }
}

/// Finds the measure a `links.csv` entry names in one year: by id, else by title.
/// The measures of one year by id and by title (match keys), the first of each, so that a
/// `links.csv` of any length is looked up in linear time.
struct RefIndex {
    by_id: HashMap<String, usize>,
    by_title: HashMap<String, usize>,
}

impl RefIndex {
    fn new(measures: &[Measure], indices: &[usize]) -> RefIndex {
        let mut by_id = HashMap::new();
        let mut by_title = HashMap::new();
        for &i in indices {
            if let Some(id) = &measures[i].measure_id {
                by_id.entry(match_key(id)).or_insert(i);
            }
            by_title.entry(match_key(&measures[i].title)).or_insert(i);
        }
        RefIndex { by_id, by_title }
    }

    /// The measure a reference names: by id first, else by title.
    fn find(&self, reference: &str) -> Option<usize> {
        let key = match_key(reference);
        self.by_id
            .get(&key)
            .or_else(|| self.by_title.get(&key))
            .copied()
    }
}

/// Compares the measures of `from` with those of `to`. Rejected rows are evidence: a
/// measure whose row of the other year was rejected is neither new nor ended, and the
/// measures of a department without a return in `to` have not ended.
pub fn compare_years(
    dataset: &Dataset,
    from: i32,
    to: i32,
    cfg: &Config,
    links: &[Link],
    findings: &mut Findings,
) -> Comparison {
    let measures = &dataset.measures;
    let olds: Vec<usize> = (0..measures.len())
        .filter(|i| measures[*i].year == from)
        .collect();
    let news: Vec<usize> = (0..measures.len())
        .filter(|i| measures[*i].year == to)
        .collect();
    let titles = year_titles(dataset, &olds, &news, from, to);
    let mut m = Matcher::new(measures, olds, news, &titles);
    m.by_links(links);
    m.by_id();
    let threshold = cfg.compare.threshold;
    m.unswap(threshold);
    let mut ties = m.by_title(threshold, true);
    ties.extend(m.by_title(threshold, false));
    let years = YearPair {
        dataset,
        cfg,
        from,
        to,
        lang: cfg.lang,
        edges: Vec::new(),
        weak: Vec::new(),
    };
    years.report_ties(&ties, findings);
    years.report_reused(&m.reused, findings);
    years.report_swapped(&m.swapped, findings);
    // Reorganisations: the configured ones, then what the pairs show.
    let configured = cfg.successions(from, to);
    let pair_list: Vec<(usize, usize)> = m.pairs.iter().map(|p| (p.old, p.new)).collect();
    let noticed = super::succession::notice(dataset, cfg, &pair_list, from, to, &configured);
    let mut successions = super::succession::Succession::group(&configured, true);
    let found = super::succession::Succession::group(&noticed.edges, false);
    years.report_noticed(&found, findings);
    successions.extend(found);
    let years = YearPair {
        edges: configured.into_iter().chain(noticed.edges).collect(),
        weak: noticed.weak,
        ..years
    };
    let mut changes = years.matched_changes(&m.pairs);
    let evidence = EvidenceMatcher {
        dataset,
        threshold,
        titles: &titles,
    };
    let free_news = m.free_news();
    let free_olds = m.free_olds();
    let earlier = evidence.pairs(&free_news, from);
    let later = evidence.pairs(&free_olds, to);
    changes.extend(years.new_changes(free_news, &earlier));
    let (ended, without_return, unclear_return) = years.ended_changes(free_olds, &later);
    changes.extend(ended);
    changes.extend(years.unpaired_rejected(&earlier, &later));
    changes.sort_by_cached_key(|c| (c.kind, match_key(&c.department), match_key(&c.title)));
    Comparison {
        from_year: from,
        to_year: to,
        changes,
        without_return,
        unclear_return,
        successions,
    }
}

/// One key builder for both years and their rejected rows: compounds split against the
/// words of all of them.
fn year_titles(
    dataset: &Dataset,
    olds: &[usize],
    news: &[usize],
    from: i32,
    to: i32,
) -> crate::transform::titles::Titles {
    let measures = &dataset.measures;
    crate::transform::titles::Titles::new(
        olds.iter()
            .chain(news.iter())
            .map(|&i| measures[i].title.as_str())
            .chain(
                dataset
                    .rejected_rows
                    .iter()
                    .filter(|r| r.year == Some(from) || r.year == Some(to))
                    .filter_map(|r| r.title.as_deref()),
            ),
    )
}

impl<'a> Matcher<'a> {
    /// A matcher of the measures `olds` (earlier year) and `news` (later year), nothing taken.
    fn new(
        measures: &'a [Measure],
        olds: Vec<usize>,
        news: Vec<usize>,
        titles: &crate::transform::titles::Titles,
    ) -> Matcher<'a> {
        let keys: HashMap<usize, crate::transform::titles::Key> = olds
            .iter()
            .chain(news.iter())
            .map(|&i| (i, titles.key(&measures[i].title)))
            .collect();
        Matcher {
            measures,
            olds,
            news,
            keys,
            reused: Vec::new(),
            swapped: Vec::new(),
            forbidden: HashSet::new(),
            old_taken: HashSet::new(),
            new_taken: HashSet::new(),
            pairs: Vec::new(),
        }
    }

    /// Pass 0: the user's word comes first (forced pairs taken, forbidden pairs noted).
    fn by_links(&mut self, links: &[Link]) {
        if links.is_empty() {
            return;
        }
        let (olds, news) = (
            RefIndex::new(self.measures, &self.olds),
            RefIndex::new(self.measures, &self.news),
        );
        for link in links {
            let (Some(o), Some(n)) = (olds.find(&link.old), news.find(&link.new)) else {
                continue;
            };
            if link.link {
                if !self.old_taken.contains(&o) && !self.new_taken.contains(&n) {
                    self.take(o, n, 1.0, false);
                }
            } else {
                self.forbidden.insert((o, n));
            }
        }
    }
}

/// The two years being compared, with the data and the language of the texts.
struct YearPair<'a> {
    dataset: &'a Dataset,
    cfg: &'a Config,
    from: i32,
    to: i32,
    lang: Lang,
    /// Reorganisations: (predecessor, successor).
    edges: Vec<(String, String)>,
    /// Weak signs of one: (department without return, department its measure went to).
    weak: Vec<(String, String)>,
}

impl YearPair<'_> {
    /// Whether `successor` took over `predecessor` between the two years.
    fn succeeds(&self, predecessor: &str, successor: &str) -> bool {
        self.edges.iter().any(|(p, s)| {
            match_key(p) == match_key(predecessor) && match_key(s) == match_key(successor)
        })
    }

    /// A warning per reorganisation noticed in the measures, with the lines that confirm it.
    fn report_noticed(&self, found: &[super::succession::Succession], findings: &mut Findings) {
        for s in found {
            // The office's matter, not a department's: on no file (the terminal shows it
            // under the input folder, the sheet of findings under no department).
            let file = String::new();
            let lines = super::succession::config_lines(s, self.to);
            let quoted = |names: &[String]| {
                names
                    .iter()
                    .map(|n| format!("„{n}“"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            findings.push(
                Severity::Warning,
                Code::SuccessionNoticed,
                &Location {
                    file,
                    ..Location::default()
                },
                tr!(
                    self.lang,
                    "succession-noticed",
                    predecessors = quoted(&s.predecessors),
                    successors = quoted(&s.successors),
                    split = s.successors.len(),
                    from = self.from.to_string(),
                    to = self.to.to_string(),
                    lines = lines,
                    listed = if self.cfg.departments.is_empty() {
                        "no"
                    } else {
                        "yes"
                    }
                ),
            );
        }
    }

    /// The detail of a measure whose row of `year` was rejected.
    fn not_taken_over(&self, year: i32, r: &Rejected) -> String {
        tr!(
            self.lang,
            "change-detail-not-taken-over",
            year = year.to_string(),
            file = r.source_file.as_str(),
            row = r.source_row.to_string()
        )
    }

    /// A finding per pair taken by title with a rival almost as good.
    fn report_ties(&self, ties: &[(Pair, Pair)], findings: &mut Findings) {
        let (measures, from, to) = (&self.dataset.measures, self.from, self.to);
        for (p, rival) in ties {
            let (a, b) = (&measures[p.old], &measures[p.new]);
            let (ra, rb) = (&measures[rival.old], &measures[rival.new]);
            let at = b.location();
            findings.push(
                Severity::Warning,
                Code::UncertainMatch,
                &at,
                tr!(
                    self.lang,
                    "uncertain-match",
                    from = from.to_string(),
                    to = to.to_string(),
                    title = b.title.as_str(),
                    department = b.department.as_str(),
                    before = a.title.as_str(),
                    before_department = a.department.as_str(),
                    rival_before = ra.title.as_str(),
                    rival = rb.title.as_str()
                ),
            );
        }
    }

    /// A finding per pair by id whose title and field both differ (the id perhaps reused).
    fn report_reused(&self, reused: &[(usize, usize)], findings: &mut Findings) {
        let (measures, from, to) = (&self.dataset.measures, self.from, self.to);
        for &(o, n) in reused {
            let (a, b) = (&measures[o], &measures[n]);
            let id = b.measure_id.clone().unwrap_or_default();
            findings.push(
                Severity::Warning,
                Code::IdReused,
                &b.location(),
                tr!(
                    self.lang,
                    "id-reused",
                    id = id.as_str(),
                    from = from.to_string(),
                    to = to.to_string(),
                    before = a.title.as_str(),
                    before_field = a.field_of_action.as_str(),
                    title = b.title.as_str(),
                    field = b.field_of_action.as_str()
                ),
            );
        }
    }

    /// A warning per pair of measures whose ids swapped between the years.
    fn report_swapped(&self, swapped: &[SwappedPair], findings: &mut Findings) {
        let measures = &self.dataset.measures;
        for &((a_old, a_new), (b_old, _)) in swapped {
            let (a, b, now) = (&measures[a_old], &measures[b_old], &measures[a_new]);
            findings.push(
                Severity::Warning,
                Code::IdSwapped,
                &now.location(),
                tr!(
                    self.lang,
                    "id-swapped",
                    first = a.measure_id.as_deref().unwrap_or_default(),
                    firsttitle = a.title.as_str(),
                    second = b.measure_id.as_deref().unwrap_or_default(),
                    secondtitle = b.title.as_str(),
                    from = self.from.to_string(),
                    to = self.to.to_string()
                ),
            );
        }
    }

    /// The changes of the matched pairs: continued or changed, with what changed.
    fn matched_changes(&self, pairs: &[Pair]) -> Vec<Change> {
        let (measures, lang) = (&self.dataset.measures, self.lang);
        let mut changes = Vec::new();
        for p in pairs {
            let (a, b) = (&measures[p.old], &measures[p.new]);
            let mut parts = describe_changes(a, b, lang);
            // A measure that moved with its whole department is told once, in the report's
            // paragraph on the reorganisation, not measure by measure.
            if self.succeeds(&a.department, &b.department) {
                let moved = arrow_part(
                    &crate::i18n::message(lang, "word-department", &[]),
                    &a.department,
                    &b.department,
                );
                parts.retain(|p| *p != moved);
            }
            // A pair found by its title says why it was taken as the same measure.
            if p.by_title
                && let Some(first) = parts.first_mut()
                && (first.starts_with("Titel:") || first.starts_with("Title:"))
            {
                let (_, why) = evidence(a, b, lang);
                let mut reasons = vec![crate::i18n::message(lang, "word-similar-title", &[])];
                reasons.extend(why);
                first.push_str(&format!(" ({})", reasons.join(", ")));
            }
            let kind = if parts.is_empty() {
                ChangeKind::Continued
            } else {
                ChangeKind::Changed
            };
            changes.push(Change {
                kind,
                department: b.department.clone(),
                title: b.title.clone(),
                measure_id: b.measure_id.clone(),
                from_year: self.from,
                to_year: self.to,
                detail: parts.join("; "),
                old: Some(p.old),
                new: Some(p.new),
                rejected: None,
                budget_delta: match (a.budget_eur, b.budget_eur) {
                    (Some(x), Some(y)) => Some(y - x),
                    _ => None,
                },
            });
        }
        changes
    }

    /// The changes of the later year's unmatched measures: new, not taken over (their row
    /// of `from` rejected, see `earlier`) or open for lack of a return.
    fn new_changes(&self, free_news: Vec<usize>, earlier: &HashMap<usize, usize>) -> Vec<Change> {
        let (dataset, from, lang) = (self.dataset, self.from, self.lang);
        let returned_before = dataset.returns.get(&from);
        let mut changes = Vec::new();
        for n in free_news {
            let b = &dataset.measures[n];
            // A department that reported before but sent nothing readable for `from`: whether
            // its measures are new is open. A department reporting for the first time has new
            // measures.
            let had_return = returned_before.is_some_and(|d| d.contains(&b.department))
                || !dataset
                    .returns
                    .range(..from)
                    .any(|(_, d)| d.contains(&b.department))
                // A successor answered before through its predecessors.
                || self.edges.iter().any(|(p, s)| {
                    *s == b.department && returned_before.is_some_and(|d| d.contains(p))
                });
            let (kind, detail, rejected) = match earlier.get(&n) {
                Some(&r) => (
                    ChangeKind::NotTakenOver,
                    self.not_taken_over(from, &dataset.rejected_rows[r]),
                    Some(r),
                ),
                // Without a return the year before, nobody knows whether it is new.
                None if !had_return => (
                    ChangeKind::NoReturn,
                    tr!(lang, "change-no-return-before", from = from.to_string()),
                    None,
                ),
                None => (ChangeKind::New, String::new(), None),
            };
            changes.push(Change {
                kind,
                department: b.department.clone(),
                title: b.title.clone(),
                measure_id: b.measure_id.clone(),
                from_year: from,
                to_year: self.to,
                detail,
                old: None,
                new: Some(n),
                rejected,
                budget_delta: None,
            });
        }
        changes
    }

    /// The changes of the earlier year's unmatched measures: ended, not taken over (their
    /// row of `to` rejected, see `later`) or not known to have ended for lack of a return;
    /// also the departments without a return in `to`, sorted.
    fn ended_changes(
        &self,
        free_olds: Vec<usize>,
        later: &HashMap<usize, usize>,
    ) -> (Vec<Change>, Vec<String>, Vec<String>) {
        let (dataset, from, to, lang) = (self.dataset, self.from, self.to, self.lang);
        let returned = dataset.returns.get(&to);
        let maybe = dataset.unclear_returns.get(&to);
        let mut unclear: Vec<String> = Vec::new();
        let mut changes = Vec::new();
        let mut without_return: Vec<String> = Vec::new();
        for o in free_olds {
            let a = &dataset.measures[o];
            // A predecessor answers through its successors.
            let has_return = returned.is_some_and(|d| {
                d.contains(&a.department)
                    || self
                        .edges
                        .iter()
                        .any(|(p, s)| *p == a.department && d.contains(s))
            });
            let weak = self
                .weak
                .iter()
                .find(|(p, _)| *p == a.department)
                .map(|(_, s)| s.as_str());
            let (kind, detail, rejected) = match later.get(&o) {
                Some(&r) => (
                    ChangeKind::NotTakenOver,
                    self.not_taken_over(to, &dataset.rejected_rows[r]),
                    Some(r),
                ),
                // Done or stopped last year: its absence is expected, not an end.
                None if self.cfg.means_ended(&a.status) => (
                    ChangeKind::Finished,
                    tr!(
                        lang,
                        "change-finished",
                        year = from.to_string(),
                        status = &a.status
                    ),
                    None,
                ),
                None if !has_return => {
                    if !without_return.contains(&a.department) {
                        without_return.push(a.department.clone());
                    }
                    let uncertain =
                        maybe.is_some_and(|m| m.contains(&a.department)) || weak.is_some();
                    if uncertain && !unclear.contains(&a.department) {
                        unclear.push(a.department.clone());
                    }
                    (
                        ChangeKind::NoReturn,
                        match lang {
                            _ if let Some(successor) = weak => tr!(
                                lang,
                                "change-weak-succession",
                                to = to.to_string(),
                                successor = successor,
                                from = from.to_string(),
                                status = a.status.as_str()
                            ),
                            _ if uncertain => tr!(
                                lang,
                                "change-return-unclear",
                                to = to.to_string(),
                                from = from.to_string(),
                                status = a.status.as_str()
                            ),
                            _ => tr!(
                                lang,
                                "change-detail-no-return",
                                to = to.to_string(),
                                from = from.to_string(),
                                status = a.status.as_str()
                            ),
                        },
                        None,
                    )
                }
                None => (
                    ChangeKind::Ended,
                    tr!(
                        lang,
                        "change-last-seen",
                        from = from.to_string(),
                        status = a.status.as_str()
                    ),
                    None,
                ),
            };
            // A measure its department's successor did not continue is listed under the
            // successor (where there is one), the department the reader knows now.
            let successors: Vec<&String> = self
                .edges
                .iter()
                .filter(|(p, _)| *p == a.department)
                .map(|(_, s)| s)
                .collect();
            let department = match successors.as_slice() {
                [one] => (*one).clone(),
                _ => a.department.clone(),
            };
            changes.push(Change {
                kind,
                department,
                title: a.title.clone(),
                measure_id: a.measure_id.clone(),
                from_year: from,
                to_year: to,
                detail,
                old: Some(o),
                new: None,
                rejected,
                budget_delta: None,
            });
        }
        without_return.sort_by_cached_key(|d| match_key(d));
        unclear.sort_by_cached_key(|d| match_key(d));
        (changes, without_return, unclear)
    }

    /// Rows of the later year that were rejected and pair with nothing: reported, not
    /// counted; listed so that nothing the department wrote is missing here.
    fn unpaired_rejected(
        &self,
        earlier: &HashMap<usize, usize>,
        later: &HashMap<usize, usize>,
    ) -> Vec<Change> {
        let used: HashSet<usize> = earlier.values().chain(later.values()).copied().collect();
        let mut changes = Vec::new();
        for (r, row) in self.dataset.rejected_rows.iter().enumerate() {
            if row.year != Some(self.to) || used.contains(&r) {
                continue;
            }
            changes.push(Change {
                kind: ChangeKind::NotTakenOver,
                department: row.department.clone(),
                title: row.title.clone().unwrap_or_default(),
                measure_id: row.measure_id.clone(),
                from_year: self.from,
                to_year: self.to,
                detail: self.not_taken_over(self.to, row),
                old: None,
                new: None,
                rejected: Some(r),
                budget_delta: None,
            });
        }
        changes
    }
}

/// Pairs measures left over by the matching with rejected rows of the other year: by id
/// within the department, by id across departments when the titles resemble each other,
/// then by title (same department first); each rejected row at most once.
struct EvidenceMatcher<'a> {
    dataset: &'a Dataset,
    threshold: f64,
    titles: &'a crate::transform::titles::Titles,
}

impl EvidenceMatcher<'_> {
    /// For measures (indices into `dataset.measures`), the rejected row of `year` each one
    /// pairs with.
    fn pairs(&self, free: &[usize], year: i32) -> HashMap<usize, usize> {
        let mut out = HashMap::new();
        let rows: Vec<usize> = (0..self.dataset.rejected_rows.len())
            .filter(|i| self.dataset.rejected_rows[*i].year == Some(year))
            .collect();
        if rows.is_empty() || free.is_empty() {
            return out;
        }
        let measures = &self.dataset.measures;
        let keys: HashMap<usize, crate::transform::titles::Key> = free
            .iter()
            .map(|&i| (i, self.titles.key(&measures[i].title)))
            .collect();
        let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_token: HashMap<&str, Vec<usize>> = HashMap::new();
        for &i in free {
            if let Some(id) = &measures[i].measure_id {
                by_id.entry(match_key(id)).or_default().push(i);
            }
            for t in keys[&i].words() {
                by_token.entry(t).or_default().push(i);
            }
        }
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        for r in rows {
            let row = &self.dataset.rejected_rows[r];
            let dept = match_key(&row.department);
            let row_key = row
                .title
                .as_deref()
                .map(|t| self.titles.key(t))
                .unwrap_or_default();
            let mut seen: Vec<usize> = Vec::new();
            if let Some(id) = &row.measure_id
                && let Some(list) = by_id.get(&match_key(id))
            {
                seen.extend(list);
            }
            for t in row_key.words() {
                if let Some(list) = by_token.get(t)
                    && list.len() <= COMMON_WORD
                {
                    seen.extend(list);
                }
            }
            seen.sort_unstable();
            seen.dedup();
            for i in seen {
                let m = &measures[i];
                let same_dept = match_key(&m.department) == dept;
                let same_id = match (&row.measure_id, &m.measure_id) {
                    (Some(a), Some(b)) => match_key(a) == match_key(b),
                    _ => false,
                };
                let title = crate::transform::titles::title_similarity(&keys[&i], &row_key);
                // Rank: an id in the department, an id across departments with a similar
                // title, a title in the department, a title across departments.
                let score = if same_id && same_dept {
                    3.0 + title
                } else if same_id && title >= 0.5 {
                    2.0 + title
                } else if title >= self.threshold {
                    title + if same_dept { 1.0 } else { 0.0 }
                } else {
                    continue;
                };
                candidates.push((score, i, r));
            }
        }
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut used: HashSet<usize> = HashSet::new();
        for (_, i, r) in candidates {
            if out.contains_key(&i) || used.contains(&r) {
                continue;
            }
            used.insert(r);
            out.insert(i, r);
        }
        out
    }
}

/// Compares each year present with the one before (or only `from` with `to` when given).
pub fn run(
    dataset: &Dataset,
    years: &[i32],
    pick: Option<(i32, i32)>,
    cfg: &Config,
    links: &[Link],
    findings: &mut Findings,
) -> Vec<Comparison> {
    let pairs: Vec<(i32, i32)> = match pick {
        Some(p) => vec![p],
        None => years.windows(2).map(|w| (w[0], w[1])).collect(),
    };
    pairs
        .into_iter()
        .map(|(from, to)| compare_years(dataset, from, to, cfg, links, findings))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::text::euro;

    fn score(a: &str, b: &str) -> f64 {
        let t = crate::transform::titles::Titles::new([a, b].into_iter());
        crate::transform::titles::title_similarity(&t.key(a), &t.key(b))
    }

    #[test]
    fn title_scores() {
        assert!(score("Dolmetscherpool", "Dolmetscherpool für die Verwaltung") >= 0.8);
        assert!(score("Jobbörse Vielfalt", "Jobbörse Vielfalt 2.0") >= 0.8);
        assert!(
            score(
                "Psychosoziale Beratung für Geflüchtete",
                "Psychosoziale Beratung Geflüchteter"
            ) >= 0.99
        );
        assert!(score("Sprachkurs für Frauen", "Sprachkurs für Senioren") < 0.6);
        assert_eq!(score("", "Sprachkurs"), 0.0);
    }

    #[test]
    fn euro_amounts() {
        assert_eq!(euro(12000.0), "12.000 €");
        assert_eq!(euro(1_250_000.5), "1.250.000,50 €");
        assert_eq!(euro(950.0), "950 €");
        assert_eq!(euro(-2500.0), "-2.500 €");
    }
}
