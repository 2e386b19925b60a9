# expect: ruff-B005
filename = "notes.txt"
name = filename.strip(".txt")
print(name)
