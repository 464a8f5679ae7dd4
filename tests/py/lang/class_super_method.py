# super().method() extends the parent's behaviour, through several levels.
class Base:
    def describe(self):
        return ["base"]

class Middle(Base):
    def describe(self):
        return super().describe() + ["middle"]

class Top(Middle):
    def describe(self):
        parts = super().describe()
        parts.append("top")
        return parts

print(Top().describe())  # expect: ['base', 'middle', 'top']
print(Middle().describe())  # expect: ['base', 'middle']
