# raise X from Y sets __cause__ and shows both when uncaught.
class ConfigError(Exception):
    pass

def read(key):
    try:
        return {}[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e

try:
    read("port")
except ConfigError as e:
    print(e)  # expect: missing port
    print(repr(e.__cause__))  # expect: KeyError('port')
    print(e.__context__ is e.__cause__)  # expect: True
    print(e.__suppress_context__)  # expect: True
read("host")
# expect runtime error: ConfigError: missing host
