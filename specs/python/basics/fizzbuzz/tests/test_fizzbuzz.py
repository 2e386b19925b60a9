from fizzbuzz import fizzbuzz


def test_plain_number_is_text():
    assert fizzbuzz(7) == "7"


def test_divisible_by_three():
    assert fizzbuzz(9) == "Fizz"


def test_divisible_by_five():
    assert fizzbuzz(10) == "Buzz"


def test_divisible_by_fifteen():
    assert fizzbuzz(30) == "FizzBuzz"


def test_one():
    assert fizzbuzz(1) == "1"
