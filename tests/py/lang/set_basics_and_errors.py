# Sets of small ints iterate in hash order; remove() raises, discard() does not.
s = {5, 3, 1}
s.add(4)
s.add(3)
print(s, len(s), 3 in s, 9 not in s)  # expect: {1, 3, 4, 5} 4 True True
s.discard(99)
s.remove(5)
print(s)  # expect: {1, 3, 4}
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 99
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})  # expect: {1, 2, 3} {2} {1} {1, 3}
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))  # expect: True False True True
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")), set(), type({}).__name__)  # expect: True ['i', 'm', 'p', 's'] set() dict
try:
    {[1, 2]}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
try:
    s[0]
except TypeError as e:
    print(e)  # expect: 'set' object is not subscriptable
words = ["b", "a", "b", "c", "a"]
seen, unique = set(), []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)  # expect: ['b', 'a', 'c']
set().pop()
# expect runtime error: KeyError: 'pop from an empty set'
