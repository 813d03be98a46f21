package httpapi

import (
	"encoding/json"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/emberline/dispatch/internal/models"
	"github.com/emberline/dispatch/internal/service"
)

type loginView struct {
	Next  string
	Error string
}

type consoleView struct {
	Operator  Operator
	Prefs     *service.ConsolePrefs
	Incidents []models.Incident
}

type incidentView struct {
	Operator  Operator
	Incident  *models.Incident
	NotesHTML template.HTML
}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.views.ExecuteTemplate(w, name, data); err != nil {
		s.log.Printf("render %s: %v", name, err)
	}
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, "login.html", loginView{Next: r.URL.Query().Get("next")})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		writeError(w, http.StatusBadRequest, "malformed form")
		return
	}
	username := r.PostForm.Get("username")
	token, err := s.auth.Login(r.Context(), username, r.PostForm.Get("password"))
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		s.render(w, "login.html", loginView{Next: r.PostForm.Get("next"), Error: "Sign-in failed"})
		return
	}
	finishLogin(w, r, token, service.ReturnPath(r.PostForm.Get("next")))
}

func isLocalPath(p string) bool {
	if p == "" || !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.Contains(p, `\`) {
		return false
	}
	u, err := url.Parse(p)
	return err == nil && u.Scheme == "" && u.Host == ""
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "ember_token", Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true})
	target := "/login"
	if next := r.URL.Query().Get("next"); isLocalPath(next) {
		target = next
	}
	http.Redirect(w, r, target, http.StatusFound) // SAFE redirect
}

func (s *Server) console(w http.ResponseWriter, r *http.Request) {
	prefs := &service.ConsolePrefs{Region: "all", Units: "imperial"}
	if c, err := r.Cookie("ember_prefs"); err == nil {
		if p, err := s.auth.DecodePrefs(c.Value); err == nil {
			prefs = p
		}
	}
	incidents, err := s.incidents.List(r.Context(), "active", "updated", 1)
	if err != nil {
		fail(w, err)
		return
	}
	s.render(w, "console.html", consoleView{Operator: operatorFrom(r.Context()), Prefs: prefs, Incidents: incidents})
}

// formatNotes keeps the line breaks dispatchers type into situation notes.
func formatNotes(notes string) string {
	return strings.ReplaceAll(strings.TrimSpace(notes), "\n", "<br>\n")
}

func (s *Server) consoleIncident(w http.ResponseWriter, r *http.Request) {
	inc, err := s.incidents.ByCode(r.Context(), r.PathValue("code"))
	if err != nil {
		fail(w, err)
		return
	}
	s.render(w, "incident.html", incidentView{
		Operator:  operatorFrom(r.Context()),
		Incident:  inc,
		NotesHTML: template.HTML(formatNotes(inc.Notes)),
	})
}

func (s *Server) incidentMapLink(w http.ResponseWriter, r *http.Request) {
	inc, err := s.incidents.ByCode(r.Context(), r.PathValue("code"))
	if err != nil {
		fail(w, err)
		return
	}
	if inc.MapURL == "" {
		writeNoticeText(w, http.StatusOK, "No map published for "+inc.Code)
		return
	}
	writeMapLink(w, "Open "+inc.Name+" in map viewer", inc.MapURL)
}

func (s *Server) savePrefs(w http.ResponseWriter, r *http.Request) {
	var p service.ConsolePrefs
	if err := json.NewDecoder(io.LimitReader(r.Body, 16<<10)).Decode(&p); err != nil {
		writeError(w, http.StatusBadRequest, "malformed preferences")
		return
	}
	v, err := s.auth.EncodePrefs(p)
	if err != nil {
		fail(w, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "ember_prefs", Value: v, Path: "/console", HttpOnly: true, Secure: true, MaxAge: 90 * 24 * 3600})
	w.WriteHeader(http.StatusNoContent)
}
