# expect: none
import random

secret = random.randint(1, 10)
while True:
    guess = int(input("Guess: "))
    if guess == secret:
        print("You got it!")
        break
    print("Try again")
