# {} is an empty dict, not an empty set.
print(type({}).__name__)  # expect: dict
print(type(set()).__name__)  # expect: set
print(type({1}).__name__)  # expect: set
print(set(), {})  # expect: set() {}
print(bool(set()), bool({0}))  # expect: False True
