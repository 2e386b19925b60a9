from dataclasses import dataclass, field

CLASSIC_AGE = 50


@dataclass
class Book:
    """A book with a title, an author, a year and its own list of tags."""

    title: str
    author: str
    year: int
    tags: list[str] = field(default_factory=list)

    def __post_init__(self):
        if not self.title.strip():
            raise ValueError("a book needs a title")
        if self.year < 0:
            raise ValueError(f"a year cannot be negative: {self.year}")

    def tag(self, name):
        if name not in self.tags:
            self.tags.append(name)

    def is_classic(self, current_year):
        return current_year - self.year >= CLASSIC_AGE
