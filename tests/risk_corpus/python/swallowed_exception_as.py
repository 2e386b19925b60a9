# expect: py-swallowed-exception
import json


def load_settings(path):
    settings = {}
    try:
        with open(path) as handle:
            settings = json.load(handle)
    except Exception as error:
        pass
    return settings
