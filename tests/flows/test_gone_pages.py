"""A page that answered 404/410 is remembered as gone: the next run does not ask for it again."""
import duckdb

from flows.ingest import ingest


def test_a_gone_article_is_not_requested_by_the_next_run(prefect_env, snapshot_web, tmp_path):
    sources = snapshot_web.write_sources(tmp_path / "sources.yaml", rate_limit=0)
    db = str(tmp_path / "w.duckdb")
    path = snapshot_web.manifest["articles"]["n_icet_staff"]["path"]
    snapshot_web.set_page("icet", path, None)  # the article now answers 404
    try:
        first = ingest(sources_file=str(sources), db=db, only=["icet"])
        assert any(why.startswith("gone") for why in first["sources"]["icet"]["failed"].values())
        con = duckdb.connect(db, read_only=True)
        assert con.execute("SELECT count(*) FROM seen_urls WHERE outcome = 'gone'").fetchone()[0] == 1
        con.close()
        snapshot_web.reset_log()
        second = ingest(sources_file=str(sources), db=db, only=["icet"])
        asked = [p for site, method, p, status in snapshot_web.requests if site == "icet" and p.startswith(path)]
        assert asked == []  # not asked again
        assert second["sources"]["icet"]["gone"] == 1 and not second["sources"]["icet"]["failed"]
    finally:
        snapshot_web.clear_overrides()
