# expect: none
import yaml


def read(text):
    return yaml.load(text, Loader=yaml.SafeLoader)
