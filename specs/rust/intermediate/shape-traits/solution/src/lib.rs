use std::f64::consts::PI;

/// Anything with an area and a name.
pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;

    /// A one-line description such as "circle with area 3.14".
    /// (A default method: every shape gets it for free.)
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

pub struct Circle {
    pub radius: f64,
}

pub struct Rectangle {
    pub width: f64,
    pub height: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }
    fn name(&self) -> String {
        "circle".to_string()
    }
}

impl Shape for Rectangle {
    fn area(&self) -> f64 {
        self.width * self.height
    }
    fn name(&self) -> String {
        "rectangle".to_string()
    }
}

/// The sum of the areas of all shapes.
pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

/// The shape with the largest area, or None for no shapes.
pub fn largest(shapes: &[Box<dyn Shape>]) -> Option<&dyn Shape> {
    shapes
        .iter()
        .map(|s| s.as_ref())
        .reduce(|best, s| if s.area() > best.area() { s } else { best })
}
