# no suggestion when nothing is close enough (at most a third of the characters changed)
alpha = 1
beta_gamma = 2
print(zeta_omega)
# expect runtime error: NameError: name 'zeta_omega' is not defined
