# Pitfall: a mutable default is created once and shared between calls.
def add(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add(1))  # expect: [1]
print(add(2))  # expect: [1, 2]
print(add(3, []))  # expect: [3]
print(add(4))  # expect: [1, 2, 4]

def add_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(add_fixed(1), add_fixed(2))  # expect: [1] [2]
