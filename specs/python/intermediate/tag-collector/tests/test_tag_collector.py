import pytest

from tag_collector import add_tag


def test_without_a_list_the_result_holds_only_the_new_tag():
    assert add_tag("python") == ["python"]


def test_calls_without_a_list_do_not_share_one():
    first = add_tag("python")
    second = add_tag("tips")
    assert first == ["python"]
    assert second == ["tips"]
    assert first is not second


def test_a_passed_list_is_extended_and_returned():
    mine = ["python"]
    result = add_tag("tips", mine)
    assert result is mine
    assert mine == ["python", "tips"]


def test_tags_are_cleaned():
    assert add_tag("  PyThOn ") == ["python"]


def test_a_tag_already_there_is_not_added_twice():
    assert add_tag("Python", ["python"]) == ["python"]


def test_an_empty_tag_is_an_error():
    with pytest.raises(ValueError):
        add_tag("   ")
