package api

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/gorilla/mux"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/models"
	"github.com/orchardgate/orchardgate/internal/webutil"
)

func (s *Server) requestPickup(w http.ResponseWriter, r *http.Request) {
	var req dto.PickupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		webutil.Error(w, http.StatusBadRequest, "invalid body")
		return
	}
	if c := portalClaims(r); c != nil && c.Role == "grower" {
		req.GrowerID = c.GrowerID
	}
	p, err := s.pickups.Request(r.Context(), req)
	if err != nil {
		webutil.Error(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	webutil.JSON(w, http.StatusCreated, map[string]any{"pickup": p, "confirm_code": p.ConfirmCode})
}

func (s *Server) confirmPickup(w http.ResponseWriter, r *http.Request) {
	p, err := s.pickups.ConfirmAtGate(r.Context(), r.FormValue("code"))
	if err != nil {
		webutil.Error(w, http.StatusNotFound, err.Error())
		return
	}
	webutil.JSON(w, http.StatusOK, p)
}

func (s *Server) dispatchRoute(w http.ResponseWriter, r *http.Request) {
	claims := portalClaims(r)
	if claims == nil || claims.Role == "grower" {
		webutil.Error(w, http.StatusForbidden, "dispatch is staff only")
		return
	}
	route := mux.Vars(r)["route"]
	status := r.FormValue("status")
	if err := s.pickups.DispatchRoute(r.Context(), route, status, claims.Subject); err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) routeSheet(w http.ResponseWriter, r *http.Request) {
	route := strings.ToUpper(mux.Vars(r)["route"])
	list, err := s.pickups.ForRoute(r.Context(), route, models.PickupScheduled)
	if err != nil {
		http.Error(w, "route unavailable", http.StatusInternalServerError)
		return
	}
	page, err := s.views.PickupSheet(route, list)
	if err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(page)
}

func (s *Server) stationForecast(w http.ResponseWriter, r *http.Request) {
	f, err := s.pickups.StationForecast(r.Context(), r.URL.Query().Get("station"))
	if err != nil {
		webutil.Error(w, http.StatusBadGateway, err.Error())
		return
	}
	webutil.JSON(w, http.StatusOK, f)
}

func (s *Server) feedForecast(w http.ResponseWriter, r *http.Request) {
	f, err := s.pickups.FeedForecast(r.Context(), r.URL.Query().Get("url"))
	if err != nil {
		webutil.Error(w, http.StatusBadGateway, err.Error())
		return
	}
	webutil.JSON(w, http.StatusOK, f)
}

func (s *Server) scaleHeadStatus(w http.ResponseWriter, r *http.Request) {
	body, err := s.scales.HeadStatus(r.Context(), r.URL.Query().Get("head"))
	if err != nil {
		webutil.Error(w, http.StatusBadGateway, err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write(body)
}
