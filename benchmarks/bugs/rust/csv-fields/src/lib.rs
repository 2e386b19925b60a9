/// Split one CSV line into fields; a comma inside double quotes is part of the field.
pub fn fields(line: &str) -> Vec<String> {
    let mut result = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => result.push(current.clone()),
            _ => current.push(ch),
        }
    }
    result.push(current);
    result
}
