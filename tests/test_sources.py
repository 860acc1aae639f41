"""Fetching pages and feeds from a local web server on 127.0.0.1: the good cases and every bad one."""

from __future__ import annotations

import json

import pytest

from narrate.pipeline import resolve_inputs
from narrate.sources import (FeedError, FetchError, FetchOptions, Fetcher, USER_AGENT, fetch_feed,
                             fetch_page)

from .conftest import DETERMINISTIC, TINY_VOICE, closed_port, episode_manifest, run_narrate
from .web_server import Site


@pytest.fixture()
def site():
    with Site() as running:
        yield running


@pytest.fixture()
def fetcher(tmp_path, monkeypatch):
    monkeypatch.setenv("NARRATE_CACHE_DIR", str(tmp_path / "cache"))
    with Fetcher(FetchOptions(read_timeout_s=1.0, connect_timeout_s=1.0, max_bytes=1024 * 1024)) as client:
        yield client


def test_a_page_is_read_with_its_metadata_and_canonical_link(site, fetcher):
    page = fetch_page(site.url("article.html"), fetcher)
    assert page.meta.site_name == "VRT NWS"
    assert page.meta.canonical_url == "https://www.vrt.be/vrtnws/nl/2026/12/02/schaakkampioen/"
    assert page.meta.author == "Els Peeters" and page.meta.published.startswith("2026-12-02")
    (article,) = resolve_inputs([site.url("article.html")], FetchOptions())
    assert article.title == "Tienjarige uit Kortrijk wint Europees jeugdkampioenschap schaken"
    assert article.source == page.link and article.site == "VRT NWS"
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    assert "Boedapest" in (article.lead or "") + text and "Deel op Facebook" not in text and "cookies" not in text


def test_the_user_agent_is_honest_and_a_second_fetch_revalidates(site, fetcher):
    fetch_page(site.url("article.html"), fetcher)
    again = fetcher.get(site.url("article.html"), "text/html")
    assert again.from_cache and USER_AGENT.startswith("narrate/")


def test_a_page_in_another_charset_is_decoded_by_its_header(site, fetcher):
    page = fetch_page(site.url("latin1.html"), fetcher)
    assert "één jaar" in page.html and page.encoding.startswith("iso-8859-1")


@pytest.mark.parametrize("path, reason", [
    ("missing.html", "not found (HTTP 404)"),
    ("huge", "too large"),
    ("loop", "redirect loop"),
    ("consent-redirect", "privacy-consent page"),
    ("consent.html", "privacy-consent page"),
    ("paywall.html", "paywall"),
    ("report.pdf", "not a web page"),
    ("home.html", "no article text"),
])
def test_bad_pages_give_one_line_naming_the_url_and_the_reason(site, path, reason, tmp_path, monkeypatch):
    monkeypatch.setenv("NARRATE_CACHE_DIR", str(tmp_path))
    with pytest.raises(FetchError) as caught:
        resolve_inputs([site.url(path)], FetchOptions(max_bytes=1024 * 1024))
    assert reason in str(caught.value) and site.url(path) in str(caught.value) and "\n" not in str(caught.value)


def test_a_slow_server_times_out(site, fetcher):
    with pytest.raises(FetchError, match="too slow"):
        fetch_feed(site.url("slow"), fetcher)


def test_an_unreachable_server(fetcher):
    url = f"http://127.0.0.1:{closed_port()}/feed.xml"
    with pytest.raises(FetchError, match="unreachable") as caught:
        fetch_feed(url, fetcher)
    assert url in str(caught.value)


def test_feeds_rss_and_atom_with_and_without_full_text(site, fetcher):
    vrt, standaard, nos = (fetch_feed(site.url(name), fetcher) for name in ("vrt.xml", "standaard.xml", "nos.xml"))
    assert (vrt.title, standaard.title, nos.title) == ("VRT NWS", "De Standaard", "NOS Nieuws")
    assert len(vrt.items) == len(standaard.items) == len(nos.items) == 4
    assert not any(item.has_full_text for item in vrt.items)
    assert all(item.has_full_text for item in standaard.items + nos.items)
    assert all(item.published is not None for item in vrt.items + standaard.items + nos.items)
    assert vrt.items[0].link.endswith("/vrt/haven-brand.html") and vrt.items[0].author == "Els Peeters"


def test_not_a_feed_and_a_malformed_feed(site, fetcher):
    with pytest.raises(FeedError, match="a web page, not a feed"):
        fetch_feed(site.url("home.html"), fetcher)
    damaged = fetch_feed(site.url("malformed.xml"), fetcher)
    assert damaged.warning and "malformed" in damaged.warning and site.url("malformed.xml") in damaged.warning


def test_cookies_file_must_be_netscape_format(tmp_path):
    bad = tmp_path / "cookies.txt"
    bad.write_text("dit is geen cookies-bestand\n")
    with pytest.raises(Exception, match="not a Netscape cookies.txt"):
        Fetcher(FetchOptions(cookies=bad))
    good = tmp_path / "good.txt"
    good.write_text("# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tabo\tja\n")
    with Fetcher(FetchOptions(cookies=good)) as client:
        assert [c.name for c in client.client.cookies.jar] == ["abo"]


def test_render_a_url_titled_from_the_page_and_linked_to_its_canonical_url(site, tmp_path):
    episodes = tmp_path / "episodes"
    result = run_narrate("render", site.url("article.html"), "--voice", str(TINY_VOICE), "--episodes-dir",
                         str(episodes), "--no-intro", "--no-outro", "--quote-voice", str(TINY_VOICE), *DETERMINISTIC)
    assert result.returncode == 0, result.stderr.decode()
    manifest = json.loads(episode_manifest(episodes).read_text())
    assert manifest["title"] == "Tienjarige uit Kortrijk wint Europees jeugdkampioenschap schaken"
    assert manifest["source"] == "https://www.vrt.be/vrtnws/nl/2026/12/02/schaakkampioen/"
    assert "https://www.vrt.be/vrtnws/nl/2026/12/02/schaakkampioen/" in (episodes / "feed.xml").read_text()
    import feedparser

    (item,) = feedparser.parse((episodes / "feed.xml").read_bytes()).entries
    assert item.link == "https://www.vrt.be/vrtnws/nl/2026/12/02/schaakkampioen/"


def test_parse_a_bad_url_is_one_line(site):
    result = run_narrate("parse", site.url("loop"))
    assert result.returncode != 0 and result.stderr.decode().startswith("Error: ") \
        and len(result.stderr.decode().strip().splitlines()) == 1
