def run_turnstile(events, state="locked"):
    """Process the events; return (final_state, coins_kept, people_passed)."""
    coins = passed = 0
    return state, coins, passed
