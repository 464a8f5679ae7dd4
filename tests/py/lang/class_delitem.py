# A class can support `del obj[key]` by defining __delitem__.
class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 1}
    def __getitem__(self, name):
        return self.items[name]
    def __setitem__(self, name, count):
        self.items[name] = count
    def __delitem__(self, name):
        print("removing", name)
        del self.items[name]
    def __len__(self):
        return len(self.items)

inv = Inventory()
inv["fig"] = 7
del inv["apple"]  # expect: removing apple
print(len(inv), inv.items)  # expect: 2 {'pear': 1, 'fig': 7}
try:
    del inv["grape"]  # expect: removing grape
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'grape'
class ReadOnly:
    def __getitem__(self, i):
        return i
r = ReadOnly()
print(r[5])  # expect: 5
del r[5]
# expect runtime error: TypeError: 'ReadOnly' object doesn't support item deletion
