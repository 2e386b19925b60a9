import pytest

from book_dataclass import Book


def test_books_with_the_same_fields_are_equal():
    assert Book("Dune", "Frank Herbert", 1965) == Book("Dune", "Frank Herbert", 1965)
    assert Book("Dune", "Frank Herbert", 1965) != Book("Dune", "Frank Herbert", 1966)


def test_printing_a_book_shows_its_fields():
    text = repr(Book("Emma", "Jane Austen", 1815))
    assert "Emma" in text and "Jane Austen" in text and "1815" in text


def test_each_book_has_its_own_tags():
    dune = Book("Dune", "Frank Herbert", 1965)
    emma = Book("Emma", "Jane Austen", 1815)
    dune.tag("sci-fi")
    assert dune.tags == ["sci-fi"]
    assert emma.tags == []


def test_tags_can_be_given_and_are_not_duplicated():
    book = Book("Dune", "Frank Herbert", 1965, ["classic"])
    book.tag("classic")
    assert book.tags == ["classic"]


def test_an_empty_title_is_an_error():
    with pytest.raises(ValueError):
        Book("   ", "Nobody", 2000)


def test_a_negative_year_is_an_error():
    with pytest.raises(ValueError):
        Book("Old", "Someone", -5)


def test_a_classic_is_at_least_fifty_years_old():
    book = Book("Dune", "Frank Herbert", 1965)
    assert book.is_classic(2015) is True
    assert book.is_classic(2014) is False
