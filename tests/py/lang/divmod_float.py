# divmod with floats gives float parts.
print(divmod(7.5, 2))  # expect: (3.0, 1.5)
print(divmod(-7.5, 2))  # expect: (-4.0, 0.5)
print(divmod(7, 0.5))  # expect: (14.0, 0.0)
