# startswith/endswith accept a tuple of candidates.
name = "report.csv"
print(name.startswith("rep"))  # expect: True
print(name.endswith(".csv"))  # expect: True
print(name.endswith((".txt", ".csv")))  # expect: True
print(name.startswith("port", 2))  # expect: True
print(name.startswith(""))  # expect: True
print("Abc".startswith("a"))  # expect: False
