use grade_book::*;

fn class() -> Vec<Student> {
    vec![
        Student {
            name: "Ada".to_string(),
            score: 91,
        },
        Student {
            name: "Bo".to_string(),
            score: 48,
        },
        Student {
            name: "Cy".to_string(),
            score: 91,
        },
        Student {
            name: "Di".to_string(),
            score: 50,
        },
    ]
}

#[test]
fn passing_names_keeps_order() {
    assert_eq!(
        passing_names(&class(), 60),
        vec!["Ada", "Cy"],
        "passing_names(class, 60)"
    );
}

#[test]
fn pass_mark_itself_passes() {
    assert_eq!(
        passing_names(&class(), 50),
        vec!["Ada", "Cy", "Di"],
        "passing_names(class, 50)"
    );
}

#[test]
fn nobody_passes() {
    assert!(
        passing_names(&class(), 95).is_empty(),
        "passing_names(class, 95) should be empty"
    );
}

#[test]
fn average_of_the_class() {
    assert_eq!(
        average(&class()),
        Some(70.0),
        "average(class) with scores 91, 48, 91, 50"
    );
}

#[test]
fn average_keeps_the_fraction() {
    let two = vec![
        Student {
            name: "A".into(),
            score: 1,
        },
        Student {
            name: "B".into(),
            score: 2,
        },
    ];
    assert_eq!(average(&two), Some(1.5), "average of scores 1 and 2");
}

#[test]
fn average_of_nobody_is_none() {
    assert_eq!(average(&[]), None, "average(&[])");
}

#[test]
fn top_student_prefers_the_first_on_a_tie() {
    let students = class();
    let top = top_student(&students).map(|s| s.name.as_str());
    assert_eq!(
        top,
        Some("Ada"),
        "top_student(class): Ada and Cy both have 91, Ada comes first"
    );
}

#[test]
fn top_student_of_nobody_is_none() {
    assert_eq!(top_student(&[]), None, "top_student(&[])");
}

#[test]
fn curve_is_capped_at_100() {
    assert_eq!(
        curved(&class(), 5),
        vec![96, 53, 96, 55],
        "curved(class, 5)"
    );
    assert_eq!(
        curved(&class(), 20),
        vec![100, 68, 100, 70],
        "curved(class, 20)"
    );
}
