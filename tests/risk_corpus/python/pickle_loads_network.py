# expect: ruff-S301
import pickle
import socket


def receive(sock: socket.socket):
    data = sock.recv(4096)
    return pickle.loads(data)
