#!/usr/bin/env python3
"""Loads pages in headless Chromium over the DevTools protocol and fails on any console error,
uncaught exception, Content-Security-Policy violation, failed or non-2xx subresource, or request
to a host other than the server's.

    verify-site-browser.py BASE_URL PATH... [--probe PATH]

Each PATH is fetched as BASE_URL + PATH. The --probe page must produce at least one CSP
violation and one console error: it proves the checks below can fail before the site's pages are
judged. Bounded: each page has PAGE_TIMEOUT seconds, the whole run TOTAL_TIMEOUT.

Needs only the standard library plus `websockets` (pip).
"""

import argparse
import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

import websockets

PAGE_TIMEOUT = 15.0
TOTAL_TIMEOUT = 150.0
# After the load event: time for late console messages and CSP reports to arrive.
SETTLE = 0.3


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("verify-site-browser: no chromium on PATH")


class Browser:
    """One headless Chromium with a throwaway profile, driven over one WebSocket."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="verify-chromium-")
        args = [
            chromium_binary(), "--headless=new", "--remote-debugging-port=0",
            f"--user-data-dir={self.profile}", "--no-first-run", "--no-default-browser-check",
            "--disable-gpu", "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--metrics-recording-only",
            "--disable-default-apps", "--mute-audio", "--no-proxy-server", "about:blank",
        ]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox.
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        start_new_session=True)
        self.next_id = 0
        self.pending = {}
        self.listeners = []

    def endpoint(self):
        """The browser's WebSocket URL, from the DevToolsActivePort file it writes on start."""
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit("verify-site-browser: chromium exited early:\n"
                         + self.process.stderr.read().decode(errors="replace")[-2000:])
            try:
                with open(port_file) as f:
                    port, path = f.read().split("\n")[:2]
                    return f"ws://127.0.0.1:{port}{path}"
            except (FileNotFoundError, ValueError):
                time.sleep(0.1)
        sys.exit("verify-site-browser: chromium did not open its debugging port in 20 s")

    async def connect(self):
        self.socket = await websockets.connect(self.endpoint(), max_size=64 << 20, open_timeout=10)
        self.reader = asyncio.create_task(self.read())

    async def read(self):
        async for message in self.socket:
            data = json.loads(message)
            if "id" in data and data["id"] in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            else:
                for listener in list(self.listeners):
                    listener(data)

    async def call(self, method, session=None, **params):
        self.next_id += 1
        future = asyncio.get_running_loop().create_future()
        self.pending[self.next_id] = future
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        await self.socket.send(json.dumps(message))
        reply = await asyncio.wait_for(future, PAGE_TIMEOUT)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    async def disconnect(self):
        if hasattr(self, "reader"):
            self.reader.cancel()
            await asyncio.gather(self.reader, return_exceptions=True)
            await self.socket.close()

    def close(self):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


