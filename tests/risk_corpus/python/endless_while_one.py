# expect: py-endless-loop
count = 0
while 1:
    count += 1
    if count > 100:
        continue
    print(count)
