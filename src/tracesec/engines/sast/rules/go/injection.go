package main

import (
	"bytes"
	"database/sql"
	"encoding/base64"
	"encoding/gob"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"html/template"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/go-ldap/ldap/v3"
	"github.com/gorilla/securecookie"
	"github.com/julienschmidt/httprouter"
	"github.com/labstack/echo/v4"
	"github.com/lestrrat-go/libxml2"
	"github.com/lestrrat-go/libxml2/parser"
	gokogirixml "github.com/moovweb/gokogiri/xml"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"gopkg.in/yaml.v3"
)

// gokogiri defines no name for libxml2's entity-substitution bit; callers spell it themselves
const XML_PARSE_NOENT = 1 << 1

var cookies = securecookie.New(hashKey, blockKey)

var db *sql.DB

var allowedNext = map[string]bool{"/home": true}

func userHandler(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	// ruleid: trace.go.sql-injection.tainted-query
	rows, _ := db.Query("SELECT * FROM users WHERE id = " + id)
	defer rows.Close()
	// ruleid: trace.go.sql-injection.tainted-query
	db.Exec(fmt.Sprintf("DELETE FROM sessions WHERE user = '%s'", r.FormValue("user")))
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM users WHERE id = $1", id)
	n, _ := strconv.Atoi(id)
	// ok: trace.go.sql-injection.tainted-query
	db.Query(fmt.Sprintf("SELECT * FROM users LIMIT %d", n))

	cmd := r.FormValue("cmd")
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", cmd).Run()
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command(r.URL.Query().Get("tool")).Run()
	// ok: trace.go.command-injection.tainted-command
	exec.Command("ping", "-c", "1", "localhost").Run()

	name := r.URL.Query().Get("file")
	// ruleid: trace.go.path-traversal.tainted-file-path
	data, _ := os.ReadFile(filepath.Join("/srv/files", name))
	// ok: trace.go.path-traversal.tainted-file-path
	data2, _ := os.ReadFile(filepath.Join("/srv/files", filepath.Base(name)))

	// ruleid: trace.go.ssrf.tainted-url
	resp, _ := http.Get(r.URL.Query().Get("url"))
	// ok: trace.go.ssrf.tainted-url
	resp2, _ := http.Get("https://api.example.com/items/" + id)
	// ok: trace.go.ssrf.tainted-url
	resp3, _ := http.Get(fmt.Sprintf("https://api.example.com/users/%s", id))
	defer resp.Body.Close()
	defer resp2.Body.Close()
	defer resp3.Body.Close()

	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<h1>Hello %s</h1>", r.FormValue("name"))
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(r.FormValue("name")))
	// ok: trace.go.xss.tainted-response
	w.Write(data)
	w.Write(data2)

	next := r.URL.Query().Get("next")
	if allowedNext[next] {
		// ok: trace.go.open-redirect.tainted-redirect
		http.Redirect(w, r, next, http.StatusFound)
	}
	// ruleid: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, r.FormValue("return_to"), http.StatusFound)

	// ruleid: trace.go.template-injection.tainted-template
	t, _ := template.New("page").Parse("<p>" + r.FormValue("tpl") + "</p>")
	// ok: trace.go.template-injection.tainted-template
	t2, _ := template.New("page").Parse("<p>{{.}}</p>")
	t.Execute(w, nil)
	t2.Execute(w, r.FormValue("tpl"))
}

func ginHandler(c *gin.Context) {
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM orders WHERE id = '" + c.Query("id") + "'")
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM orders WHERE id = ?", c.Query("id"))
}

func uploadDocument(c *gin.Context) {
	fh, err := c.FormFile("file")
	if err != nil {
		return
	}
	dir := filepath.Join("/srv/documents", c.PostForm("folder"))
	// ruleid: trace.go.path-traversal.tainted-file-path
	_ = c.SaveUploadedFile(fh, filepath.Join(dir, fh.Filename))
	// ok: trace.go.path-traversal.tainted-file-path
	_ = c.SaveUploadedFile(fh, filepath.Join("/srv/documents", filepath.Base(fh.Filename)))
}

func preparedHandler(w http.ResponseWriter, r *http.Request) {
	stmt, err := db.Prepare("SELECT id FROM users WHERE name = ? AND team = ?")
	if err != nil {
		return
	}
	// ok: trace.go.sql-injection.tainted-query
	stmt.QueryRow(r.FormValue("name"), r.FormValue("team"))
	var other *sql.Stmt
	other, err = db.PrepareContext(r.Context(), "DELETE FROM users WHERE name = ?")
	// ok: trace.go.sql-injection.tainted-query
	other.Exec(r.FormValue("name"))
	conn, err := sql.Open("postgres", "")
	// ruleid: trace.go.sql-injection.tainted-query
	conn.QueryRow("SELECT id FROM users WHERE name = '" + r.FormValue("name") + "'")
}

