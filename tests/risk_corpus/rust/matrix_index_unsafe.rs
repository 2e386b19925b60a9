// expect: rust-unsafe, rust-panic
pub struct Matrix {
    cells: Vec<f64>,
    width: usize,
}

impl Matrix {
    pub fn get(&self, row: usize, col: usize) -> f64 {
        if col >= self.width {
            std::panic!("column {col} out of range");
        }
        unsafe { *self.cells.get_unchecked(row * self.width + col) }
    }
}
