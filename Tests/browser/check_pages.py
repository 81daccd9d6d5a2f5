#!/usr/bin/env python3
"""Drives DataRaya's pages in headless Chromium through WebDriver, as people use them, and checks them with axe-core.

  check_pages.py BASE_URL GRADUATE_LOGIN GRADUATE_PASSWORD EMPLOYER_LOGIN EMPLOYER_PASSWORD [--screenshots DIR]

Prints one JSON object: every serious or critical axe-core violation (WCAG 2.0-2.2 A and AA) of every page in both
languages, signed in and out; pages that scroll sideways on a 390 px phone; and the outcome of the three journeys
(a graduate signs in, sees their jobs and accepts an invitation; an employer signs in, posts a vacancy, sees its
candidates and invites one; anyone opens a dashboard, filters it and downloads its CSV). With --screenshots, every
page is saved as a PNG at 390 px and 1280 px in both languages.
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
from selenium.webdriver.support.ui import Select

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

    def sign_in(self, login, password):
        self.driver.delete_all_cookies()
        self.open("/login")
        self.driver.find_element(By.ID, "login").send_keys(login)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").submit()

    def sign_out(self):
        self.driver.find_element(By.CSS_SELECTOR, "header form button").submit()

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
        self.driver.find_element(By.CSS_SELECTOR, "form.filters button").submit()
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
            self.driver.find_element(By.CSS_SELECTOR, "form[action$='/accept'] button").submit()
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
        self.driver.find_element(By.CSS_SELECTOR, "form[action='/employer/vacancies'] button").submit()
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
                self.driver.find_element(By.CSS_SELECTOR, "form[action$='/invitations'] button").submit()
                invited = "sent=1" in self.driver.current_url
        self.report["journeys"]["employer_vacancy"] = vacancy
        self.report["journeys"]["employer_invited"] = invited
        self.sign_out()


def main():
    base, graduate_login, graduate_password, employer_login, employer_password = sys.argv[1:6]
    screenshots = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
    if screenshots:
        os.makedirs(screenshots, exist_ok=True)
    check = Check(base, screenshots)
    try:
        check.everyone()
        check.employer(employer_login, employer_password)
        check.graduate(graduate_login, graduate_password)
    except Exception as error:  # reported, not raised: the caller reads the whole report
        check.report["errors"].append(f"{type(error).__name__}: {error}")
    finally:
        check.driver.quit()
    print(json.dumps(check.report))


if __name__ == "__main__":
    main()
