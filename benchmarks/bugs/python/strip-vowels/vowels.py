VOWELS = "aeiouAEIOU"


def strip_vowels(text):
    result = ""
    i = 0
    while i < len(text):
        if text[i] in VOWELS:
            continue
        result += text[i]
        i += 1
    return result
