package main

import (
	"net/http"
	"path/filepath"

	"github.com/google/uuid"
)

const exportDir = "/srv/exports"

// an export id parsed as a UUID names the file; a raw one does not
func downloadExport(w http.ResponseWriter, r *http.Request) {
	id, err := uuid.Parse(r.PathValue("exportID"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	// ok: trace.go.path-traversal.tainted-file-path
	http.ServeFile(w, r, filepath.Join(exportDir, id.String()+".zip"))
	// ruleid: trace.go.path-traversal.tainted-file-path
	http.ServeFile(w, r, filepath.Join(exportDir, r.PathValue("exportID")+".zip"))
}
