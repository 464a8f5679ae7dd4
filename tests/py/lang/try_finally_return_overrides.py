# A return in finally overrides the try's return value and swallows exceptions.
def value():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def side_effect():
    x = [1]
    try:
        return x
    finally:
        x.append(2)

print(value())  # expect: finally
print(swallow())  # expect: swallowed
print(side_effect())  # expect: [1, 2]
