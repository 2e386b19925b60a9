import string


def count_words(text):
    counts = {}
    for raw in text.lower().split():
        word = raw.strip(string.punctuation)
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(text, n):
    """The n most frequent words, most frequent first; ties in alphabetical order."""
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda pair: (pair[1], pair[0]), reverse=True)
    return [word for word, _ in ranked[:n]]