func internal(query string) {
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM t WHERE " + query)
}

var safeID = regexp.MustCompile(`^[0-9a-f]{8}$`)

func guardedHandler(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if !safeID.MatchString(id) {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM users WHERE id = '" + id + "'")

	code := r.URL.Query().Get("code")
	if !safeID.MatchString(code) {
		log.Printf("odd code %q", code)
	}
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM codes WHERE code = '" + code + "'")

	next := r.URL.Query().Get("next")
	if _, ok := allowedNext[next]; !ok {
		http.Error(w, "bad next", http.StatusBadRequest)
		return
	}
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, next, http.StatusFound)

	p := filepath.Join("/srv/files", r.URL.Query().Get("file"))
	if !strings.HasPrefix(p, "/srv/files/") {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	// ok: trace.go.path-traversal.tainted-file-path
	data, _ := os.ReadFile(p)

	raw := "/srv/files/" + r.URL.Query().Get("raw")
	// "../" survives a prefix check on a path that was never cleaned
	if !strings.HasPrefix(raw, "/srv/files/") {
		return
	}
	// ruleid: trace.go.path-traversal.tainted-file-path
	data2, _ := os.ReadFile(raw)
	w.Write(append(data, data2...))
}

var accounts *mongo.Collection

func accountSearchHandler(w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	// ruleid: trace.go.nosql-injection.tainted-where
	accounts.Find(r.Context(), bson.M{"active": true, "$where": "this.owner == '" + owner + "'"})
	// ruleid: trace.go.nosql-injection.tainted-where
	accounts.Find(r.Context(), bson.D{{"$where", "this.owner == '" + owner + "'"}})
	// ruleid: trace.go.nosql-injection.tainted-where
	accounts.Find(r.Context(), bson.D{{Key: "$where", Value: fmt.Sprintf("this.owner == '%s'", owner)}})
	// ok: trace.go.nosql-injection.tainted-where
	accounts.Find(r.Context(), bson.M{"owner": owner})
	// ok: trace.go.nosql-injection.tainted-where
	accounts.Find(r.Context(), bson.M{"$where": "this.balance > this.limit"})
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil {
		return
	}
	// ok: trace.go.nosql-injection.tainted-where
	accounts.Find(r.Context(), bson.M{"$where": fmt.Sprintf("this.balance > %d", limit)})
}

func directoryHandler(w http.ResponseWriter, r *http.Request) {
	uid := r.URL.Query().Get("uid")
	// ruleid: trace.go.ldap-injection.tainted-filter
	req := ldap.NewSearchRequest("ou=people,dc=acme", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+uid+")", []string{"cn"}, nil)
	// ok: trace.go.ldap-injection.tainted-filter
	req2 := ldap.NewSearchRequest("ou=people,dc=acme", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+ldap.EscapeFilter(uid)+")", []string{"cn"}, nil)
	// ruleid: trace.go.xpath-injection.tainted-xpath
	nodes := xmlquery.Find(catalog, "//book[author='"+r.FormValue("author")+"']")
	// ok: trace.go.xpath-injection.tainted-xpath
	all := xmlquery.Find(catalog, "//book")
	log.Println(req, req2, len(nodes), len(all))
}

type cart struct{ Items []string }

func restoreCartHandler(w http.ResponseWriter, r *http.Request) {
	var c cart
	// ruleid: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(r.Body).Decode(&c)

	cookie, _ := r.Cookie("cart")
	raw, _ := base64.StdEncoding.DecodeString(cookie.Value)
	var fromCookie cart
	// ruleid: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(bytes.NewReader(raw)).Decode(&fromCookie)

	// JSON and YAML decoders of request bodies build plain data and run no code: not flagged
	var asJSON cart
	json.NewDecoder(r.Body).Decode(&asJSON)
	var anyYAML interface{}
	body, _ := io.ReadAll(r.Body)
	yaml.Unmarshal(body, &anyYAML)

	// a cache file the service wrote itself
	f, _ := os.Open("/var/cache/app/carts.gob")
	var cached cart
	// ok: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(f).Decode(&cached)
	// signed cookie: securecookie verifies the HMAC before it gob-decodes
	var signed cart
	// ok: trace.go.deserialization.untrusted-gob
	cookies.Decode("cart", cookie.Value, &signed)
	log.Println(c, fromCookie, asJSON, anyYAML, cached, signed)
}

func importFeedHandler(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	p := parser.New(parser.XMLParseNoEnt)
	// ruleid: trace.go.xxe.libxml2-entity-substitution
	doc, _ := p.Parse(body)
	// ruleid: trace.go.xxe.libxml2-entity-substitution
	doc2, _ := libxml2.Parse(body, parser.XMLParseDTDLoad|parser.XMLParseRecover)
	// ok: trace.go.xxe.libxml2-entity-substitution
	doc3, _ := parser.New(parser.XMLParseNoNet).Parse(body)
	// ok: trace.go.xxe.libxml2-entity-substitution
	doc4, _ := libxml2.Parse(body)
	// ruleid: trace.go.xxe.libxml2-entity-substitution
	doc5, _ := gokogirixml.Parse(body, gokogirixml.DefaultEncodingBytes, nil, XML_PARSE_NOENT|gokogirixml.XML_PARSE_RECOVER, gokogirixml.DefaultEncodingBytes)
	// ok: trace.go.xxe.libxml2-entity-substitution
	doc6, _ := gokogirixml.Parse(body, gokogirixml.DefaultEncodingBytes, nil, gokogirixml.DefaultParseOption, gokogirixml.DefaultEncodingBytes)
	// encoding/xml never resolves external entities, whatever the document declares
	var feed struct{ Title string }
	// ok: trace.go.xxe.libxml2-entity-substitution
	xml.Unmarshal(body, &feed)
	log.Println(doc, doc2, doc3, doc4, doc5, doc6, feed)
}

// httprouter handlers take the route's parameters as a third argument
func profileHandler(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM profiles WHERE uid = " + r.FormValue("uid"))
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM profiles WHERE name = '" + ps.ByName("name") + "'")
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM profiles WHERE name = $1", ps.ByName("name"))
	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<p>%s</p>", ps.ByName("name"))
}

type pages struct{}

func (p *pages) show(w http.ResponseWriter, r *http.Request) {
	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<h1>%s</h1>", r.URL.Query().Get("title"))
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM pages WHERE slug = '" + chi.URLParam(r, "slug") + "'")
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<h1>%s</h1>", html.EscapeString(r.URL.Query().Get("title")))
	// escaping leaves a javascript: URL intact where the value begins an attribute's URL
	site := r.URL.Query().Get("site")
	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(w, `<a class="site" href="%s" rel="noopener">site</a>`, html.EscapeString(site))
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(w, `<a class="site" href="/sites">%s</a>`, html.EscapeString(site))
	// ruleid: trace.go.xss.tainted-response
	w.Write([]byte(`<a href="` + html.EscapeString(site) + `">open</a>`))
	// ok: trace.go.xss.tainted-response
	w.Write([]byte(`<a href="/sites">` + html.EscapeString(site) + `</a>`))
}

func notAHandler(params httprouter.Params, name string) {
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM profiles WHERE name = '" + name + "'")
}

type articles struct{ db *sql.DB }

// Gin and Echo handlers are often methods of a struct that holds their dependencies
func (a *articles) byTag(c *gin.Context) {
	// ruleid: trace.go.sql-injection.tainted-query
	a.db.Query("SELECT * FROM articles WHERE tag = '" + c.Query("tag") + "'")
	// ok: trace.go.sql-injection.tainted-query
	a.db.Query("SELECT * FROM articles WHERE tag = $1", c.Query("tag"))
}

func (a *articles) byAuthor(c echo.Context) error {
	// ruleid: trace.go.sql-injection.tainted-query
	_, err := a.db.Query("SELECT * FROM articles WHERE author = '" + c.QueryParam("author") + "'")
	return err
}

// Helpers handed the request, switch allow-lists, gin HTML writes, query-only redirects.

func queryArg(r *http.Request, key string) string { return r.URL.Query().Get(key) }

func csrfToken(r *http.Request) string { return "t" }

func reportHandler(w http.ResponseWriter, r *http.Request) {
	title := queryArg(r, "title")
	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<h2>%s</h2>", title)
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM reports WHERE title = '" + queryArg(r, "title") + "'")
	// ok: trace.go.xss.tainted-response
	fmt.Fprint(w, html.EscapeString(queryArg(r, "title")))
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(w, `<input type="hidden" name="tok" value="%s">`, csrfToken(r))
}

func formatHandler(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	switch format {
	case "csv", "tsv":
		log.Printf("export as %s", format)
	default:
		http.Error(w, "unknown format", http.StatusBadRequest)
		return
	}
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<p>format: %s</p>", format)

	sort := r.URL.Query().Get("sort")
	switch sort {
	case "name":
		log.Print("by name")
	default:
		log.Print("unknown sort, keeping it")
	}
	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<p>sort: %s</p>", sort)
}

func ginPage(c *gin.Context) {
	name := c.Query("name")
	// ruleid: trace.go.xss.tainted-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<b>"+name+"</b>"))
	// ruleid: trace.go.xss.tainted-response
	c.Writer.WriteString("<b>" + name + "</b>")
	// ok: trace.go.xss.tainted-response
	c.String(http.StatusOK, "hello %s", name)
	// ok: trace.go.xss.tainted-response
	c.Data(http.StatusOK, "application/json", []byte(name))
}

func ginRaw(c *gin.Context) {
	kind := c.Query("kind")
	body := lookupBody(c)
	c.Header("Content-Type", kind)
	// ruleid: trace.go.xss.tainted-response
	c.String(http.StatusOK, body)
}

func ginPlain(c *gin.Context) {
	c.Header("Content-Type", "text/plain")
	// ok: trace.go.xss.tainted-response
	c.String(http.StatusOK, c.Query("q"))
}

func lookupBody(c *gin.Context) string { return c.PostForm("body") }

func legacyRedirect(w http.ResponseWriter, r *http.Request) {
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, "/v2/search?"+r.URL.RawQuery, http.StatusMovedPermanently)
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, fmt.Sprintf("%s?%s", "/v2/list", r.URL.RawQuery), http.StatusMovedPermanently)
	// ruleid: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, fmt.Sprintf("%s?%s", r.FormValue("to"), r.URL.RawQuery), http.StatusFound)
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, "/profile/"+r.FormValue("user"), http.StatusFound)
	// ruleid: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, "/"+r.FormValue("to"), http.StatusFound)
	// ruleid: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, fmt.Sprintf("/%s", r.FormValue("to")), http.StatusFound)
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, fmt.Sprintf("/orders/%s", r.FormValue("id")), http.StatusFound)
}

