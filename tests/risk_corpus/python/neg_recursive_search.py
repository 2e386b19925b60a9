# expect: none
def find(node, target):
    if node["value"] == target:
        return node
    for child in node["children"]:
        found = find(child, target)
        if found:
            return found
    return None


def contains(items, wanted):
    return bool(items) and (items[0] == wanted or contains(items[1:], wanted))
