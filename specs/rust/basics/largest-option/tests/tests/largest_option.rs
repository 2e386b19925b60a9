use largest_option::*;

#[test]
fn finds_largest_at_the_end() {
    assert_eq!(largest(&[1, 5, 9]), Some(9), "largest(&[1, 5, 9])");
}

#[test]
fn finds_largest_at_the_start() {
    assert_eq!(largest(&[9, 5, 1]), Some(9), "largest(&[9, 5, 1])");
}

#[test]
fn all_negative_numbers() {
    assert_eq!(largest(&[-8, -3, -5]), Some(-3), "largest(&[-8, -3, -5])");
}

#[test]
fn empty_slice_has_no_largest() {
    assert_eq!(largest(&[]), None, "largest(&[])");
}

#[test]
fn works_on_part_of_an_array() {
    let v = [100, 2, 7, 4];
    assert_eq!(largest(&v[1..]), Some(7), "largest(&[2, 7, 4])");
}

#[test]
fn finds_position_of_target() {
    assert_eq!(
        position_of(&[4, 8, 15], 15),
        Some(2),
        "position_of(&[4, 8, 15], 15)"
    );
}

#[test]
fn first_of_several_matches() {
    assert_eq!(
        position_of(&[3, 1, 3], 3),
        Some(0),
        "position_of(&[3, 1, 3], 3)"
    );
    assert_eq!(
        position_of(&[5, 1, 1], 1),
        Some(1),
        "position_of(&[5, 1, 1], 1)"
    );
}

#[test]
fn missing_target_is_none() {
    assert_eq!(
        position_of(&[1, 2, 3], 9),
        None,
        "position_of(&[1, 2, 3], 9)"
    );
}

#[test]
fn empty_slice_has_no_position() {
    assert_eq!(position_of(&[], 1), None, "position_of(&[], 1)");
}
