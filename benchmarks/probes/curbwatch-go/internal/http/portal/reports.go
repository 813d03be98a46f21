package portal

import (
	"net/http"

	"github.com/julienschmidt/httprouter"

	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/view"
)

// POST /staff/reports
func (s *Server) saveReport(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var req dto.SavedReportRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed report"})
		return
	}
	def, err := s.Reports.SaveDefinition(r.Context(), staffFrom(r.Context()), req)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusCreated, def)
}

// GET /staff/reports/:id
func (s *Server) runReport(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := idParam(ps, "id")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	def, rows, err := s.Reports.Run(r.Context(), id)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.View.Render(w, http.StatusOK, "report.html", view.ReportPage{Title: def.Name, Report: def, Rows: rows})
}

// POST /staff/reports/:id/export {"title": "..."}
func (s *Server) exportReport(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	id, err := idParam(ps, "id")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	var req dto.ReportExportRequest
	if err := decodeJSON(r, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed export request"})
		return
	}
	req.ReportID = id
	name, err := s.Reports.Export(r.Context(), req)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"file": name, "download": "/staff/exports/" + name})
}

// GET /staff/exports/:file
func (s *Server) downloadExport(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	f, err := s.Docs.OpenReport(ps.ByName("file"))
	if err != nil {
		s.fail(w, err)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Disposition", `attachment; filename="curbwatch-report.pdf"`)
	copyFile(w, "application/pdf", f)
}
