// GoFrame: a handler's request reads, a request parsed into a value, and the response's
// HTML, file and redirect writes; Huma: an operation's input and its Location output
package portal

import (
	"context"
	"database/sql"
	"fmt"
	"html"
	"net/http"
	"os/exec"
	"path/filepath"

	"github.com/danielgtaylor/huma/v2"
	"github.com/gogf/gf/v2/net/ghttp"
)

var db *sql.DB

type Portal struct{ root string }

func (p *Portal) volunteers(r *ghttp.Request) {
	term := r.GetQuery("q").String()
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT id FROM volunteers WHERE name LIKE '%" + term + "%'")
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT id FROM volunteers WHERE name LIKE $1", "%"+term+"%")
	// a value read with a default is no sqlx destination and query
	// ok: trace.go.sql-injection.tainted-query
	site := r.Get("site", term).String()
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT id FROM volunteers WHERE site = $1", site)
}

func (p *Portal) back(r *ghttp.Request) {
	// ruleid: trace.go.open-redirect.tainted-redirect
	r.Response.RedirectTo(r.GetQuery("back", "/portal").String())
	// ok: trace.go.open-redirect.tainted-redirect
	r.Response.RedirectTo("/portal/login")
}

func (p *Portal) download(r *ghttp.Request) {
	name := r.Get("file").String()
	// ruleid: trace.go.path-traversal.tainted-file-path
	r.Response.ServeFileDownload(filepath.Join(p.root, name))
	// ok: trace.go.path-traversal.tainted-file-path
	r.Response.ServeFile(filepath.Join(p.root, "index.csv"))
}

func (p *Portal) notice(r *ghttp.Request) {
	msg := r.GetQuery("msg").String()
	r.Response.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: trace.go.xss.tainted-response
	r.Response.Write("<p>" + msg + "</p>")
	// ok: trace.go.xss.tainted-response
	r.Response.Write("<p>" + html.EscapeString(msg) + "</p>")
	web := r.GetQuery("web").String()
	// escaping for HTML leaves a `javascript:` URL as it is
	// ruleid: trace.go.xss.tainted-response
	r.Response.Writef("<a href=\"%s\">Visit</a>", html.EscapeString(web))
}

func (p *Portal) plain(r *ghttp.Request) {
	r.Response.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// ok: trace.go.xss.tainted-response
	r.Response.Write(r.GetQuery("msg").String())
}

type labelRequest struct {
	Printer string `json:"printer"`
}

func (p *Portal) printLabels(r *ghttp.Request) {
	var req labelRequest
	if err := r.Parse(&req); err != nil {
		return
	}
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "lp -d "+req.Printer).Run()
	// ok: trace.go.command-injection.tainted-command
	exec.Command("lp", "-d", "office").Run()
}

type ApprovedInput struct {
	ID       int64  `path:"id"`
	Continue string `query:"continue"`
}

type RedirectOutput struct {
	Status   int
	Location string `header:"Location"`
}

func Register(api huma.API) {
	huma.Register(api, huma.Operation{OperationID: "approved", Method: http.MethodGet, Path: "/permits/{id}/approved"},
		func(ctx context.Context, in *ApprovedInput) (*RedirectOutput, error) {
			// ruleid: trace.go.open-redirect.tainted-redirect
			return &RedirectOutput{Status: http.StatusFound, Location: in.Continue}, nil
		})
	huma.Get(api, "/permits/{id}/open", func(ctx context.Context, in *ApprovedInput) (*RedirectOutput, error) {
		// ok: trace.go.open-redirect.tainted-redirect
		return &RedirectOutput{Status: http.StatusSeeOther, Location: fmt.Sprintf("/permits/%d", in.ID)}, nil
	})
	huma.Get(api, "/permits/search", func(ctx context.Context, in *ApprovedInput) (*RedirectOutput, error) {
		// ruleid: trace.go.sql-injection.tainted-query
		db.QueryContext(ctx, "SELECT id FROM permits WHERE holder = '"+in.Continue+"'")
		return nil, nil
	})
}
