// expect: rust-panic
pub struct Stack {
    items: Vec<i32>,
}

impl Stack {
    pub fn pop(&mut self) -> i32 {
        match self.items.pop() {
            Some(item) => item,
            None => panic!("pop from an empty stack"),
        }
    }
}
