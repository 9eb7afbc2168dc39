"""A tiny vocabulary for writing bilingual content once: each text with its English twin."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.utils import timezone


@dataclass(frozen=True)
class T:
    """A text of the French source and its English translation."""

    fr: str
    en: str


@dataclass(frozen=True)
class Paragraphs:
    """Rich text made of plain paragraphs; wagtail-localize makes one segment of each."""

    texts: tuple[T, ...]

    def __init__(self, *texts):
        object.__setattr__(self, "texts", texts)


@dataclass(frozen=True)
class DaysFromLoading:
    """A moment `days` after (or before, when negative) the day the demo is loaded, at `hour`
    and `minute` Paris time: example events stay upcoming or past whenever the demo is loaded."""

    days: int
    hour: int
    minute: int = 0

    def moment(self):
        day = timezone.localdate() + timedelta(days=self.days)
        return timezone.make_aware(datetime.combine(day, time(self.hour, self.minute)))


def french(spec, english):
    """The French value of `spec`, recording in `english` each French string's English twin."""
    if isinstance(spec, T):
        english[spec.fr] = spec.en
        return spec.fr
    if isinstance(spec, Paragraphs):
        return "".join(f"<p>{french(text, english)}</p>" for text in spec.texts)
    if isinstance(spec, dict):
        return {key: french(value, english) for key, value in spec.items()}
    if isinstance(spec, list):
        return [french(item, english) for item in spec]
    if isinstance(spec, tuple):
        return tuple(french(item, english) for item in spec)
    if isinstance(spec, DaysFromLoading):
        return spec.moment()
    return spec
