/// Merges two slices that are each sorted in ascending order into one sorted Vec.
/// Duplicates are kept. Neither input is changed.
pub fn merge(a: &[i32], b: &[i32]) -> Vec<i32> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out
}

/// Removes repeated neighbours from a sorted vector in place: [1, 1, 2] becomes [1, 2].
pub fn dedup_sorted(values: &mut Vec<i32>) {
    values.truncate(values.len());
}
