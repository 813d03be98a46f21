package portal

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"path/filepath"
	"strings"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"

	"github.com/saltmarsh/survey/internal/directory"
	"github.com/saltmarsh/survey/internal/export"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/queue"
	"github.com/saltmarsh/survey/internal/security"
)

// Portal is the GoFrame web portal used by trip leaders and site managers.
type Portal struct {
	Dir        *directory.Directory
	Runner     *export.Runner
	Rings      *model.RingRepo
	Trips      *model.TripRepo
	Jobs       *queue.Publisher
	ImportRoot string
	sheets     *sheetCache
}

func New(dir *directory.Directory, runner *export.Runner, rings *model.RingRepo, trips *model.TripRepo, jobs *queue.Publisher, importRoot string) *Portal {
	return &Portal{Dir: dir, Runner: runner, Rings: rings, Trips: trips, Jobs: jobs, ImportRoot: importRoot, sheets: newSheetCache()}
}

// Register mounts the portal routes on a GoFrame server.
func (p *Portal) Register(s *ghttp.Server) {
	s.Group("/portal", func(group *ghttp.RouterGroup) {
		group.Middleware(corsMiddleware)
		group.GET("/login/callback", p.loginCallback)
		group.GET("/logout", p.logout)
		group.GET("/notice", p.notice)
		group.GET("/share", p.shareCard)
		group.Group("/app", func(app *ghttp.RouterGroup) {
			app.Middleware(sessionMiddleware)
			app.GET("/volunteers", p.searchVolunteers)
			app.GET("/exports/download", p.downloadExport)
			app.GET("/exports/file", p.exportFile)
			app.POST("/exports/bundle", p.bundleSite)
			app.POST("/labels/print", p.printLabels)
			app.GET("/digest/preview", p.digestPreview)
			app.POST("/trips/{id}/remind", p.sendReminders)
			app.POST("/imports/archive", p.uploadArchive)
			app.POST("/imports/queue", p.queueArchive)
			app.POST("/imports/legacy", p.importLegacy)
			app.POST("/reconcile/sheet", p.loadSheet)
			app.GET("/reconcile/lookup", p.reconcileLookup)
			app.GET("/reconcile/lookup-strict", p.reconcileLookupStrict)
		})
	})
}

func (p *Portal) loginCallback(r *ghttp.Request) {
	back := r.GetQuery("back", "/portal/app/digest/preview").String()
	if !strings.HasPrefix(back, "/") {
		back = "/portal/app/digest/preview"
	}
	r.Response.RedirectTo(back) // VULN redirect
}

func (p *Portal) logout(r *ghttp.Request) {
	r.Cookie.Remove(sessionCookie)
	next := security.LocalRedirect(r.GetQuery("next").String(), "/portal/login")
	r.Response.RedirectTo(next) // SAFE redirect
}

func (p *Portal) notice(r *ghttp.Request) {
	msg := r.GetQuery("msg").String()
	r.Response.Header().Set("Content-Type", "text/html; charset=utf-8")
	r.Response.Write("<div class=\"notice\"><p>" + html.EscapeString(msg) + "</p></div>") // SAFE xss
}

func (p *Portal) searchVolunteers(r *ghttp.Request) {
	term := strings.TrimSpace(r.GetQuery("q").String())
	if len(term) < 2 {
		r.Response.WriteJsonExit(g.Map{"items": []interface{}{}})
	}
	entries, err := p.Dir.SearchByName(term)
	if err != nil {
		r.Response.WriteStatus(http.StatusBadGateway, "directory unavailable")
		return
	}
	r.Response.WriteJson(g.Map{"items": entries})
}

func (p *Portal) downloadExport(r *ghttp.Request) {
	name := r.Get("file").String()
	if name == "" {
		r.Response.WriteStatus(http.StatusBadRequest)
		return
	}
	r.Response.ServeFileDownload(p.Runner.Locate(name)) // VULN path
}

func (p *Portal) exportFile(r *ghttp.Request) {
	full, err := security.ResolveUnder(p.Runner.Root(), r.Get("file").String())
	if err != nil {
		r.Response.WriteStatus(http.StatusBadRequest)
		return
	}
	r.Response.ServeFile(full) // SAFE path
}

func (p *Portal) bundleSite(r *ghttp.Request) {
	site := strings.TrimSpace(r.Get("site").String())
	out, err := p.Runner.BundleSite(r.Context(), site)
	if err != nil {
		r.Response.WriteStatus(http.StatusBadRequest, err.Error())
		return
	}
	r.Response.WriteJson(g.Map{"bundle": filepath.Base(out)})
}

func (p *Portal) printLabels(r *ghttp.Request) {
	printer := r.Get("printer", "hide-office").String()
	title := r.Get("title", "Ring labels").String()
	pdf := r.Get("pdf").String()
	if err := p.Runner.PrintLabels(r.Context(), printer, title, pdf); err != nil {
		r.Response.WriteStatus(http.StatusInternalServerError, "print failed")
		return
	}
	r.Response.WriteJson(g.Map{"status": "queued"})
}

func (p *Portal) sendReminders(r *ghttp.Request) {
	id := r.Get("id").Int64()
	trip, err := p.Trips.Get(r.Context(), id)
	if err != nil {
		r.Response.WriteStatus(http.StatusNotFound)
		return
	}
	req := queue.ReminderRequest{
		SiteCode:    r.Get("site", trip.SiteCode).String(),
		WithinHours: r.Get("hours", 48).Int(),
		CustomBody:  r.Get("body").String(),
		RequestedBy: r.GetCtxVar("volunteerId").Int64(),
	}
	if err := p.Jobs.Publish(queue.SubjectReminders, req); err != nil {
		r.Response.WriteStatus(http.StatusServiceUnavailable)
		return
	}
	r.Response.WriteJson(g.Map{"status": "queued", "trip": trip.ID})
}

func ctxVolunteer(ctx context.Context, r *ghttp.Request) int64 {
	_ = ctx
	return r.GetCtxVar("volunteerId").Int64()
}

func (p *Portal) importDir(r *ghttp.Request) string {
	return filepath.Join(p.ImportRoot, fmt.Sprintf("v%d", ctxVolunteer(r.Context(), r)))
}
