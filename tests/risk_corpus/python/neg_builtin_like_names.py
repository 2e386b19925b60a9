# expect: none
class Shape:
    type = "generic"

    def __init__(self, kind):
        self.type = kind

    def sum(self, other):
        return Shape(self.type + other.type)


numbers = [3, 1, 2]
total = sum(numbers)
biggest = max(numbers)
list_of_names = list(map(str, numbers))
print(total, biggest, list_of_names, len(numbers))
