def line_price(item):
    price = item["price"]
    for item in item.get("extras", []):
        price += item["price"]
    return price * item["qty"]


def order_total(order):
    total = 0
    for item in order:
        total += line_price(item)
    return round(total, 2)
