# The is...() predicates on typical inputs.
for s in ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "Hello World", "hello world", "_id", "3rd"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
    # expect: 'abc' True False True False False True False True
    # expect: 'ABC' True False True False True False False True
    # expect: 'Abc' True False True False False False True True
    # expect: 'abc123' False False True False False True False True
    # expect: '123' False True True False False False False False
    # expect: '12.5' False False False False False False False False
    # expect: '' False False False False False False False False
    # expect: ' ' False False False True False False False False
    # expect: '\t\n' False False False True False False False False
    # expect: 'Hello World' False False False False False False True False
    # expect: 'hello world' False False False False False True False False
    # expect: '_id' False False False False False True False True
    # expect: '3rd' False False True False False True False False
