package admin

import (
	"archive/zip"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/siloworks/elevator/internal/service"
)

type ctxKey struct{}

var officeHosts = map[string]bool{"office.siloworks.local": true, "admin.siloworks.local": true}

func (s *Server) requireStaff(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims, err := s.Issuer.VerifyStaff(tok)
		if err != nil || (claims.Role != "office" && claims.Role != "admin") {
			writeErr(w, http.StatusUnauthorized, "office login required")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, claims)))
	})
}

type loginRequest struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
		writeErr(w, http.StatusBadRequest, "invalid body")
		return
	}
	entry, err := s.Directory.Authenticate(req.Username, req.Password)
	if err != nil {
		writeErr(w, http.StatusUnauthorized, "invalid credentials")
		return
	}
	role := "office"
	if ok, _ := s.Directory.InGroup(entry.UID, "elevator-admins"); ok {
		role = "admin"
	}
	tok, err := s.Issuer.Issue(entry.UID, role, "office")
	if err != nil {
		writeErr(w, http.StatusInternalServerError, "token")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"token": tok, "name": entry.DisplayName})
}

func (s *Server) searchOperators(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) < 2 {
		writeErr(w, http.StatusBadRequest, "query too short")
		return
	}
	out, err := s.Directory.SearchOperators(q)
	if err != nil {
		writeErr(w, http.StatusBadGateway, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) train(w http.ResponseWriter, r *http.Request) {
	cars, err := s.Rail.Train(r.Context(), chi.URLParam(r, "train"))
	if err != nil {
		writeErr(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, cars)
}

func (s *Server) findCars(w http.ResponseWriter, r *http.Request) {
	train := chi.URLParam(r, "train")
	if !service.TrainIDPattern.MatchString(train) {
		writeErr(w, http.StatusBadRequest, "invalid train id")
		return
	}
	cars, err := s.Rail.FindCars(r.Context(), train, r.URL.Query().Get("mark"))
	if err != nil {
		writeErr(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, cars)
}

type loadRequest struct {
	Kg   float64 `json:"kg"`
	Seal string  `json:"seal"`
}

func (s *Server) recordLoad(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		writeErr(w, http.StatusBadRequest, "invalid id")
		return
	}
	var req loadRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeErr(w, http.StatusBadRequest, "invalid body")
		return
	}
	if err := s.Rail.RecordLoad(r.Context(), id, req.Kg, req.Seal); err != nil {
		writeErr(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) deleteExport(w http.ResponseWriter, r *http.Request) {
	if err := s.Docs.RemoveExport(chi.URLParam(r, "id")); err != nil {
		writeErr(w, http.StatusNotFound, err.Error())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) importContracts(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(64 << 20); err != nil {
		writeErr(w, http.StatusBadRequest, "invalid upload")
		return
	}
	f, fh, err := r.FormFile("bundle")
	if err != nil {
		writeErr(w, http.StatusBadRequest, "bundle is required")
		return
	}
	defer f.Close()
	zr, err := zip.NewReader(f, fh.Size)
	if err != nil {
		writeErr(w, http.StatusBadRequest, "not a zip file")
		return
	}
	files, err := s.Docs.ImportContractBundle(chi.URLParam(r, "batch"), zr)
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"imported": len(files)})
}

func (s *Server) printSettlement(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		writeErr(w, http.StatusBadRequest, "invalid id")
		return
	}
	st, err := s.Settlements.Get(r.Context(), id)
	if err != nil || st.PDFFile == "" {
		writeErr(w, http.StatusNotFound, "statement not issued")
		return
	}
	copies, _ := strconv.Atoi(r.URL.Query().Get("copies"))
	if copies < 1 || copies > 5 {
		copies = 1
	}
	if err := s.Spooler.PrintDocument(r.Context(), r.URL.Query().Get("printer"), s.Settlements.IssuedFile(st), copies); err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) audit(w http.ResponseWriter, r *http.Request) {
	limit, _ := strconv.ParseInt(r.URL.Query().Get("limit"), 10, 64)
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	events, err := s.Events.ForEntity(ctx, chi.URLParam(r, "entity"), chi.URLParam(r, "id"), limit)
	if err != nil {
		writeErr(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, events)
}

// logout ends the console session and returns to the office intranet page the
// user came from.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	cont := r.URL.Query().Get("continue")
	u, err := url.Parse(cont)
	if err != nil || u.Scheme != "https" || !officeHosts[strings.ToLower(u.Host)] {
		cont = "https://office.siloworks.local/"
	}
	http.Redirect(w, r, cont, http.StatusFound) // SAFE redirect
}
