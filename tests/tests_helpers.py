"""Constants shared by tests."""

SAMPLE_GOLD = [
    ("a number of countries", "Sir Keir Starmer", "partial"),
    ("really important innovation", "Sir Keir Starmer", "partial"),
    ("We are in talks with a number of countries about return hubs,", "Sir Keir Starmer", "direct"),
    (
        "At the appropriate time, I’ll be able to give you further details in relation to it.",
        "Sir Keir Starmer",
        "direct",
    ),
    (
        "We have been asked by several countries if we were open to it, and we said no, because we are loyal "
        "to the marriage with Italy and the rest is just love,",
        "Edi Rama",
        "direct",
    ),
]


def long_page(paragraphs: int) -> bytes:
    """An HTML page of one very long article: ``paragraphs`` short paragraphs of news prose.

    Every 25th is a quote of a named speaker (each speaker said three times),
    every 40th mentions "the harbourmaster", and paragraph ``paragraphs - 3``
    holds the word "zanzibarite", found nowhere else. 50,000 paragraphs make
    about 4.4 MB (benchmarks/reliability.py); tests use a few thousand.
    """
    from html import escape

    names = ["Mara Okafor", "Ilse Brandt", "Tomas Reyes", "Priya Nand"]
    paras = []
    for i in range(paragraphs):
        if i == paragraphs - 3:
            text = f"Paragraph {i}: the last survey found a zanzibarite vein below the old quay."
        elif i % 25 == 7:
            who = names[(i // 25) % len(names)]
            text = f"“We counted {i} sacks of grain before the water reached the mill,” said {who}, a clerk."
        elif i % 40 == 11:
            text = f"Paragraph {i}: the harbourmaster logged the tide at the third bell, as every night."
        else:
            text = f"Paragraph {i}: the river rose past the mill and the ledger kept its count."
        paras.append(f"<p>{escape(text)}</p>")
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>The long ledger of the valley</title></head><body><article>"
        "<h1>The long ledger of the valley</h1>\n" + "\n".join(paras) + "\n</article></body></html>"
    ).encode()
