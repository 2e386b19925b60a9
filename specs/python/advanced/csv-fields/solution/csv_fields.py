START, PLAIN, QUOTED, AFTER_QUOTE = "start", "plain", "quoted", "after quote"


def split_fields(line):
    """Split one comma-separated line into its fields, honouring double quotes."""
    fields, current, state = [], [], START
    for char in line:
        if state == QUOTED:
            if char == '"':
                state = AFTER_QUOTE
            else:
                current.append(char)
        elif state == AFTER_QUOTE:
            if char == '"':
                current.append('"')
                state = QUOTED
            elif char == ",":
                fields.append("".join(current))
                current, state = [], START
            else:
                raise ValueError(f"unexpected {char!r} after a closing quote")
        elif char == ",":
            fields.append("".join(current))
            current, state = [], START
        elif char == '"' and state == START:
            state = QUOTED
        else:
            current.append(char)
            state = PLAIN
    if state == QUOTED:
        raise ValueError("a quoted field is never closed")
    fields.append("".join(current))
    return fields
