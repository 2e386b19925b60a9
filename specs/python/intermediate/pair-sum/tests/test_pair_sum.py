from pair_sum import pair_with_sum


class CountingList(list):
    """A list that counts how often its items are read."""

    reads = 0

    def __getitem__(self, index):
        self.reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item


def assert_valid_pair(numbers, target, pair):
    assert pair is not None
    i, j = pair
    assert 0 <= i < j < len(numbers)
    assert numbers[i] + numbers[j] == target


def test_finds_a_pair():
    numbers = [1, 3, 4, 6, 9]
    assert_valid_pair(numbers, 10, pair_with_sum(numbers, 10))


def test_no_pair_gives_none():
    assert pair_with_sum([1, 2, 5], 100) is None


def test_one_number_cannot_be_used_twice():
    assert pair_with_sum([3], 6) is None
    assert pair_with_sum([], 0) is None


def test_two_equal_numbers_make_a_pair():
    assert pair_with_sum([3, 3], 6) == (0, 1)


def test_negative_numbers():
    numbers = [-8, -3, 0, 2, 5]
    assert_valid_pair(numbers, -1, pair_with_sum(numbers, -1))


def test_reads_the_list_about_once_not_once_per_pair():
    numbers = CountingList(range(0, 1200, 2))
    assert pair_with_sum(numbers, -1) is None
    assert numbers.reads <= 3 * len(numbers)
