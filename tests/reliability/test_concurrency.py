"""Renders started at once into one episodes directory, sharing one cold cache (a cron job and a
terminal, say): every episode complete and listed exactly once, the feed valid whenever one
finishes, and the cache, written by every render's workers at once, holding only whole clips.
"""

from __future__ import annotations

import feedparser
import pytest

from .checks import SHORT, Render, check_cache, check_directory, narrate_env, render_args

RIVERS = ("de Leie", "de Schelde", "het kanaal", "de Dender")


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list:
    """Four articles that differ only in their headline: most sentences are the same, so their
    renders race to cache the same clips."""
    root = tmp_path_factory.mktemp("articles")
    text = SHORT.read_text(encoding="utf-8")
    paths = []
    for number, river in enumerate(RIVERS):
        path = root / f"brug-{number}.txt"
        path.write_text(text.replace("over de Leie", f"over {river}", 1), encoding="utf-8")
        paths.append(path)
    return paths


def render_at_once(articles, tmp_path):
    episodes, cache = tmp_path / "episodes", tmp_path / "cache"
    env = narrate_env(cache=cache)
    renders = [Render(render_args(article, episodes, "2026-11-28"), env) for article in articles]
    for render in renders:
        code = render.finish(timeout=300)
        assert code == 0, render.error_text
        # Whenever one finishes, feed.xml is whole and lists each article once.
        feed = feedparser.parse((episodes / "feed.xml").read_bytes())
        assert not feed.bozo, feed.get("bozo_exception")
        assert len({item.id for item in feed.entries}) == len(feed.entries)
    state = check_directory(episodes)
    assert state.temps == [] and state.pruning == []
    entries = check_cache(cache)
    assert entries and not [p for p in (cache / "clips").rglob(".*")], "a cache writer left a temp file"
    return state


@pytest.mark.parametrize("picks", [(0, 1), (0, 1, 2, 3)], ids=["two-articles", "four-articles"])
def test_different_articles_at_once_are_all_listed_once(articles, tmp_path, picks):
    state = render_at_once([articles[i] for i in picks], tmp_path)
    assert len(state.manifests) == len(picks)
    titles = sorted(item.title for item in state.feed_items)
    assert titles == sorted(f"Gent opent nieuwe fietsbrug over {RIVERS[i]}" for i in picks)


@pytest.mark.parametrize("picks", [(0, 0), (0, 0, 1, 1)], ids=["same-article-twice", "two-articles-twice-each"])
def test_the_same_article_at_once_is_one_episode(articles, tmp_path, picks):
    state = render_at_once([articles[i] for i in picks], tmp_path)
    # One render of each article survives, whole; the others' files are gone.
    assert len(state.manifests) == len(set(picks))
    assert len(state.feed_items) == len(set(picks))
    guids = {m.data["guid"] for m in state.manifests}
    assert {item.id for item in state.feed_items} == guids
