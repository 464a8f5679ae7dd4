# collections: deque, defaultdict, Counter, namedtuple, OrderedDict
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict

d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d, d.maxlen, len(d), d[0], d[-1])  # expect: deque([2, 3, 4], maxlen=3) 3 3 2 4
d.appendleft(1)
print(d)  # expect: deque([1, 2, 3], maxlen=3)
q = deque()
q.extend("abc")
q.rotate(1)
print(q)  # expect: deque(['c', 'a', 'b'])
print(q.popleft(), q.pop(), list(q))  # expect: c b ['a']
r = deque(range(5))
r.rotate(-2)
print(r, 3 in r, r.index(4))  # expect: deque([2, 3, 4, 0, 1]) True 2
r.extendleft([9, 8])
print(r, bool(deque()))  # expect: deque([8, 9, 2, 3, 4, 0, 1]) False

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    groups[word[0]].append(word)
print(groups)  # expect: defaultdict(<class 'list'>, {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']})
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(dict(counts), counts["z"], len(counts))  # expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1} 0 5
print(sorted(groups.keys()), "a" in groups, groups.get("q"))  # expect: ['a', 'b', 'c'] True None

c = Counter("abracadabra")
print(c)  # expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
print(c.most_common(2), c["z"], c.total())  # expect: [('a', 5), ('b', 2)] 0 11
c.update(["z", "z"])
c.update({"a": -5})
print(c)  # expect: Counter({'b': 2, 'r': 2, 'z': 2, 'c': 1, 'd': 1, 'a': 0})
print(sorted(Counter(x=2, y=1).elements()))  # expect: ['x', 'x', 'y']
print(Counter("aab") + Counter("bc"), Counter("aab") - Counter("ab"))  # expect: Counter({'a': 2, 'b': 2, 'c': 1}) Counter({'a': 1})
print(Counter())  # expect: Counter()

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], len(p))  # expect: Point(x=1, y=2) 1 2 2
x, y = p
print(x + y, p == (1, 2), p._fields)  # expect: 3 True ('x', 'y')
print(p._asdict(), p._replace(x=10))  # expect: {'x': 1, 'y': 2} Point(x=10, y=2)
Job = namedtuple("Job", ["name", "retries", "delay"], defaults=[3, 0.5])
print(Job("fetch"), Job._make(["a", 1, 2]))  # expect: Job(name='fetch', retries=3, delay=0.5) Job(name='a', retries=1, delay=2)
print(sorted([Point(2, 1), Point(1, 5)]))  # expect: [Point(x=1, y=5), Point(x=2, y=1)]

od = OrderedDict([("a", 1), ("b", 2)])
od["c"] = 3
od.move_to_end("a")
print(od)  # expect: OrderedDict([('b', 2), ('c', 3), ('a', 1)])
print(od.popitem(), od)  # expect: ('a', 1) OrderedDict([('b', 2), ('c', 3)])
