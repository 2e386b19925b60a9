/// A rectangle with a width and a height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub width: u32,
    pub height: u32,
}

impl Rect {
    /// A square with sides of length `size`.
    pub fn square(size: u32) -> Rect {
        Rect {
            width: size,
            height: size,
        }
    }

    /// The area of the rectangle.
    pub fn area(&self) -> u32 {
        self.width * self.height
    }

    /// Whether `other` fits completely inside this rectangle (same orientation).
    pub fn can_hold(&self, other: &Rect) -> bool {
        self.width >= other.width && self.height >= other.height
    }

    /// Makes the rectangle `factor` times wider and taller.
    pub fn scale(&mut self, factor: u32) {
        self.width *= factor;
        self.height *= factor;
    }
}
