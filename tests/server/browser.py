"""browser.py — the web UI in a real headless Chromium (Debian's chromium and chromium-driver,
driven by python3-selenium), on a database of the samples, a generated corpus and
tests/server/fixtures.jsonl: every page loads with no console error (a script refused by the
Content-Security-Policy is one) and fits 1280 and 390 px wide; a search finds the expected
document; clicking a person in a document opens their profile; the formulation chart has one
point per period the CLI lists; the cascade plot one mark per dated event the CLI lists; a
hostile readout's markup shows as text and runs nothing. Screenshots of every page at both
widths go to BUILD/tests/screenshots (not committed).
usage: browser.py BUILD_DIR"""
import csv
import io
import os
import shutil
import subprocess
import sys
import time
from urllib.parse import parse_qs, urlencode, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

NAME = "server_browser"
t = lib.Failures(NAME)

try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError as e:
    lib.skip(NAME, f"python3-selenium is not installed ({e})")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
if not CHROMIUM or not DRIVER:
    lib.skip(NAME, "chromium and chromium-driver are not installed (make deps)")

build = os.path.abspath(sys.argv[1])
readout = os.path.join(build, "readout")
shots = os.path.join(build, "tests", "screenshots")
os.makedirs(shots, exist_ok=True)
work = lib.workdir("browser")
db = lib.build_database(build, work)


def cli_rows(*args):
    """The rows of a CLI answer (CSV), as dicts: the expectations come from the CLI, not the API."""
    out = subprocess.run([readout, *args, "--db", db, "-f", "csv"], check=True, stdout=subprocess.PIPE, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def browser():
    o = Options()
    o.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
              "--disable-extensions", "--disable-background-networking", "--hide-scrollbars"):
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(DRIVER), options=o)


