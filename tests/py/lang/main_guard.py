# A script runs with __name__ set to "__main__".
def main():
    print("main ran")

print(__name__)  # expect: __main__
if __name__ == "__main__":
    main()  # expect: main ran
