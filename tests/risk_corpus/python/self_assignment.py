# expect: ruff-PLW0127
class Dog:
    def __init__(self, name):
        name = name
        self.tricks = []
