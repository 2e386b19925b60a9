use last_readings::*;

#[test]
fn last_two() {
    assert_eq!(last_n(&[1.0, 2.0, 3.0], 2), &[2.0, 3.0], "last_n([1, 2, 3], 2)");
}

#[test]
fn mean_of_recent() {
    assert_eq!(recent_mean(&[10.0, 2.0, 4.0], 2), Some(3.0));
}

#[test]
fn zero_readings_wanted() {
    assert_eq!(recent_mean(&[1.0], 0), None);
}

#[test]
fn more_wanted_than_there_are() {
    assert_eq!(last_n(&[5.0, 6.0], 3), &[5.0, 6.0], "last_n([5, 6], 3)");
}
