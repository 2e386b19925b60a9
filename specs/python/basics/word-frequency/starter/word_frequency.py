def word_frequency(text):
    """Return a dict mapping each lowercase word in text to how often it appears."""
    counts = {}
    for word in text.split():
        counts[word] += 1
    return counts
