# expect: ruff-S307
number = eval(input("Enter a number: "))
print(number * 2)
