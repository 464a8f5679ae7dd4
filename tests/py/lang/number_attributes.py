# int and float attributes: real, imag, numerator, denominator, conjugate, bit_count, as_integer_ratio
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, True.imag, type(True.real), (2.5).real, (2.5).imag, (5).conjugate(), (7).bit_length(), (2.5).is_integer(), (2.5).as_integer_ratio(), (6).as_integer_ratio())  # expect: 5 0 5 1 1 0 <class 'int'> 2.5 0.0 5 3 False (5, 2) (6, 1)
print((-6).bit_count(), (0).bit_count(), True.bit_count(), (-3).as_integer_ratio(), True.as_integer_ratio(), (-2.0).conjugate())  # expect: 2 0 1 (-3, 1) (1, 1) -2.0
for f in (0.1, -0.75, 0.0, -0.0, 1e18, 3.0, 2.0**-60, 123.456):
    print(f, f.as_integer_ratio())
    # expect: 0.1 (3602879701896397, 36028797018963968)
    # expect: -0.75 (-3, 4)
    # expect: 0.0 (0, 1)
    # expect: -0.0 (0, 1)
    # expect: 1e+18 (1000000000000000000, 1)
    # expect: 3.0 (3, 1)
    # expect: 8.673617379884035e-19 (1, 1152921504606846976)
    # expect: 123.456 (8687443681197687, 70368744177664)
for f in (float("inf"), float("nan"), -float("inf")):
    try: f.as_integer_ratio()
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
    # expect: OverflowError cannot convert Infinity to integer ratio
    # expect: ValueError cannot convert NaN to integer ratio
    # expect: OverflowError cannot convert Infinity to integer ratio
x = 7
print(x.real + x.imag, hasattr(x, "numerator"), getattr(3.5, "real"))  # expect: 7 True 3.5
try: x.real = 3
except AttributeError as e: print(e)  # expect: attribute 'real' of 'int' objects is not writable
try: (1).foo
except AttributeError as e: print(e)  # expect: 'int' object has no attribute 'foo'
try: (1.5).numerator
except AttributeError as e: print(e)  # expect: 'float' object has no attribute 'numerator'
print(int.bit_length(255), float.is_integer(2.0))  # expect: 8 True
