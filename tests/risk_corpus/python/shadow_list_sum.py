# expect: py-shadowed-builtin
list = [4, 8, 15, 16, 23, 42]
sum = 0
for number in list:
    sum += number
print(sum / len(list))
