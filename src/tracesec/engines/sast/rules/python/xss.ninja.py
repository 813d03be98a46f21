# Django Ninja serialises what an operation returns (a schema, a dict, a string) as JSON
from ninja import NinjaAPI, Router, Schema

router = Router()
api = NinjaAPI()


class MemberOut(Schema):
    name: str


@router.get("/members/{name}", response=MemberOut)
def member(request, name: str):
    # ok: trace.python.xss.tainted-html-response
    return {"name": name}


@api.get("/echo")
def echo(request, q: str):
    # ok: trace.python.xss.tainted-html-response
    return q


@router.post("/notes")
def note(request, text: str):
    from django.http import HttpResponse

    # an HttpResponse of its own is HTML, whatever the router
    # ruleid: trace.python.xss.tainted-html-response
    return HttpResponse("<p>" + text + "</p>")
