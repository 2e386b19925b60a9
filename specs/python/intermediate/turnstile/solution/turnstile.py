NEXT_STATE = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
    ("unlocked", "push"): "locked",
}
STATES = {"locked", "unlocked"}


def run_turnstile(events, state="locked"):
    """Process the events; return (final_state, coins_kept, people_passed)."""
    if state not in STATES:
        raise ValueError(f"unknown state {state!r}")
    coins = passed = 0
    for event in events:
        if (state, event) not in NEXT_STATE:
            raise ValueError(f"unknown event {event!r}")
        if state == "locked" and event == "coin":
            coins += 1
        elif state == "unlocked" and event == "push":
            passed += 1
        state = NEXT_STATE[state, event]
    return state, coins, passed
