//! Reorganisations between two inventories: a department renamed, two merged, one split;
//! each with and without the configuration naming it.

use crate::common::{Run, Work};

use crate::common::return_of_titles as return_of;

fn changes(w: &Work) -> Vec<std::collections::HashMap<String, String>> {
    crate::common::read_csv(&w.output().join("changes.csv"))
}

fn kinds(w: &Work) -> std::collections::BTreeMap<String, usize> {
    let mut out = std::collections::BTreeMap::new();
    for c in changes(w) {
        *out.entry(c["change"].clone()).or_default() += 1;
    }
    out
}

fn report_text(w: &Work) -> String {
    let text = crate::common::pdf_text(&std::fs::read(w.output().join("report.pdf")).unwrap());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const JUGEND: [&str; 4] = [
    "Jugendtreff am Bahnhof",
    "Ferienpass für alle Kinder",
    "Streetwork in der Innenstadt",
    "Elterncafé mit Sprachmittlung",
];

/// The office's other department, the same in both years.
fn soziales(w: &Work) {
    for year in ["2023", "2024"] {
        return_of(
            w,
            year,
            "soziales.xlsx",
            "Fachbereich Soziales",
            &["Sprachcafé im Stadtteil"],
        );
    }
}

fn config(w: &Work, text: &str) {
    std::fs::write(w.dir.path().join("bestand.toml"), text).unwrap();
}

fn no_department_moves_listed(w: &Work) {
    for c in changes(w) {
        assert!(!c["detail"].contains("Fachbereich:"), "{c:#?}");
    }
}

fn assert_no_return_free(run: &Run, w: &Work) {
    assert_eq!(run.code, 0, "{}", run.stderr);
    let k = kinds(w);
    assert_eq!(k.get("no-return"), None, "{k:?}");
    assert_eq!(k.get("ended"), None, "{k:?}");
    no_department_moves_listed(w);
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(w.output().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(
        s["years"][1]["returns"]["missing"],
        serde_json::json!([]),
        "{s:#}"
    );
}

#[test]
fn a_renamed_department_is_noticed_and_named_with_the_lines_to_confirm() {
    let w = Work::new();
    soziales(&w);
    return_of(&w, "2023", "jugend.xlsx", "Fachbereich Jugend", &JUGEND);
    let mut now = JUGEND.to_vec();
    now.push("Mädchentreff");
    return_of(
        &w,
        "2024",
        "kjf.xlsx",
        "Fachdienst Kinder, Jugend und Familie",
        &now,
    );
    let run = w.run(&["report"]);
    assert_no_return_free(&run, &w);
    let k = kinds(&w);
    assert_eq!(k.get("new"), Some(&1), "{k:?}");
    let noticed = run.with_code("succession-noticed");
    assert_eq!(noticed.len(), 1, "{:#?}", run.findings);
    // Without a list, the advice to start one with every department (an entry alone
    // would make every other department unknown); on no department's file.
    assert!(
        noticed[0]["message"].ends_with(
            "eine Liste departments anlegen: alle Fachbereiche von 2024 mit ihrem Namen (siehe Blatt „Rücklauf“ in measures.xlsx), dabei diesen Eintrag: { name = \"Fachdienst Kinder, Jugend und Familie\", predecessors = [\"Fachbereich Jugend\"], since = 2024 }"
        ),
        "{}",
        noticed[0]["message"]
    );
    assert_eq!(noticed[0]["file"], "");
    let text = report_text(&w);
    assert!(
        text.contains("Seit 2024 ist „Fachbereich Jugend“ in „Fachdienst Kinder, Jugend und Familie“ aufgegangen."),
        "{text}"
    );
    assert!(
        text.contains("Aus den gemeldeten Maßnahmen erschlossen"),
        "{text}"
    );
    assert!(
        !text.contains("Ohne lesbare Rückmeldung für 2024"),
        "{text}"
    );

    // Confirmed in the configuration: the same figures, no warning, no „erschlossen“.
    config(
        &w,
        "departments = [\"Fachbereich Soziales\", { name = \"Fachdienst Kinder, Jugend und Familie\", predecessors = [\"Fachbereich Jugend\"], since = 2024 }]\n",
    );
    let run = w.run(&["report"]);
    assert_no_return_free(&run, &w);
    assert!(run.with_code("succession-noticed").is_empty());
    assert!(
        run.with_code("unknown-department").is_empty(),
        "{:#?}",
        run.findings
    );
    let text = report_text(&w);
    assert!(
        text.contains("in „Fachdienst Kinder, Jugend und Familie“ aufgegangen"),
        "{text}"
    );
    assert!(!text.contains("erschlossen"), "{text}");
    // The return list: asked in 2023 was the old department, in 2024 the new one.
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(w.output().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(
        s["years"][0]["returns"]["asked"],
        serde_json::json!(["Fachbereich Jugend", "Fachbereich Soziales"])
    );
    assert_eq!(
        s["years"][1]["returns"]["asked"],
        serde_json::json!([
            "Fachbereich Soziales",
            "Fachdienst Kinder, Jugend und Familie"
        ])
    );
}

#[test]
fn a_merger_of_two_departments_is_one_reorganisation() {
    let schulen = [
        "Schulsozialarbeit an Grundschulen",
        "Sprachlernklassen",
        "Elternlotsen an Schulen",
    ];
    let bildung = [
        "Deutschkurse der Volkshochschule",
        "Lernpatenschaften",
        "Bildungsberatung für Neuzugewanderte",
    ];
    for configured in [false, true] {
        let w = Work::new();
        soziales(&w);
        if configured {
            config(
                &w,
                "departments = [\"Fachbereich Soziales\", { name = \"Fachbereich Bildung und Schule\", predecessors = [\"Fachbereich Schulen\", \"Fachbereich Bildung\"], since = 2024 }]\n",
            );
        }
        return_of(&w, "2023", "schulen.xlsx", "Fachbereich Schulen", &schulen);
        return_of(&w, "2023", "bildung.xlsx", "Fachbereich Bildung", &bildung);
        let all: Vec<&str> = schulen.iter().chain(bildung.iter()).copied().collect();
        return_of(
            &w,
            "2024",
            "bus.xlsx",
            "Fachbereich Bildung und Schule",
            &all,
        );
        let run = w.run(&["report"]);
        assert_no_return_free(&run, &w);
        assert_eq!(kinds(&w).get("new"), None, "{:?}", kinds(&w));
        assert_eq!(
            run.with_code("succession-noticed").len(),
            usize::from(!configured)
        );
        let text = report_text(&w);
        assert!(text.contains("sind „Fachbereich"), "{text}");
        assert!(
            text.contains("in „Fachbereich Bildung und Schule“ zusammengeführt"),
            "{text}"
        );
    }
}

#[test]
fn a_split_department_is_one_reorganisation() {
    let senioren = [
        "Seniorentreff international",
        "Pflegeberatung mehrsprachig",
        "Besuchsdienst für Ältere",
    ];
    let integration = [
        "Integrationslotsen",
        "Willkommenspaten",
        "Migrationsberatung für Erwachsene",
    ];
    for configured in [false, true] {
        let w = Work::new();
        if configured {
            config(
                &w,
                "departments = [{ name = \"Fachdienst Senioren\", predecessors = [\"Fachbereich Soziales\"], since = 2024 }, { name = \"Fachdienst Integration\", predecessors = [\"Fachbereich Soziales\"], since = 2024 }]\n",
            );
        }
        let all: Vec<&str> = senioren.iter().chain(integration.iter()).copied().collect();
        return_of(&w, "2023", "soziales.xlsx", "Fachbereich Soziales", &all);
        return_of(
            &w,
            "2024",
            "senioren.xlsx",
            "Fachdienst Senioren",
            &senioren,
        );
        return_of(
            &w,
            "2024",
            "integration.xlsx",
            "Fachdienst Integration",
            &integration,
        );
        let run = w.run(&["report"]);
        assert_no_return_free(&run, &w);
        assert_eq!(kinds(&w).get("new"), None, "{:?}", kinds(&w));
        assert_eq!(
            run.with_code("succession-noticed").len(),
            usize::from(!configured)
        );
        let text = report_text(&w);
        assert!(
            text.contains("ist „Fachbereich Soziales“ auf „Fachdienst"),
            "{text}"
        );
        assert!(text.contains("aufgeteilt"), "{text}");
    }
}

#[test]
fn one_measure_in_common_assumes_nothing_and_says_the_return_is_uncertain() {
    let w = Work::new();
    soziales(&w);
    return_of(
        &w,
        "2023",
        "kultur.xlsx",
        "Fachbereich Kultur",
        &[
            "Interkulturelles Stadtfest",
            "Lesepaten in der Bibliothek",
            "Museumsführungen in Leichter Sprache",
            "Theaterprojekt Heimat",
        ],
    );
    return_of(
        &w,
        "2024",
        "freizeit.xlsx",
        "Fachdienst Freizeit",
        &[
            "Interkulturelles Stadtfest",
            "Sportverein für alle",
            "Schwimmkurse für Frauen",
        ],
    );
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.with_code("succession-noticed").is_empty());
    let k = kinds(&w);
    assert_eq!(k.get("no-return"), Some(&3), "{k:?}");
    let uncertain: Vec<_> = changes(&w)
        .into_iter()
        .filter(|c| c["change"] == "no-return")
        .collect();
    assert!(
        uncertain.iter().all(|c| c["detail"].starts_with("Rückmeldung für 2024 nicht eindeutig: eine Maßnahme dieses Fachbereichs steht 2024 bei „Fachdienst Freizeit“")),
        "{uncertain:#?}"
    );
    assert!(!report_text(&w).contains("aufgegangen"));
}
