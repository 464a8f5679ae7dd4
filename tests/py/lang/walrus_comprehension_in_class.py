# A comprehension in a class body cannot use ':=' (it would bind in the class): SyntaxError.
class Config:
    names = ["a", "b"]
    upper = [last := n.upper() for n in names]
# expect runtime error: SyntaxError: assignment expression within a comprehension cannot be used in a class body
