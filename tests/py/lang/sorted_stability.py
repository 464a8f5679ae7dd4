# Sorting is stable, also with reverse=True: equal keys keep their original order.
people = [("ann", 30), ("bo", 25), ("cy", 30), ("di", 25)]
print(sorted(people, key=lambda p: p[1]))  # expect: [('bo', 25), ('di', 25), ('ann', 30), ('cy', 30)]
print(sorted(people, key=lambda p: p[1], reverse=True))  # expect: [('ann', 30), ('cy', 30), ('bo', 25), ('di', 25)]
by_name = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name, key=lambda p: p[1]))  # expect: [('di', 25), ('bo', 25), ('cy', 30), ('ann', 30)]
print(sorted([1.0, 1, True], key=lambda x: 0))  # expect: [1.0, 1, True]
