package main

import (
	"context"
	"database/sql"
	"encoding/gob"
	"fmt"
	"html"
	htmltemplate "html/template"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strings"
	texttemplate "text/template"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"
)

// sqlx and GORM take raw SQL in these calls
type store struct {
	X   *sqlx.DB
	ORM *gorm.DB
}

func (s *store) export(c *gin.Context) {
	var rows []map[string]interface{}
	// ruleid: trace.go.sql-injection.tainted-query
	s.X.SelectContext(c, &rows, fmt.Sprintf("SELECT * FROM invoices ORDER BY %s", c.Query("order")))
	// ok: trace.go.sql-injection.tainted-query
	s.X.SelectContext(c, &rows, "SELECT * FROM invoices WHERE customer = $1", c.Query("customer"))
	// ruleid: trace.go.sql-injection.tainted-query
	s.ORM.Where("tier = ?", c.Query("tier")).Order(c.Query("sort")).Find(&rows)
	// ok: trace.go.sql-injection.tainted-query
	s.ORM.Where("email = ?", c.Query("email")).Find(&rows)
	// a list of values expanded into placeholders by sqlx.In, then rebound
	ids := c.QueryArray("id")
	q, args, err := sqlx.In("SELECT * FROM invoices WHERE id IN (?)", ids)
	if err != nil {
		return
	}
	// ok: trace.go.sql-injection.tainted-query
	s.X.SelectContext(c, &rows, s.X.Rebind(q), args...)
	loose, looseArgs, _ := sqlx.In("SELECT * FROM invoices WHERE kind = '"+c.Query("kind")+"' AND id IN (?)", ids)
	// ruleid: trace.go.sql-injection.tainted-query
	s.X.SelectContext(c, &rows, s.X.Rebind(loose), looseArgs...)
}

// a lookup in a map literal: the value is one of the map's own
var helpTopics = map[string]string{"billing": "https://help.acme.example/billing"}
var exportTools = map[string]string{"csv": "/usr/bin/ledger-csv"}

func help(c *gin.Context) {
	dest, ok := helpTopics[c.Param("topic")]
	if !ok {
		c.JSON(http.StatusNotFound, gin.H{"error": "unknown topic"})
		return
	}
	// ok: trace.go.open-redirect.tainted-redirect
	c.Redirect(http.StatusFound, dest)
	bin := exportTools[c.Param("format")]
	// ok: trace.go.command-injection.tainted-command
	exec.Command(bin, "--input", "current.json").Run()
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command(c.Param("format"), "--input", "current.json").Run()
}

// guards in the XPath rule; a length is a number
var departmentPattern = regexp.MustCompile(`^[a-z][a-z-]{1,31}$`)

var doc *xmlquery.Node

func roster(c *gin.Context) {
	dept := c.Param("dept")
	if !departmentPattern.MatchString(dept) {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "unknown department"})
		return
	}
	// ok: trace.go.xpath-injection.tainted-xpath
	xmlquery.QueryAll(doc, fmt.Sprintf("//employee[department='%s']", dept))
	// ruleid: trace.go.xpath-injection.tainted-xpath
	xmlquery.QueryAll(doc, fmt.Sprintf("//employee[badge='%s']", c.Param("badge")))
}

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	matches := strings.Fields(q)
	// ok: trace.go.xss.tainted-response
	fmt.Fprintf(w, "<p>%d results for <b>%s</b></p>", len(matches), html.EscapeString(q))
}

// a file that imports both template packages: only text/template's templates escape nothing
var receipt = texttemplate.Must(texttemplate.New("receipt").Parse("<p>{{.}}</p>"))

type portal struct {
	Pages *htmltemplate.Template
}

func (p *portal) card(w http.ResponseWriter, r *http.Request) {
	// ok: trace.go.xss.tainted-response
	p.Pages.ExecuteTemplate(w, "card.html", r.URL.Query().Get("name"))
	// ruleid: trace.go.xss.tainted-response
	receipt.Execute(w, r.URL.Query().Get("name"))
}

