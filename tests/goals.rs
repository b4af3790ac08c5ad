//! Goals with target values: where each stands by the fixed rules, beside its measures, and
//! the goals the committee should ask about first.

use crate::common::{HEADER, Work, row};
use bestand::config::{Config, Direction, Goal, Target};

/// A goal of the field „Wirtschaft und Arbeit“ with a target on indicator `A1`.
fn goal(
    id: &str,
    group: Option<&str>,
    baseline_year: i32,
    value: f64,
    year: i32,
    direction: Direction,
) -> Goal {
    Goal {
        id: id.into(),
        field_of_action: "Wirtschaft und Arbeit".into(),
        title: format!("Ziel {id}"),
        target: Some(Target {
            indicator: "A1".into(),
            group: group.map(str::to_string),
            baseline_year,
            value,
            year,
            direction,
        }),
    }
}

/// A work folder: a 2024 return whose running measure serves goal 1.1 and whose planned one
/// serves 1.2; an indicator A1 (Gesamt 10 → 15 from 2020 to 2024, Frauen 10 → 10) and the
/// goals given.
fn work(goals: Vec<Goal>) -> Work {
    let w = Work::new();
    let mut header = HEADER.to_vec();
    header.push("Ziele");
    let mut running = row("M-1", "Beratung");
    running[3] = "Wirtschaft und Arbeit";
    running.push("1.1");
    let mut planned = row("M-2", "Kurs");
    planned[3] = "Wirtschaft und Arbeit";
    planned[5] = "geplant";
    planned.push("1.2");
    w.sheet("2024", "a.xlsx", &[&header, &running, &planned]);
    let mut csv = String::from("Indikator-ID;Indikator;Handlungsfeld;Jahr;Gruppe;Wert;Einheit\n");
    for (y, v) in [
        (2020, "10"),
        (2021, "11"),
        (2022, "12"),
        (2023, "14"),
        (2024, "15"),
    ] {
        csv.push_str(&format!(
            "A1;Quote;Wirtschaft und Arbeit;{y};Gesamt;{v};%\n"
        ));
        csv.push_str(&format!("A1;Quote;Wirtschaft und Arbeit;{y};Frauen;10;%\n"));
    }
    std::fs::create_dir_all(w.input()).unwrap();
    std::fs::write(w.input().join("indikatoren.csv"), csv).unwrap();
    w.config(&Config {
        goals,
        ..Config::default()
    });
    w
}

