def longest_unique(text):
    """Return the first longest stretch of text with no repeated character."""
    last_seen = {}
    start = best_start = best_length = 0
    for end, char in enumerate(text):
        if last_seen.get(char, -1) >= start:
            start = last_seen[char] + 1
        last_seen[char] = end
        if end - start + 1 > best_length:
            best_start, best_length = start, end - start + 1
    return text[best_start:best_start + best_length]
