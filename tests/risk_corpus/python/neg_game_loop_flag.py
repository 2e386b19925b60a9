# expect: none
def get_events():
    return [input("event: ")]


running = True
while running:
    for event in get_events():
        if event == "quit":
            running = False
