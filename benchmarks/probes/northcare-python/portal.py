"""Patient-facing portal (Flask)."""
import os
import random
import string
import zipfile

from flask import Flask, abort, jsonify, redirect, render_template_string, request, send_file, session
from markupsafe import escape

from clinic_utils import AppointmentRepository, build_referral_letter, get_conn, resolve_attachment

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SESSION_KEY"]

INTAKE_DIR = "/srv/clinic/intake"
LANDING_PAGES = {"calendar": "/calendar", "messages": "/inbox", "billing": "/account/payments"}

REMINDER_TEMPLATE = """
<h3>Appointment reminder</h3>
<p>Hello {{ patient }}, your visit with {{ clinician }} is on {{ when }}.</p>
"""


def _repo():
    return AppointmentRepository(get_conn())


@app.get("/api/appointments")
def search_appointments():
    clinician = request.args.get("clinician", "")
    status = request.args.get("status")
    return jsonify(_repo().search_by_clinician(clinician, status))


@app.get("/api/appointments/day/<day>")
def day_sheet(day):
    return jsonify(_repo().list_for_day(day, request.args.get("sort", "start")))


@app.post("/login/complete")
def login_complete():
    session["uid"] = request.form["uid"]
    target = request.form.get("continue") or "/calendar"
    return redirect(target)  # VULN open-redirect


@app.get("/go/<page>")
def go_landing(page):
    return redirect(LANDING_PAGES.get(page, "/calendar"))  # SAFE open-redirect


@app.get("/reminder/preview")
def reminder_preview():
    patient = request.args.get("patient", "")
    clinician = request.args.get("clinician", "")
    body = "<h3>Reminder</h3><p>Hello %s, you are booked with Dr. %s.</p>" % (patient, clinician)
    return body, 200, {"Content-Type": "text/html; charset=utf-8"}  # VULN xss


@app.get("/reminder/plain")
def reminder_plain():
    patient = escape(request.args.get("patient", ""))
    return f"<p>Thanks {patient}, we have received your request.</p>"  # SAFE xss


@app.post("/reminder/custom")
def reminder_custom():
    signature = request.form.get("signature", "")
    tpl = REMINDER_TEMPLATE + "<footer>" + signature + "</footer>"
    return render_template_string(tpl, patient=session.get("uid"), clinician="", when="")  # VULN ssti


@app.post("/reminder/render")
def reminder_render():
    data = request.get_json(force=True)
    return render_template_string(REMINDER_TEMPLATE, patient=data.get("patient"), clinician=data.get("clinician"), when=data.get("when"))  # SAFE ssti


@app.post("/intake/bundle")
def intake_bundle():
    upload = request.files["bundle"]
    dest = os.path.join(INTAKE_DIR, session.get("uid", "anon"))
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(upload.stream) as bundle:
        for member in bundle.infolist():
            if member.is_dir():
                continue
            out_path = os.path.join(dest, member.filename)
            with open(out_path, "wb") as fh:  # VULN path-traversal
                fh.write(bundle.read(member))
    return jsonify(status="received")


@app.get("/attachments/<path:name>")
def get_attachment(name):
    try:
        path = resolve_attachment(name)
    except PermissionError:
        abort(404)
    return send_file(path)  # SAFE path-traversal


@app.post("/referrals/<letter_id>/print")
def print_referral(letter_id):
    queue = request.headers.get("X-Printer-Queue", "frontdesk")
    build_referral_letter(letter_id, queue)
    return jsonify(queued=True)


@app.post("/account/temporary-pin")
def temporary_pin():
    alphabet = string.ascii_uppercase + string.digits
    pin = "".join(random.choices(alphabet, k=8))  # VULN weak-random
    _repo().conn.execute("UPDATE patients SET temp_pin = ? WHERE id = ?", (pin, session["uid"]))
    return jsonify(sent=True)
