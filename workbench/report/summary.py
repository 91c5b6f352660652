"""The one-page summary for service users and the project's community: plain words, no
statistics beyond percentages, short sentences that translate well. One A4 page, one HTML
file that opens offline."""

from __future__ import annotations

import html

from workbench.report.context import Section

STYLE = """
@page { size: A4; margin: 16mm 16mm 16mm 16mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12pt; line-height: 1.45;
       color: #1a1a1a; max-width: 44rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6em; margin: 0 0 0.2em; }
h2 { font-size: 1.15em; margin: 1.1em 0 0.3em; break-after: avoid; }
p.period { color: #444; margin: 0 0 0.6em; }
p.marking { border: 2px solid #1a1a1a; padding: 0.3em 0.6em; font-weight: bold;
            font-size: 0.9em; }
ul { padding-left: 1.3em; margin: 0.3em 0; }
li { margin: 0.35em 0; }
footer { margin-top: 1.2em; font-size: 0.9em; color: #333; border-top: 1px solid #999;
         padding-top: 0.4em; }
@media print { body { margin: 0; max-width: none; font-size: 11.5pt; } }
"""


def summary_html(name: str, period: str, sections: list[Section], synthetic: bool) -> str:
    """The summary page: what we found (each answer's summary line), what we will do with it,
    and how people's information was kept safe."""
    lines = [a.summary for s in sections for a in s.answers if a.summary]
    esc = html.escape
    mark = ("Not for publication before project review."
            + (" Made from made-up (synthetic) records: no real person is in it."
               if synthetic else ""))
    items = "".join(f"<li>{esc(line)}</li>" for line in lines)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(name)}: what we found</title><style>{STYLE}</style></head>
<body><main>
<p class="marking">{esc(mark)}</p>
<h1>{esc(name)}: what we found</h1>
<p class="period">{esc(period)}</p>
<p>We looked at our records to see how our service is doing and what the people we work
with face. Here is what we found.</p>
<h2>What we found</h2>
<ul>{items}</ul>
<h2>What happens next</h2>
<p>The project team and the people who fund us will talk about these findings and what to
change. If you want to say what you think, talk to any of our workers.</p>
<h2>Your information</h2>
<p>We did not use names, phone numbers, addresses or notes. Numbers about only a few people
are not shown, so that nobody can be recognised.</p>
</main>
<footer>Numbers are percentages: 50% means half; 25% means one in four.</footer>
</body></html>
"""
