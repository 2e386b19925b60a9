# expect: ruff-S113, ruff-S501
import requests


def fetch(url):
    page = requests.get(url)
    other = requests.get(url, verify=False, timeout=5)
    return page.text + other.text
