# expect: py-recursion-no-base
def countdown(n):
    if n == 0:
        print("Liftoff!")
    print(n)
    countdown(n - 1)
