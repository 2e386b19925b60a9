# expect: none
from collections import Counter


def word_frequency(text):
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def top(text, n=3):
    return Counter(text.split()).most_common(n)