/// The goals of `summary.json`.
fn goals(w: &Work) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(w.output().join("summary.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["goals"].as_array().cloned().unwrap_or_default()
}

#[test]
fn goals_are_assessed_by_the_rules_with_their_measures() {
    let w = work(vec![
        // 10 → 20 by 2028: half the way in half the time, on course.
        goal("1.1", None, 2020, 20.0, 2028, Direction::Rise),
        // Frauen stay at 10 while 16 is the aim for 2026: not on course, and only a
        // planned measure.
        goal("1.2", Some("Frauen"), 2020, 16.0, 2026, Direction::Rise),
        // 15 is reached.
        goal("1.3", None, 2020, 15.0, 2030, Direction::Rise),
        // Falling from 10 was the aim: it went the wrong way, and no measure at all.
        goal("1.4", None, 2020, 5.0, 2030, Direction::Fall),
    ]);
    let run = w.run(&["report"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let g = goals(&w);
    let verdict = |id: &str| {
        g.iter()
            .find(|a| a["goal"] == id)
            .map(|a| a["verdict"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(verdict("1.1"), "on_course");
    assert_eq!(verdict("1.2"), "off_course");
    assert_eq!(verdict("1.3"), "reached");
    assert_eq!(verdict("1.4"), "off_course");
    let first = &g[0];
    assert_eq!(first["running"], 1);
    assert_eq!(first["baseline"], serde_json::json!(10.0));
    assert_eq!(first["latest"], serde_json::json!(15.0));
    assert_eq!(first["share"], serde_json::json!(0.5));
    assert_eq!(first["time_share"], serde_json::json!(0.5));
    assert!(w.output().join("goals.parquet").is_file());

    // The need for action lists exactly the goals not on course without a running measure.
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    let need_at = html
        .find("Handlungsbedarf: nicht auf Kurs und keine laufende Maßnahme</caption>")
        .expect("the table of goals that need action");
    let need = &html[need_at..need_at + html[need_at..].find("</table>").unwrap()];
    assert!(
        need.contains("1.2 Ziel 1.2") && need.contains("1.4 Ziel 1.4"),
        "{need}"
    );
    assert!(
        !need.contains("1.1 Ziel") && !need.contains("1.3 Ziel"),
        "{need}"
    );
    // The key figures count them; the verdict is words with a symbol.
    assert!(html.contains("Ziele mit Zielwert: 4, davon 1 erreicht, 1 auf Kurs, 2 nicht auf Kurs"));
    assert!(html.contains("► auf Kurs") && html.contains("● erreicht"));
    // The method notes say what a verdict is about.
    assert!(html.contains("nicht, was die Maßnahmen bewirkt haben"));

    // measures.xlsx: the sheet right after the measures.
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(w.output().join("measures.xlsx")).unwrap();
    use calamine::Reader;
    let names = book.sheet_names();
    assert_eq!(names[1], "Zielerreichung", "{names:?}");
    let sheet = book.worksheet_range("Zielerreichung").unwrap();
    assert_eq!(sheet.rows().count(), 5);

    // The same in English.
    let en = w.run(&["report", "--lang", "en"]);
    assert_eq!(en.code, 0, "{}", en.stderr);
    let html = std::fs::read_to_string(w.output().join("report.html")).unwrap();
    assert!(html.contains("Goal attainment") && html.contains("► on course"));
    assert!(html.contains("Need for action: not on course and no running measure"));
    assert!(!html.contains("auf Kurs"));
    // The total population bestand names by default is "Total" in English.
    assert!(
        html.contains(">Total<") && !html.contains(">Gesamt<"),
        "{html}"
    );
}

#[test]
fn a_target_the_workbook_cannot_serve_is_a_finding() {
    let mut unknown = goal("2.1", None, 2020, 20.0, 2028, Direction::Rise);
    if let Some(t) = &mut unknown.target {
        t.indicator = "Z9".into();
    }
    let w = work(vec![
        unknown,
        goal("2.2", Some("Kinder"), 2020, 20.0, 2028, Direction::Rise),
        // No value in 2019.
        goal("2.3", None, 2019, 20.0, 2028, Direction::Rise),
        // Rising to 8 from 10 asks for nothing.
        goal("2.4", None, 2020, 8.0, 2028, Direction::Rise),
    ]);
    let run = w.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let one = |code: &str| {
        let f = run.with_code(code);
        assert_eq!(f.len(), 1, "{code}: {:#?}", run.findings);
        assert_eq!(f[0]["file"], "bestand.toml");
        assert!(f[0]["message"].contains("Bitte"), "{}", f[0]["message"]);
        (f[0]["severity"].clone(), f[0]["message"].clone())
    };
    let (sev, msg) = one("goal-indicator-unknown");
    assert_eq!(sev, "error");
    assert!(msg.contains("„Z9“") && msg.contains("A1"), "{msg}");
    let (sev, msg) = one("goal-group-unknown");
    assert_eq!(sev, "error");
    assert!(msg.contains("Gesamt, Frauen"), "{msg}");
    assert_eq!(one("goal-baseline-missing").0, "error");
    assert_eq!(one("goal-target-wrong-side").0, "warning");
    // Goals 2.3 and 2.4 are still shown; the unknown indicator and group are not assessed.
    let g = goals(&w);
    let ids: Vec<&str> = g.iter().map(|a| a["goal"].as_str().unwrap()).collect();
    assert_eq!(ids, ["2.3", "2.4"]);
    assert_eq!(g[0]["verdict"], "no_current_value");
    assert_eq!(g[1]["verdict"], "reached");
}
