#!/usr/bin/env python3
"""A tiny HTTP server for tests/cli/feeds.sh, on 127.0.0.1 only.

Usage: feed_server.py PORT_FILE LOG_FILE. Binds an ephemeral port, writes it to PORT_FILE, and
logs each request as "PATH<TAB>If-None-Match<TAB>User-Agent" to LOG_FILE. Routes:
  /feed.xml      200 with ETag "v1" and Last-Modified; 304 when If-None-Match is "v1"
  /gzip.xml      the same feed, gzip-encoded (Content-Encoding: gzip)
  /redirect      302 to /feed.xml          /loop      302 to itself, forever
  /to-file       302 to file:///etc/passwd /missing   404        /error   500
  /slow          waits 5 s before answering /big      21 MB (over the 20 MB cap)
It exits by itself after 120 s, so a failed suite never leaves it behind.
"""
import gzip
import http.server
import sys
import threading
import time

from quiet_handler import QuietHandler

FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Served Wire</title><link>http://127.0.0.1/</link>
<item><guid>served-1</guid><title>Nvidia denies selling B200 chips to DeepSeek</title><link>/served/1</link>
<pubDate>Wed, 10 Dec 2025 08:00:00 GMT</pubDate>
<description>Nvidia denied that it sold B200 chips to DeepSeek, a spokesperson said.</description></item>
</channel></rss>
"""
LAST_MODIFIED = "Wed, 10 Dec 2025 08:00:00 GMT"


class Handler(QuietHandler):
    def do_GET(self):
        with open(sys.argv[2], "a") as log:
            log.write("%s\t%s\t%s\n" % (self.path, self.headers.get("If-None-Match", ""),
                                        self.headers.get("User-Agent", "")))
        path = self.path
        if path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                return self.send(304)
            return self.send(200, FEED, [("ETag", '"v1"'), ("Last-Modified", LAST_MODIFIED),
                                         ("Content-Type", "application/rss+xml")])
        if path == "/gzip.xml":
            return self.send(200, gzip.compress(FEED), [("Content-Encoding", "gzip")])
        if path == "/redirect":
            return self.send(302, b"", [("Location", "/feed.xml")])
        if path == "/loop":
            return self.send(302, b"", [("Location", "/loop")])
        if path == "/to-file":
            return self.send(302, b"", [("Location", "file:///etc/passwd")])
        if path == "/error":
            return self.send(500, b"oops")
        if path == "/slow":
            time.sleep(5)
            return self.send(200, FEED)
        if path == "/page.html":  # a web page where a feed was expected
            return self.send(200, b"<!doctype html><html><body><p>Not a feed</p></body></html>",
                             [("Content-Type", "text/html")])
        if path == "/big":
            return self.send(200, b"<rss>" + b" " * (21 * 1024 * 1024) + b"</rss>")
        return self.send(404, b"not found")


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    import os
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    threading.Timer(120, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
