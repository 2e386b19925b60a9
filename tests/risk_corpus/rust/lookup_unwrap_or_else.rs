// expect: none
use std::collections::HashMap;

pub fn greeting(names: &HashMap<u32, String>, id: u32) -> String {
    let name = names.get(&id).cloned().unwrap_or_else(|| "stranger".to_string());
    let shout = name.to_uppercase();
    if let Some(first) = shout.chars().next() {
        format!("{first}: hello, {name}")
    } else {
        "hello".to_string()
    }
}
