"""str.format with keyword fields, and the KeyError of a missing one."""
from ingot import compile


@compile(tag="tests/str-format-keywords", description="str.format(**kwargs)")
def render(template: str, name: str, n: int) -> str:
    try:
        return template.format(n, name=name, count=n, ratio=n / 3 if n else 0.0)
    except (KeyError, IndexError, ValueError) as e:
        return "error: " + str(e)


CASES = [
    dict(template="{name} has {count} items ({ratio:.2f}) #{0}", name="box", n=3),
    dict(template="{missing}", name="a", n=1),
    dict(template="{name!r:>8}|{0:+}|{}", name="ß", n=-2),
    dict(template="{1}", name="", n=0),
    dict(template="{count:x}{name:.1}", name="abc", n=255),
    dict(template="{0x}", name="", n=0),
]
GENERATE = False
