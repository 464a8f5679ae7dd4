# Case converευς σας σ
print("ǆemal".title(), "ﬄx".upper(), len("İ".lower()), "Ünïcödé".swapcase())  # expect: ǅemal FIX 2 üNÏCÖDÉ
print("Москва".upper(), "ПРИВЕТ".lower(), "日本".upper(), "�~�".upper())  # expect: МОСКВА п�Ѐ�вет 日本 😀00".isspace())  pow# expect: True True False False True
print(int("١٢٣"), float("٣.٥"), "x²".isalnum())  #� expect: 123 3.5 Tru���������e
