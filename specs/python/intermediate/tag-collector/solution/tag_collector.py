def add_tag(tag, tags=None):
    """Add the cleaned tag to tags (or to a fresh list) and return that list."""
    if tags is None:
        tags = []
    cleaned = tag.strip().lower()
    if not cleaned:
        raise ValueError("a tag cannot be empty")
    if cleaned not in tags:
        tags.append(cleaned)
    return tags