var allowedHosts = map[string]bool{"api.example.com": true}

func parsedHostChecks(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil || !allowedHosts[u.Hostname()] {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}
	// ok: trace.go.ssrf.tainted-url
	http.Get(u.String())

	back, _ := url.Parse(r.URL.Query().Get("back"))
	if back.Host != "shop.example.com" {
		return
	}
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, back.String(), http.StatusFound)

	loose, _ := url.Parse(r.URL.Query().Get("loose"))
	if !strings.Contains(loose.Host, "example.com") {
		return
	}
	// ruleid: trace.go.ssrf.tainted-url
	http.Get(loose.String())

	other, _ := url.Parse(r.URL.Query().Get("other"))
	if !allowedHosts[u.Hostname()] {
		return
	}
	// ruleid: trace.go.ssrf.tainted-url
	http.Get(other.String())

	// the host looked up with the comma-ok form, lower-cased
	partner, err := url.Parse(r.FormValue("partner"))
	if err != nil {
		return
	}
	if _, ok := partnerHosts[strings.ToLower(partner.Hostname())]; !ok {
		return
	}
	// ok: trace.go.ssrf.tainted-url
	http.Get(partner.String())

	wrong, _ := url.Parse(r.FormValue("wrong"))
	if _, ok := partnerHosts[strings.ToLower(partner.Hostname())]; !ok {
		return
	}
	// ruleid: trace.go.ssrf.tainted-url
	http.Get(wrong.String())
}