server = lib.Server(build, db, "--threads", "2")
driver = None
try:
    driver = browser()
    driver.set_page_load_timeout(60)

    def console_errors():
        return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]

    def open_page(path, ready, what, width=1280):
        """Loads path at width, waits for the CSS selector ready, checks the console and the
        width, saves a screenshot; True when it loaded."""
        driver.set_window_size(width, 900)
        driver.get_log("browser")  # forget what earlier pages logged
        driver.get(server.url + path)
        try:
            WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ready) or
                                            d.find_elements(By.CSS_SELECTOR, "p.error"))
        except TimeoutException:
            t.check(False, f"{what} at {width} px: {ready} never appeared")
            return False
        errors = driver.find_elements(By.CSS_SELECTOR, "p.error")
        t.check(not errors, f"{what} at {width} px shows no error" + (f" (shows: {errors[0].text})" if errors else ""))
        time.sleep(0.3)  # the header's counts arrive on their own
        logged = console_errors()
        t.check(not logged, f"{what} at {width} px: no console errors" + (f" ({logged[:2]})" if logged else ""))
        wide = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        t.check(wide <= 1, f"{what} at {width} px: nothing wider than the window (overflow {wide} px)")
        height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
        driver.set_window_size(width, max(height, 600))
        slug = what.replace(" ", "-")
        driver.save_screenshot(os.path.join(shots, f"{slug}-{width}.png"))
        driver.set_window_size(width, 900)
        return True

    pages = [
        ("/", "ol.results", "search home"),
        ("/?" + urlencode({"q": "embankments reservoirs", "level": "provincial"}), "#count", "search"),
        ("/document.html?id=s004", "#record", "document"),
        ("/document.html?id=flood-county", "#record", "document fixture"),
        ("/person.html?" + urlencode({"name": "Chen Miner"}), "#person-name", "person"),
        ("/events.html", "#event-list", "events"),
        ("/events.html?" + urlencode({"level": "county", "by": "week"}), "#event-list", "events county"),
        ("/formulations.html", "#series", "formulations"),
        ("/formulations.html?" + urlencode({"f": "new era", "split": "level"}), "#series", "formulations by level"),
        ("/cascade.html?" + urlencode({"subject": "20th National Congress"}), "#levels", "cascade"),
        ("/reuse.html", "#pairs", "reuse"),
        ("/reuse.html?doc=flood-county", ".passage", "reuse passages"),
    ]
    for path, ready, what in pages:
        for width in (1280, 390):
            open_page(path, ready, what, width)

    # a search finds the expected document, and the form shows what it asked
    if open_page("/?" + urlencode({"q": "embankments reservoirs"}), "#count", "search flood"):
        found = [e.get_attribute("data-document") for e in driver.find_elements(By.CSS_SELECTOR, "ol.results li")]
        t.check("flood-province" in found and "flood-county" in found, f"search 'embankments reservoirs' finds both flood readouts ({found[:5]})")
        t.check(driver.find_element(By.NAME, "q").get_attribute("value") == "embankments reservoirs", "the search box holds the query from the URL")
        marks = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, "ol.results mark")]
        t.check("embankments" in marks, "the snippet marks the word found")
    if open_page("/?" + urlencode({"q": "embankments", "level": "county"}), "#count", "search filtered"):
        found = [e.get_attribute("data-document") for e in driver.find_elements(By.CSS_SELECTOR, "ol.results li")]
        t.check(found == ["flood-county"], f"the level filter keeps the county readout only ({found})")

    # clicking a person in a document opens their profile
    if open_page("/document.html?id=s004", "#record", "document click"):
        people = driver.find_elements(By.CSS_SELECTOR, "#text span.f-person")
        t.check(len(people) > 0, f"the text marks people ({len(people)} marks)")
        name = None
        for p in people:
            facts = p.get_attribute("title")
            if "person: Chen Miner" in facts:
                name = "Chen Miner"
                p.click()
                break
        t.check(name is not None, "Chen Miner is marked in the text")
        if name:
            try:
                WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#person-name"))
                t.check(driver.find_element(By.CSS_SELECTOR, "#person-name").text == name, "the click opened Chen Miner's profile")
                t.check("/person.html" in driver.current_url, f"on the person page ({driver.current_url})")
                t.check(not console_errors(), "the profile loads with no console errors")
                # the career is by post, with its place, as the API's career rows give it
                career = driver.find_element(By.XPATH, "//h2[starts-with(., 'Career:')]/following-sibling::*[1]").text
                t.check("provincial party secretary, Chongqing" in career,
                        f"the career shows the post and its place ({career[:80]!r})")
            except TimeoutException:
                t.check(False, "the person page did not load after the click")

    # the formulation chart: one point per period with uses, as the CLI lists them
    label = "new era"
    want = [r for r in cli_rows("formulations", "--part", "periods", "--formulation", label)
            if r["formulation"].lower() == label]
    if open_page("/formulations.html?" + urlencode({"f": label}), "#series", "formulation chart"):
        pts = driver.find_elements(By.CSS_SELECTOR, "svg.chart .series circle.pt")
        t.check(len(want) > 3 and len(pts) == len(want), f"'{label}': {len(pts)} points drawn, {len(want)} periods listed by the CLI")
        rings = driver.find_elements(By.CSS_SELECTOR, "svg.chart circle.ring")
        t.check(len(rings) == 2, f"first and last use ringed ({len(rings)} rings)")
        periods = sorted(p.get_attribute("data-period") for p in pts)
        t.check(periods == sorted(r["period"] for r in want), "the points are the CLI's periods")

    # the cascade: one mark per dated event (the CLI lists a row per document reporting one),
    # each a link to its first document; day 0 and a median tick per level as the CLI gives them
    subject = "20th National Congress"
    rows = cli_rows("cascade", "--subject", subject, "--part", "events", "--limit", "0")
    first = {}
    for e in rows:
        first.setdefault(e["event"], e)
    events = [e for e in first.values() if e["date"]]
    if open_page("/cascade.html?" + urlencode({"subject": subject}), "#levels", "cascade marks"):
        marks = driver.find_elements(By.CSS_SELECTOR, "svg.chart circle.ev")
        t.check(len(events) > 5 and len(marks) == len(events), f"{len(marks)} marks for {len(events)} dated events")
        summary = cli_rows("cascade", "--subject", subject)
        heading = driver.find_element(By.CSS_SELECTOR, "#cascade h2").text
        day0 = summary[0]["day0"]
        t.check(bool(day0) and f"({day0}, " in heading, f"the heading names day 0's date ({heading}; day 0: {day0})")
        medians = driver.find_elements(By.CSS_SELECTOR, "svg.chart line.median")
        levels = [r for r in summary if r["row"] == "level"]
        t.check(len(levels) > 1 and len(medians) == len(levels), f"a median tick per level ({len(medians)} of {len(levels)})")
        hrefs = driver.execute_script("return [...document.querySelectorAll('svg.chart a.ev-link')].map(a => a.getAttribute('href'))")
        linked = sorted(parse_qs(urlsplit(h).query).get("id", [""])[0] for h in hrefs)
        t.check(linked == sorted(e["document"] for e in events), "each mark links to its event's first document")

    # a hostile readout: its markup is text, nothing of it runs, its javascript: address is no link
    if open_page("/document.html?id=hostile", "#record", "hostile document"):
        text = driver.find_element(By.ID, "text").text
        t.check("<script>window.__pwned=1</script>" in text, "the <script> of the text is shown as text")
        t.check('<img src=x onerror="window.__pwned=1">' in text, "the <img onerror> of the text is shown as text")
        t.check(driver.execute_script("return window.__pwned === undefined"), "nothing of the text ran")
        t.check(len(driver.find_elements(By.CSS_SELECTOR, "main img, main script, main iframe")) == 0, "no element made from the text")
        t.check(len(driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript' i]")) == 0, "the javascript: address is not a link")
        t.check("javascript:window.__pwned=1" in driver.find_element(By.CSS_SELECTOR, ".source").text, "the address is shown as text")
        t.check(driver.find_element(By.TAG_NAME, "h1").text.startswith("<img src=x"), "the title from the metadata is text")
    if open_page("/?" + urlencode({"q": "Shijiazhuang"}), "#count", "hostile search"):
        t.check(driver.execute_script("return window.__pwned === undefined"), "a hostile snippet runs nothing")
finally:
    if driver:
        driver.quit()
    status, err = server.stop()
    t.check(status == 0, f"readout serve stops on SIGINT with status 0 ({status}; {err.strip()[-300:]})")
    shutil.rmtree(work, ignore_errors=True)
print(f"{NAME}: screenshots in {shots}")
t.finish()
