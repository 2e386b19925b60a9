# expect: py-endless-loop
numbers = [3, 1, 4, 1, 5]
i = 0
while i < len(numbers):
    print(numbers[i])
print("done")
