class Book:
    """A book with a title, an author, a year and its own list of tags."""

    tags = []

    def __init__(self, title, author, year):
        self.title = title
        self.author = author
        self.year = year

    def tag(self, name):
        self.tags.append(name)

    def is_classic(self, current_year):
        return False
