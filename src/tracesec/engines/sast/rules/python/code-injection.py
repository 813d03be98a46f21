# mypy: ignore-errors
import ast
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    expr = request.form.get("expr")
    # ruleid: trace.python.code-injection.tainted-eval
    result = eval(expr)
    # ruleid: trace.python.code-injection.tainted-eval
    exec("value = " + request.get_json()["code"])
    # ok: trace.python.code-injection.tainted-eval
    data = ast.literal_eval(expr)
    # ok: trace.python.code-injection.tainted-eval
    parsed = json.loads(request.get_data())
    # ok: trace.python.code-injection.tainted-eval
    eval("1 + 2")
    # ok: trace.python.code-injection.tainted-eval
    total = eval("%d + %d" % (int(request.args["a"]), int(request.args["b"])))
    return str((result, data, parsed, total))


def load_plugin(source_text):
    # ok: trace.python.code-injection.tainted-eval
    exec(compile(source_text, "plugin", "exec"))


@app.route("/image-math", methods=["POST"])
def image_math():
    from PIL import Image, ImageMath
    img = Image.open(request.files["img"]).convert("L")
    formula = request.form["formula"]
    # ruleid: trace.python.code-injection.tainted-eval
    out = ImageMath.eval(formula, a=img)
    # ruleid: trace.python.code-injection.tainted-eval
    out2 = ImageMath.unsafe_eval(request.form["f2"], a=img)
    # ok: trace.python.code-injection.tainted-eval
    out3 = ImageMath.lambda_eval(lambda args: args["a"] * 2, a=img)
    # ok: trace.python.code-injection.tainted-eval
    out4 = ImageMath.eval("convert(a, 'L')", a=img)
    return str((out, out2, out3, out4))


@app.route("/reports/overdue")
def overdue_reports():
    days = request.args.get("days", "14")
    clause = f"this.days_open > {days} && this.outcome == 'pending'"
    # ruleid: trace.python.nosql-injection.tainted-where
    found = db.reports.find({"$where": clause})
    # ok: trace.python.nosql-injection.tainted-where
    typed = db.reports.find({"$where": "this.days_open > %d" % int(days)})
    # ok: trace.python.nosql-injection.tainted-where
    fixed = db.reports.find({"$where": "this.days_open > this.sla_days"})
    # ok: trace.python.nosql-injection.tainted-where
    operators = db.reports.find({"days_open": {"$gt": days}})
    return str((found, typed, fixed, operators))


@app.route("/reports/search", methods=["POST"])
def search_reports():
    body = request.get_json()
    # ruleid: trace.python.nosql-injection.tainted-where
    query = {"archived": False, "$where": body["script"]}
    return str(list(db.reports.find(query)))


@app.route("/curve", methods=["POST"])
def power_curve():
    body = request.get_json()
    points = []
    for v in body["speeds"]:
        # ruleid: trace.python.code-injection.tainted-eval
        points.append(float(eval(body["expression"], {"__builtins__": {}}, {"v": v})))
    # ok: trace.python.code-injection.tainted-eval
    scale = float(eval("1.5", {"__builtins__": {}}, {}))
    # ok: trace.python.code-injection.tainted-eval
    offset = eval(str(float(body["offset"])))
    return {"points": points, "scale": scale, "offset": offset}
