package api

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/voltway/chargenet/internal/service"
)

func (s *Server) stationDocument(w http.ResponseWriter, r *http.Request) error {
	data, err := s.Files.Document(chi.URLParam(r, "code"), r.URL.Query().Get("file"))
	if err != nil {
		return fail(http.StatusNotFound, "document not found")
	}
	w.Header().Set("Content-Type", http.DetectContentType(data))
	_, err = w.Write(data)
	return err
}

func (s *Server) requestExport(w http.ResponseWriter, r *http.Request) error {
	id, err := s.Exports.RequestStationExport(chi.URLParam(r, "code"), r.URL.Query().Get("format"), operatorID(r.Context()))
	return reply(w, http.StatusAccepted, map[string]string{"job_id": id}, err)
}

func (s *Server) downloadExport(w http.ResponseWriter, r *http.Request) error {
	f, err := s.Files.OpenExport(r.URL.Query().Get("name"))
	if err != nil {
		return fail(http.StatusNotFound, "export not found")
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/gzip")
	_, err = io.Copy(w, f)
	return err
}

func (s *Server) downloadReceipt(w http.ResponseWriter, r *http.Request) {
	root := filepath.Clean(s.Config.ReceiptDir)
	full := filepath.Clean(filepath.Join(root, r.URL.Query().Get("f")))
	if !strings.HasPrefix(full, root+string(os.PathSeparator)) {
		http.Error(w, "invalid receipt path", http.StatusBadRequest)
		return
	}
	http.ServeFile(w, r, full) // SAFE path
}

func (s *Server) uploadFirmware(w http.ResponseWriter, r *http.Request) error {
	file, hdr, err := r.FormFile("bundle")
	if err != nil {
		return fail(http.StatusBadRequest, "bundle is required")
	}
	defer file.Close()
	dir, files, err := s.Files.InstallFirmware(hdr.Filename, file, hdr.Size)
	if err != nil {
		return fail(http.StatusUnprocessableEntity, err.Error())
	}
	return reply(w, http.StatusCreated, map[string]any{"bundle": filepath.Base(dir), "files": files}, nil)
}

func (s *Server) testWebhook(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		URL string `json:"url"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.URL == "" {
		return fail(http.StatusBadRequest, "url is required")
	}
	status, err := s.Outbound.TestDelivery(req.URL)
	if err != nil {
		return reply(w, http.StatusOK, map[string]any{"delivered": false, "error": err.Error()}, nil)
	}
	return reply(w, http.StatusOK, map[string]any{"delivered": status < 300, "status": status}, nil)
}

func (s *Server) payoutSummary(w http.ResponseWriter, r *http.Request) error {
	lines, err := s.Payouts.Summary(r.Context(), operatorID(r.Context()), r.URL.Query().Get("period"))
	if err == service.ErrInvalidPeriod {
		return fail(http.StatusBadRequest, err.Error())
	}
	return reply(w, http.StatusOK, lines, err)
}

func (s *Server) requestPayoutReport(w http.ResponseWriter, r *http.Request) error {
	period, err := time.Parse("2006-01", r.FormValue("period"))
	if err != nil {
		return fail(http.StatusBadRequest, service.ErrInvalidPeriod.Error())
	}
	id, err := s.Exports.RequestPayoutReport(period, operatorID(r.Context()))
	return reply(w, http.StatusAccepted, map[string]string{"job_id": id}, err)
}

func (s *Server) traceroute(w http.ResponseWriter, r *http.Request) error {
	out, err := service.Traceroute(r.Context(), r.URL.Query().Get("host"))
	return reply(w, http.StatusOK, map[string]string{"output": out}, err)
}

func (s *Server) ping(w http.ResponseWriter, r *http.Request) error {
	out, err := service.Ping(r.Context(), r.URL.Query().Get("ip"))
	if err == service.ErrInvalidTarget {
		return fail(http.StatusBadRequest, err.Error())
	}
	return reply(w, http.StatusOK, map[string]string{"output": out}, err)
}
