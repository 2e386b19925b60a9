# expect: ruff-S105, ruff-S106, ruff-S107
password = "hunter2"


def connect(user, password="admin123"):
    return (user, password)


def login(user):
    return connect(user=user, password="letmein")
