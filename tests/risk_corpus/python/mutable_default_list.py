# expect: py-mutable-default
def add_item(item, basket=[]):
    """Put item in the basket and return the basket."""
    basket.append(item)
    return basket


print(add_item("apple"))
print(add_item("pear"))
