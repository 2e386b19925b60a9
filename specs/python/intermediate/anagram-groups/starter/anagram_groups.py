def group_anagrams(words):
    """Group words that are anagrams of each other (ignoring case)."""
    groups = {}
    for word in words:
        key = sorted(word)
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    return list(groups.values())
