# expect: none
import sqlite3


def find(name):
    db = sqlite3.connect("users.db")
    cur = db.cursor()
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    return cur.fetchall()
