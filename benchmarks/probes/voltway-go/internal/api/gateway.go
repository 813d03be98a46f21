package api

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/voltway/chargenet/internal/ocpp"
	"github.com/voltway/chargenet/internal/store"
)

const maxGatewayBody = 2 << 20

func (s *Server) importSnapshot(w http.ResponseWriter, r *http.Request) error {
	n, err := s.Sessions.ImportSnapshot(r.Context(), chi.URLParam(r, "code"), io.LimitReader(r.Body, maxGatewayBody))
	if err != nil {
		return fail(http.StatusBadRequest, err.Error())
	}
	return reply(w, http.StatusOK, map[string]int{"imported": n}, nil)
}

func (s *Server) uploadManifest(w http.ResponseWriter, r *http.Request) error {
	raw, err := io.ReadAll(io.LimitReader(r.Body, maxGatewayBody))
	if err != nil {
		return fail(http.StatusBadRequest, "could not read manifest")
	}
	info, err := ocpp.InspectManifest(raw)
	return reply(w, http.StatusOK, info, err)
}

func (s *Server) uploadOCPPConfig(w http.ResponseWriter, r *http.Request) error {
	raw, err := io.ReadAll(io.LimitReader(r.Body, maxGatewayBody))
	if err != nil {
		return fail(http.StatusBadRequest, "could not read config")
	}
	cfg, err := ocpp.DecodeConfig(raw)
	if err != nil {
		return fail(http.StatusUnprocessableEntity, err.Error())
	}
	if cfg.Identity != chi.URLParam(r, "code") {
		return fail(http.StatusConflict, "config identity does not match station")
	}
	return reply(w, http.StatusOK, cfg, nil)
}

func (s *Server) queryTelemetry(w http.ResponseWriter, r *http.Request) error {
	var q store.TelemetryQuery
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		return fail(http.StatusBadRequest, "invalid query")
	}
	q.StationCode = chi.URLParam(r, "code")
	docs, err := s.Telemetry.Find(r.Context(), q)
	return reply(w, http.StatusOK, docs, err)
}

func (s *Server) connectorTelemetry(w http.ResponseWriter, r *http.Request) error {
	docs, err := s.Telemetry.ByConnector(r.Context(), chi.URLParam(r, "code"), chi.URLParam(r, "connector"))
	return reply(w, http.StatusOK, docs, err)
}
