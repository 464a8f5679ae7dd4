# Handling errors per item and carrying on.
results = []
for raw in ["1", "x", "3", ""]:
    try:
        results.append(int(raw))
    except ValueError as e:
        print("skip:", e)
        continue
    print("ok:", raw)
print(results)
# expect: ok: 1
# expect: skip: invalid literal for int() with base 10: 'x'
# expect: ok: 3
# expect: skip: invalid literal for int() with base 10: ''
# expect: [1, 3]
