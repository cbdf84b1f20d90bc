"""Templates are compiled once per process, not once per app; a changed template is
compiled again."""

from __future__ import annotations

from jinja2 import Environment

from bti.web import template_cache


def _compiles(monkeypatch) -> list[str]:
    seen: list[str] = []
    original = Environment._compile

    def counting(self, source, filename):
        seen.append(filename)
        return original(self, source, filename)

    monkeypatch.setattr(Environment, "_compile", counting)
    return seen


def test_a_second_app_renders_the_sign_in_page_without_compiling(make_app, monkeypatch):
    first = make_app()
    assert first.test_client().get("/logg-inn").status_code == 200
    compiled = _compiles(monkeypatch)
    second = make_app()
    page = second.test_client().get("/logg-inn")
    assert page.status_code == 200
    assert "Logg inn" in page.get_data(as_text=True)
    assert compiled == []


def test_a_changed_template_is_compiled_again(tmp_path, monkeypatch):
    from jinja2 import FileSystemLoader

    (tmp_path / "page.html").write_text("før", encoding="utf-8")
    env = Environment(loader=FileSystemLoader(tmp_path), bytecode_cache=template_cache.SHARED)
    assert env.get_template("page.html").render() == "før"
    (tmp_path / "page.html").write_text("etter", encoding="utf-8")
    again = Environment(loader=FileSystemLoader(tmp_path), bytecode_cache=template_cache.SHARED)
    assert again.get_template("page.html").render() == "etter"
