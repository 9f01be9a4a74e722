"""The known-answer eval sets, shipped inside the package as ``boardbot.evals``.

``boardbot eval`` reads ``questions.jsonl`` (and ``decisions.jsonl`` for ``--decisions``) from
here with ``importlib.resources`` when no ``--set`` is given; the format is in README.md.
"""
