"""Enclosed numerals (①, ⑴, ⒈, ❶, ㈠) become the list markers they stand for.

Chinese reports number the points of a list with circled or parenthesised
numerals as often as with `1.` or `（1）`; the readers of lists and of the
points residents raised know the written forms (`（1）`, `1.`), so an
enclosed numeral is written as `（N）` (its value in digits, from Unicode's
numeric value) and ① no longer opens a label (`①新建的健身广场地面太滑`).
The offset map keeps each marker's characters at the numeral it replaced.
"""

from __future__ import annotations

import re
import unicodedata

from kg.text import TrackedText

# circled ①-⑳, parenthesised ⑴-⒇, with a full stop ⒈-⒛, negative circled ⓫-⓴ and ❶-➓,
# double circled ⓵-⓾, parenthesised and circled ideographs ㈠-㈩ ㊀-㊉, circled 21-50
ENCLOSED = re.compile("[\u2460-\u249b\u24eb-\u24f4\u24f5-\u24fe\u2776-\u2793\u3220-\u3229\u3280-\u3289\u3251-\u325f\u32b1-\u32bf]")


def enclosed_list_markers(text: TrackedText) -> TrackedText:
    """Each enclosed numeral written as `（N）`.

    >>> enclosed_list_markers(TrackedText("居民反映：①路灯不亮；⑵道路积水；㈢停车难。")).text
    '居民反映：（1）路灯不亮；（2）道路积水；（3）停车难。'
    """
    if not ENCLOSED.search(text.text):  # the common case: one scan
        return text
    return text.sub(ENCLOSED, lambda m: f"（{int(unicodedata.numeric(m.group(0)))}）")
