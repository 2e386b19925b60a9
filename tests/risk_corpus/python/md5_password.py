# expect: ruff-S324
import hashlib


def store(secret_text):
    digest = hashlib.md5(secret_text.encode()).hexdigest()
    return digest
