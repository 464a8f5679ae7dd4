# a finally body with loops and handlers of its own, run on return/break/continue from nested blocks
def scan(items):
    for i in items:
        try:
            if i == 2:
                return f"found {i}"
            if i == 4:
                break
        finally:
            for j in range(3):
                if j == 1:
                    continue
                if j == 2:
                    break
                print("cleanup", i, j)
            try:
                if i == 3:
                    raise KeyError(i)
            except KeyError as e:
                print("handled in finally", e)
    return "scanned"
print(scan([1, 2]))
# expect: cleanup 1 0
# expect: cleanup 2 0
# expect: found 2
print(scan([3, 4, 5]))
# expect: cleanup 3 0
# expect: handled in finally 3
# expect: cleanup 4 0
# expect: scanned

def else_break():
    out = []
    for i in range(5):
        try:
            if i == 0:
                continue
        except ValueError:
            pass
        else:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
            if i == 1:
                continue
    return out
print(else_break())  # expect: [0, 1, -1, 2, -2, -3]

def many_breaks(n):
    # every break re-runs the finally body, which itself has exits
    for i in range(n):
        try:
            if i == 0: break
            if i == 1: break
            if i == 2: break
            if i == 3: break
            if i == 4: break
            if i == 5: break
            if i == 6: break
            if i == 7: break
        finally:
            for k in range(2):
                try:
                    if k == 0: continue
                    if k == 1: break
                finally:
                    pass
    return i
print(many_breaks(10))  # expect: 0

def outer():
    try:
        for i in range(3):
            try:
                return i
            finally:
                print("inner finally", i)
                if i < 2:
                    continue
    finally:
        print("outer finally")
print(outer())
# expect: inner finally 0
# expect: inner finally 1
# expect: inner finally 2
# expect: outer finally
# expect: 2
