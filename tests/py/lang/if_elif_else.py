# if / elif / else picks the first true branch.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 80:
        return "never"
    else:
        return "C"

for s in (95, 85, 10):
    print(grade(s))
# expect: A
# expect: B
# expect: C
if []:
    print("empty list is true")
elif 0.0:
    print("zero is true")
else:
    print("both falsy")  # expect: both falsy
