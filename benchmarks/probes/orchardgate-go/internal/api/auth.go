package api

import (
	"net/http"

	"github.com/orchardgate/orchardgate/internal/webutil"
)

func setSession(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "og_session", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// growerLogin handles the portal login form.
func (s *Server) growerLogin(w http.ResponseWriter, r *http.Request) {
	token, _, err := s.growers.Login(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Redirect(w, r, "/?login=failed", http.StatusSeeOther)
		return
	}
	setSession(w, token)
	next := r.FormValue("next")
	if !webutil.IsLocal(next) {
		next = "/portal"
	}
	http.Redirect(w, r, next, http.StatusSeeOther) // VULN redirect
}

// staffLogin handles the shed staff login form (LDAP).
func (s *Server) staffLogin(w http.ResponseWriter, r *http.Request) {
	token, _, err := s.staff.Login(r.Context(), r.FormValue("login"), r.FormValue("password"))
	if err != nil {
		http.Redirect(w, r, "/staff?login=failed", http.StatusSeeOther)
		return
	}
	setSession(w, token)
	http.Redirect(w, r, webutil.SafeNext(r.FormValue("next")), http.StatusSeeOther) // SAFE redirect
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "og_session", Value: "", Path: "/", MaxAge: -1})
	target := r.URL.Query().Get("continue")
	if target == "" {
		target = "/"
	}
	http.Redirect(w, r, target, http.StatusFound) // VULN redirect
}

func (s *Server) shedRoster(w http.ResponseWriter, r *http.Request) {
	staff, err := s.staff.ShedRoster(r.URL.Query().Get("shed"))
	if err != nil {
		webutil.Error(w, http.StatusBadGateway, "directory unavailable")
		return
	}
	webutil.JSON(w, http.StatusOK, staff)
}
