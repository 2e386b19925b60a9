# expect: none
i = 0
while i < 10:
    print(i)
    i += 1

stack = [1, 2, 3]
while stack:
    print(stack.pop())

n = 12345
digits = 0
while n > 0:
    n //= 10
    digits += 1
