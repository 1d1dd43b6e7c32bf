#!/usr/bin/env python3
"""Serves a built site the way a plain static host does (GitHub Pages, Netlify, S3 + CDN):
files as they are, a folder's index.html for the folder, a redirect from `folder` to
`folder/` (keeping the query string), and the site's own 404.html with status 404 for
anything else. There is no single-page-app fallback: a deep link works only because the
build step wrote a real page for it.

With `--prefix /some/path/` the folder is served under that path, as a project site on GitHub
Pages is (build it with `trunk build --release --public-url /some/path/`); anything outside
the prefix gets the 404 page.

    python3 scripts/static_server.py [--bind 127.0.0.1] [--port 8080] [--directory dist]
                                     [--prefix /] [--quiet]
"""

import argparse
import functools
import http.server
import mimetypes
import os
import sys

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("text/calendar", ".ics")
mimetypes.add_type("text/csv", ".csv")
mimetypes.add_type("image/svg+xml", ".svg")


class Handler(http.server.SimpleHTTPRequestHandler):
    quiet = False
    # The path the folder is served under: "/" or "/some/path/".
    prefix = "/"
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **mimetypes.types_map}

    def end_headers(self):
        # Always revalidate, so a rebuild is picked up without a stale cache.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def outside_prefix(self):
        bare = self.path.split("?", 1)[0].split("#", 1)[0]
        return bare != self.prefix.rstrip("/") and not bare.startswith(self.prefix)

    def send_head(self):
        if self.outside_prefix():
            self.send_error(404, "Not Found")
            return None
        return super().send_head()

    def translate_path(self, path):
        if self.prefix != "/":
            bare = path.split("?", 1)[0].split("#", 1)[0]
            # The prefix without its slash is the folder itself, which the base class
            # redirects to the prefix with the slash.
            path = "/" if bare == self.prefix.rstrip("/") else "/" + path[len(self.prefix):]
        return super().translate_path(path)

    def send_error(self, code, message=None, explain=None):
        not_found = os.path.join(self.directory, "404.html")
        if code == 404 and os.path.isfile(not_found):
            with open(not_found, "rb") as f:
                body = f.read()
            self.send_response(404, message)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--directory", default="dist")
    parser.add_argument("--prefix", default="/", help="the path to serve the folder under, e.g. /some/path/")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args()
    directory = os.path.abspath(args.directory)
    if not os.path.isfile(os.path.join(directory, "index.html")):
        sys.exit(f"static_server: {directory}/index.html is missing; build the site first (trunk build --release)")
    Handler.quiet = args.quiet
    prefix = args.prefix.strip().strip("/")
    Handler.prefix = f"/{prefix}/" if prefix else "/"
    handler = functools.partial(Handler, directory=directory)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((args.bind, args.port), handler) as server:
        print(f"serving {directory} at http://{args.bind}:{args.port}{Handler.prefix} (404.html for missing files, no SPA fallback)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
