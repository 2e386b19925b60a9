"""The localization result survives JSON, and its top line is the first suspect."""

from temper.core.localization import Localization, Repair, SuspectLine


def test_round_trip_keeps_every_field():
    found = Localization(
        suspects=(SuspectLine("fizzbuzz.py", 6, 0.9, "elif n % 6 == 0:"),
                  SuspectLine("fizzbuzz.py", 4, 0.5, "if n % 15 == 0:")),
        repair=Repair("fizzbuzz.py", 6, "constant", "elif n % 6 == 0:", "elif n % 5 == 0:",
                      ("test_buzz",)),
        values=("n=10",), test="test_buzz", seconds=1.25, method="repair")
    again = Localization.from_json(found.to_json())
    assert again == found
    assert again.top == SuspectLine("fizzbuzz.py", 6, 0.9, "elif n % 6 == 0:")


def test_empty_and_unknown_method():
    assert Localization().top is None
    assert Localization.from_json({"method": "magic"}).method == "none"
