//! One correction round: every problem of a row named at once, correction workbooks as good
//! as the template.

use crate::common::{HEADER, Work};

#[test]
fn a_row_with_four_problems_gets_four_findings_in_one_run() {
    let w = Work::new();
    let mut bad = crate::common::row("J-2", "Ferienpass");
    bad[5] = "unklar"; // status: the row is rejected for it
    bad[6] = "irgendwann"; // start
    bad[8] = "viel Geld"; // budget
    bad[9] = "eine Menge"; // participants
    w.sheet("2024", "jugend.xlsx", &[HEADER, &bad]);
    let run = w.run(&["check"]);
    assert!(run.measures.is_empty());
    let row: Vec<(&str, &str)> = run
        .findings
        .iter()
        .filter(|f| f["file"] == "2024/jugend.xlsx")
        .map(|f| (f["cell"].as_str(), f["severity"].as_str()))
        .collect();
    for cell in ["F2", "G2", "I2", "J2"] {
        assert!(
            row.iter().any(|(c, _)| *c == cell),
            "no finding at {cell}: {:#?}",
            run.findings
        );
    }
    assert!(row.contains(&("F2", "error")), "{row:?}");
}
