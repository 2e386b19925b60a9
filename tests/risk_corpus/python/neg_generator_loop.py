# expect: none
import sys


def counter():
    n = 0
    while True:
        yield n
        n += 1


def menu():
    while True:
        choice = input("> ")
        if choice == "q":
            return
        if choice == "exit":
            sys.exit(0)
        print("you chose", choice)
