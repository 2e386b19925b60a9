# expect: none
def show(items):
    for i in range(len(items) + 1):
        if i < len(items):
            print(items[i])
        else:
            print("end")
