# expect: ruff-B002
count = 0
for letter in "banana":
    if letter == "a":
        ++count
print(count)
