#!/usr/bin/env python3
"""Renders `tracker report` pages in a real headless Chromium and checks what the page shows.

    report_browser.py TRACKER [CHROMIUM [ARTIFACT_DIR]]

Ingests tests/fixtures/articles into a fresh database with the built binary, writes reports for
a few selections, and opens each in Chromium, driven over the DevTools protocol on a pipe
(`--remote-debugging-pipe`: Python's standard library is all it needs, no driver). For each page:
  - the timeline marks rendered equal, one for one, the dated claims `tracker query --format
    json` returns for the same selection (undated ones are listed apart), each mark visible, inside its lane, and linking to an
    evidence entry that exists;
  - every status shown equals that proposition's status in `tracker propositions --format json`;
  - no request leaves the page: the only request Chromium's network domain reports is the page's
    own file (checked against two controls: a page with an <img> from http, whose request must
    be seen, and the report with such an <img> injected, which its Content-Security-Policy must
    block);
  - at 1280 px and at A4 width in print media nothing overflows sideways; Tab reaches a mark,
    Enter on it goes to its evidence.
It also checks the command's exit codes and error lines (tests/cli/suite_lib.bash's contract).
Artifacts in ARTIFACT_DIR (default: the working directory): report-screenshot.png (1280 px wide)
and report.pdf (printed on A4). Ends with "N passed, N failed", like tests/cli.
"""

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.environ.get("TRACKER_SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
A4_CONTENT_PX = 703  # 210 mm less the report's 2 x 12 mm @page margins, at 96 px per inch
passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {name}{': ' + detail if detail else ''}", file=sys.stderr)


class Chromium:
    """A headless Chromium spoken to over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, binary, profile):
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire_pipes():
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        args = [binary, "--headless", "--no-sandbox", "--remote-debugging-pipe", f"--user-data-dir={profile}",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--disable-gpu", "about:blank"]
        self._process = subprocess.Popen(args, preexec_fn=wire_pipes, pass_fds=(3, 4, to_child_r, from_child_w),
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []

    def call(self, method, params=None, session=None, timeout=60):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _read(self, deadline):
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


class Page:
    """One tab, its network events recorded from before the first request."""

    def __init__(self, browser, width=1280, height=2000):
        self.browser = browser
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.target = target
        for domain in ("Network.enable", "Page.enable", "Runtime.enable"):
            self.call(domain)
        self.resize(width, height)

    def call(self, method, params=None, timeout=60):
        return self.browser.call(method, params, self.session, timeout)

    def resize(self, width, height):
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def open(self, path):
        self.browser.events.clear()
        self.call("Page.navigate", {"url": "file://" + path})
        deadline = time.monotonic() + 60
        while not self._seen("Page.loadEventFired"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{path} did not load")
            self.evaluate("1")
            time.sleep(0.05)

    def _seen(self, method):
        return any(e.get("method") == method and e.get("sessionId") == self.session for e in self.browser.events)

    def _params(self, method):
        return [e["params"] for e in self.browser.events if e.get("method") == method and e.get("sessionId") == self.session]

    def requests(self):
        return [p["request"]["url"] for p in self._params("Network.requestWillBeSent")]

    def unblocked_requests(self):
        """Requests sent that the page's Content-Security-Policy did not stop."""
        blocked = {p["requestId"] for p in self._params("Network.loadingFailed") if p.get("blockedReason") == "csp"}
        return [p["request"]["url"] for p in self._params("Network.requestWillBeSent") if p["requestId"] not in blocked]

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def press(self, key, code, key_code):
        for kind in ("keyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": code,
                                                 "windowsVirtualKeyCode": key_code})

    def close(self):
        self.browser.call("Target.closeTarget", {"targetId": self.target})


# What the rendered page shows, read from the DOM after layout.
READ_PAGE = r"""(() => {
  const marks = [...document.querySelectorAll('#timeline .ln a')];
  const badges = [...document.querySelectorAll('.st')].filter(s => /^[tsp]\d+$/.test(s.closest('[id]').id));
  const inside = (inner, outer) => inner.width > 0 && inner.height > 0 &&
      inner.left >= outer.left - 8 && inner.right <= outer.right + 8;
  return {
    marks: marks.map(a => a.getAttribute('href')),
    visible: marks.filter(a => inside(a.getBoundingClientRect(), a.closest('svg').getBoundingClientRect())).length,
    targets: marks.filter(a => document.getElementById(a.getAttribute('href').slice(1)) !== null).length,
    statuses: badges.map(s => [s.closest('[id]').id.slice(1), s.textContent.trim(), s.getBoundingClientRect().width > 0]),
    evidence: [...document.querySelectorAll('#evidence p[id]')].map(p => p.id),
    width: document.documentElement.scrollWidth,
  };
})()"""


