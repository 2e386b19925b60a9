# expect: none
import sqlite3

db = sqlite3.connect("users.db")
rows = db.execute("SELECT name FROM users ORDER BY name").fetchall()
print(rows)
