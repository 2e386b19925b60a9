import pytest

from retry_decorator import retry


def flaky(failures, error=ConnectionError):
    """A function that fails `failures` times, then returns how often it was called."""
    calls = []

    def call(*args, **kwargs):
        calls.append((args, kwargs))
        if len(calls) <= failures:
            raise error(f"failure {len(calls)}")
        return len(calls)
    return call, calls


def test_a_call_that_works_is_made_once():
    func, calls = flaky(0)
    assert retry(3)(func)() == 1
    assert len(calls) == 1


def test_failures_are_tried_again_until_one_works():
    func, calls = flaky(2)
    assert retry(3, exceptions=(ConnectionError,))(func)() == 3


def test_after_the_last_attempt_the_last_error_reaches_the_caller():
    func, calls = flaky(5)
    with pytest.raises(ConnectionError, match="failure 3"):
        retry(3)(func)()
    assert len(calls) == 3


def test_other_errors_are_not_tried_again():
    func, calls = flaky(5, error=KeyError)
    with pytest.raises(KeyError):
        retry(3, exceptions=(ConnectionError,))(func)()
    assert len(calls) == 1


def test_arguments_are_passed_through():
    func, calls = flaky(1)
    retry(2)(func)("url", timeout=5)
    assert calls == [(("url",), {"timeout": 5})] * 2


def test_the_function_keeps_its_name_and_docstring():
    @retry(2)
    def fetch():
        """Fetch something."""

    assert fetch.__name__ == "fetch"
    assert fetch.__doc__ == "Fetch something."


def test_fewer_than_one_attempt_is_an_error_at_once():
    with pytest.raises(ValueError):
        retry(0)
