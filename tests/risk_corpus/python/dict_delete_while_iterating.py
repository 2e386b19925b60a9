# expect: py-mutate-while-iterating
scores = {"ada": 91, "bob": 42, "cy": 38}

for name in scores:
    if scores[name] < 50:
        del scores[name]

print(scores)
