# expect: ruff-S301
import pickle


def load_game(path):
    with open(path, "rb") as handle:
        return pickle.load(handle)
