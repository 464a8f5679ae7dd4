# Dotted names are value patterns (compared with ==); a bare name would be a capture.
import math
class Color:
    RED = "red"
    GREEN = "green"
class Status:
    OK = 200
    NOT_FOUND = 404
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "wait"
print(paint("red"), paint("green"), paint("amber"))  # expect: stop go wait
def answer(code):
    match code:
        case Status.OK:
            return "fine"
        case Status.NOT_FOUND:
            return "missing"
    return "unknown"
print(answer(200), answer(404), answer(500))  # expect: fine missing unknown
match math.pi:
    case math.e:
        print("e")
    case math.pi:
        print("pi")  # expect: pi
