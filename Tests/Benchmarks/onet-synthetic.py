#!/usr/bin/env python3
"""Writes a synthetic O*NET database of the full release's size into DIR: the seven text files
`careers import onet` reads, with O*NET's own header lines (from Tests/Fixtures/onet-sample) and
made-up rows in their format: 1,016 occupations, 8,800 technology names in 32,600 occupation links,
56,560 alternate titles, 18,796 tasks, 20 related occupations each, five job zones.

    python3 Tests/Benchmarks/onet-synthetic.py DIR
"""
import os
import random
import sys

directory = sys.argv[1]
os.makedirs(directory, exist_ok=True)
sample = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "onet-sample")
random.seed(29)
words = ("data systems network software research analysis design security cloud machine learning model "
         "statistical engineering database operations quality planning reporting development testing").split()


def header(name):
    with open(os.path.join(sample, name), encoding="utf-8") as file:
        return file.readline()


def write(name, rows):
    with open(os.path.join(directory, name), "w", encoding="utf-8") as file:
        file.write(header(name))
        for row in rows:
            file.write("\t".join(row) + "\n")


def phrase(count):
    return " ".join(random.choice(words) for _ in range(count))


codes = [f"{11 + i // 400:02d}-{1000 + i * 7 % 9000:04d}.{i % 3 * 10:02d}" for i in range(1016)]
write("Occupation Data.txt", ((code, f"Occupation {i} {phrase(2).title()}", phrase(30).capitalize() + ".")
                              for i, code in enumerate(codes)))
with open(os.path.join(sample, "Job Zone Reference.txt"), encoding="utf-8") as file:
    reference = file.read()
with open(os.path.join(directory, "Job Zone Reference.txt"), "w", encoding="utf-8") as file:
    file.write(reference)
write("Job Zones.txt", ((code, str(1 + i % 5), "07/2024", "Analyst") for i, code in enumerate(codes)))
write("Task Statements.txt", ((codes[i % 1016], str(10000 + i), phrase(14).capitalize() + ".",
                               "Core" if i % 3 else "Supplemental", "50", "07/2024", "Incumbent") for i in range(18796)))
write("Alternate Titles.txt", ((codes[i % 1016], f"Alternate {i} {phrase(2).title()}",
                                f"AT{i}" if i % 10 == 0 else "n/a", "01") for i in range(56560)))
write("Related Occupations.txt", ((code, codes[(i + k * 37 + 1) % 1016], "Primary-Short" if k < 5 else "Supplemental", str(k + 1))
                                  for i, code in enumerate(codes) for k in range(20)))
commodities = [(str(43230000 + c), f"Commodity {c} {phrase(2)} software") for c in range(300)]
technologies = [(f"Technology {t} {phrase(2).title()}", commodities[t % 300]) for t in range(8800)]
links = set()
while len(links) < 32600:
    links.add((random.randrange(1016), random.randrange(8800)))
write("Technology Skills.txt", ((codes[o], technologies[t][0], technologies[t][1][0], technologies[t][1][1],
                                 "Y" if t % 4 == 0 else "N", "Y" if (o + t) % 9 == 0 else "N") for o, t in sorted(links)))
