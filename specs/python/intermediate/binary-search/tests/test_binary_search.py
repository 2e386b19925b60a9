from binary_search import binary_search


class CountingList:
    """A read-only sorted 'list' (item i is 2 * i) that counts lookups."""

    def __init__(self, size):
        self.size = size
        self.lookups = 0

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if not 0 <= index < self.size:
            raise IndexError(index)
        self.lookups += 1
        return 2 * index


def test_found_in_the_middle():
    assert binary_search([1, 3, 5, 7, 9], 5) == 2


def test_found_at_each_end():
    assert binary_search([1, 3, 5, 7, 9], 1) == 0
    assert binary_search([1, 3, 5, 7, 9], 9) == 4


def test_single_item():
    assert binary_search([4], 4) == 0


def test_missing_target():
    assert binary_search([1, 3, 5, 7, 9], 4) == -1
    assert binary_search([1, 3, 5, 7, 9], 10) == -1


def test_empty_list():
    assert binary_search([], 4) == -1


def test_looks_at_few_items():
    items = CountingList(1_000_000)
    assert binary_search(items, 2 * 777_777) == 777_777
    assert items.lookups <= 60
