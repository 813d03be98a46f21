package api

import (
	"net/http"
	"path/filepath"
	"strings"

	"github.com/gorilla/mux"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/storage"
	"github.com/orchardgate/orchardgate/internal/webutil"
)

func (s *Server) photo(w http.ResponseWriter, r *http.Request) {
	f, err := s.photos.OpenPhoto(mux.Vars(r)["name"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, st.Name(), st.ModTime(), f)
}

func (s *Server) thumbnail(w http.ResponseWriter, r *http.Request) {
	path, err := s.media.Thumbnail(r.Context(), mux.Vars(r)["name"], r.URL.Query().Get("size"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	http.ServeFile(w, r, path)
}

func (s *Server) annotatePhoto(w http.ResponseWriter, r *http.Request) {
	path, err := s.media.Annotate(r.Context(), mux.Vars(r)["name"], r.FormValue("caption"))
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	webutil.JSON(w, http.StatusOK, map[string]string{"file": filepath.Base(path)})
}

func (s *Server) uploadPhoto(w http.ResponseWriter, r *http.Request) {
	id, ok := webutil.UintParam(mux.Vars(r)["id"])
	if !ok {
		webutil.Error(w, http.StatusBadRequest, "invalid delivery")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUploadBytes)
	file, hdr, err := r.FormFile("photo")
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, "photo required")
		return
	}
	defer file.Close()
	name, err := s.photos.SavePhoto(id, filepath.Ext(hdr.Filename), file)
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	_ = s.deliveries.AttachPhoto(r.Context(), id, name)
	webutil.JSON(w, http.StatusCreated, map[string]string{"photo": name})
}

func (s *Server) downloadLabel(w http.ResponseWriter, r *http.Request) {
	data, err := s.labels.Download(r.URL.Query().Get("file"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(data)
}

func (s *Server) deleteLabel(w http.ResponseWriter, r *http.Request) {
	if err := s.labels.Discard(mux.Vars(r)["name"]); err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) exportFile(w http.ResponseWriter, r *http.Request) {
	full, err := storage.Within(s.cfg.ExportDir, mux.Vars(r)["file"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Disposition", "attachment")
	http.ServeFile(w, r, full) // SAFE path
}

func (s *Server) uploadManifest(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUploadBytes)
	file, _, err := r.FormFile("manifest")
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, "manifest required")
		return
	}
	defer file.Close()
	name, err := s.imports.StoreUpload("manifest", ".xml", file)
	if err != nil {
		webutil.Error(w, http.StatusInternalServerError, "store failed")
		return
	}
	up := dto.ManifestUpload{FileName: name, GrowerCode: strings.TrimSpace(r.FormValue("grower_code")), Uploader: portalClaims(r).Subject}
	if err := s.imports.QueueManifest(r.Context(), up); err != nil {
		webutil.Error(w, http.StatusInternalServerError, "queue failed")
		return
	}
	webutil.JSON(w, http.StatusAccepted, up)
}

func (s *Server) uploadManifestBundle(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUploadBytes)
	file, _, err := r.FormFile("bundle")
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, "bundle required")
		return
	}
	defer file.Close()
	name, err := s.imports.StoreUpload("bundle", ".zip", file)
	if err != nil {
		webutil.Error(w, http.StatusInternalServerError, "store failed")
		return
	}
	files, err := s.imports.UnpackManifestBundle(name)
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	webutil.JSON(w, http.StatusCreated, map[string]any{"files": len(files)})
}

func (s *Server) uploadScaleBundle(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUploadBytes)
	file, _, err := r.FormFile("bundle")
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, "bundle required")
		return
	}
	defer file.Close()
	name, err := s.imports.StoreUpload("scale", ".zip", file)
	if err != nil {
		webutil.Error(w, http.StatusInternalServerError, "store failed")
		return
	}
	if err := s.imports.QueueScaleBundle(r.Context(), name); err != nil {
		webutil.Error(w, http.StatusInternalServerError, "queue failed")
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) myManifestLines(w http.ResponseWriter, r *http.Request) {
	claims := portalClaims(r)
	g, err := s.growers.Get(r.Context(), claims.GrowerID)
	if err != nil {
		webutil.Error(w, http.StatusForbidden, "grower account required")
		return
	}
	lines, err := s.imports.ReconcileForSession(mux.Vars(r)["file"], g.Code)
	if err != nil {
		webutil.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	webutil.JSON(w, http.StatusOK, lines)
}
