package portal

import (
	"net/http"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/dto"
)

var logoutDestinations = map[string]string{
	"portal": "/",
	"staff":  "/staff/appeals",
	"sso":    "https://sso.curbwatch.city/logout",
}

// POST /counter/refunds (form: citation_number, reason)
func (s *Server) counterRefund(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	cookie, err := r.Cookie("cw_counter")
	if err != nil {
		http.Error(w, "counter session required", http.StatusUnauthorized)
		return
	}
	sess, err := auth.DecodeCounterSession(cookie.Value)
	if err != nil {
		http.Error(w, "counter session required", http.StatusUnauthorized)
		return
	}
	if !sess.CanRefund || time.Since(sess.OpenedAt) > 12*time.Hour {
		http.Error(w, "refunds not permitted at this station", http.StatusForbidden)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	c, err := s.Citations.Refund(r.Context(), r.PostForm.Get("citation_number"), sess.ClerkBadge, r.PostForm.Get("reason"))
	if err != nil {
		s.fail(w, err)
		return
	}
	s.Log.Info("counter refund", "station", sess.Station, "clerk", sess.ClerkBadge, "citation", c.Number)
	writeJSON(w, http.StatusOK, c)
}

// POST /staff/notices/print
func (s *Server) printNotices(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var req dto.NoticePrintRequest
	if err := decodeJSON(r, &req); err != nil || len(req.CitationIDs) == 0 {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "printer and citation_ids required"})
		return
	}
	n, err := s.Notices.PrintLateNotices(r.Context(), req.Printer, req.CitationIDs)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]int{"queued": n})
}

// GET /staff/printers/:name
func (s *Server) printerStatus(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	status, err := s.Notices.PrinterStatus(r.Context(), ps.ByName("name"))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": status})
}

// GET /logout?to=portal|staff|sso
func (s *Server) logout(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if c, err := r.Cookie("cw_session"); err == nil {
		if sess, err := s.Sessions.Decode(c.Value); err == nil {
			s.Log.Info("staff logout", "badge", sess.Badge)
		}
	}
	for _, name := range []string{"cw_session", "cw_sso", "cw_counter"} {
		http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: "/", MaxAge: -1, Secure: true, HttpOnly: true})
	}
	dest, ok := logoutDestinations[r.URL.Query().Get("to")]
	if !ok {
		dest = "/"
	}
	http.Redirect(w, r, dest, http.StatusFound) // SAFE redirect
}