// echo: c.HTML(code, html) writes the page; the request behind c.Request()
func reportByName(c echo.Context) error {
	name := c.QueryParam("name")
	if strings.Contains(c.Request().Header.Get(echo.HeaderAccept), "text/html") {
		// ruleid: trace.go.xss.tainted-response
		return c.HTML(http.StatusNotFound, "<div>No report called "+name+"</div>")
	}
	// ok: trace.go.xss.tainted-response
	return c.JSON(http.StatusNotFound, map[string]string{"error": "no report called " + name})
}

// a handler body shared by routes, given the context and an id the route parsed
func (s *store) exportTrips(c echo.Context, id int64) error {
	req := struct {
		Layer string `json:"layer"`
	}{Layer: "trips"}
	if err := c.Bind(&req); err != nil {
		return err
	}
	// ruleid: trace.go.command-injection.tainted-command
	out, err := exec.Command("bash", "-c", fmt.Sprintf("ogr2ogr -nln %s out.gpx %d.json", req.Layer, id)).CombinedOutput()
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, "application/gpx+xml", out)
}

var globalDB *sql.DB

// gin: a helper that reads the context and returns a value
func sortOf(c *gin.Context) (string, bool) {
	sort, ok := c.GetQuery("sort")
	// ruleid: trace.go.sql-injection.tainted-query
	_, _ = globalDB.Query("SELECT * FROM trips ORDER BY " + c.Query("sort"))
	return sort, ok
}

func importSchedule(c echo.Context) error {
	var payload interface{}
	// ruleid: trace.go.deserialization.untrusted-gob
	return gob.NewDecoder(c.Request().Body).Decode(&payload)
}

// a parsed URL's host checked lower-cased; helpers named for keeping a value safe
var partnerHosts = map[string]bool{"files.partner.example": true}

func fetchFromPartner(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("doc"))
	if err != nil || !partnerHosts[strings.ToLower(u.Hostname())] {
		http.Error(w, "not a partner", http.StatusBadRequest)
		return
	}
	// ok: trace.go.ssrf.tainted-url
	http.Get(u.String())
	// ruleid: trace.go.ssrf.tainted-url
	http.Get(r.URL.Query().Get("mirror"))
	// ok: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, localRedirectTarget(r.FormValue("next"), "/"), http.StatusFound)
	// ruleid: trace.go.open-redirect.tainted-redirect
	http.Redirect(w, r, r.FormValue("back"), http.StatusFound)
	path, err := resolveInside("/srv/archive", r.URL.Query().Get("file"))
	if err != nil {
		return
	}
	// ok: trace.go.path-traversal.tainted-file-path
	os.ReadFile(path)
	// ruleid: trace.go.path-traversal.tainted-file-path
	os.ReadFile("/srv/archive/" + r.URL.Query().Get("file"))
}

// (checked in their own way; the names say what they do)
func localRedirectTarget(next, fallback string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return fallback
	}
	return next
}

func resolveInside(root, name string) (string, error) {
	full := root + string(os.PathSeparator) + name
	if strings.Contains(name, "..") {
		return "", fmt.Errorf("outside %s", root)
	}
	return full, nil
}

func unused(ctx context.Context) {}

// MongoDB operator injection: an untyped map decoded from the body
type clients struct{ coll *mongo.Collection }

func (s *clients) token(c *gin.Context) {
	var body map[string]interface{}
	if err := c.ShouldBindJSON(&body); err != nil {
		return
	}
	// ruleid: trace.go.nosql-injection.operator-injection
	s.coll.FindOne(c, bson.M{"client_id": body["client_id"], "disabled": false})
	id, ok := body["client_id"].(string)
	if !ok {
		return
	}
	// ok: trace.go.nosql-injection.operator-injection
	s.coll.FindOne(c, bson.M{"client_id": id})
	var typed struct{ ClientID string }
	c.ShouldBindJSON(&typed)
	// ok: trace.go.nosql-injection.operator-injection
	s.coll.FindOne(c, bson.M{"client_id": typed.ClientID})
}

func (s *clients) rename(c *gin.Context) {
	var body map[string]interface{}
	if err := c.ShouldBindJSON(&body); err != nil {
		return
	}
	// ruleid: trace.go.nosql-injection.operator-injection
	s.coll.UpdateOne(c, bson.M{"_id": body["id"]},
		// ok: trace.go.nosql-injection.operator-injection
		bson.M{"$set": bson.M{"name": body["name"]}})
}
