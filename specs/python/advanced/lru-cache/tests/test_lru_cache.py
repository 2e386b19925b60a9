import pytest

from lru_cache import LRUCache


def test_stores_and_returns_values():
    cache = LRUCache(2)
    cache.put("a", 1)
    assert cache.get("a") == 1


def test_a_missing_key_gives_the_default():
    cache = LRUCache(2)
    assert cache.get("nope") is None
    assert cache.get("nope", "missing") == "missing"


def test_the_oldest_entry_leaves_when_full():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)
    assert cache.get("a") is None
    assert (cache.get("b"), cache.get("c")) == (2, 3)
    assert len(cache) == 2


def test_reading_an_entry_keeps_it():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    assert cache.get("a") == 1
    assert cache.get("b") is None


def test_updating_a_key_does_not_evict_anything():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 10)
    assert len(cache) == 2
    assert (cache.get("a"), cache.get("b")) == (10, 2)


def test_updating_a_key_counts_as_a_use():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 10)
    cache.put("c", 3)
    assert cache.get("b") is None
    assert cache.get("a") == 10


def test_falsy_values_are_real_values():
    cache = LRUCache(3)
    cache.put("zero", 0)
    cache.put("none", None)
    assert cache.get("zero", "missing") == 0
    assert cache.get("none", "missing") is None


def test_a_capacity_below_one_is_an_error():
    with pytest.raises(ValueError):
        LRUCache(0)
