/// One student's name and exam score (0 to 100).
#[derive(Debug, Clone, PartialEq)]
pub struct Student {
    pub name: String,
    pub score: u32,
}

/// Names of the students whose score is at least `pass_mark`, in the original order.
pub fn passing_names(students: &[Student], pass_mark: u32) -> Vec<&str> {
    let passed = students.iter().filter(|s| s.score >= pass_mark);
    passed.map(|s| s.name.as_str()).collect()
}

/// The mean score, or `None` when there are no students.
pub fn average(students: &[Student]) -> Option<f64> {
    if students.is_empty() {
        return None;
    }
    let total: u32 = students.iter().map(|s| s.score).sum();
    Some(f64::from(total) / students.len() as f64)
}

/// The student with the highest score; on a tie, the one listed first.
pub fn top_student(students: &[Student]) -> Option<&Student> {
    let mut best: Option<&Student> = None;
    for s in students {
        let better = match best {
            Some(b) => s.score > b.score,
            None => true,
        };
        if better {
            best = Some(s);
        }
    }
    best
}

/// Every score raised by `bonus`, but never above 100.
pub fn curved(students: &[Student], bonus: u32) -> Vec<u32> {
    let raised = students.iter().map(|s| s.score + bonus);
    raised.map(|score| score.min(100)).collect()
}