def tracker(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, check=False)


def check_report(page, binary, work, name, selection, statuses):
    html = os.path.join(work, f"{name}.html")
    made = tracker(binary, "report", *selection, "-o", html)
    check(f"{name}: report exits 0", made.returncode == 0, made.stderr.strip())
    if made.returncode != 0:
        return
    selected = json.loads(tracker(binary, "query", *selection, "--format", "json").stdout)
    # An undated claim (no event date, an undated article: issue 16) is listed apart, not drawn.
    claims = [c for c in selected if c["event_date"] or c["reported_date"]]
    page.open(html)
    shown = page.evaluate(READ_PAGE)
    marks = shown["marks"]
    check(f"{name}: one timeline mark per dated claim selected", len(marks) == len(claims),
          f"{len(marks)} marks, {len(claims)} claims")
    check(f"{name}: the marks are the claims selected", sorted(marks) == sorted(f"#c{c['id']}" for c in claims))
    check(f"{name}: every mark is drawn inside its lane", shown["visible"] == len(marks),
          f"{shown['visible']} of {len(marks)}")
    check(f"{name}: every mark leads to its evidence", shown["targets"] == len(marks))
    check(f"{name}: every claim's evidence is listed",
          sorted(shown["evidence"]) == sorted(f"c{c['id']}" for c in selected))
    wrong = [(p, s) for p, s, _ in shown["statuses"] if statuses.get(int(p)) != s]
    check(f"{name}: every status shown is the database's", not wrong and shown["statuses"], f"wrong: {wrong}")
    check(f"{name}: every status is rendered", all(v for _, _, v in shown["statuses"]))
    expected = {c["proposition"] for c in selected}
    check(f"{name}: the propositions shown are those of the claims",
          {int(p) for p, _, _ in shown["statuses"]} == expected)
    own = "file://" + html
    strays = [u for u in page.requests() if u != own]
    check(f"{name}: no request leaves the page", not strays, f"requests: {strays}")
    check(f"{name}: nothing overflows at 1280 px", shown["width"] <= 1280, f"scrollWidth {shown['width']}")


def check_command_line(binary, work):
    """The report command's contract: formats, standard output, exit codes and error lines."""
    cases = [
        ("HTML needs a file", [], 2, "", "tracker: report: an HTML report needs --output FILE (or -o - for standard output)\n"),
        ("an unknown format is a usage error", ["--format", "pdf", "-o", "x"], 2, "",
         "--format: unknown format 'pdf' (html, markdown)\nRun with --help for more information.\n"),
        ("an unwritable file fails", ["-o", "/nonexistent/folder/r.html"], 1, "",
         "tracker: /nonexistent/folder/r.html: cannot write (No such file or directory)\n"),
        ("Markdown goes to standard output", ["--format", "markdown"], 0, "# Claims report\n", ""),
        ("-o - writes HTML to standard output", ["-o", "-"], 0, "<!DOCTYPE html>\n", ""),
    ]
    for name, args, code, stdout_start, stderr in cases:
        run = tracker(binary, "report", *args)
        check(f"command line: {name}", run.returncode == code and run.stdout.startswith(stdout_start) and
              run.stderr == stderr, f"exit {run.returncode}, stderr {run.stderr!r}")
    check("command line: a failed write leaves no file", not os.path.exists("/nonexistent/folder/r.html"))
    markdown = os.path.join(work, "brief.md")
    run = tracker(binary, "report", "--format", "markdown", "-o", markdown)
    check("command line: Markdown to a file", run.returncode == 0 and open(markdown).read().startswith("# Claims report"))


