# Strings compare by code point, one character at a time.
print("apple" < "banana", "Apple" < "apple", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a")  # expect: True True False True True True
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "A", "a", "B"], key=str.lower))  # expect: ['Apple', 'apple', 'banana', 'cherry'] ['A', 'a', 'b', 'B']
print(ord("A"), ord("a"), ord("é"), chr(65), chr(0x1F600) == "😀", max("hello"), min("hello"))  # expect: 65 97 233 A True o e
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa", "ab" in "cabd", "" in "x")  # expect: True True True True True
try:
    "a" < 1
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
try:
    ord("")
except TypeError as e:
    print(e)  # expect: ord() expected a character, but string of length 0 found
