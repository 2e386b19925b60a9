# expect: none
import ast
import json

import yaml


def read(text, config):
    data = json.loads(text)
    literal = ast.literal_eval("[1, 2, 3]")
    settings = yaml.safe_load(config)
    return data, literal, settings
