#!/usr/bin/env python3
"""Generates the hostile input shapes of issue 14, and ordinary news text of the same size.

Each shape once made a step of the analysis super-linear (a small file taking seconds to hours).
check_scaling.py times every shape against ordinary text of the same size; run this script alone
to write the files for a closer look:

    tests/perf/hostile_inputs.py OUT_DIR [SIZE_BYTES]
"""

import random
import sys
from pathlib import Path

FIRST = ["Anna", "Tom", "Maria", "Jonas", "Leila", "Peter", "Sofia", "David", "Nadia", "Karl"]
LAST = ["Keller", "Brandt", "Okafor", "Lindqvist", "Moreau", "Novak", "Haddad", "Sato", "Ruiz", "Weber"]
ROLES = ["Mayor", "Senator", "Minister", "President", "Judge"]
CITIES = ["Berlin", "Lagos", "Lyon", "Osaka", "Quito"]
MONTHS = ["January", "March", "May", "July", "October"]


def ordinary(size, seed=1):
    """News paragraphs: names, speech verbs, quotes, dates, an 'according to' now and then."""
    rnd = random.Random(seed)
    out, n = [], 0
    while n < size:
        a = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        last = a.split()[1]
        city, month = rnd.choice(CITIES), rnd.choice(MONTHS)
        para = rnd.choice([
            f"{rnd.choice(ROLES)} {a} said on Monday that the plan was “a step forward for {city}.” "
            f"“We will keep working,” {last} told reporters.",
            f"The council will vote on {month} {rnd.randint(1, 28)}, according to {a}. "
            f"Critics called the proposal “rushed” and “expensive.”",
            f"“It is not over,” said {a}, who met the delegation in {city} last week. "
            f"{last} added that talks would resume in {month}.",
            f"In a statement, {a} wrote: “The figures speak for themselves.” "
            f"The ministry did not respond to a request for comment.",
        ])
        out.append(para)
        n += len(para.encode()) + 2
    return "\n\n".join(out).encode()


def fill(unit, size):
    # Whole units only, so that no multi-byte character is cut.
    return (unit * max(1, size // len(unit.encode()))).encode()


def continuation(size):
    # Paragraphs that each open a quotation and never close it: one chain of thousands.
    return fill("“And the work goes on in the city, day after day\n\n", size)


def quotes_in_one_sentence(size):
    # One sentence with thousands of quotes and no full stop.
    return b"He said the plan was " + fill("“very good” and ", size) + b"over."


def unclosed_singles(size):
    # Thousands of opening single marks, then thousands of double-quoted words, in one paragraph.
    half = size // 2
    return fill("the ‘word ", half) + fill("“yes” ", size - half)


def html_comments(size):
    body = fill("<p>The minister said it was “fine.”</p><!-- -->\n", size)
    return b"<!doctype html><html><head><title>t</title></head><body><article>" + body + b"</article></body></html>"


def html_attributes(size):
    attrs = "".join(f' a{i}="x"' for i in range(size // 8))
    return (f"<!doctype html><html><body><div{attrs}>text</div>"
            "<p>The minister said it was “fine.”</p></body></html>").encode()


def sentence_initial(size):
    # Sentence-initial capitalised words the text also writes in lower case: every one is dropped
    # as a name, thousands of them.
    return fill("Check the list. We check it twice. Start now. They start late. ", size)


def no_breaks(size):
    # Ordinary words without a sentence or line break.
    return fill("the minister Anna Keller and he met Mayor Tom Brandt in Berlin on Monday to talk about “the plan” and ", size)


SHAPES = {
    "continuation": (continuation, "txt"),
    "quotes-in-one-sentence": (quotes_in_one_sentence, "txt"),
    "unclosed-singles": (unclosed_singles, "txt"),
    "html-comments": (html_comments, "html"),
    "html-attributes": (html_attributes, "html"),
    "sentence-initial": (sentence_initial, "txt"),
    "no-breaks": (no_breaks, "txt"),
}


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    out = Path(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000
    out.mkdir(parents=True, exist_ok=True)
    (out / "ordinary.txt").write_bytes(ordinary(size))
    for name, (make, ext) in SHAPES.items():
        (out / f"{name}.{ext}").write_bytes(make(size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
