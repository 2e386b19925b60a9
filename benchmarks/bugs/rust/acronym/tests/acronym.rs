use acronym::*;

#[test]
fn basic() {
    assert_eq!(acronym("Portable Network Graphics"), "PNG");
}

#[test]
fn lower_case_words() {
    assert_eq!(acronym("as soon as possible"), "ASAP");
}

#[test]
fn extra_spaces() {
    assert_eq!(acronym("Ruby  on Rails"), "ROR");
}

#[test]
fn hyphenated() {
    assert_eq!(acronym("Complementary metal-oxide semiconductor"), "CMOS");
}
