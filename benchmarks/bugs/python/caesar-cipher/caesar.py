def shift_char(ch, shift):
    if ch.isalpha():
        base = ord("a")
        return chr((ord(ch) - base + shift) % 26 + base)
    return ch


def encrypt(text, shift):
    return "".join(shift_char(ch, shift) for ch in text)


def decrypt(text, shift):
    return encrypt(text, -shift)
