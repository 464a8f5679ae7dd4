# An uncaught error several calls deep: the last line names type and message.
class Inventory:
    def __init__(self):
        self.items = {"apple": 2}
    def take(self, name, n):
        have = self.items[name]
        if n > have:
            raise ValueError(f"only {have} {name}(s) left")
        self.items[name] = have - n
        return n
def order(inv, name, n):
    return inv.take(name, n)
inv = Inventory()
print(order(inv, "apple", 1))  # expect: 1
try:
    order(inv, "pear", 1)
except KeyError as e:
    print("no such item:", e)  # expect: no such item: 'pear'
order(inv, "apple", 5)
# expect runtime error: ValueError: only 1 apple(s) left
