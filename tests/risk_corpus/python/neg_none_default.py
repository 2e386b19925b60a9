# expect: none
def add_item(item, basket=None):
    if basket is None:
        basket = []
    basket.append(item)
    return basket


def greet(name="world", times=1, excited=False, parts=()):
    return ("Hello " + name) * times
