package main

import (
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/julienschmidt/httprouter"
)

var store *sql.DB

// net/http: a multipart form's values and its uploads' client file names
func uploadScan(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		return
	}
	f, h, err := r.FormFile("scan")
	if err != nil {
		return
	}
	defer f.Close()
	// ruleid: trace.go.path-traversal.tainted-file-path
	out, _ := os.Create(filepath.Join("/srv/scans", h.Filename))
	io.Copy(out, f)
	// ok: trace.go.path-traversal.tainted-file-path
	kept, _ := os.Create(filepath.Join("/srv/scans", filepath.Base(h.Filename)))
	io.Copy(kept, f)
	for _, fh := range r.MultipartForm.File["pages"] {
		// ruleid: trace.go.path-traversal.tainted-file-path
		os.Create("/srv/scans/" + fh.Filename)
	}
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "ocr --lang "+r.MultipartForm.Value["lang"][0]).Run()
	pages, err := strconv.Atoi(r.MultipartForm.Value["pages"][0])
	if err != nil {
		return
	}
	// ok: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "ocr --pages "+strconv.Itoa(pages)).Run()
}

// a Location header written by hand is a redirect
func legacyLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if r.Method == http.MethodHead {
		// ruleid: trace.go.open-redirect.tainted-redirect
		w.Header().Set("Location", next)
		w.WriteHeader(http.StatusFound)
		return
	}
	// ok: trace.go.open-redirect.tainted-redirect
	w.Header().Set("Location", "/login?next="+url.QueryEscape(next))
	// ok: trace.go.open-redirect.tainted-redirect
	w.Header().Set("Content-Location", "/login")
	w.WriteHeader(http.StatusFound)
}

// chi's and httprouter's path parameters read back from the request's context
func invoiceByRef(w http.ResponseWriter, r *http.Request) {
	// ruleid: trace.go.sql-injection.tainted-query
	store.Query("SELECT * FROM invoices WHERE ref = '" + chi.URLParamFromCtx(r.Context(), "ref") + "'")
	rctx := chi.RouteContext(r.Context())
	// ruleid: trace.go.sql-injection.tainted-query
	store.Query("SELECT * FROM invoices WHERE ref = '" + rctx.URLParam("ref") + "'")
	// ok: trace.go.sql-injection.tainted-query
	store.Query("SELECT * FROM invoices WHERE route = '" + rctx.RoutePattern() + "'")
	id, err := strconv.Atoi(chi.URLParamFromCtx(r.Context(), "id"))
	if err != nil {
		return
	}
	// ok: trace.go.sql-injection.tainted-query
	store.Query(fmt.Sprintf("SELECT * FROM invoices WHERE id = %d", id))
}

func attachmentByName(w http.ResponseWriter, r *http.Request) {
	ps := httprouter.ParamsFromContext(r.Context())
	// ruleid: trace.go.path-traversal.tainted-file-path
	os.ReadFile("/srv/attachments/" + ps.ByName("name"))
	// ok: trace.go.path-traversal.tainted-file-path
	os.ReadFile("/srv/attachments/" + filepath.Base(ps.ByName("name")))
}

// a list of settings read by name, not a router's parameters
type settings map[string]string

func (s settings) ByName(name string) string { return s[name] }

func reindex(defaults settings) {
	// ok: trace.go.command-injection.tainted-command
	exec.Command(defaults.ByName("indexer"), "--all").Run()
}
