"""The README stays true to the code: its settings table, its command-line block, its module map.

Each test reads the README section it guards and compares it with the code itself
(``config.Settings``, the argparse parser behind ``boardbot --help``, the packages
under ``src/boardbot``), so a change to either side that is not made on the other fails here.
"""

from __future__ import annotations

import argparse
import dataclasses
import re

import pytest

from boardbot.cli.main import build_parser, common
from boardbot.config import Settings
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SRC = ROOT / "src" / "boardbot"
# Variables read outside Settings' own BOARDBOT_<NAME> scheme (config.load_settings).
EXTRA_ENV = {"BOARDBOT_INDEX", "BOARDBOT_CONFIG"}
TOML_ONLY = {"extra"}  # a table of backend options: no environment variable can hold it
ENV_VAR = re.compile(r"BOARDBOT_[A-Z0-9_]+")
# An option token: "--json", "-v"; not the hyphen inside "set-visibility" or "2023-01-01".
OPTION = re.compile(r"(?<![\w-])--?[a-z][a-z0-9-]*")


def section(title: str) -> str:
    """The README text under ``## title``, up to the next second-level heading."""
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert m, f"README has no '## {title}' section"
    return m.group(1)


def table_rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.startswith("|") and not re.fullmatch(r"[|\s:-]+", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header row


# --- configuration table ------------------------------------------------------------------------
def config_rows() -> dict[str, list[str]]:
    """Environment variable -> the configuration-table row that names it."""
    rows: dict[str, list[str]] = {}
    for row in table_rows(section("Configuration")):
        for var in ENV_VAR.findall(" ".join(row[:-1])):
            rows[var] = row
    return rows


SETTINGS = [f for f in dataclasses.fields(Settings) if f.name not in TOML_ONLY]


def test_every_setting_is_in_the_readme_configuration_table() -> None:
    rows = config_rows()
    missing = [f"BOARDBOT_{f.name.upper()}" for f in SETTINGS if f"BOARDBOT_{f.name.upper()}" not in rows]
    assert not missing, f"settings missing from the README's configuration table: {', '.join(missing)}"
    stale = set(rows) - {f"BOARDBOT_{f.name.upper()}" for f in SETTINGS} - EXTRA_ENV
    assert not stale, f"the README's configuration table names variables no setting reads: {sorted(stale)}"
    for name in TOML_ONLY:
        assert any(f"`{name}`" in " ".join(row) for row in table_rows(section("Configuration"))), name


def _numbers(text: str) -> set[float]:
    return {float(n) for n in re.findall(r"\d+(?:\.\d+)?", re.sub(r"(?<=\d)[,_](?=\d{3})", "", text))}


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda f: f.name)
def test_readme_gives_each_settings_default(setting: dataclasses.Field) -> None:
    row = config_rows()[f"BOARDBOT_{setting.name.upper()}"]
    default_cell = row[-1]
    assert default_cell, setting.name
    value = setting.default
    if value is dataclasses.MISSING or value is None:  # computed or "packaged": described in words
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        assert float(value) in _numbers(default_cell), f"{setting.name}: default {value} not in {default_cell!r}"
    elif str(value):
        word = str(value).rstrip("/")
        assert re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", default_cell), \
            f"{setting.name}: default {value!r} not in {default_cell!r}"
    else:
        assert re.search(r"unset|empty|none", default_cell, re.I), f"{setting.name}: say it is unset: {default_cell!r}"


# --- command-line block ---------------------------------------------------------------------------
def readme_usage() -> tuple[dict[str, set[str]], set[str]]:
    """(subcommand -> options its README lines show, options a comment line says most commands take)."""
    block = re.search(r"```bash\n(.*?)```", section("Command line"), re.S)
    assert block, "README's Command line section has no bash block"
    usage: dict[str, set[str]] = {}
    shared: set[str] = set()
    for line in block.group(1).splitlines():
        line = line.strip()
        if line.startswith("#"):
            shared |= set(OPTION.findall(line))
        elif line.startswith("boardbot "):
            usage.setdefault(line.split()[1], set()).update(OPTION.findall(line))
    return usage, shared


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def options(parser: argparse.ArgumentParser) -> list[list[str]]:
    """Each optional argument's option strings, --help aside."""
    return [a.option_strings for a in parser._actions
            if a.option_strings and not isinstance(a, argparse._HelpAction)]


def test_readme_command_line_block_matches_boardbot_help() -> None:
    usage, shared = readme_usage()
    commands = subcommands()
    assert sorted(usage) == sorted(commands), "README's command lines vs `boardbot --help` subcommands"

    probe = argparse.ArgumentParser(add_help=False)
    common(probe)
    common_opts = options(probe)
    assert shared <= {s for strings in common_opts for s in strings} and all(set(s) & shared for s in common_opts), \
        "the README's comment line must name exactly the options every index command takes (cli.main.common)"

    for name, parser in commands.items():
        actual = options(parser)
        valid = {s for strings in actual for s in strings}
        listed = usage[name]
        assert listed <= valid, f"README shows `boardbot {name}` options it does not take: {sorted(listed - valid)}"
        takes_common = all(set(strings) & valid for strings in common_opts)
        implied = shared if takes_common else set()
        missing = [strings[-1] for strings in actual if not set(strings) & (listed | implied)]
        assert not missing, f"README's `boardbot {name}` line lacks {missing}"


# --- module map -------------------------------------------------------------------------------------
def test_module_map_names_every_package_and_top_level_module() -> None:
    named = set(re.findall(r"`([\w/.]+)`", section("How it works")))
    packages = {f"{p.parent.relative_to(SRC).as_posix()}/" for p in SRC.rglob("__init__.py") if p.parent != SRC}
    modules = {p.name for p in SRC.glob("*.py")} - {"__init__.py", "__main__.py"}
    assert packages and not packages - named, f"packages missing from the README's module map: {sorted(packages - named)}"
    assert not modules - named, f"modules missing from the README's module map: {sorted(modules - named)}"
    for folder in ("prompts/", "evals/"):  # package data, shipped as boardbot.prompts / boardbot.evals
        assert folder in named, folder


def test_readme_screenshot_is_the_one_the_browser_test_takes() -> None:
    from test_browser import SCREENSHOT

    text = (ROOT / "README.md").read_text()
    rel = SCREENSHOT.relative_to(ROOT).as_posix()
    assert f"]({rel})" in text
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
