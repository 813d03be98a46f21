package portal

import (
	"net/http"

	"github.com/julienschmidt/httprouter"

	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/view"
)

// GET /staff/appeals?sort=submitted&dir=asc
func (s *Server) appealQueue(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	q := r.URL.Query()
	appeals, err := s.Appeals.Queue(r.Context(), q.Get("sort"), q.Get("dir"))
	if err != nil {
		s.fail(w, err)
		return
	}
	s.View.Render(w, http.StatusOK, "appeals_queue.html", view.AppealQueuePage{Appeals: appeals, Sort: q.Get("sort"), Dir: q.Get("dir")})
}

// GET /staff/appeals/:id
func (s *Server) appealReview(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := idParam(ps, "id")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	a, c, err := s.Appeals.Get(r.Context(), id)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.View.Render(w, http.StatusOK, "appeal_review.html", view.NewAppealReviewPage(a, c, staffFrom(r.Context())))
}

// POST /staff/appeals/:id/decision (form: outcome=upheld|denied, note=...)
func (s *Server) decideAppeal(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := idParam(ps, "id")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	upheld := r.PostForm.Get("outcome") == "upheld"
	if err := s.Appeals.Decide(r.Context(), id, upheld, r.PostForm.Get("note"), staffFrom(r.Context())); err != nil {
		s.fail(w, err)
		return
	}
	http.Redirect(w, r, "/staff/appeals", http.StatusSeeOther)
}

// POST /fleet/register
func (s *Server) registerFleet(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var reg dto.FleetRegistration
	if err := decodeJSON(r, &reg); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed registration"})
		return
	}
	acct, err := s.Fleets.Register(r.Context(), reg)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"fleet_id": acct.ID, "webhook_url": acct.WebhookURL})
}

type passwordChange struct {
	Email    string `json:"email"`
	Current  string `json:"current_password"`
	Password string `json:"new_password"`
}

// POST /fleet/password
func (s *Server) changeFleetPassword(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var req passwordChange
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed request"})
		return
	}
	if err := s.Fleets.ChangePassword(r.Context(), req.Email, req.Current, req.Password); err != nil {
		s.fail(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// GET /staff/fleets
func (s *Server) fleetList(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	accounts, err := s.Fleets.List(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	s.View.Render(w, http.StatusOK, "fleet_list.html", map[string]any{"Rows": view.NewFleetRows(accounts)})
}
