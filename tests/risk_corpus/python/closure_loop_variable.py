# expect: ruff-B023
callbacks = []
for i in range(3):
    callbacks.append(lambda: print(i))
for callback in callbacks:
    callback()
