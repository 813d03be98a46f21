import os
import pickle
import subprocess
import xml.etree.ElementTree as ET

import jinja2
import requests
import yaml
from flask import Flask, render_template_string, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save(os.path.join(UPLOADS, f.filename))  # VULN
    return "ok"


@app.route("/upload2", methods=["POST"])
def upload2():
    f = request.files["file"]
    f.save(os.path.join(UPLOADS, secure_filename(f.filename)))  # SAFE
    return "ok"


@app.route("/dl")
def dl():
    return send_file(os.path.join(UPLOADS, request.args["name"]))  # VULN


@app.route("/dl2")
def dl2():
    return send_from_directory(UPLOADS, request.args["name"])  # SAFE


@app.route("/dl3")
def dl3():
    full = os.path.realpath(os.path.join(UPLOADS, request.args["name"]))
    if not full.startswith(UPLOADS + os.sep):
        return "bad", 400
    return send_file(full)  # SAFE


@app.route("/run")
def run():
    return subprocess.check_output(["ping", "-c", "1", request.args["host"]])  # SAFE-ish (no shell)


@app.route("/run2")
def run2():
    return subprocess.check_output("ping -c 1 " + request.args["host"], shell=True)  # VULN


@app.route("/tpl")
def tpl():
    return render_template_string("Hello " + request.args["name"])  # VULN ssti


@app.route("/tpl2")
def tpl2():
    return jinja2.Template(request.args["t"]).render()  # VULN ssti


@app.route("/cfg", methods=["POST"])
def cfg():
    return {"cfg": yaml.load(request.data, Loader=yaml.Loader)}  # VULN deser


@app.route("/cfg2", methods=["POST"])
def cfg2():
    return {"cfg": yaml.safe_load(request.data)}  # SAFE


@app.route("/obj", methods=["POST"])
def obj():
    return {"o": str(pickle.loads(request.data))}  # VULN


@app.route("/xml", methods=["POST"])
def xml():
    return {"tag": ET.fromstring(request.data).tag}  # SAFE (ET is not vulnerable to XXE)


@app.route("/proxy")
def proxy():
    return {"s": requests.get("https://api.example.com/items/" + request.args["id"]).status_code}  # SAFE (fixed host)


@app.route("/eval")
def ev():
    return {"r": eval(request.args["expr"])}  # VULN
