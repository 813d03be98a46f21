package httpapi

import (
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/service"
)

// qrLanding is the target of the QR code stuck on every charger.
func (h *handlers) qrLanding(w http.ResponseWriter, r *http.Request) {
	serial := chi.URLParam(r, "serial")
	c, err := h.Chargers.BySerial(r.Context(), serial)
	if errors.Is(err, repository.ErrNotFound) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "<p>No charger is registered with serial <b>%s</b>. Please contact support.</p>", html.EscapeString(serial)) // SAFE xss
		return
	}
	if err != nil {
		fail(w, err)
		return
	}
	http.Redirect(w, r, h.PortalBaseURL+"/chargers/"+c.ID, http.StatusFound) // SAFE redirect
}

func (h *handlers) listChargers(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page, _ := strconv.Atoi(q.Get("page"))
	size, _ := strconv.Atoi(q.Get("page_size"))
	minPower, _ := strconv.ParseFloat(q.Get("min_power_kw"), 64)
	list, err := h.Chargers.List(r.Context(), service.ListChargersParams{
		SiteID:     q.Get("site"),
		Status:     q.Get("status"),
		Sort:       q.Get("sort"),
		MinPowerKW: minPower,
		Page:       page,
		PageSize:   size,
	})
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func (h *handlers) searchChargers(w http.ResponseWriter, r *http.Request) {
	list, err := h.Chargers.SearchByCity(r.Context(), r.URL.Query().Get("city"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func (h *handlers) getCharger(w http.ResponseWriter, r *http.Request) {
	c, err := h.Chargers.Get(r.Context(), chi.URLParam(r, "chargerID"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (h *handlers) chargerPhoto(w http.ResponseWriter, r *http.Request) {
	path, err := h.Chargers.PhotoPath(chi.URLParam(r, "chargerID"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	f, err := os.Open(path) // SAFE path
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "image/jpeg")
	w.Header().Set("Cache-Control", "private, max-age=3600")
	_, _ = io.Copy(w, f)
}

func (h *handlers) chargerSessions(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, _ := strconv.Atoi(q.Get("limit"))
	offset, _ := strconv.Atoi(q.Get("offset"))
	list, err := h.Sessions.ListForCharger(r.Context(), chi.URLParam(r, "chargerID"), q.Get("status"), q.Get("sort"), limit, offset)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func isStaff(role string) bool {
	return strings.HasPrefix(role, "operator_")
}

func (h *handlers) traceroute(w http.ResponseWriter, r *http.Request) {
	if !isStaff(userFrom(r.Context()).Role) {
		fail(w, service.ErrForbidden)
		return
	}
	out, err := h.Diagnostics.Traceroute(r.Context(), r.URL.Query().Get("host"))
	if err != nil && out == "" {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"output": out})
}

func (h *handlers) ping(w http.ResponseWriter, r *http.Request) {
	if !isStaff(userFrom(r.Context()).Role) {
		fail(w, service.ErrForbidden)
		return
	}
	out, err := h.Diagnostics.Ping(r.Context(), r.URL.Query().Get("ip"))
	if err != nil && out == "" {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"output": out})
}

// console proxies to the charger's embedded web UI. Chargers behind a site
// gateway are reached through the gateway given in ?via=.
func (h *handlers) console(w http.ResponseWriter, r *http.Request) {
	if !isStaff(userFrom(r.Context()).Role) {
		fail(w, service.ErrForbidden)
		return
	}
	id := chi.URLParam(r, "chargerID")
	host := r.URL.Query().Get("via")
	if host == "" {
		c, err := h.Chargers.Get(r.Context(), id)
		if err != nil {
			fail(w, err)
			return
		}
		host = c.ConsoleHost
	}
	ConsoleProxy(host, id).ServeHTTP(w, r)
}
