import re


def slugify(title):
    slug = title.strip().lower()
    slug = re.sub(r"[^a-z0-9 -]", "", slug)
    slug.replace(" ", "-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return slug
