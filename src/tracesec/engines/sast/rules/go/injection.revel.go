// Revel: a controller's request parameters and action parameters, its HTML, file and
// redirect results
package controllers

import (
	"database/sql"
	"fmt"
	"html"
	"path/filepath"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/revel/revel"
)

var db *sql.DB

type Dispatch struct {
	*revel.Controller
}

func (c Dispatch) Back() revel.Result {
	// ruleid: trace.go.open-redirect.tainted-redirect
	return c.Redirect(c.Params.Get("back"))
}

func (c Dispatch) Home() revel.Result {
	// ok: trace.go.open-redirect.tainted-redirect
	return c.Redirect(App.Index)
}

func (c Dispatch) Note(grower string) revel.Result {
	// ruleid: trace.go.xss.tainted-response
	return c.RenderHTML("<h4>" + grower + "</h4>")
}

func (c Dispatch) EscapedNote(grower string) revel.Result {
	// ok: trace.go.xss.tainted-response
	return c.RenderHTML("<h4>" + html.EscapeString(grower) + "</h4>")
}

func (c Dispatch) Export() revel.Result {
	name := c.Params.Query.Get("name")
	// ruleid: trace.go.path-traversal.tainted-file-path
	return c.RenderFileName(filepath.Join("/srv/exports", name), revel.Attachment)
}

func (c Dispatch) SafeExport() revel.Result {
	name := c.Params.Query.Get("name")
	// ok: trace.go.path-traversal.tainted-file-path
	return c.RenderFileName(filepath.Join("/srv/exports", filepath.Base(name)), revel.Attachment)
}

func (c Dispatch) Route(id int) revel.Result {
	var depot string
	c.Params.Bind(&depot, "depot")
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM routes WHERE depot = '" + depot + "'")
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM routes WHERE id = $1", id)
	return c.RenderJSON(nil)
}

func (c Dispatch) Breakdown() revel.Result {
	variety := c.Params.Get("variety")
	d := entsql.Table("deliveries")
	// ok: trace.go.sql-injection.tainted-query
	sel := entsql.Select(d.C("code")).From(d).Where(entsql.And(entsql.EQ(d.C("variety"), variety)))
	query, args := sel.Query()
	// ok: trace.go.sql-injection.tainted-query
	db.Query(query, args...)
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query(fmt.Sprintf("SELECT * FROM deliveries WHERE variety = '%s'", variety))
	return c.RenderJSON(nil)
}

// not a controller's action: its parameters are the caller's
func summary(depot string) string {
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM routes WHERE depot = '" + depot + "'")
	return depot
}
