use traffic_light::*;

#[test]
fn red_turns_green() {
    assert_eq!(Light::Red.next(), Light::Green, "Light::Red.next()");
}

#[test]
fn green_turns_yellow() {
    assert_eq!(Light::Green.next(), Light::Yellow, "Light::Green.next()");
}

#[test]
fn yellow_turns_red() {
    assert_eq!(Light::Yellow.next(), Light::Red, "Light::Yellow.next()");
}

#[test]
fn each_light_has_its_duration() {
    assert_eq!(Light::Red.seconds(), 30, "Light::Red.seconds()");
    assert_eq!(Light::Green.seconds(), 25, "Light::Green.seconds()");
    assert_eq!(Light::Yellow.seconds(), 5, "Light::Yellow.seconds()");
}

#[test]
fn zero_steps_keeps_the_light() {
    assert_eq!(after(Light::Yellow, 0), Light::Yellow, "after(Yellow, 0)");
}

#[test]
fn a_full_cycle_comes_back() {
    assert_eq!(after(Light::Green, 3), Light::Green, "after(Green, 3)");
}

#[test]
fn two_steps_from_red() {
    assert_eq!(after(Light::Red, 2), Light::Yellow, "after(Red, 2)");
}

#[test]
fn a_huge_number_of_steps_is_quick() {
    assert_eq!(
        after(Light::Red, u32::MAX),
        Light::Red,
        "after(Red, u32::MAX)"
    );
}
