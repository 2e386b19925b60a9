use distinct_sorted::*;

#[test]
fn already_sorted_with_neighbours() {
    assert_eq!(distinct_sorted(&[1, 1, 2, 3, 3]), vec![1, 2, 3]);
}

#[test]
fn unsorted_without_repeats() {
    assert_eq!(distinct_sorted(&[3, 1, 2]), vec![1, 2, 3]);
}

#[test]
fn repeats_far_apart() {
    assert_eq!(distinct_sorted(&[2, 7, 2, 5, 7]), vec![2, 5, 7]);
}

#[test]
fn count_repeated() {
    assert_eq!(repeated(&[4, 9, 4, 4]), 2);
}
