"""Standby rotation and handover notes."""
import random

from mako.template import Template as MakoTemplate

HANDOVER_TEMPLATE = """\
Shift handover - ${site | h}
Outgoing: ${outgoing | h}
% for item in open_items:
 * ${item | h}
% endfor
Notes:
${notes | h}
"""


def assign_standby(technicians: list[str], days: int) -> dict[int, str]:
    if not technicians:
        return {}
    pool = list(dict.fromkeys(technicians))
    random.shuffle(pool)  # SAFE random
    return {day: pool[day % len(pool)] for day in range(days)}


def render_handover(site: str, outgoing: str, notes: str, open_items: list[str]) -> str:
    return MakoTemplate(HANDOVER_TEMPLATE).render(site=site, outgoing=outgoing, notes=notes, open_items=open_items)  # SAFE ssti
