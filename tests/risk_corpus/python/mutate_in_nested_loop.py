# expect: py-mutate-while-iterating
def remove_banned(words, banned):
    for word in words:
        for bad in banned:
            if word == bad:
                words.remove(word)
                break
    return words
