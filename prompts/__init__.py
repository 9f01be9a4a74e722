"""The prompt templates, shipped inside the package as ``boardbot.prompts``.

The ``.txt`` files beside this one are the canonical templates; ``boardbot.answer.llm.prompts``
reads them with ``importlib.resources`` unless ``BOARDBOT_PROMPTS_DIR`` names another folder.
"""
