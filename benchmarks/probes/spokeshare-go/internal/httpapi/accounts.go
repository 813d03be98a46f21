package httpapi

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/spokeshare/spokeshare/internal/platform"
	"github.com/spokeshare/spokeshare/internal/service"
)

func (h *handler) login(w http.ResponseWriter, r *http.Request) {
	token, err := h.Auth.Login(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		writeError(w, http.StatusUnauthorized, "invalid email or password")
		return
	}
	csrf, _ := platform.SessionID()
	http.SetCookie(w, &http.Cookie{Name: "spk_session", Value: token, Path: "/", HttpOnly: true, Secure: true})
	http.SetCookie(w, &http.Cookie{Name: "spk_csrf", Value: csrf, Path: "/", Secure: true, SameSite: http.SameSiteStrictMode})
	writeJSON(w, http.StatusOK, map[string]string{"token": token})
}

func (h *handler) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "spk_session", Value: "", Path: "/", MaxAge: -1})
	next := platform.SafeRedirect(r.URL.Query().Get("next"), "/")
	http.Redirect(w, r, next, http.StatusFound) // SAFE redirect
}

func (h *handler) startReset(w http.ResponseWriter, r *http.Request) {
	if _, err := h.Auth.StartPasswordReset(r.Context(), r.FormValue("email")); err != nil {
		h.Log.Info("password reset requested for unknown address")
	}
	w.WriteHeader(http.StatusAccepted)
}

func (h *handler) staffLogin(w http.ResponseWriter, r *http.Request) {
	user, pass := r.FormValue("username"), r.FormValue("password")
	if user == "" || pass == "" {
		writeError(w, http.StatusBadRequest, "username and password are required")
		return
	}
	member, err := h.Directory.Authenticate(user, pass)
	if err != nil {
		writeError(w, http.StatusUnauthorized, "invalid staff credentials")
		return
	}
	writeJSON(w, http.StatusOK, member)
}

func (h *handler) staffProfile(w http.ResponseWriter, r *http.Request) {
	if member, err := h.Directory.Lookup(chi.URLParam(r, "uid")); err != nil {
		writeError(w, http.StatusNotFound, "no such staff member")
	} else {
		writeJSON(w, http.StatusOK, member)
	}
}

// uploadDocument accepts an ID document, required before a rider can unlock e-scooters.
func (h *handler) uploadDocument(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("document")
	if err != nil {
		writeError(w, http.StatusBadRequest, "document is required")
		return
	}
	defer file.Close()
	data, _ := io.ReadAll(io.LimitReader(file, 8<<20))
	kind := r.PostFormValue("kind")
	if kind == "" {
		kind = "licence"
	}
	if _, err := h.Documents.Save(riderFrom(r).Subject, kind, header.Filename, data); err != nil {
		writeError(w, http.StatusBadRequest, "could not store document")
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// favouriteDocks returns the docks pinned in the app, e.g. /docks?ids=12,40,41.
func (h *handler) favouriteDocks(w http.ResponseWriter, r *http.Request) {
	var ids []int64
	for _, part := range strings.Split(r.URL.Query().Get("ids"), ",") {
		if id, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64); err == nil && len(ids) < 50 {
			ids = append(ids, id)
		}
	}
	docks, err := h.Docks.ByIDs(r.Context(), ids)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "could not load docks")
		return
	}
	writeJSON(w, http.StatusOK, docks)
}

// dockCard renders the availability widget that partner websites embed in an iframe.
func (h *handler) dockCard(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(chi.URLParam(r, "dockID"), 10, 64)
	dock, err := h.Docks.Get(r.Context(), id)
	if err != nil {
		writeError(w, http.StatusNotFound, "dock not found")
		return
	}
	label := r.URL.Query().Get("label")
	if label == "" {
		label = html.EscapeString(dock.Name)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(`<div class="spk-card"><h4>` + label + `</h4><span>` + strconv.Itoa(dock.Free) + ` free slots</span></div>`)) // VULN xss
}

func (h *handler) searchDocks(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	docks, err := h.Docks.SearchByName(r.Context(), q)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "search failed")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(`<p class="hint">Docks matching &ldquo;` + html.EscapeString(q) + `&rdquo;</p><ul>`)) // SAFE xss
	for _, d := range docks {
		fmt.Fprintf(w, `<li data-id="%d">%s</li>`, d.ID, html.EscapeString(d.Name))
	}
	w.Write([]byte(`</ul>`))
}

// importDockManifest registers a newly installed dock from the manufacturer's manifest file.
func (h *handler) importDockManifest(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("manifest")
	if err != nil {
		writeError(w, http.StatusBadRequest, "manifest file is required")
		return
	}
	defer file.Close()
	data, _ := io.ReadAll(io.LimitReader(file, 1<<20))
	if m, err := service.ParseDockManifest(data); err != nil {
		writeError(w, http.StatusUnprocessableEntity, "invalid manifest")
	} else {
		writeJSON(w, http.StatusOK, m)
	}
}
