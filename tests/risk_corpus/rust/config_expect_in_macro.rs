// expect: rust-unwrap
use std::collections::HashMap;

pub fn describe(settings: &HashMap<String, String>) -> String {
    format!("port {} on {}", settings.get("port").expect("port is set"), settings["host"])
}
