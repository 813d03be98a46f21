# mypy: ignore-errors
import os
import shlex
import subprocess
import sys

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host")
    cmd = "ping -c 1 " + host
    # ruleid: trace.python.command-injection.tainted-shell-command
    subprocess.run(cmd, shell=True)
    # ruleid: trace.python.command-injection.tainted-shell-command
    os.system(f"nslookup {host}")
    # ruleid: trace.python.command-injection.tainted-shell-command
    out = os.popen("whois " + request.form["domain"]).read()
    # ruleid: trace.python.command-injection.tainted-shell-command
    subprocess.check_output(["sh", "-c", "dig " + host])
    # ok: trace.python.command-injection.tainted-shell-command
    subprocess.run(["ping", "-c", "1", host])
    # ok: trace.python.command-injection.tainted-shell-command
    subprocess.run(["ping", "-c", "1", host], shell=False)
    # ok: trace.python.command-injection.tainted-shell-command
    subprocess.run("ping -c 1 " + shlex.quote(host), shell=True)
    # ok: trace.python.command-injection.tainted-shell-command
    subprocess.run("uptime", shell=True)
    return out


def main():
    target = sys.argv[1]
    # ruleid: trace.python.command-injection.tainted-shell-command
    os.system("ping " + target)
    name = input("file? ")
    # ruleid: trace.python.command-injection.tainted-shell-command
    subprocess.call("cat %s" % name, shell=True)
    # ok: trace.python.command-injection.tainted-shell-command
    subprocess.call(["cat", name])
    args = []
    if os.name == "nt":
        args.append("cmd.exe")
        args.append("/c")
    else:
        args.append("sh")
        args.append("-c")
    args.append("grep " + target + " /var/log/app.log")
    # ruleid: trace.python.command-injection.tainted-shell-command
    subprocess.run(args, capture_output=True)
    argv = ["grep", "--", target, "/var/log/app.log"]
    # ok: trace.python.command-injection.tainted-shell-command
    subprocess.run(argv, capture_output=True)


def rotate_logs(log_dir):
    # ok: trace.python.command-injection.tainted-shell-command
    os.system("logrotate " + log_dir)


TOOLS = {"uptime", "df"}


@app.route("/tool")
def run_tool():
    tool = request.args.get("tool", "")
    if tool in TOOLS:
        # ok: trace.python.command-injection.tainted-shell-command
        os.system(tool)
    else:
        return "unknown tool", 400
    if tool in TOOLS:
        # todook: trace.python.command-injection.tainted-shell-command
        os.system(tool)
    else:
        # ruleid: trace.python.command-injection.tainted-shell-command
        os.system("echo " + tool)
    if tool in TOOLS:
        pass
    elif request.args.get("force"):
        # ruleid: trace.python.command-injection.tainted-shell-command
        os.system("echo " + tool)
    if tool in TOOLS or request.args.get("force"):
        # ruleid: trace.python.command-injection.tainted-shell-command
        os.system(tool)
    return "ok"


async def aio_ping(request):
    # aiohttp: the body, the query and the URL's path parameters
    form = await request.post()
    # ruleid: trace.python.command-injection.tainted-shell-command
    os.system("ping -c 1 " + form["host"])
    # ruleid: trace.python.command-injection.tainted-shell-command
    os.system("dig " + request.query["name"])
    # ruleid: trace.python.command-injection.tainted-shell-command
    os.system("ls /srv/" + request.match_info["folder"])
    # ok: trace.python.command-injection.tainted-shell-command
    os.system("uptime")


def print_label(request):
    form = LabelForm(request.POST)
    # a valid form is only as strict as its fields: a free-text printer name passes
    if not form.is_valid():
        return {"errors": form.errors}
    printer = form.cleaned_data["printer"]
    # ruleid: trace.python.command-injection.tainted-shell-command
    subprocess.run(f"lpr -P {printer} /tmp/label.png", shell=True)
    if not printer.isalnum():
        return {"errors": "printer"}
    # ok: trace.python.command-injection.tainted-shell-command
    subprocess.run(f"lpr -P {printer} /tmp/label.png", shell=True)
    return {}
