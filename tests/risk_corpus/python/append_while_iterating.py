# expect: py-mutate-while-iterating
tasks = ["wash", "big clean", "cook"]

for index, task in enumerate(tasks):
    if task.startswith("big"):
        tasks.insert(index + 1, task + " part 2")

print(tasks)
