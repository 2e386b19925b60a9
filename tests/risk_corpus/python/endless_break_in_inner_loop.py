# expect: py-endless-loop
def wait_for_ready(devices):
    while True:
        for device in devices:
            if device.ready:
                print("ready:", device)
                break