async def check_page(browser, url, allowed_host):
    """Every problem one page load shows, as readable lines."""
    target = (await browser.call("Target.createTarget", url="about:blank"))["targetId"]
    session = (await browser.call("Target.attachToTarget", targetId=target, flatten=True))["sessionId"]
    problems = []
    pending = []
    urls = {}
    loaded = asyncio.Event()

    def describe_args(args):
        return " ".join(str(a.get("value", a.get("description", a.get("type")))) for a in args)

    def on_event(data):
        if data.get("sessionId") != session:
            return
        method, params = data.get("method"), data.get("params", {})
        if method == "Page.loadEventFired":
            loaded.set()
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
            problems.append(f"console.{params['type']}: {describe_args(params.get('args', []))}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            problems.append(f"uncaught exception: {text}")
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") in ("error", "warning"):
                problems.append(f"console {entry.get('level')} ({entry.get('source')}): {entry.get('text')}"
                                + (f" [{entry['url']}]" if entry.get("url") else ""))
        elif method == "Audits.issueAdded":
            issue = params.get("issue", {})
            if issue.get("code") == "ContentSecurityPolicyIssue":
                detail = issue.get("details", {}).get("contentSecurityPolicyIssueDetails", {})
                problems.append("CSP violation: directive {} blocked {}".format(
                    detail.get("violatedDirective"),
                    detail.get("blockedURL") or detail.get("contentSecurityPolicyViolationType")))
        elif method == "Fetch.requestPaused":
            request_url = params.get("request", {}).get("url", "")
            if urllib.parse.urlsplit(request_url).netloc == allowed_host:
                pending.append(asyncio.ensure_future(
                    browser.call("Fetch.continueRequest", session, requestId=params["requestId"])))
            else:
                problems.append(f"request to another host (refused): {request_url}")
                pending.append(asyncio.ensure_future(browser.call(
                    "Fetch.failRequest", session, requestId=params["requestId"], errorReason="BlockedByClient")))
        elif method == "Network.responseReceived":
            response = params.get("response", {})
            if response.get("status", 200) >= 400:
                problems.append(f"HTTP {response.get('status')} for {response.get('url')}")
        elif method == "Network.requestWillBeSent":
            urls[params.get("requestId")] = params.get("request", {}).get("url")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            reason = params.get("blockedReason") or params.get("errorText")
            problems.append(f"load failed ({reason}): {urls.get(params.get('requestId'), '?')}")

    browser.listeners.append(on_event)
    try:
        for domain in ("Page", "Runtime", "Log", "Network", "Audits"):
            await browser.call(f"{domain}.enable", session)
        # Every request pauses here first, so one to another host is refused, never sent, even if
        # something slipped past the CSP.
        await browser.call("Fetch.enable", session, patterns=[{"urlPattern": "*"}])
        await browser.call("Page.navigate", session, url=url)
        try:
            await asyncio.wait_for(loaded.wait(), PAGE_TIMEOUT)
        except asyncio.TimeoutError:
            problems.append(f"no load event within {PAGE_TIMEOUT:.0f} s")
        await asyncio.sleep(SETTLE)
        # The page must have rendered something: a blank document would pass every check above.
        result = await browser.call("Runtime.evaluate", session,
                                    expression="document.body ? document.body.innerText.trim().length : -1",
                                    returnByValue=True)
        if result.get("result", {}).get("value", -1) <= 0:
            problems.append("the page has no visible text")
    finally:
        browser.listeners.remove(on_event)
        await asyncio.gather(*pending, return_exceptions=True)
        await browser.call("Target.closeTarget", targetId=target)
    return problems


async def run(base, paths, probe):
    allowed_host = urllib.parse.urlsplit(base).netloc
    browser = Browser()
    failures = 0
    try:
        await browser.connect()
        if probe:
            problems = await check_page(browser, base + probe, allowed_host)
            csp = [p for p in problems if p.startswith("CSP violation")]
            console = [p for p in problems if p.startswith(("console", "uncaught"))]
            if not csp or not console:
                print(f"browser: the probe page {probe} did not trip the checks (CSP: {len(csp)}, console: "
                      f"{len(console)}): the checker cannot see violations", file=sys.stderr)
                for p in problems:
                    print(f"  {p}", file=sys.stderr)
                return 1
            print(f"browser: probe page tripped {len(csp)} CSP and {len(console)} console checks, as it must")
        for path in paths:
            problems = await check_page(browser, base + path, allowed_host)
            if problems:
                failures += 1
                print(f"browser: {path}:", file=sys.stderr)
                for p in dict.fromkeys(problems):
                    print(f"  {p}", file=sys.stderr)
        print(f"browser: {len(paths) - failures} of {len(paths)} pages loaded with no console error, "
              "CSP violation or failed request")
        return 1 if failures else 0
    finally:
        await browser.disconnect()
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--probe")
    options = parser.parse_args()
    base = options.base.rstrip("/")
    try:
        code = asyncio.run(asyncio.wait_for(run(base, options.paths, options.probe), TOTAL_TIMEOUT))
    except asyncio.TimeoutError:
        print(f"browser: gave up after {TOTAL_TIMEOUT:.0f} s", file=sys.stderr)
        code = 1
    sys.exit(code)


if __name__ == "__main__":
    main()
