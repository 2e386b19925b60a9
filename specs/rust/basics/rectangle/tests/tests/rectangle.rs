use rectangle::*;

#[test]
fn area_is_width_times_height() {
    let r = Rect {
        width: 3,
        height: 4,
    };
    assert_eq!(r.area(), 12, "Rect {{ width: 3, height: 4 }}.area()");
}

#[test]
fn area_with_a_zero_side() {
    let r = Rect {
        width: 0,
        height: 9,
    };
    assert_eq!(r.area(), 0, "Rect {{ width: 0, height: 9 }}.area()");
}

#[test]
fn square_has_equal_sides() {
    assert_eq!(
        Rect::square(5),
        Rect {
            width: 5,
            height: 5
        },
        "Rect::square(5)"
    );
}

#[test]
fn bigger_rectangle_holds_smaller() {
    let big = Rect {
        width: 8,
        height: 7,
    };
    let small = Rect {
        width: 5,
        height: 1,
    };
    assert!(
        big.can_hold(&small),
        "{:?}.can_hold(&{:?}) should be true",
        big,
        small
    );
}

#[test]
fn too_tall_does_not_fit() {
    let wide = Rect {
        width: 10,
        height: 2,
    };
    let tall = Rect {
        width: 3,
        height: 5,
    };
    assert!(
        !wide.can_hold(&tall),
        "{:?}.can_hold(&{:?}) should be false",
        wide,
        tall
    );
}

#[test]
fn equal_rectangles_hold_each_other() {
    let a = Rect {
        width: 4,
        height: 4,
    };
    assert!(a.can_hold(&a), "{:?}.can_hold(itself) should be true", a);
}

#[test]
fn scale_changes_both_sides() {
    let mut r = Rect {
        width: 2,
        height: 3,
    };
    r.scale(3);
    assert_eq!(
        r,
        Rect {
            width: 6,
            height: 9
        },
        "Rect {{ width: 2, height: 3 }} after scale(3)"
    );
}

#[test]
fn other_rectangle_is_only_borrowed() {
    let big = Rect::square(10);
    let small = Rect::square(2);
    big.can_hold(&small);
    assert_eq!(
        small.area(),
        4,
        "small is still usable after being lent to can_hold"
    );
}
