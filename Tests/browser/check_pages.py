#!/usr/bin/env python3
"""Drives DataRaya's pages in headless Chromium through WebDriver, as people use them, and checks them with axe-core.

  check_pages.py BASE_URL GRADUATE_LOGIN GRADUATE_PASSWORD EMPLOYER_LOGIN EMPLOYER_PASSWORD [--sign-ins FILE]
                 [--screenshots DIR]

Prints one JSON object: every serious or critical axe-core violation (WCAG 2.0-2.2 A and AA) of every page in both
languages, signed in and out; pages that scroll sideways on a 390 px phone; and the outcome of the three journeys
(a graduate signs in, sees their jobs and accepts an invitation; an employer signs in, posts a vacancy, sees its
candidates and invites one; anyone opens a dashboard, filters it and downloads its CSV). With --sign-ins (the demo's
sign-ins file), the data-sharing pages too: someone registers and the data controller approves them; the demo
researcher files a request through the form, the committees pass it and the data controller records the agreement,
and the researcher takes a grant key and downloads the delivery. With --screenshots, every page is saved
as a PNG at 390 px and 1280 px in both languages.
"""
import json
import os
import shutil
import sys
import urllib.request

from selenium_axe_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

WIDTHS = (390, 1280)
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


class Check:
    def __init__(self, base, screenshots):
        self.base = base.rstrip("/")
        self.screenshots = screenshots
        self.report = {"violations": [], "overflow": [], "pages": [], "journeys": {}, "errors": []}
        self.driver = browser()

    def open(self, path):
        self.driver.get(self.base + path)

    def look(self, path, name):
        """Checks one page in both languages: axe-core at desktop width, sideways scrolling at phone width."""
        for lang in ("ms", "en"):
            separator = "&" if "?" in path else "?"
            for width in WIDTHS:
                self.driver.set_window_size(width, 900)
                self.open(f"{path}{separator}lang={lang}")
                if width == 390:
                    wide = self.driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
                    if wide:
                        self.report["overflow"].append({"page": name, "lang": lang})
                else:
                    self.axe(name, lang)
                if self.screenshots:
                    height = self.driver.execute_script("return Math.min(document.documentElement.scrollHeight, 4000)")
                    self.driver.set_window_size(width, height)
                    self.driver.save_screenshot(os.path.join(self.screenshots, f"{name}-{lang}-{width}.png"))
        self.report["pages"].append(name)
        self.driver.set_window_size(1280, 900)

    def axe(self, name, lang):
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run(options={"runOnly": {"type": "tag", "values": TAGS}})
        for violation in results["violations"]:
            if violation.get("impact") in ("serious", "critical"):
                self.report["violations"].append({
                    "page": name, "lang": lang, "id": violation["id"], "impact": violation["impact"],
                    "nodes": [node["target"] for node in violation["nodes"]][:5],
                })

    def submit(self, element):
        """Submits ELEMENT's form (or clicks the button) and waits, at most 20 seconds, until the next page has replaced
        this one, so that what follows reads the answer rather than the form."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        if element.tag_name == "button" and element.get_attribute("name"):
            element.click()
        else:
            element.submit()
        WebDriverWait(self.driver, 20).until(expected_conditions.staleness_of(page))

    def sign_in(self, login, password):
        self.driver.delete_all_cookies()
        self.open("/login")
        self.driver.find_element(By.ID, "login").send_keys(login)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))

    def sign_out(self):
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "header form button"))

    def ids(self, attribute):
        return [element.get_attribute(attribute) for element in self.driver.find_elements(By.CSS_SELECTOR, f"[{attribute}]")]

    def everyone(self):
        for path, name in (
            ("/", "home"), ("/login", "login"), ("/dashboards", "dashboards"), ("/dashboards/graduates", "dashboard"),
            ("/catalogue", "catalogue"), ("/catalogue/students", "catalogue-entry"),
            ("/diagnostics/compare?group_by=state&measure=employability", "diagnostic"),
        ):
            self.look(path, name)
        # A dashboard: filtered through its form, and its CSV downloaded.
        self.open("/dashboards/graduates?lang=en")
        year = Select(self.driver.find_element(By.ID, "year"))
        chosen = year.options[1].get_attribute("value")
        year.select_by_value(chosen)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.filters button"))
        filtered = f"year={chosen}" in self.driver.current_url
        link = self.driver.find_element(By.LINK_TEXT, "Download CSV").get_attribute("href")
        with urllib.request.urlopen(link) as response:
            csv_ok = response.status == 200 and response.headers["Content-Type"].startswith("text/csv")
        self.report["journeys"]["dashboard_filtered"] = filtered
        self.report["journeys"]["dashboard_csv"] = csv_ok

    def graduate(self, login, password):
        self.sign_in(login, password)
        self.report["journeys"]["graduate_signed_in"] = self.driver.current_url.endswith("/graduate")
        for path, name in (("/graduate", "graduate"), ("/graduate/jobs", "jobs"), ("/graduate/invitations", "invitations")):
            self.look(path, name)
        self.open("/graduate/jobs")
        self.report["journeys"]["graduate_jobs"] = self.ids("data-vacancy-id")
        self.open("/graduate/invitations")
        pending = self.driver.find_elements(By.CSS_SELECTOR, "form[action$='/accept'] button")
        accepted = False
        if pending:
            self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/accept'] button"))
            accepted = "Diterima" in self.driver.page_source or "Accepted" in self.driver.page_source
        self.report["journeys"]["graduate_accepted"] = accepted
        self.sign_out()

    def employer(self, login, password):
        self.sign_in(login, password)
        self.look("/employer", "employer")
        self.open("/employer?lang=en")
        fields = {
            "title": "Juruteknik Penyelenggaraan (ujian pelayar)", "masco_code": "7233", "salary_min": "1800",
            "salary_max": "2600", "openings": "2",
        }
        for name, value in fields.items():
            self.driver.find_element(By.ID, name).send_keys(value)
        skills = self.driver.find_element(By.ID, "essential_skills")
        skills.send_keys(os.environ.get("DATARAYA_SKILL", ""))
        closes = self.driver.find_element(By.ID, "closes_on")
        self.driver.execute_script("arguments[0].value = '2099-12-31'", closes)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action='/employer/vacancies'] button"))
        posted = "saved=1" in self.driver.current_url
        self.report["journeys"]["employer_posted"] = posted
        vacancy = self.ids("data-vacancy-id")[0] if posted else None
        invited = False
        if vacancy:
            self.look(f"/employer/vacancies/{vacancy}/candidates", "candidates")
            self.open(f"/employer/vacancies/{vacancy}/candidates?lang=en")
            self.report["journeys"]["employer_candidates"] = self.ids("data-candidate-id")
            if self.driver.find_elements(By.CSS_SELECTOR, "form[action$='/invitations'] button"):
                self.driver.find_element(By.CSS_SELECTOR, "form[action$='/invitations'] textarea").send_keys("Temu duga?")
                self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/invitations'] button"))
                invited = "sent=1" in self.driver.current_url
        self.report["journeys"]["employer_vacancy"] = vacancy
        self.report["journeys"]["employer_invited"] = invited
        self.sign_out()


    def sharing(self, sign_ins):
        """The data-sharing pages: registering, the data controller's queue, the request form and a request's page."""
        self.driver.delete_all_cookies()
        self.look("/register", "register")
        login = "pelayar-" + os.urandom(4).hex()
        self.open("/register?lang=en")
        Select(self.driver.find_element(By.ID, "category")).select_by_value("RESEARCHER")
        for name, value in (("organisation", "Universiti Contoh"), ("name", "Pelayar Ujian"), ("email", "pelayar@contoh.edu.my"),
                            ("login", login), ("password", "kata-laluan-pelayar")):
            self.driver.find_element(By.ID, name).send_keys(value)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
        self.report["journeys"]["registered"] = "registered=PENDING" in self.driver.current_url

        self.sign_in("pengawal-demo", sign_ins["pengawal-demo"])
        self.look("/registrations", "registrations")
        self.open("/registrations?lang=en")
        waiting = [item for item in self.driver.find_elements(By.CSS_SELECTOR, "[data-registration-id]") if "Pelayar Ujian" in item.text]
        if waiting:
            self.submit(waiting[0].find_element(By.CSS_SELECTOR, "button[value=approve]"))
        self.report["journeys"]["registration_approved"] = "decided=1" in self.driver.current_url
        self.sign_out()

        self.sign_in("penyelidik-demo", sign_ins["penyelidik-demo"])
        self.look("/requests/new", "request-new")
        self.open("/requests/new?lang=en")
        self.driver.find_element(By.ID, "organisation").send_keys("Universiti Contoh")
        self.driver.find_element(By.ID, "purpose").send_keys("Kajian gaji graduan (ujian pelayar)")
        for name, value in (("period_from", "2026-01-01"), ("period_to", "2099-12-31")):
            self.driver.execute_script("arguments[0].value = arguments[1]", self.driver.find_element(By.ID, name), value)
        self.driver.find_element(By.CSS_SELECTOR, "input[name=dataset][value=graduates]").click()
        for column in ("graduation_year", "monthly_salary"):
            box = self.driver.find_element(By.CSS_SELECTOR, f"input[name='columns.graduates'][value={column}]")
            self.driver.execute_script("arguments[0].checked = true", box)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action='/requests'] button[type=submit]"))
        path = self.driver.current_url.split(self.base, 1)[-1].split("?")[0]
        filed = path.startswith("/requests/") and path.rsplit("/", 1)[-1].isdigit()
        self.report["journeys"]["request_filed"] = filed
        if filed:
            self.look(path, "request")
        self.look("/requests", "requests")
        self.sign_out()

        recommended = False
        if filed:
            self.sign_in("kktd-demo", sign_ins["kktd-demo"])
            self.look(path, "request-committee")
            self.open(path + "?lang=en")
            self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[data-step=recommend] button[type=submit]"))
            recommended = "done=1" in self.driver.current_url and "Recommended" in self.driver.page_source
            self.sign_out()
        self.report["journeys"]["request_recommended"] = recommended
        if recommended:
            self.committees(path, sign_ins)

    def step(self, path, login, password, action, fields=(), look=None):
        """Signs in as LOGIN and takes ACTION on the request's page through its form; whether it was recorded."""
        self.sign_in(login, password)
        if look:
            self.look(path, look)
        self.open(path + "?lang=en")
        form = self.driver.find_element(By.CSS_SELECTOR, f"form[data-step={action}]")
        for name, value in fields:
            element = form.find_element(By.ID, f"{name}-{action}")
            if element.tag_name == "select":
                Select(element).select_by_value(value)
            else:
                element.send_keys(value)
        self.submit(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        done = "done=1" in self.driver.current_url
        self.sign_out()
        return done

    def committees(self, path, sign_ins):
        """The rest of the way: JTDTVET verifies, JPDTVET approves, the data controller records the agreement, and the
        researcher takes a grant key and downloads the delivery."""
        passed = self.step(path, "jtdtvet-demo", sign_ins["jtdtvet-demo"], "verify")
        passed = passed and self.step(path, "jpdtvet-demo", sign_ins["jpdtvet-demo"], "approve", [("conditions", "Agregat sahaja")])
        passed = passed and self.step(path, "pengawal-demo", sign_ins["pengawal-demo"], "record_agreement", [
            ("kind", "MOU"), ("reference", "MOU/2026/7"), ("document_sha256", "ab" * 32)], look="request-controller")
        self.report["journeys"]["request_active"] = passed
        if not passed:
            return
        self.sign_in("penyelidik-demo", sign_ins["penyelidik-demo"])
        self.look(path, "request-active")
        self.open(path + "?lang=en")
        link = self.driver.find_element(By.CSS_SELECTOR, "a[href$='delivery.zip']").get_attribute("href")
        cookies = "; ".join(f"{cookie['name']}={cookie['value']}" for cookie in self.driver.get_cookies())
        with urllib.request.urlopen(urllib.request.Request(link, headers={"Cookie": cookies})) as response:
            self.report["journeys"]["request_delivery"] = response.status == 200 and response.headers["Content-Type"] == "application/zip"
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action$='/grant/keys'] button"))
        self.report["journeys"]["request_key"] = self.driver.find_element(By.CSS_SELECTOR, "[data-grant-key]").text.startswith("drk_")
        self.sign_out()


def main():
    base, graduate_login, graduate_password, employer_login, employer_password = sys.argv[1:6]
    screenshots = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
    sign_ins = None
    if "--sign-ins" in sys.argv:
        with open(sys.argv[sys.argv.index("--sign-ins") + 1]) as lines:
            sign_ins = dict(line.split() for line in lines if len(line.split()) == 2)
    if screenshots:
        os.makedirs(screenshots, exist_ok=True)
    check = Check(base, screenshots)
    try:
        check.everyone()
        check.employer(employer_login, employer_password)
        check.graduate(graduate_login, graduate_password)
        if sign_ins:
            check.sharing(sign_ins)
    except Exception as error:  # reported, not raised: the caller reads the whole report
        check.report["errors"].append(f"{type(error).__name__}: {error}")
    finally:
        check.driver.quit()
    print(json.dumps(check.report))


if __name__ == "__main__":
    main()
