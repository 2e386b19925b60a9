/// The three colours of a traffic light.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    /// The light that comes after this one: Red -> Green -> Yellow -> Red.
    pub fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }

    /// How many seconds this light stays on: Red 30, Green 25, Yellow 5.
    pub fn seconds(self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
        }
    }
}

/// The light shown after `steps` changes, starting from `start`.
pub fn after(start: Light, steps: u32) -> Light {
    (0..steps % 3).fold(start, |light, _| light.next())
}
