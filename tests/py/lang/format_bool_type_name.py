# bool formats as int under a spec, and its errors name 'bool'
print(format(True), f"{True:>6}|{False:d}|{True:.1f}|{True:x}")  # expect: True      1|0|1.0|1
for spec in ["s", "r", "q"]:
    try:
        format(True, spec)
    except ValueError as e:
        print(e)
# expect: Unknown format code 's' for object of type 'bool'
# expect: Unknown format code 'r' for object of type 'bool'
# expect: Unknown format code 'q' for object of type 'bool'
