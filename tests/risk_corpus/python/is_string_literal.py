# expect: py-is-literal
answer = input("Continue? ")
if answer is "yes":
    print("Continuing")
