use shape_traits::*;

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn mixed() -> Vec<Box<dyn Shape>> {
    vec![
        Box::new(Rectangle {
            width: 2.0,
            height: 3.0,
        }),
        Box::new(Circle { radius: 1.0 }),
        Box::new(Rectangle {
            width: 1.0,
            height: 1.0,
        }),
    ]
}

#[test]
fn circle_area_uses_radius_squared() {
    let c = Circle { radius: 2.0 };
    assert!(
        near(c.area(), 4.0 * std::f64::consts::PI),
        "Circle {{ radius: 2.0 }}.area() = {}, want 4π",
        c.area()
    );
}

#[test]
fn rectangle_area() {
    let r = Rectangle {
        width: 2.0,
        height: 3.5,
    };
    assert!(
        near(r.area(), 7.0),
        "Rectangle {{ 2.0 x 3.5 }}.area() = {}, want 7",
        r.area()
    );
}

#[test]
fn shapes_have_their_own_names() {
    assert_eq!(Circle { radius: 1.0 }.name(), "circle", "Circle name");
    assert_eq!(
        Rectangle {
            width: 1.0,
            height: 1.0
        }
        .name(),
        "rectangle",
        "Rectangle name"
    );
}

#[test]
fn describe_shows_name_and_area() {
    assert_eq!(
        Circle { radius: 1.0 }.describe(),
        "circle with area 3.14",
        "Circle {{ radius: 1.0 }}.describe()"
    );
    assert_eq!(
        Rectangle {
            width: 2.0,
            height: 0.5
        }
        .describe(),
        "rectangle with area 1.00",
        "Rectangle {{ 2.0 x 0.5 }}.describe()"
    );
}

#[test]
fn total_area_adds_every_shape() {
    let want = 6.0 + std::f64::consts::PI + 1.0;
    let got = total_area(&mixed());
    assert!(
        near(got, want),
        "total_area(rect 2x3, circle r1, rect 1x1) = {}, want {}",
        got,
        want
    );
}

#[test]
fn total_area_of_nothing_is_zero() {
    assert_eq!(total_area(&[]), 0.0, "total_area(&[])");
}

#[test]
fn largest_finds_the_biggest_area() {
    let shapes = mixed();
    let got = largest(&shapes).map(|s| s.describe());
    assert_eq!(
        got.as_deref(),
        Some("rectangle with area 6.00"),
        "largest(rect 2x3, circle r1, rect 1x1)"
    );
}

#[test]
fn largest_of_nothing_is_none() {
    assert!(largest(&[]).is_none(), "largest(&[]) should be None");
}
