# expect: none
def drain(queue):
    while queue:
        item = queue.pop(0)
        print(item)


def run(step):
    done = False
    while not done:
        done = step()
