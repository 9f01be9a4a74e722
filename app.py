"""Start the boardbot chat app: ``python app.py`` (http://127.0.0.1:7860 by default).

Host and port come from BOARDBOT_HOST/BOARDBOT_PORT or Gradio's own
GRADIO_SERVER_NAME/GRADIO_SERVER_PORT; the index from BOARDBOT_INDEX (default
``index/``). On first start with an empty index the sample papers in
``papers/`` are indexed in the background, with progress in the log and the UI.
Logins are optional: set BOARDBOT_USERS or BOARDBOT_USERS_FILE.
"""

from __future__ import annotations

import argparse
import logging
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", metavar="DIR", help="index folder (default: BOARDBOT_INDEX or index/)")
    parser.add_argument("--config", metavar="TOML", help="config file (default: boardbot.toml)")
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default 7860)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "urllib3", "chromadb", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

    from boardbot.config import load_settings
    from boardbot.errors import BoardbotError
    from boardbot.ui import launch

    try:
        settings = load_settings(args.config, index_dir=args.index, host=args.host, port=args.port)
        launch(settings)
    except BoardbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":  # guarded: ingest's spawned parse workers re-import this module
    sys.exit(main())
