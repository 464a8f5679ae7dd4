# Case conversion follows Unicode: accents, the German sharp s, Greek final sigma.
print("café crème".upper(), "ÉCOLE".lower(), "élan vital".title(), "über".capitalize())  # expect: CAFÉ CRÈME école Élan Vital Über
print("Straße".upper(), "Straße".casefold(), "STRASSE".casefold() == "straße".casefold())  # expect: STRASSE strasse True
print("ΟΔΥΣΣΕΥΣ".lower(), "ΣΑΣ".lower(), "Σ".lower())  # expect: οδυσσευς σας σ
print("ǆemal".title(), "ﬁx".upper(), len("İ".lower()), "Ünïcödé".swapcase())  # expect: ǅemal FIX 2 üNÏCÖDÉ
print("Москва".upper(), "ПРИВЕТ".lower(), "日本".upper(), "😀".upper())  # expect: МОСКВА привет 日本 😀
print("José".isalpha(), "Ωmega".isupper(), "ωmega".islower(), "Élan Vital".istitle())  # expect: True False True True
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())  # expect: True True True False True False
print("naïve_var".isidentifier(), "日本語".isidentifier(), "1abc".isidentifier(), "é".isascii(), "\u3000".isspace())  # expect: True True False False True
print(int("١٢٣"), float("٣.٥"), "x²".isalnum())  # expect: 123 3.5 True
