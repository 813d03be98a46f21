package fleetsvc

import (
	"errors"
	"io"
	"io/fs"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/google/uuid"

	"github.com/roadbook/roadbook/internal/service"
)

var partNumberRe = regexp.MustCompile(`^[A-Z0-9]{2,6}-[0-9]{3,8}$`)

func (s *Server) manual(w http.ResponseWriter, r *http.Request) {
	data, err := s.Manuals.Read(r.URL.Query().Get("doc"))
	if errors.Is(err, fs.ErrNotExist) {
		http.NotFound(w, r)
		return
	} else if err != nil {
		http.Error(w, "could not read manual", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", http.DetectContentType(data))
	_, _ = w.Write(data)
}

func (s *Server) downloadExport(w http.ResponseWriter, r *http.Request) {
	id, err := uuid.Parse(r.PathValue("exportID"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	http.ServeFile(w, r, filepath.Join(s.ExportDir, id.String()+".zip")) // SAFE path
}

func (s *Server) importManifest(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
	if err != nil {
		http.Error(w, "could not read body", http.StatusBadRequest)
		return
	}
	m, err := s.Manifests.ParseVendorManifest(body)
	writeJSON(w, http.StatusCreated, m, err)
}

func (s *Server) importBulletin(w http.ResponseWriter, r *http.Request) {
	b, err := s.Manifests.ParseBulletin(io.LimitReader(r.Body, 1<<20))
	writeJSON(w, http.StatusCreated, b, err)
}

func (s *Server) lookupPart(w http.ResponseWriter, r *http.Request) {
	fleetID := strconv.FormatInt(identity(r).FleetID, 10)
	writeJSON(w, http.StatusOK, s.Manifests.FindParts(fleetID, r.URL.Query().Get("number")), nil)
}

func (s *Server) supersessions(w http.ResponseWriter, r *http.Request) {
	number := r.PathValue("number")
	if !partNumberRe.MatchString(number) {
		http.Error(w, "invalid part number", http.StatusBadRequest)
		return
	}
	writeJSON(w, http.StatusOK, s.Manifests.Supersessions(number), nil)
}

func (s *Server) importRoutePlan(w http.ResponseWriter, r *http.Request) {
	plan, err := service.ParseRoutePlan(r.Body)
	if err != nil {
		writeJSON(w, 0, nil, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]interface{}{"name": plan.Name, "stops": len(plan.Stops)}, nil)
}
