#!/usr/bin/env python3
"""Writes N synthetic news articles as JSON Lines ({"id", "text", "dct", "title"}) for the batch
tests and benchmarks: quotations with speakers, titles and roles, pronouns, dates and filler, in
varied shapes. Seeded, so every run writes the same file.

    make_articles.py N OUT.jsonl [--bad K]   # K malformed lines mixed in
"""
import json
import random
import sys

FIRST = ["Anna", "Jen", "Mark", "Olaf", "Maria", "Kamala", "Joe", "Chris", "Lena", "Pedro", "Yuki", "Amir"]
LAST = ["Psaki", "Jones", "Smith", "Garcia", "Nguyen", "Schmidt", "Rossi", "Okafor", "Dubois", "Kowalski"]
ROLES = ["the secretary of state", "a senior official", "the mayor", "the company's chief executive",
         "a spokeswoman for the ministry", "the union leader", "the governor"]
VERBS = ["said", "told reporters", "added", "wrote on Twitter", "said in a statement", "argued"]
DATES = ["on Sunday", "last week", "on March 3, 2021", "earlier this month", "two days ago", "in June",
         "on Tuesday night", "this morning", "in 2019", "every week", "for three years"]
CLAIMS = ["We are always ready for diplomacy", "The plan is a disaster for farmers",
          "Nobody expected the vote to pass", "We will not give up", "The numbers speak for themselves",
          "It is too early to say", "This is a historic day for the city"]
FILLER = ["The talks went on for hours", "Markets fell sharply", "The council met again",
          "Protesters gathered outside the building", "The report ran to 300 pages",
          "Officials declined to comment further", "Turnout was higher than expected"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng, speaker):
    shape = rng.randrange(6)
    claim = rng.choice(CLAIMS)
    when = rng.choice(DATES)
    if shape == 0:
        return f"\u201c{claim},\u201d {speaker} {rng.choice(VERBS)} {when}."
    if shape == 1:
        return f"{speaker}, {rng.choice(ROLES)}, said {when}: \u201c{claim}.\u201d"
    if shape == 2:
        return f"\u201c{claim},\u201d said {speaker}. \u201c{rng.choice(CLAIMS)}.\u201d"
    if shape == 3:
        return f"{rng.choice(FILLER)} {when}, according to {speaker}."
    if shape == 4:
        return f"She called the plan \u201ca {rng.choice(['mess', 'triumph', 'mistake'])}\u201d {when}."
    return f"{rng.choice(FILLER)} {when}. {rng.choice(FILLER)}."


def article(rng, i):
    speakers = [person(rng) for _ in range(rng.randrange(1, 4))]
    title = f"{rng.choice(LAST)} {rng.choice(['warns', 'backs', 'rejects'])} {rng.choice(['plan', 'deal', 'vote'])}"
    paragraphs = [paragraph(rng, rng.choice(speakers)) for _ in range(rng.randrange(3, 14))]
    if i % 7 == 0:  # no blank lines between paragraphs
        body = "\n".join(paragraphs)
    elif i % 11 == 0:  # one line
        body = " ".join(paragraphs)
    else:
        body = "\n\n".join(paragraphs)
    record = {"id": f"a{i:05d}", "text": f"{title}\n\n{body}\n"}
    if i % 3:
        record["dct"] = f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}"
    if i % 5 == 0:
        record["title"] = title
    if i % 13 == 0:
        record["id"] = i  # ids may be numbers
    return record


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    bad = int(sys.argv[sys.argv.index("--bad") + 1]) if "--bad" in sys.argv else 0
    rng = random.Random(13)
    bad_at = set(rng.sample(range(n), bad)) if bad else set()
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            if i in bad_at:
                f.write(["{\"id\": \"broken\", \"text\": ", "not json at all", "{\"id\": \"x\"}"][i % 3] + "\n")
            else:
                f.write(json.dumps(article(rng, i), ensure_ascii=bool(i % 2)) + "\n")


if __name__ == "__main__":
    main()
