# expect: py-none-comparison
def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user
    return None


result = find_user([], "ada")
if result == None:
    print("no such user")
