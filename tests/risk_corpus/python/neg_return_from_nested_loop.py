# expect: none
def closest_pair(nums, target):
    while True:
        for a in nums:
            for b in nums:
                if a + b == target:
                    return a, b
        target -= 1
