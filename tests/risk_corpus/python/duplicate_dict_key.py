# expect: ruff-F601
prices = {
    "apple": 0.5,
    "pear": 0.75,
    "apple": 0.6,
}
print(prices)
