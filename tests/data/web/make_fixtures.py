"""Write the fixture feeds and pages from stories.py: python3 tests/data/web/make_fixtures.py.

The markup copies the structure of Flemish and Dutch outlets (RSS 2.0 with
dc:creator, media:content and enclosures; Atom with full content; RSS 2.0
with content:encoded; article pages with a consent banner, share buttons,
JSON-LD and a canonical link); the text is our own.
"""

from __future__ import annotations

import html
from pathlib import Path

try:
    from .stories import NOS, STANDAARD, VRT
except ImportError:  # run as a script
    from stories import NOS, STANDAARD, VRT

HERE = Path(__file__).resolve().parent
VRT_SITE = "https://www.vrt.be/vrtnws/nl/2026/12/02"


def page(slug: str, title: str, lead: str, paragraphs: list[str], author: str = "Els Peeters") -> str:
    """An article page the way Flemish news sites build them, furniture and all."""
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paragraphs)
    canonical = f"{VRT_SITE}/{slug}/"
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} | VRT NWS</title>
  <link rel="canonical" href="{canonical}">
  <meta property="og:title" content="{html.escape(title)}">
  <meta property="og:site_name" content="VRT NWS">
  <meta property="og:url" content="{canonical}">
  <meta property="article:published_time" content="2026-12-02T06:12:00+01:00">
  <meta name="author" content="{author}">
  <script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "{html.escape(title)}", "datePublished": "2026-12-02T06:12:00+01:00",
    "author": [{{"@type": "Person", "name": "{author}"}}],
    "publisher": {{"@type": "Organization", "name": "VRT NWS"}}, "isAccessibleForFree": true}}</script>
</head>
<body>
  <div id="consent-banner" class="cmp-banner" role="dialog">
    <p>Wij gebruiken cookies om je ervaring te verbeteren.</p>
    <button class="cmp-accept">Alles aanvaarden</button> <button class="cmp-settings">Instellingen</button>
  </div>
  <header class="site-header"><nav><a href="/vrtnws/nl/">Home</a> <a href="/vrtnws/nl/net-binnen/">Net binnen</a></nav></header>
  <main>
    <article class="article">
      <div class="article-kicker">Binnenland</div>
      <h1 class="article-title">{html.escape(title)}</h1>
      <div class="byline">{author} · wo 2 dec 2026 06:12</div>
      <p class="article-lead">{html.escape(lead)}</p>
      <ul class="share-buttons"><li><a href="#">Deel op Facebook</a></li><li><a href="#">Deel via WhatsApp</a></li></ul>
{body}
      <aside class="related"><h3>Lees ook</h3><a href="/vrtnws/nl/andere/">Ander nieuws uit de regio</a></aside>
    </article>
  </main>
  <footer><p>© VRT 2026</p></footer>
</body>
</html>
"""


def rss_summaries(stories) -> str:
    items = "\n".join(f"""    <item>
      <title>{html.escape(title)}</title>
      <link>http://{{{{host}}}}/vrt/{slug}.html</link>
      <guid isPermaLink="false">vrt-{slug}</guid>
      <description>{html.escape(lead)}</description>
      <dc:creator>Els Peeters</dc:creator>
      <pubDate>{{{{ago:{number + 1}h}}}}</pubDate>
      <media:content url="http://{{{{host}}}}/img/{slug}.jpg" medium="image" type="image/jpeg"/>
      <enclosure url="http://{{{{host}}}}/img/{slug}.jpg" length="12345" type="image/jpeg"/>
    </item>""" for number, (slug, title, lead, _) in enumerate(stories))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"
     xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>VRT NWS</title>
    <link>https://www.vrt.be/vrtnws/nl/</link>
    <atom:link href="http://{{{{host}}}}/vrt.xml" rel="self" type="application/rss+xml"/>
    <description>Het laatste nieuws</description>
    <language>nl-be</language>
{items}
  </channel>
</rss>
"""


def atom_full(stories) -> str:
    entries = "\n".join(f"""  <entry>
    <title>{html.escape(title)}</title>
    <link rel="alternate" type="text/html" href="https://www.standaard.be/cnt/dmf2026_{slug}"/>
    <id>urn:standaard:{slug}</id>
    <published>{{{{iso-ago:{number + 2}h}}}}</published>
    <updated>{{{{iso-ago:{number + 2}h}}}}</updated>
    <author><name>Redactie</name></author>
    <summary>{html.escape(lead)}</summary>
    <content type="html">{html.escape("<p class='intro'>" + html.escape(lead) + "</p>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))}</content>
  </entry>""" for number, (slug, title, lead, paragraphs) in enumerate(stories))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <title>De Standaard</title>
  <link rel="self" href="http://{{{{host}}}}/standaard.xml"/>
  <link rel="alternate" href="https://www.standaard.be/"/>
  <id>urn:standaard:feed</id>
  <updated>{{{{iso-ago:1h}}}}</updated>
{entries}
</feed>
"""


def rss_full(stories, extra: str = "") -> str:
    items = "\n".join(f"""    <item>
      <title>{html.escape(title)}</title>
      <link>https://nos.nl/artikel/2026{number}-{slug}</link>
      <guid isPermaLink="true">https://nos.nl/artikel/2026{number}-{slug}</guid>
      <pubDate>{{{{ago:{number + 3}h}}}}</pubDate>
      <description><![CDATA[<p>{lead}</p>]]></description>
      <content:encoded><![CDATA[<p>{lead}</p>{"".join(f"<p>{p}</p>" for p in paragraphs)}]]></content:encoded>
      <enclosure url="https://cdn.nos.nl/image/{slug}.jpg" length="0" type="image/jpeg"/>
    </item>""" for number, (slug, title, lead, paragraphs) in enumerate(stories))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>NOS Nieuws</title>
    <link>https://nos.nl</link>
    <description>Nieuws van de NOS</description>
    <language>nl</language>
{{{{extra}}}}
{items}
  </channel>
</rss>
"""


def main() -> None:
    (HERE / "vrt").mkdir(exist_ok=True)
    for slug, title, lead, paragraphs in VRT:
        (HERE / "vrt" / f"{slug}.html").write_text(page(slug, title, lead, paragraphs), encoding="utf-8")
    (HERE / "vrt.xml").write_text(rss_summaries(VRT), encoding="utf-8")
    (HERE / "standaard.xml").write_text(atom_full(STANDAARD), encoding="utf-8")
    (HERE / "nos.xml").write_text(rss_full(NOS), encoding="utf-8")
    slug, title, lead, paragraphs = VRT[3]
    (HERE / "article.html").write_text(page(slug, title, lead, paragraphs), encoding="utf-8")


if __name__ == "__main__":
    main()
