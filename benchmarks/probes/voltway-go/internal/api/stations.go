package api

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/voltway/chargenet/internal/service"
	"github.com/voltway/chargenet/internal/web"
)

func stationIDParam(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, fail(http.StatusBadRequest, "invalid station id")
	}
	return id, nil
}

func (s *Server) getStation(w http.ResponseWriter, r *http.Request) error {
	id, err := stationIDParam(r)
	if err != nil {
		return err
	}
	st, err := s.Stations.ByID(r.Context(), id)
	return reply(w, http.StatusOK, st, err)
}

func (s *Server) searchStations(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if q.Get("city") == "" {
		return fail(http.StatusBadRequest, "city is required")
	}
	list, err := s.Stations.Search(r.Context(), q.Get("city"), q.Get("name"))
	return reply(w, http.StatusOK, list, err)
}

// previewStation renders the public page with unsaved edits from the editor.
func (s *Server) previewStation(w http.ResponseWriter, r *http.Request) error {
	id, err := stationIDParam(r)
	if err != nil {
		return err
	}
	st, err := s.Stations.ByID(r.Context(), id)
	if err != nil {
		return err
	}
	page := web.NewStationView(st.Name, st.City, st.MaxKW, r.FormValue("description"), r.PostFormValue("operator_note"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	return web.RenderStation(w, page)
}

func (s *Server) stationSessions(w http.ResponseWriter, r *http.Request) error {
	id, err := stationIDParam(r)
	if err != nil {
		return err
	}
	list, err := s.Sessions.ListForStation(r.Context(), id, r.URL.Query().Get("sort"))
	return reply(w, http.StatusOK, list, err)
}

func (s *Server) operatorSessions(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	list, err := s.Sessions.ListForOperator(r.Context(), operatorID(r.Context()), q.Get("order"), q.Get("dir") == "desc")
	return reply(w, http.StatusOK, list, err)
}

func (s *Server) quoteTariff(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Formula string `json:"formula"`
		service.FormulaInput
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Formula == "" {
		return fail(http.StatusBadRequest, "formula is required")
	}
	price, err := s.Tariffs.Quote(req.Formula, req.FormulaInput)
	if err != nil {
		return fail(http.StatusUnprocessableEntity, err.Error())
	}
	return reply(w, http.StatusOK, map[string]float64{"price": price}, nil)
}

func (s *Server) idleFee(w http.ResponseWriter, r *http.Request) error {
	minutes, err := strconv.ParseFloat(r.URL.Query().Get("minutes"), 64)
	if err != nil || minutes < 0 {
		return fail(http.StatusBadRequest, "minutes must be a positive number")
	}
	fee, err := s.Tariffs.IdleFee(minutes)
	return reply(w, http.StatusOK, map[string]float64{"idle_fee": fee}, err)
}
