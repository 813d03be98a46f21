package portal

import (
	"bytes"
	"fmt"
	"html"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"

	"github.com/saltmarsh/survey/internal/importer"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/queue"
	"github.com/saltmarsh/survey/internal/render"
	"github.com/saltmarsh/survey/internal/storage"
)

// digestPreview shows the weekly digest e-mail exactly as it will be sent.
func (p *Portal) digestPreview(r *ghttp.Request) {
	site := r.GetQuery("site").String()
	to := time.Now()
	from := to.AddDate(0, 0, -7)
	rows, err := p.Rings.Search(r.Context(), model.RingFilter{SiteCode: site, SortBy: "captured", Limit: 500})
	if err != nil {
		r.Response.WriteStatus(http.StatusInternalServerError)
		return
	}
	bySpecies := map[string]*render.DigestEntry{}
	var order []string
	for _, ring := range rows {
		if ring.CapturedAt.Before(from) {
			continue
		}
		e, ok := bySpecies[ring.Species]
		if !ok {
			e = &render.DigestEntry{Species: ring.Species, Ringer: fmt.Sprintf("#%d", ring.RingerID)}
			bySpecies[ring.Species] = e
			order = append(order, ring.Species)
		}
		e.Count++
		if ring.Notes != "" {
			e.Note = ring.Notes
		}
	}
	entries := make([]render.DigestEntry, 0, len(order))
	for _, s := range order {
		entries = append(entries, *bySpecies[s])
	}
	body, err := render.Digest(from.Format("2 Jan")+" – "+to.Format("2 Jan 2006"), entries)
	if err != nil {
		r.Response.WriteStatus(http.StatusInternalServerError)
		return
	}
	r.Response.Header().Set("Content-Type", "text/html; charset=utf-8")
	r.Response.Write(body)
}

// shareCard renders a small card a volunteer can link from their club profile.
func (p *Portal) shareCard(r *ghttp.Request) {
	name := r.GetQuery("name", "A Saltmarsh volunteer").String()
	web := r.GetQuery("web").String()
	r.Response.Header().Set("Content-Type", "text/html; charset=utf-8")
	r.Response.Writef("<div class=\"share\"><h3>%s</h3>", html.EscapeString(name))
	if web != "" {
		r.Response.Writef("<a class=\"web\" href=\"%s\">Visit my page</a>", html.EscapeString(web)) // VULN xss
	}
	r.Response.Write("<p>Ringing with the Saltmarsh Ringing Group.</p></div>")
}

// uploadArchive accepts a zip of field-sheet scans and unpacks it straight away.
func (p *Portal) uploadArchive(r *ghttp.Request) {
	file := r.GetUploadFile("archive")
	if file == nil {
		r.Response.WriteStatus(http.StatusBadRequest, "archive missing")
		return
	}
	f, err := file.Open()
	if err != nil {
		r.Response.WriteStatus(http.StatusBadRequest)
		return
	}
	defer f.Close()
	dest := p.importDir(r)
	if err := os.MkdirAll(dest, 0o750); err != nil {
		r.Response.WriteStatus(http.StatusInternalServerError)
		return
	}
	written, err := storage.ExtractChecked(f, file.Size, dest)
	if err != nil {
		r.Response.WriteStatus(http.StatusUnprocessableEntity, err.Error())
		return
	}
	r.Response.WriteJson(g.Map{"files": len(written)})
}

// queueArchive stores a large archive and lets the import worker unpack it.
func (p *Portal) queueArchive(r *ghttp.Request) {
	file := r.GetUploadFile("archive")
	if file == nil {
		r.Response.WriteStatus(http.StatusBadRequest, "archive missing")
		return
	}
	dest := p.importDir(r)
	file.Filename = fmt.Sprintf("upload-%d.zip", time.Now().UnixNano())
	saved, err := file.Save(dest)
	if err != nil {
		r.Response.WriteStatus(http.StatusInternalServerError)
		return
	}
	req := queue.ImportRequest{
		ArchivePath: filepath.Join(dest, saved),
		SiteCode:    r.Get("site").String(),
		UploadedBy:  r.GetCtxVar("volunteerId").Int64(),
	}
	if err := p.Jobs.Publish(queue.SubjectImport, req); err != nil {
		r.Response.WriteStatus(http.StatusServiceUnavailable)
		return
	}
	r.Response.WriteJson(g.Map{"status": "queued"})
}

// importLegacy loads an old-format sheet posted as the request body.
func (p *Portal) importLegacy(r *ghttp.Request) {
	rings, err := importer.ParseLegacySheet(r.GetBody(), r.GetCtxVar("volunteerId").Int64())
	if err != nil {
		r.Response.WriteStatus(http.StatusUnprocessableEntity, "could not read sheet")
		return
	}
	saved := 0
	for i := range rings {
		if _, err := p.Rings.Insert(r.Context(), &rings[i]); err == nil {
			saved++
		}
	}
	r.Response.WriteJson(g.Map{"imported": saved, "total": len(rings)})
}

type sheetCache struct {
	mu     sync.Mutex
	sheets map[int64]*importer.Sheet
}

func newSheetCache() *sheetCache { return &sheetCache{sheets: map[int64]*importer.Sheet{}} }

func (p *Portal) loadSheet(r *ghttp.Request) {
	sheet, err := importer.LoadSheet(bytes.TrimSpace(r.GetBody()))
	if err != nil {
		r.Response.WriteStatus(http.StatusUnprocessableEntity)
		return
	}
	p.sheets.mu.Lock()
	p.sheets.sheets[r.GetCtxVar("volunteerId").Int64()] = sheet
	p.sheets.mu.Unlock()
	r.Response.WriteJson(g.Map{"status": "loaded"})
}

func (p *Portal) currentSheet(r *ghttp.Request) *importer.Sheet {
	p.sheets.mu.Lock()
	defer p.sheets.mu.Unlock()
	return p.sheets.sheets[r.GetCtxVar("volunteerId").Int64()]
}

func (p *Portal) reconcileLookup(r *ghttp.Request) {
	sheet := p.currentSheet(r)
	if sheet == nil {
		r.Response.WriteStatus(http.StatusConflict, "no sheet loaded")
		return
	}
	rows, err := sheet.Lookup(r.Get("ring").String())
	if err != nil {
		r.Response.WriteStatus(http.StatusBadRequest)
		return
	}
	r.Response.WriteJson(g.Map{"rows": rows})
}

func (p *Portal) reconcileLookupStrict(r *ghttp.Request) {
	sheet := p.currentSheet(r)
	if sheet == nil {
		r.Response.WriteStatus(http.StatusConflict, "no sheet loaded")
		return
	}
	rows, err := sheet.LookupChecked(r.Get("ring").String())
	if err != nil {
		r.Response.WriteStatus(http.StatusBadRequest, err.Error())
		return
	}
	r.Response.WriteJson(g.Map{"rows": rows})
}
