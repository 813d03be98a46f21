# mypy: ignore-errors
import ldap
from ldap.filter import escape_filter_chars
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
conn = ldap.initialize("ldap://directory")
tree = etree.parse("users.xml")


@app.route("/lookup")
def lookup():
    user = request.args.get("user")
    # ruleid: trace.python.ldap-injection.tainted-filter
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")
    # ok: trace.python.ldap-injection.tainted-filter
    res2 = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(user))
    # ok: trace.python.ldap-injection.tainted-filter
    res3 = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(objectClass=person)")
    import re

    import ldap3

    conn3 = ldap3.Connection(ldap3.Server("ldap://directory"))
    # ruleid: trace.python.ldap-injection.tainted-filter
    conn3.search("ou=users", f"(&(objectclass=person)(uid={user}))", attributes=ldap3.ALL_ATTRIBUTES)
    # ok: trace.python.ldap-injection.tainted-filter
    found = re.search(user, "some text")
    return str((res, res2, res3, found))


@app.route("/xml")
def xml_lookup():
    name = request.args.get("name")
    # ruleid: trace.python.xpath-injection.tainted-xpath
    nodes = tree.xpath("//user[@name='" + name + "']/email/text()")
    # ok: trace.python.xpath-injection.tainted-xpath
    nodes2 = tree.xpath("//user[@name=$name]/email/text()", name=name)
    # ok: trace.python.xpath-injection.tainted-xpath
    ident = name.find("@")
    import io

    import elementpath

    query = io.StringIO()
    query.write("//user[@name='")
    query.write(name)
    query.write("']")
    # ruleid: trace.python.xpath-injection.tainted-xpath
    found = elementpath.select(tree, query.getvalue())
    # ok: trace.python.xpath-injection.tainted-xpath
    fixed = elementpath.select(tree, "//user[@role='admin']")
    return str((nodes, nodes2, ident, found, fixed))


@app.route("/events")
def events_for():
    tracking_no = request.args.get("tracking_no")
    # a MongoDB collection's find takes a filter document, not an XPath expression
    # ok: trace.python.xpath-injection.tainted-xpath
    return list(db.events.find({"tracking_no": tracking_no}))
