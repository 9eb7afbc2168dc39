"""demo: the bilingual demo content and its loader; nothing imports it but tests and bench.

The demo site, built from the two source texts in French, translated into English.
"""
