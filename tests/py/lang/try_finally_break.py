# A break in finally discards the exception being raised.
for attempt in range(3):
    try:
        raise RuntimeError("discarded")
    finally:
        print("attempt", attempt)
        break
print("survived")
# expect: attempt 0
# expect: survived
