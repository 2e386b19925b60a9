// expect: none
pub struct Stack {
    items: Vec<i32>,
}

impl Stack {
    pub fn pop(&mut self) -> Option<i32> {
        self.items.pop()
    }

    pub fn peek_or(&self, fallback: i32) -> i32 {
        self.items.last().copied().unwrap_or(fallback)
    }

    pub fn total(&self) -> i32 {
        assert!(self.items.len() < 1000, "stack too large");
        self.items.iter().sum()
    }
}

fn main() {
    let mut stack = Stack { items: vec![1, 2] };
    if stack.pop().is_none() {
        panic!("expected an item");
    }
}
