def rank(players):
    """Return the names, highest score first, ties in alphabetical order."""
    ordered = sorted(players, key=lambda player: (-player[1], player[0]))
    return [name for name, _ in ordered]
