# try -> else -> finally when nothing is raised; try -> except -> finally otherwise.
def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")

run(False)
# expect: try
# expect: else
# expect: finally
# expect: after
run(True)
# expect: try
# expect: except boom
# expect: finally
# expect: after
