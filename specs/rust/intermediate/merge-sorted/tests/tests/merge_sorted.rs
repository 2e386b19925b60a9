use merge_sorted::*;

#[test]
fn interleaves_two_slices() {
    assert_eq!(
        merge(&[1, 4, 9], &[2, 3, 10]),
        vec![1, 2, 3, 4, 9, 10],
        "merge(&[1, 4, 9], &[2, 3, 10])"
    );
}

#[test]
fn keeps_the_tail_of_the_longer_slice() {
    assert_eq!(
        merge(&[1, 2], &[3, 4, 5, 6]),
        vec![1, 2, 3, 4, 5, 6],
        "merge(&[1, 2], &[3, 4, 5, 6])"
    );
    assert_eq!(
        merge(&[5, 6, 7], &[1]),
        vec![1, 5, 6, 7],
        "merge(&[5, 6, 7], &[1])"
    );
}

#[test]
fn one_side_empty() {
    assert_eq!(merge(&[], &[1, 2]), vec![1, 2], "merge(&[], &[1, 2])");
    assert_eq!(merge(&[3], &[]), vec![3], "merge(&[3], &[])");
}

#[test]
fn both_empty() {
    assert_eq!(merge(&[], &[]), Vec::<i32>::new(), "merge(&[], &[])");
}

#[test]
fn keeps_duplicates() {
    assert_eq!(
        merge(&[1, 2, 2], &[2, 3]),
        vec![1, 2, 2, 2, 3],
        "merge(&[1, 2, 2], &[2, 3])"
    );
}

#[test]
fn works_on_parts_of_vectors() {
    let v = vec![9, 1, 3, 9];
    let w = vec![2, 4];
    assert_eq!(
        merge(&v[1..3], &w),
        vec![1, 2, 3, 4],
        "merge(&[1, 3], &[2, 4])"
    );
    assert_eq!(v, vec![9, 1, 3, 9], "the input vector must be unchanged");
}

#[test]
fn dedup_removes_repeated_neighbours() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 4];
    dedup_sorted(&mut v);
    assert_eq!(v, vec![1, 2, 3, 4], "dedup_sorted([1, 1, 2, 3, 3, 3, 4])");
}

#[test]
fn dedup_of_all_equal() {
    let mut v = vec![7, 7, 7];
    dedup_sorted(&mut v);
    assert_eq!(v, vec![7], "dedup_sorted([7, 7, 7])");
}

#[test]
fn dedup_of_empty_and_single() {
    let mut empty: Vec<i32> = vec![];
    dedup_sorted(&mut empty);
    assert_eq!(empty, Vec::<i32>::new(), "dedup_sorted([])");
    let mut one = vec![5];
    dedup_sorted(&mut one);
    assert_eq!(one, vec![5], "dedup_sorted([5])");
}
