# expect: none
password_prompt = "Enter your password: "
password = ""
password = input(password_prompt)
print(len(password))
