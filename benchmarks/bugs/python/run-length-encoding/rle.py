def encode(text):
    """'aaabcc' -> '3a1b2c'."""
    if not text:
        return ""
    out = []
    current = text[0]
    count = 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            out.append(f"{count}{current}")
            current = ch
            count = 1
    return "".join(out)


def decode(code):
    """'3a1b2c' -> 'aaabcc'."""
    result = ""
    digits = ""
    for ch in code:
        if ch.isdigit():
            digits += ch
        else:
            result += ch * int(digits)
            digits = ""
    return result
