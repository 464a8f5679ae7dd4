# finally always runs; a return in finally wins and swallows the exception.
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def overrides():
    try:
        return "try"
    finally:
        return "finally"

def in_loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2

print(order(), swallow(), overrides(), in_loop(), value_at_return())  # expect: ['try', 'finally'] finally wins finally [0, 'f0', 'f1', 2, 'f2'] 1
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
    finally:
        print("outer finally")
nested()
# expect: inner finally
# expect: caught 'inner'
# expect: outer finally
