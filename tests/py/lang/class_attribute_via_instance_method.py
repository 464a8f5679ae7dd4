# Class attributes read through self; methods looked up on the class.
class Config:
    default_port = 80

    def port(self):
        return self.default_port

class Secure(Config):
    default_port = 443

print(Config().port(), Secure().port())  # expect: 80 443
s = Secure()
s.default_port = 8443
print(s.port(), Secure.default_port)  # expect: 8443 443