var partnerHosts = map[string]struct{}{"hooks.partner.example": {}}

func resetToDefault(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if _, ok := allowedNext[next]; !ok {
		next = "/"
	}
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, next, http.StatusFound)
	back := r.URL.Query().Get("back")
	if !safeID.MatchString(back) {
		back = "/"
	}
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, back, http.StatusFound)
	to := r.URL.Query().Get("to")
	if to == "" {
		to = "/"
	}
	// ruleid: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, to, http.StatusFound)
}

type signup struct {
	Name  string
	Email string
}

func decodedBody(w http.ResponseWriter, r *http.Request) {
	var body signup
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT id FROM users WHERE name = '" + body.Name + "'")
	var defaults signup
	json.NewDecoder(strings.NewReader(`{"Name":"guest"}`)).Decode(&defaults)
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT id FROM users WHERE name = '" + defaults.Name + "'")
}

func boundBody(c *gin.Context) {
	var body signup
	if err := c.ShouldBindJSON(&body); err != nil {
		c.String(http.StatusBadRequest, "bad body")
		return
	}
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "mail "+body.Email).Run()
	var fixed signup
	// ok: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "mail "+fixed.Email).Run()
}

func jsonGreeting(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(w, `{"hello": %q}`, r.URL.Query().Get("name"))
}

