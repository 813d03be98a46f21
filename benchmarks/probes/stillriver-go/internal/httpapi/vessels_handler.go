package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

func (s *Server) searchVessels(w http.ResponseWriter, r *http.Request) {
	claims := claimsFrom(r.Context())
	out, err := s.Vessels.Search(r.Context(), claims.UserID, r.URL.Query().Get("name"))
	if err != nil {
		writeServiceError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getVessel(w http.ResponseWriter, r *http.Request) {
	id, ok := int64Param(r, "vesselID")
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid vessel id")
		return
	}
	v, err := s.Vessels.Get(r.Context(), id)
	if err != nil {
		writeServiceError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

type notesBody struct {
	Notes string `json:"notes"`
}

func (s *Server) updateNotes(w http.ResponseWriter, r *http.Request) {
	claims := claimsFrom(r.Context())
	id, ok := int64Param(r, "vesselID")
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid vessel id")
		return
	}
	var body notesBody
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&body); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON")
		return
	}
	if err := s.Vessels.UpdateNotes(r.Context(), id, claims.UserID, body.Notes); err != nil {
		writeServiceError(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) vesselProfile(w http.ResponseWriter, r *http.Request) {
	id, ok := int64Param(r, "vesselID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	v, err := s.Vessels.Get(r.Context(), id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	canEdit := false
	if c, err := r.Cookie(sessionCookie); err == nil {
		if claims, err := s.Issuer.Verify(c.Value); err == nil && claims.UserID == v.OwnerID {
			canEdit = true
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.Renderer.VesselProfile(w, v, nil, canEdit); err != nil {
		s.Log.Error("render profile", "vessel", id, "err", err)
	}
}

func (s *Server) lockLevel(w http.ResponseWriter, r *http.Request) {
	lockID, ok := int64Param(r, "lockID")
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid lock id")
		return
	}
	reading, err := s.Vessels.LockLevel(r.Context(), lockID)
	if err != nil {
		writeError(w, http.StatusBadGateway, "gauge unavailable")
		return
	}
	writeJSON(w, http.StatusOK, reading)
}

func (s *Server) temporaryGauge(w http.ResponseWriter, r *http.Request) {
	reading, err := s.Vessels.TemporaryGaugeLevel(r.Context(), r.URL.Query().Get("station"))
	if err != nil {
		writeError(w, http.StatusBadGateway, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, reading)
}

func (s *Server) previewNotice(w http.ResponseWriter, r *http.Request) {
	claims := claimsFrom(r.Context())
	var req struct {
		LockID       int64  `json:"lockId"`
		Title        string `json:"title"`
		BodyTemplate string `json:"bodyTemplate"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON")
		return
	}
	var buf bytes.Buffer
	err := s.Notices.Preview(r.Context(), &buf, toPreview(req.LockID, req.Title, req.BodyTemplate), strconv.FormatInt(claims.UserID, 10))
	if err != nil {
		writeServiceError(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

func (s *Server) noticeBoard(w http.ResponseWriter, r *http.Request) {
	id, ok := int64Param(r, "noticeID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	var buf bytes.Buffer
	if err := s.Notices.Board(r.Context(), &buf, id, r.URL.Query().Get("back")); err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}