def check_keyboard(page, html):
    page.open(html)
    focused = None
    for _ in range(40):
        page.press("Tab", "Tab", 9)
        focused = page.evaluate("document.activeElement.matches('.ln a') ? document.activeElement.getAttribute('href') : null")
        if focused:
            break
    check("keyboard: Tab reaches a timeline mark", focused is not None)
    if focused:
        page.press("Enter", "Enter", 13)
        time.sleep(0.2)
        hash_now = page.evaluate("location.hash")
        target = page.evaluate("document.querySelector(':target') && document.querySelector(':target').id")
        check("keyboard: Enter on a mark goes to its evidence", hash_now == focused and target == focused[1:],
              f"hash {hash_now}, target {target}")


def check_print(page, html, artifacts):
    page.open(html)
    page.call("Emulation.setEmulatedMedia", {"media": "print"})
    page.resize(A4_CONTENT_PX, 1000)
    width = page.evaluate("document.documentElement.scrollWidth")
    check("print: nothing overflows an A4 page's width", width <= A4_CONTENT_PX, f"scrollWidth {width}")
    pdf = page.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"]
    data = base64.b64decode(pdf)
    with open(os.path.join(artifacts, "report.pdf"), "wb") as f:
        f.write(data)
    check("print: the page prints to PDF", data.startswith(b"%PDF"))
    page.call("Emulation.setEmulatedMedia", {"media": ""})
    page.resize(1280, 2000)


def check_controls(page, work, report_html):
    """The request detector and the page's policy, each shown to work on a page that requests."""
    leaky = os.path.join(work, "control-leaky.html")
    with open(leaky, "w") as f:
        f.write('<!DOCTYPE html><p>control</p><img src="http://127.0.0.1:9/pixel.png" alt="">')
    page.open(leaky)
    time.sleep(0.3)
    check("control: a page without the policy is seen requesting", "http://127.0.0.1:9/pixel.png" in page.requests(),
          f"requests: {page.requests()}")
    injected = os.path.join(work, "control-injected.html")
    with open(report_html) as f:
        text = f.read()
    with open(injected, "w") as f:
        f.write(text.replace("<body>", '<body><img src="http://127.0.0.1:9/pixel.png" alt="">', 1))
    page.open(injected)
    time.sleep(0.3)
    strays = [u for u in page.unblocked_requests() if u != "file://" + injected]
    check("control: the report's policy blocks an injected image", not strays, f"requests: {strays}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    chromium = sys.argv[2] if len(sys.argv) > 2 else shutil.which("chromium")
    artifacts = os.path.abspath(sys.argv[3] if len(sys.argv) > 3 else ".")
    if not chromium:
        print("SKIP: chromium not found (scripts/install-deps.sh installs it)")
        sys.exit(77)
    work = tempfile.mkdtemp(prefix="tracker_browser_")
    os.environ["TRACKER_DB"] = os.path.join(work, "tracker.db")
    browser = None
    try:
        ingested = tracker(binary, "ingest", os.path.join(ROOT, "tests", "fixtures", "articles"))
        check("ingest the fixture articles", ingested.returncode == 0, ingested.stderr.strip())
        propositions = json.loads(tracker(binary, "propositions", "--format", "json").stdout)
        statuses = {p["id"]: p["status"] for p in propositions}
        check("the fixtures hold every status",
              {"corroborated", "contradicted", "single-source"} <= set(statuses.values()), str(set(statuses.values())))
        check_command_line(binary, work)
        browser = Chromium(chromium, os.path.join(work, "profile"))
        page = Page(browser)
        selections = {
            "all": [],
            "deepseek": ["--actor", "DeepSeek"],
            "window": ["--since", "2025-12-01", "--until", "2026-01-31"],
            "none": ["--actor", "Nobody"],
        }
        for name, selection in selections.items():
            if name == "none":
                made = tracker(binary, "report", *selection, "-o", os.path.join(work, "none.html"))
                check("none: an empty selection still writes a page", made.returncode == 0)
                continue
            check_report(page, binary, work, name, selection, statuses)
        report_html = os.path.join(work, "all.html")
        check_keyboard(page, report_html)
        check_print(page, report_html, artifacts)
        page.open(report_html)
        shot = page.call("Page.captureScreenshot", {"format": "png"})["data"]
        with open(os.path.join(artifacts, "report-screenshot.png"), "wb") as f:
            f.write(base64.b64decode(shot))
        check_controls(page, work, report_html)
    finally:
        if browser:
            browser.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"artifacts: {os.path.join(artifacts, 'report-screenshot.png')}, {os.path.join(artifacts, 'report.pdf')}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
