def word_frequency(text):
    """Return a dict mapping each lowercase word in text to how often it appears."""
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts
