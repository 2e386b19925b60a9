use checked_math::*;

#[test]
fn small_factorials() {
    assert_eq!(factorial(0), Some(1), "factorial(0)");
    assert_eq!(factorial(1), Some(1), "factorial(1)");
    assert_eq!(factorial(5), Some(120), "factorial(5)");
}

#[test]
fn largest_factorial_that_fits() {
    assert_eq!(
        factorial(20),
        Some(2_432_902_008_176_640_000),
        "factorial(20)"
    );
}

#[test]
fn factorial_overflow_is_none() {
    assert_eq!(factorial(21), None, "factorial(21) does not fit in u64");
    assert_eq!(factorial(100), None, "factorial(100)");
}

#[test]
fn powers_that_fit() {
    assert_eq!(power(2, 10), Some(1024), "power(2, 10)");
    assert_eq!(power(7, 0), Some(1), "power(7, 0)");
    assert_eq!(power(2, 63), Some(1 << 63), "power(2, 63)");
}

#[test]
fn power_overflow_is_none() {
    assert_eq!(power(2, 64), None, "power(2, 64)");
    assert_eq!(power(10, 20), None, "power(10, 20)");
}

#[test]
fn distance_in_both_directions() {
    assert_eq!(distance(10, 3), 7, "distance(10, 3)");
    assert_eq!(distance(3, 10), 7, "distance(3, 10) must not underflow");
    assert_eq!(distance(0, u32::MAX), u32::MAX, "distance(0, u32::MAX)");
}

#[test]
fn mean_of_small_numbers() {
    assert_eq!(
        mean(&[1, 2, 3, 4]),
        Some(2),
        "mean(&[1, 2, 3, 4]) rounds 2.5 toward zero"
    );
    assert_eq!(
        mean(&[-3, -4]),
        Some(-3),
        "mean(&[-3, -4]) rounds -3.5 toward zero"
    );
}

#[test]
fn mean_of_nothing_is_none() {
    assert_eq!(mean(&[]), None, "mean(&[])");
}

#[test]
fn mean_of_huge_numbers_does_not_overflow() {
    assert_eq!(
        mean(&[i64::MAX, i64::MAX]),
        Some(i64::MAX),
        "mean(&[i64::MAX, i64::MAX])"
    );
    assert_eq!(
        mean(&[i64::MIN, i64::MIN, 0]),
        Some(i64::MIN / 3 * 2 - 1),
        "mean(&[MIN, MIN, 0])"
    );
}
