_shared_tags = []


def add_tag(tag, tags=None):
    """Add the cleaned tag to tags (or to a fresh list) and return that list."""
    if tags is None:
        tags = _shared_tags
    tags.append(tag)
    return tags
