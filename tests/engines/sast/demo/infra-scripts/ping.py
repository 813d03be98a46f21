# mypy: ignore-errors
# ruff: noqa
import os
import pickle
import socket
import sys


def main():
    host = sys.argv[1] if len(sys.argv) > 1 else input("host: ")
    os.system("ping -c 1 " + host)


def serve():
    sock = socket.socket()
    sock.bind(("0.0.0.0", 9000))
    sock.listen(1)
    conn, _ = sock.accept()
    job = pickle.loads(conn.recv(4096))
    print(job)
