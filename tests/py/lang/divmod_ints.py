# divmod returns (a // b, a % b).
print(divmod(7, 2))  # expect: (3, 1)
print(divmod(-7, 2))  # expect: (-4, 1)
print(divmod(7, -2))  # expect: (-4, -1)
print(divmod(-7, -2))  # expect: (3, -1)
q, r = divmod(125, 60)
print(f"{q}m{r}s")  # expect: 2m5s
