/// Returns the largest number in `numbers`, or `None` when it is empty.
pub fn largest(numbers: &[i32]) -> Option<i32> {
    let (&first, rest) = numbers.split_first()?;
    let mut best = first;
    for &n in rest {
        if n > best {
            best = n;
        }
    }
    Some(best)
}

/// Returns the position of the first occurrence of `target`, or `None`.
pub fn position_of(numbers: &[i32], target: i32) -> Option<usize> {
    for (index, &n) in numbers.iter().enumerate() {
        if n == target {
            return Some(index);
        }
    }
    None
}
