# interview-style snippets: anagrams, two-sum, LRU via dict order, run-length, rotation, flatten, sieve, word counts, binary search
def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(groups.values(), key=lambda g: (-len(g), g))
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))  # expect: [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']]
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 3], 6), two_sum([1], 5))  # expect: (0, 1) (0, 1) None
class LRU:
    def __init__(self, cap): self.cap, self.d = cap, {}
    def get(self, k):
        if k not in self.d: return -1
        self.d[k] = self.d.pop(k)
        return self.d[k]
    def put(self, k, v):
        self.d.pop(k, None)
        self.d[k] = v
        if len(self.d) > self.cap:
            del self.d[next(iter(self.d))]
c = LRU(2)
c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2), c.get(3), list(c.d))
# expect: 1
# expect: -1 3 [1, 3]
def compress(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{s[i]}{j - i}")
        i = j
    r = "".join(out)
    return r if len(r) < len(s) else s
print(compress("aabcccccaaa"), compress("abc"), compress(""))  # expect: a2b1c5a3 abc 
rotate = lambda m: [list(r) for r in zip(*m[::-1])]
print(rotate([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))  # expect: [[7, 4, 1], [8, 5, 2], [9, 6, 3]]
def flatten(x):
    return [a for e in x for a in (flatten(e) if isinstance(e, list) else [e])]
print(flatten([1, [2, [3, [4, []]], 5]]))  # expect: [1, 2, 3, 4, 5]
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
print(sieve(50))  # expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
text = "the quick brown fox jumps over the lazy dog the fox"
freq = {}
for w in text.split(): freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])  # expect: [('the', 3), ('fox', 2), ('brown', 1), ('dog', 1)]
print(max(freq, key=freq.get), [w for w in freq if freq[w] == 1][:3])  # expect: the ['quick', 'brown', 'jumps']
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x: return mid
        lo, hi = (mid + 1, hi) if a[mid] < x else (lo, mid - 1)
    return -(lo + 1)
print([bsearch([1, 3, 5, 7], x) for x in range(9)])  # expect: [-1, 0, -2, 1, -3, 2, -4, 3, -5]
print(all(s == s[::-1] for s in ["aba", "abba", ""]), "".join(reversed("stressed")), "A man a plan".lower().replace(" ", ""))  # expect: True desserts amanaplan
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
print(", ".join(fizz))  # expect: 1, 2, Fizz, 4, Buzz, Fizz, 7, 8, Fizz, Buzz, 11, Fizz, 13, 14, FizzBuzz
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)], sum(map(sum, matrix)), [row[::-1] for row in matrix][::-1])  # expect: [[1, 3, 5], [2, 4, 6]] [9, 12] 21 [[6, 5], [4, 3], [2, 1]]
print(f"{'Name':<10}|{'Score':>6}|\n{'-' * 17}\n{'Ann':<10}|{93.456:>6.1f}|\n{'Bob':<10}|{7:>6}|")
# expect: Name      | Score|
# expect: -----------------
# expect: Ann       |  93.5|
# expect: Bob       |     7|
