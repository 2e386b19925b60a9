def is_anagram(first, second):
    return sorted(first.lower()) == sorted(second.lower()) and first.lower() != second.lower()


def group_anagrams(words):
    groups = {}
    for word in words:
        key = sorted(word.lower())
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    return list(groups.values())
