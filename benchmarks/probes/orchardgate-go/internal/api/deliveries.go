package api

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/grading"
	"github.com/orchardgate/orchardgate/internal/webutil"
)

func (s *Server) intake(w http.ResponseWriter, r *http.Request) {
	var req dto.IntakeRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&req); err != nil {
		webutil.Error(w, http.StatusBadRequest, "invalid intake payload")
		return
	}
	res, err := s.deliveries.Intake(r.Context(), req)
	if err != nil {
		webutil.Error(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	webutil.JSON(w, http.StatusCreated, res)
}

func (s *Server) listDeliveries(w http.ResponseWriter, r *http.Request) {
	id, ok := webutil.UintParam(mux.Vars(r)["id"])
	if !ok {
		webutil.Error(w, http.StatusBadRequest, "invalid grower id")
		return
	}
	q := r.URL.Query()
	f := dto.DeliveryFilter{
		GrowerID: id,
		Season:   webutil.IntOr(q.Get("season"), 0),
		SortBy:   q.Get("sort"),
		Limit:    webutil.IntOr(q.Get("limit"), 50),
		Offset:   webutil.IntOr(q.Get("offset"), 0),
	}
	list, err := s.deliveries.List(r.Context(), f)
	if err != nil {
		webutil.Error(w, http.StatusInternalServerError, "could not list deliveries")
		return
	}
	webutil.JSON(w, http.StatusOK, list)
}

func (s *Server) recentDeliveries(w http.ResponseWriter, r *http.Request) {
	list, err := s.deliveries.Recent(r.Context(), r.URL.Query().Get("sort"))
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	webutil.JSON(w, http.StatusOK, list)
}

func (s *Server) gradeTotals(w http.ResponseWriter, r *http.Request) {
	id, _ := webutil.UintParam(mux.Vars(r)["id"])
	season := webutil.IntOr(r.URL.Query().Get("season"), 0)
	rows, err := s.deliveries.GradeTotals(r.Context(), id, season)
	if err != nil {
		webutil.Error(w, http.StatusInternalServerError, "report failed")
		return
	}
	webutil.JSON(w, http.StatusOK, rows)
}

func (s *Server) varietyTotals(w http.ResponseWriter, r *http.Request) {
	season, err := strconv.Atoi(r.URL.Query().Get("season"))
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, "season must be a year")
		return
	}
	rows, err := s.deliveries.VarietyTotals(r.Context(), season, r.URL.Query().Get("variety"))
	if err != nil {
		webutil.Error(w, http.StatusInternalServerError, "report failed")
		return
	}
	webutil.JSON(w, http.StatusOK, rows)
}

func (s *Server) receipt(w http.ResponseWriter, r *http.Request) {
	id, ok := webutil.UintParam(mux.Vars(r)["id"])
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.deliveries.WriteReceipt(r.Context(), w, id); err != nil {
		http.Error(w, "receipt unavailable", http.StatusNotFound)
	}
}

type formulaPreview struct {
	Formula string         `json:"formula"`
	Sample  grading.Sample `json:"sample"`
}

func (s *Server) previewFormula(w http.ResponseWriter, r *http.Request) {
	var in formulaPreview
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		webutil.Error(w, http.StatusBadRequest, "invalid body")
		return
	}
	score, grade, err := s.deliveries.PreviewFormula(in.Formula, in.Sample)
	if err != nil {
		webutil.Error(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	webutil.JSON(w, http.StatusOK, map[string]any{"score": score, "grade": grade})
}

func (s *Server) quickGrade(w http.ResponseWriter, r *http.Request) {
	var sample grading.Sample
	if err := json.NewDecoder(r.Body).Decode(&sample); err != nil {
		webutil.Error(w, http.StatusBadRequest, "invalid body")
		return
	}
	score, grade, err := s.deliveries.QuickGrade(mux.Vars(r)["name"], sample)
	if err != nil {
		webutil.Error(w, http.StatusNotFound, err.Error())
		return
	}
	webutil.JSON(w, http.StatusOK, map[string]any{"score": score, "grade": grade})
}

func (s *Server) saveProfile(w http.ResponseWriter, r *http.Request) {
	claims := portalClaims(r)
	if claims == nil || claims.Role != "admin" {
		webutil.Error(w, http.StatusForbidden, "admin only")
		return
	}
	var upd dto.ProfileUpdate
	if err := json.NewDecoder(r.Body).Decode(&upd); err != nil {
		webutil.Error(w, http.StatusBadRequest, "invalid body")
		return
	}
	if err := s.deliveries.SaveProfile(r.Context(), upd, claims.Subject); err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	if r.URL.Query().Get("activate") == "1" {
		_ = s.deliveries.ActivateProfile(r.Context(), upd.Name)
	}
	w.WriteHeader(http.StatusNoContent)
}
