# expect: ruff-F811
def area(width, height):
    return width * height


def area(radius):
    return 3.14159 * radius * radius


print(area(2))