func htmlGreeting(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<h1>Hello %s</h1>", r.URL.Query().Get("name"))
}

func unmarshalledBody(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	var body signup
	if err := json.Unmarshal(data, &body); err != nil {
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT id FROM users WHERE email = '" + body.Email + "'")
	resp, _ := http.Get("https://api.example.com/profile")
	raw, _ := io.ReadAll(resp.Body)
	var profile signup
	json.Unmarshal(raw, &profile)
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT id FROM users WHERE email = '" + profile.Email + "'")
}

// contained by filepath.Rel
func downloadContained(w http.ResponseWriter, r *http.Request) {
	target := filepath.Join("/srv/files", r.URL.Query().Get("file"))
	rel, err := filepath.Rel("/srv/files", target)
	if err != nil || strings.HasPrefix(rel, "..") {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// ok: trace.go.path-traversal.tainted-file-path
	data, _ := os.ReadFile(target)
	w.Write(data)
}

type profileView struct {
	Bio     template.HTML
	Website template.URL
	Page    template.URL
}

// html/template's typed strings are not escaped or filtered
func profilePage(w http.ResponseWriter, r *http.Request) profileView {
	n, _ := strconv.Atoi(r.FormValue("page"))
	return profileView{
		// ruleid: trace.go.xss.tainted-response
		Bio: template.HTML(r.FormValue("bio")),
		// ruleid: trace.go.xss.tainted-response
		Website: template.URL(r.FormValue("website")),
		// ok: trace.go.xss.tainted-response
		Page: template.URL("/profiles?page=" + strconv.Itoa(n)),
	}
}

var bucketPattern = regexp.MustCompile(`minute|hour|day|week`)
var bucketExact = regexp.MustCompile(`^(minute|hour|day|week)$`)

// a regular expression guards a value only when anchored at both ends
func aggregateHandler(w http.ResponseWriter, r *http.Request) {
	bucket := r.URL.Query().Get("bucket")
	if !bucketPattern.MatchString(bucket) {
		http.Error(w, "bad bucket", http.StatusBadRequest)
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query(fmt.Sprintf("SELECT date_trunc('%s', at), count(*) FROM readings GROUP BY 1", bucket))
	unit := r.URL.Query().Get("unit")
	if unit == "" || !bucketExact.MatchString(unit) {
		http.Error(w, "bad unit", http.StatusBadRequest)
		return
	}
	// ok: trace.go.sql-injection.tainted-query
	db.Query(fmt.Sprintf("SELECT date_trunc('%s', at), count(*) FROM readings GROUP BY 1", unit))
	prefix := r.URL.Query().Get("prefix")
	if !regexp.MustCompile(`[a-z]+`).MatchString(prefix) {
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM stations WHERE code LIKE '" + prefix + "%'")
	local := regexp.MustCompile("[0-9]+$")
	zone := r.URL.Query().Get("zone")
	if !local.MatchString(zone) {
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM zones WHERE id = '" + zone + "'")
	day := r.URL.Query().Get("day")
	if !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(day) {
		return
	}
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM readings WHERE day = '" + day + "'")
}

type stationStore struct{}

func (s *stationStore) Get(ctx interface{}, code string) (string, error) { return code, nil }

var stations = &stationStore{}

func readJSON(w http.ResponseWriter, r *http.Request, v any) error {
	return json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(v)
}

// a body decoded by the application's own helper is request data
func renameHandler(w http.ResponseWriter, r *http.Request) {
	var input signup
	if err := readJSON(w, r, &input); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	db.Exec("UPDATE users SET email = '" + input.Email + "'")
	var found signup
	// ruleid: trace.go.sql-injection.tainted-query
	db.Get(&found, "SELECT name, email FROM users WHERE name = '"+input.Name+"'")
	// a store's Get(ctx, key) is no sqlx query
	// ok: trace.go.sql-injection.tainted-query
	stations.Get(r.Context(), input.Email)
	// ... nor a repository's, handed the context a logic struct keeps
	// ok: trace.go.sql-injection.tainted-query
	svc.Trips.Get(svc.ctx, input.Email)
}

// a parser handed to the caller: reported at its option
func newLegacyParser() parser.Parser {
	// ruleid: trace.go.xxe.libxml2-entity-substitution
	return parser.New(parser.XMLParseDTDLoad)
}
