"""The demo site, built from the two source texts in French, translated into English."""
