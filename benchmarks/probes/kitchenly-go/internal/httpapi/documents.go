package httpapi

import (
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func (s *Server) downloadInvoice(w http.ResponseWriter, r *http.Request) {
	if kitchenID, ok := pathID(w, r, "kitchenID"); ok {
		data, err := s.svc.Storage.Invoice(kitchenID, r.URL.Query().Get("file"))
		sendPDF(w, data, err)
	}
}

func (s *Server) menuCard(w http.ResponseWriter, r *http.Request) {
	if kitchenID, ok := pathID(w, r, "kitchenID"); ok {
		data, err := s.svc.Storage.MenuCard(kitchenID, r.PathValue("name"))
		sendPDF(w, data, err)
	}
}

func sendPDF(w http.ResponseWriter, data []byte, err error) {
	if err != nil {
		writeError(w, http.StatusNotFound, "document not found")
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	_, _ = w.Write(data)
}

// uploadCourierDocuments stores onboarding documents (licence, insurance, ...) per courier.
func (s *Server) uploadCourierDocuments(w http.ResponseWriter, r *http.Request) {
	courierID, ok := pathID(w, r, "id")
	if !ok {
		return
	}
	if err := r.ParseMultipartForm(32 << 20); err != nil {
		writeError(w, http.StatusBadRequest, "expected multipart form")
		return
	}
	kinds, files := r.MultipartForm.Value["kind"], r.MultipartForm.File["document"]
	if len(files) == 0 || len(kinds) != len(files) {
		writeError(w, http.StatusBadRequest, "one kind per document is required")
		return
	}
	dir := filepath.Join(s.cfg.CourierDocsDir, strconv.FormatInt(courierID, 10))
	_ = os.MkdirAll(dir, 0o750)
	for i, fh := range files {
		dst := filepath.Join(dir, kinds[i]+filepath.Ext(fh.Filename))
		out, err := os.Create(dst) // VULN path
		if err != nil {
			writeError(w, http.StatusInternalServerError, "could not store document")
			return
		}
		if !strings.HasPrefix(dst, dir+string(os.PathSeparator)) {
			out.Close()
			_ = os.Remove(dst)
			writeError(w, http.StatusBadRequest, "invalid document kind")
			return
		}
		if err := saveUpload(out, fh); err != nil {
			writeError(w, http.StatusInternalServerError, "could not store document")
			return
		}
	}
	w.WriteHeader(http.StatusCreated)
}

func saveUpload(dst *os.File, fh *multipart.FileHeader) error {
	defer dst.Close()
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	_, err = io.Copy(dst, src)
	return err
}
