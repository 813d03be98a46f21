package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/models"
	"github.com/chairlift-resort/chairlift/internal/service"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

func (s *Server) handleBulletin(w http.ResponseWriter, r *http.Request) {
	region := strings.ToLower(r.PathValue("region"))
	if !validate.Region(region) {
		http.NotFound(w, r)
		return
	}
	bulletin, observations, err := s.Bulletins.Latest(r.Context(), region)
	if err != nil {
		if !s.notFound(w, r, err) {
			s.serverError(w, r, err)
		}
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	s.page(w, r, http.StatusOK, "bulletin", map[string]any{"Bulletin": bulletin, "Observations": observations})
}

// handleSubmitObservation receives field reports from the resort app.
func (s *Server) handleSubmitObservation(w http.ResponseWriter, r *http.Request) {
	sess := sessionFrom(r)
	if sess.CustomerID == 0 {
		writeJSONError(w, http.StatusUnauthorized, "sign in to submit observations")
		return
	}
	var req dto.ObservationRequest
	if err := decodeJSON(w, r, &req); err != nil {
		writeJSONError(w, http.StatusBadRequest, "invalid observation")
		return
	}
	if req.Reporter == "" {
		req.Reporter = sess.Email
	}
	obs, err := s.Bulletins.SubmitObservation(r.Context(), req)
	if err != nil {
		writeJSONError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	writeJSON(w, http.StatusCreated, obs)
}

func writeSnapshot(w http.ResponseWriter, snap *service.Snapshot) {
	ct := snap.ContentType
	if ct == "" {
		ct = "image/jpeg"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", strconv.Itoa(len(snap.Body)))
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(snap.Body)
}

// handleWebcam serves the latest image from one of the resort's cameras.
func (s *Server) handleWebcam(w http.ResponseWriter, r *http.Request) {
	snap, err := s.Webcams.ByID(r.Context(), r.PathValue("id"))
	if errors.Is(err, service.ErrUnknownCamera) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "camera unavailable", http.StatusBadGateway)
		return
	}
	writeSnapshot(w, snap)
}

// handlePartnerWebcam proxies images from the tourism board's webcam CDN.
func (s *Server) handlePartnerWebcam(w http.ResponseWriter, r *http.Request) {
	snap, err := s.Webcams.FromCDN(r.Context(), r.URL.Query().Get("src"))
	if errors.Is(err, service.ErrUnknownCamera) {
		http.Error(w, "unknown webcam", http.StatusBadRequest)
		return
	}
	if err != nil {
		http.Error(w, "camera unavailable", http.StatusBadGateway)
		return
	}
	writeSnapshot(w, snap)
}

var partnerEvents = map[string]bool{"order.paid": true, "bulletin.published": true, "lift.status": true}

// handleRegisterWebhook lets hotel and rental partners subscribe to events.
func (s *Server) handleRegisterWebhook(w http.ResponseWriter, r *http.Request) {
	if !s.partnerKeyValid(r.Header.Get("X-Partner-Key")) {
		writeJSONError(w, http.StatusUnauthorized, "valid partner key required")
		return
	}
	var req dto.WebhookRegistration
	if err := decodeJSON(w, r, &req); err != nil {
		writeJSONError(w, http.StatusBadRequest, "invalid registration")
		return
	}
	u, err := validate.HTTPSURL(strings.TrimSpace(req.URL))
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, "webhook URL must use https")
		return
	}
	var events []string
	for _, e := range req.Events {
		if partnerEvents[e] {
			events = append(events, e)
		}
	}
	if len(events) == 0 {
		writeJSONError(w, http.StatusBadRequest, "subscribe to at least one known event")
		return
	}
	secret := make([]byte, 24)
	if _, err := rand.Read(secret); err != nil {
		writeJSONError(w, http.StatusInternalServerError, "could not create secret")
		return
	}
	hook := models.PartnerWebhook{PartnerID: req.PartnerID, URL: u.String(), Events: events, Secret: hex.EncodeToString(secret)}
	if err := s.Stores.Partners.AddWebhook(r.Context(), &hook); err != nil {
		s.Logger.Error("add webhook", "err", err)
		writeJSONError(w, http.StatusInternalServerError, "registration failed")
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": hook.ID, "secret": hook.Secret, "events": hook.Events})
}

func (s *Server) partnerKeyValid(key string) bool {
	if key == "" {
		return false
	}
	ok := false
	for _, k := range s.Config.PartnerAPIKeys {
		if subtle.ConstantTimeCompare([]byte(k), []byte(key)) == 1 {
			ok = true
		}
	}
	return ok
}
