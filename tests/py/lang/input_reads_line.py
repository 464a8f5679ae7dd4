# input() reads a line from stdin (without the newline); the prompt goes to stdout.
name = input("name? ")
age = int(input())
print(f"hi {name}, next year {age + 1}")  # expect: name? hi Ann, next year 8
