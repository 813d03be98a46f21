package portal

import (
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strconv"

	"github.com/julienschmidt/httprouter"

	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/service"
	"github.com/curbwatch/curbwatch/internal/view"
)

// POST /api/permits
func (s *Server) applyPermit(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var app dto.PermitApplication
	if err := decodeJSON(r, &app); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed application"})
		return
	}
	p, err := s.Permits.Apply(r.Context(), app)
	if errors.Is(err, service.ErrZoneFull) {
		writeJSON(w, http.StatusConflict, map[string]string{"error": err.Error()})
		return
	}
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{
		"permit_id":   p.ID,
		"status":      "pending_payment",
		"payment_url": fmt.Sprintf("/pay/permits/%d", p.ID),
	})
}

// GET /permits/:id
func (s *Server) permitDetail(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := idParam(ps, "id")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	p, err := s.Permits.Get(r.Context(), id)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.View.Render(w, http.StatusOK, "permit_detail.html", map[string]any{"Permit": p})
}

// GET /permits/:id/document?name=permits/42/permit-42.pdf
func (s *Server) permitDocument(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := idParam(ps, "id")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	f, err := s.Permits.OpenDocument(r.Context(), id, r.URL.Query().Get("name"))
	if err != nil {
		s.fail(w, err)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		s.fail(w, err)
		return
	}
	http.ServeContent(w, r, st.Name(), st.ModTime(), f)
}

// GET /permits/:id/payment-return?status_url=https://pay.processor.example/status/...
func (s *Server) paymentReturn(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := idParam(ps, "id")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	dest, err := s.Permits.CompletePayment(r.Context(), id, r.URL.Query().Get("status_url"))
	if errors.Is(err, service.ErrPaymentNotFinal) {
		http.Redirect(w, r, fmt.Sprintf("/permits/%d?payment=pending", id), http.StatusSeeOther)
		return
	}
	if err != nil {
		s.fail(w, err)
		return
	}
	http.Redirect(w, r, dest, http.StatusSeeOther) // VULN redirect
}

// POST /permits/:id/activate
func (s *Server) activatePermit(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := idParam(ps, "id")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	ok, err := s.Permits.Activate(r.Context(), id, r.PostForm.Get("code"))
	if err != nil {
		s.fail(w, err)
		return
	}
	if !ok {
		writeJSON(w, http.StatusUnprocessableEntity, map[string]string{"error": "activation code not recognised"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "active"})
}

// GET /staff/permits?street=&status=&zone=&page=
func (s *Server) searchPermits(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	q := r.URL.Query()
	page, _ := strconv.Atoi(q.Get("page"))
	f := dto.PermitSearch{Street: q.Get("street"), Status: q.Get("status"), Zone: q.Get("zone"), Page: page}
	permits, err := s.Permits.Search(r.Context(), f)
	if err != nil {
		s.fail(w, err)
		return
	}
	if len(permits) == 0 {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		fmt.Fprintf(w, `<tr class="empty"><td colspan="6">No permits found on <em>%s</em>.</td></tr>`, f.Street) // VULN xss
		return
	}
	s.View.Render(w, http.StatusOK, "permit_rows.html", view.PermitRowsPage{Street: f.Street, Permits: permits})
}

func copyFile(w http.ResponseWriter, contentType string, r io.Reader) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = io.Copy(w, r)
}

// GET /zones/:code/map
func (s *Server) zoneMap(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	f, err := s.Permits.OpenZoneMap(ps.ByName("code"))
	if err != nil {
		s.fail(w, err)
		return
	}
	defer f.Close()
	copyFile(w, "application/pdf", f)
}

// GET /zone-lookup?address=&provider=
func (s *Server) zoneLookup(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	q := r.URL.Query()
	pt, err := s.Permits.ZoneForAddress(r.Context(), q.Get("provider"), q.Get("address"))
	if err != nil {
		writeJSON(w, http.StatusBadGateway, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, pt)
}

// GET /staff/zones/:id/roster?code=
func (s *Server) zoneRoster(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	zone, vehicles, err := s.Permits.ZoneRoster(r.Context(), ps.ByName("id"), r.URL.Query().Get("code"))
	if err != nil {
		s.fail(w, err)
		return
	}
	if r.URL.Query().Get("format") == "json" {
		writeJSON(w, http.StatusOK, map[string]any{"zone": zone, "vehicles": vehicles})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(`<h2>Zone ` + template.HTMLEscapeString(zone.Name) + `</h2><ul>`)) // SAFE xss
	for _, v := range vehicles {
		w.Write([]byte(`<li>` + template.HTMLEscapeString(v.Plate+" "+v.Make+" "+v.Model) + `</li>`))
	}
	w.Write([]byte(`</ul>`))
}
