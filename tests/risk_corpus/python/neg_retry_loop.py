# expect: none
def ask_number():
    while True:
        try:
            value = int(input("Number: "))
            break
        except ValueError:
            print("That is not a number")
    return value
