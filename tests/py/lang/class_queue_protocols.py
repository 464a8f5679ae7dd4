# A small queue class: __len__/__iter__/__eq__/__repr__, a subclass, attribute builtins
class Queue:
    """A FIFO queue."""
    def __init__(self, items=None):
        self._items = list(items) if items else []
    def enqueue(self, item):
        self._items.append(item)
    def dequeue(self):
        if self.is_empty():
            raise IndexError("dequeue from empty queue")
        return self._items.pop(0)
    def is_empty(self):
        return not self._items
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)
    def __repr__(self):
        return f"{type(self).__name__}({self._items})"
    def __eq__(self, other):
        return isinstance(other, Queue) and self._items == other._items
q = Queue([1, 2])
q.enqueue(3)
print(q, len(q), list(q), q.dequeue(), q, Queue.__doc__, q == Queue([2, 3]), q != Queue())
print(bool(Queue()), bool(q), [x * 2 for x in q], sum(q), 3 in q)
class PriorityQueue(Queue):
    def enqueue(self, item):
        super().enqueue(item)
        self._items.sort()
pq = PriorityQueue()
for v in [5, 1, 3]:
    pq.enqueue(v)
print(pq, pq.dequeue(), isinstance(pq, Queue), PriorityQueue.__mro__[1].__name__)
print(q.__dict__, hasattr(q, "enqueue"), getattr(q, "_items"), type(q).__name__)
setattr(q, "extra", 5)
print(q.extra, vars(q))
del q.extra
print(hasattr(q, "extra"))
try:
    Queue().dequeue()
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
print(q.__class__, q.__class__.__name__, Queue.__name__, Queue.enqueue.__name__, Queue.enqueue.__qualname__)
# expect: Queue([2, 3]) 3 [1, 2, 3] 1 Queue([2, 3]) A FIFO queue. True True
# expect: False True [4, 6] 5 True
# expect: PriorityQueue([3, 5]) 1 True Queue
# expect: {'_items': [2, 3]} True [2, 3] Queue
# expect: 5 {'_items': [2, 3], 'extra': 5}
# expect: False
# expect: IndexError: dequeue from empty queue
# expect: <class '__main__.Queue'> Queue Queue enqueue Queue.enqueue
