package main

import (
	"database/sql"
	"encoding/json"
	"html/template"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

type Config struct {
	ConsentDir   string
	PartnerHosts map[string]bool
	ListenAddr   string
}

type PortalHandler struct {
	cfg   Config
	store *ClinicStore
	http  *http.Client
}

var confirmTmpl = template.Must(template.New("confirm").Parse(`<h2>Thank you, {{.Name}}</h2><p>Your visit on {{.When}} is confirmed.</p>`))

func (h *PortalHandler) Routes() chi.Router {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer)
	r.Get("/appointments", h.search)
	r.Get("/appointments/{id}", h.getOne)
	r.Get("/wards/{ward}/sheet", h.wardSheet)
	r.Get("/consent", h.consentRaw)
	r.Get("/consent/{name}", h.consentByName)
	r.Post("/imaging/fetch", h.fetchImaging)
	r.Post("/imaging/partner", h.fetchPartner)
	r.Get("/signin/finish", h.finishSignin)
	r.Get("/confirm", h.confirm)
	r.Get("/confirm/plain", h.confirmPlain)
	r.Post("/exports", h.export)
	return r
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (h *PortalHandler) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rows, err := h.store.SearchByPatient(r.Context(), q.Get("name"), q.Get("ward"))
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (h *PortalHandler) getOne(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var a Appointment
	if err := h.store.ByID(r.Context(), id).Scan(&a.ID, &a.PatientName, &a.StartsAt); err == sql.ErrNoRows {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (h *PortalHandler) wardSheet(w http.ResponseWriter, r *http.Request) {
	sheet, err := h.store.WardSheet(chi.URLParam(r, "ward"), r.URL.Query().Get("order"))
	if err != nil {
		http.Error(w, "sheet failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, sheet)
}

func (h *PortalHandler) consentRaw(w http.ResponseWriter, r *http.Request) {
	doc := filepath.Join(h.cfg.ConsentDir, r.URL.Query().Get("doc"))
	http.ServeFile(w, r, doc) // VULN path-traversal
}

func (h *PortalHandler) consentByName(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(filepath.Clean("/" + chi.URLParam(r, "name")))
	if name == "/" || strings.HasPrefix(name, ".") {
		http.NotFound(w, r)
		return
	}
	f, err := os.Open(filepath.Join(h.cfg.ConsentDir, name)) // SAFE path-traversal
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	_, _ = io.Copy(w, f)
}

type imagingRequest struct {
	StudyURL string `json:"study_url"`
}

func (h *PortalHandler) fetchImaging(w http.ResponseWriter, r *http.Request) {
	var req imagingRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	resp, err := h.http.Get(req.StudyURL) // VULN ssrf
	if err != nil {
		http.Error(w, "upstream failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/dicom")
	_, _ = io.Copy(w, resp.Body)
}

func (h *PortalHandler) fetchPartner(w http.ResponseWriter, r *http.Request) {
	var req imagingRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(req.StudyURL)
	if err != nil || u.Scheme != "https" || !h.cfg.PartnerHosts[u.Hostname()] {
		http.Error(w, "host not allowed", http.StatusForbidden)
		return
	}
	resp, err := h.http.Get(u.String()) // SAFE ssrf
	if err != nil {
		http.Error(w, "upstream failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	_, _ = io.Copy(w, resp.Body)
}

func (h *PortalHandler) finishSignin(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	if next == "" {
		next = "/portal"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) // VULN open-redirect
}

func (h *PortalHandler) confirm(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	data := struct{ Name, When string }{r.URL.Query().Get("name"), r.URL.Query().Get("when")}
	_ = confirmTmpl.Execute(w, data) // SAFE xss
}

func (h *PortalHandler) confirmPlain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	name := r.URL.Query().Get("name")
	io.WriteString(w, "<h2>Thank you, "+name+"</h2><p>We will text you a reminder.</p>") // VULN xss
}

func (h *PortalHandler) export(w http.ResponseWriter, r *http.Request) {
	opts := ExportOptions{Ward: r.PostFormValue("ward"), Format: r.PostFormValue("format"), Label: r.Header.Get("X-Export-Label")}
	out, err := RunExport(r.Context(), opts)
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(out)
}

func main() {
	cfg := Config{
		ConsentDir:   "/srv/clinic/consent",
		PartnerHosts: map[string]bool{"pacs.regionalimaging.example": true},
		ListenAddr:   ":8080",
	}
	store := &ClinicStore{}
	h := &PortalHandler{cfg: cfg, store: store, http: pacsClient()}
	go func() {
		log.Fatal(newStaffEngine(store).Run(":8081"))
	}()
	log.Fatal(http.ListenAndServe(cfg.ListenAddr, h.Routes()))
}
