# A comprehension in a class body cannot see the class's names (except the first iterable).
class Config:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        broken = [v * factor for v in values]
    except NameError as e:
        error = str(e)

print(Config.scaled)  # expect: [2, 4, 6]
print(Config.error)  # expect: name 'factor' is not defined
print(hasattr(Config, "broken"))  # expect: False
