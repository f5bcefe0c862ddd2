#!/usr/bin/env python3
"""Serves the built site with the MIME types and security headers the app needs in production.

A tiny wrapper over the standard library's http.server so that the serve command needs nothing beyond Python.
"""
import argparse
import functools
import http.server
import socketserver

HEADERS = {
    # WebAssembly needs 'wasm-unsafe-eval'; nothing broader is allowed.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".webmanifest": "application/manifest+json",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".png": "image/png",
        ".ico": "image/x-icon",
    }

    def end_headers(self):
        for name, value in HEADERS.items():
            self.send_header(name, value)
        # A URL with a content hash (`app.wasm?v=3f2a…`, written by scripts/build-pwa.mjs) never changes what it
        # names, so it is cached for good. Every other file is revalidated (cheap: a 304 when unchanged): those
        # names carry no hash, and sw.js itself must never be served stale, or updates would not be seen.
        if "?v=" in self.path or "&v=" in self.path:
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if self.server.quiet:
            return
        super().log_message(fmt, *args)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    quiet = False


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.dir)
    with Server(("127.0.0.1", args.port), handler) as server:
        server.quiet = args.quiet
        print(f"Serving {args.dir} at http://localhost:{args.port}", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
