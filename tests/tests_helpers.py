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
