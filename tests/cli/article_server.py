#!/usr/bin/env python3
"""The web pages a teaser feed links to, for tests/cli/fetch_articles.sh (issue 16).

Usage: article_server.py PORT_FILE LOG_FILE PAGES_DIR STATE_DIR. Listens on 127.0.0.1 at an
ephemeral port, writes the port to PORT_FILE, and listens on 127.0.0.2 at the same port too: a
feed served from 127.0.0.1 that links there must be refused, so that listener must never log a
request. Each request is logged as one line:
    LISTENER_ADDRESS <TAB> PATH <TAB> IN_FLIGHT <TAB> START <TAB> User-Agent
IN_FLIGHT counts the requests this listener is answering, this one included (the per-host limit);
START is time.monotonic() when the request arrived (the delay between requests).
Routes (PAGES_DIR is tests/fixtures/pages):
  /teaser.xml          PAGES_DIR/teaser.xml, {BASE} and {OTHER} replaced by this server's URLs
  /burst.xml           6 items linking to /slow/1.html ... /slow/6.html, each answered after 1 s
  /paced.xml           3 items linking to /paced/1.html ... /paced/3.html, answered at once
  /articles/missing.html  404 until STATE_DIR/fixed exists, then PAGES_DIR/articles/recovered.html
  /redirect-inside     302 to http://127.0.0.2:PORT/articles/chips.html
  anything else        the file under PAGES_DIR, else 404
If 127.0.0.2 cannot be bound, STATE_DIR/no-second-listener says why. It exits by itself after
300 s, so a failed suite never leaves it behind.
"""
import http.server
import os
import sys
import threading
import time

from quiet_handler import QuietHandler

PORT_FILE, LOG_FILE, PAGES, STATE = sys.argv[1:5]
PAGES = os.path.abspath(PAGES)
LOCK = threading.Lock()
IN_FLIGHT = {}

GENERATED_PAGE = """<!doctype html><html><head><title>Generated page {name}</title></head><body>
<article><h1>Generated page {name}</h1>
<p>This page was written by the test server for the politeness tests, and it says nothing about any
company or chip. Its first paragraph is long enough to count as prose for the reader of main content.</p>
<p>Its second paragraph adds more plain sentences, so that the page holds an article and its text is
stored rather than the text of the feed item that links to it, which is much shorter than this.</p>
</article></body></html>"""


def feed(title, items):
    entries = "".join(
        "<item><guid>%s</guid><title>%s</title><link>%s</link><description>Teaser %s.</description></item>\n"
        % (link, link, link, link) for link in items)
    return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%s</title>\n%s</channel></rss>\n"
            % (title, entries)).encode()


class Handler(QuietHandler):
    def do_GET(self):
        listener = self.server.server_address[0]
        with LOCK:
            IN_FLIGHT[listener] = IN_FLIGHT.get(listener, 0) + 1
            with open(LOG_FILE, "a") as log:
                log.write("%s\t%s\t%d\t%.3f\t%s\n" % (listener, self.path, IN_FLIGHT[listener], time.monotonic(),
                                                      self.headers.get("User-Agent", "")))
        self.counted = True
        try:
            self.answer()
        finally:
            self.leave()

    # A request leaves the count as its answer starts to go out: the client may send its next
    # request the moment it has read the answer, before this thread runs again (on a loaded
    # machine the log then showed one request too many at once).
    def leave(self):
        if self.counted:
            self.counted = False
            with LOCK:
                IN_FLIGHT[self.server.server_address[0]] -= 1

    def send(self, status, body=b"", headers=()):
        self.leave()
        super().send(status, body, headers)

    def answer(self):
        port = self.server.server_address[1]
        base, other = "http://127.0.0.1:%d" % port, "http://127.0.0.2:%d" % port
        path = self.path.split("?")[0]
        if path == "/teaser.xml":
            with open(os.path.join(PAGES, "teaser.xml")) as f:
                text = f.read().replace("{BASE}", base).replace("{OTHER}", other)
            return self.send(200, text.encode(), [("Content-Type", "application/rss+xml")])
        if path == "/burst.xml":
            return self.send(200, feed("Burst Wire", ["%s/slow/%d.html" % (base, n) for n in range(1, 7)]))
        if path == "/paced.xml":
            return self.send(200, feed("Paced Wire", ["%s/paced/%d.html" % (base, n) for n in range(1, 4)]))
        if path.startswith("/slow/") or path.startswith("/paced/"):
            if path.startswith("/slow/"):
                time.sleep(1)
            return self.send(200, GENERATED_PAGE.format(name=path).encode(), [("Content-Type", "text/html")])
        if path == "/articles/missing.html":
            if not os.path.exists(os.path.join(STATE, "fixed")):
                return self.send(404, b"not found")
            path = "/articles/recovered.html"
        if path == "/redirect-inside":
            return self.send(302, b"", [("Location", other + "/articles/chips.html")])
        file = os.path.normpath(os.path.join(PAGES, path.lstrip("/")))
        if file.startswith(PAGES + os.sep) and os.path.isfile(file):
            with open(file, "rb") as f:
                return self.send(200, f.read(), [("Content-Type", "text/html; charset=utf-8")])
        return self.send(404, b"not found")


def serve(address, port):
    server = http.server.ThreadingHTTPServer((address, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    first = serve("127.0.0.1", 0)
    port = first.server_address[1]
    try:
        serve("127.0.0.2", port)
    except OSError as error:  # the suite then says its 127.0.0.2 check is weaker
        with open(os.path.join(STATE, "no-second-listener"), "w") as f:
            f.write(str(error))
    with open(PORT_FILE + ".tmp", "w") as f:
        f.write(str(port))
    os.rename(PORT_FILE + ".tmp", PORT_FILE)
    time.sleep(300)


if __name__ == "__main__":
    main()
