# expect: none
import getpass
import os

password = os.environ.get("DB_PASSWORD", "")
typed_password = getpass.getpass("Password: ")
password_prompt_shown = True
