# Found by fuzzing: the last line ends in blanks and no newline; that is no error.
# expect: done
print("done")   