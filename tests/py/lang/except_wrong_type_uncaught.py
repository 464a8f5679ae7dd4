# A handler for another type does not catch; finally still runs.
def convert(x):
    try:
        return int(x)
    except ValueError:
        return -1
    finally:
        print("convert done")

print(convert("5"))
# expect: convert done
# expect: 5
convert(None)
# expect: convert done
# expect runtime error: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
