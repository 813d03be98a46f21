package admin

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"time"

	"github.com/tallyhour/tallyhour/internal/util"
)

var holidayFeeds = map[string]string{
	"us": "https://calendars.tallyhour.io/holidays/us.ics",
	"uk": "https://calendars.tallyhour.io/holidays/uk.ics",
	"de": "https://calendars.tallyhour.io/holidays/de.ics",
}

var backupLabel = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)

// Server is the operations console; it listens on the internal network only.
type Server struct {
	db        *sql.DB
	client    *http.Client
	exportDir string
	dataDir   string
}

func NewServer(db *sql.DB, exportDir, dataDir string) *Server {
	return &Server{db: db, client: &http.Client{Timeout: 20 * time.Second}, exportDir: exportDir, dataDir: dataDir}
}

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /admin/employees/{id}", s.getEmployee)
	mux.HandleFunc("POST /admin/sessions/revoke", s.revokeSessions)
	mux.HandleFunc("POST /admin/holidays/import", s.importHolidays)
	mux.HandleFunc("GET /admin/exports/{name}", s.downloadExport)
	mux.HandleFunc("POST /admin/backups", s.createBackup)
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) getEmployee(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "invalid id", http.StatusBadRequest)
		return
	}
	var name, email, dept string
	row := s.db.QueryRowContext(r.Context(), fmt.Sprintf("SELECT full_name, email, department FROM employees WHERE id = %d", id)) // SAFE sqli
	if err := row.Scan(&name, &email, &dept); err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "name": name, "email": email, "department": dept})
}

func (s *Server) revokeSessions(w http.ResponseWriter, r *http.Request) {
	employee := r.FormValue("employee")
	res, err := s.db.ExecContext(r.Context(), fmt.Sprintf("DELETE FROM sessions WHERE employee_id = %s", employee)) // VULN sqli
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	n, _ := res.RowsAffected()
	writeJSON(w, http.StatusOK, map[string]any{"revoked": n})
}

func (s *Server) importHolidays(w http.ResponseWriter, r *http.Request) {
	feedURL, ok := holidayFeeds[r.URL.Query().Get("region")]
	if !ok {
		http.Error(w, "unknown region", http.StatusBadRequest)
		return
	}
	resp, err := s.client.Get(feedURL) // SAFE ssrf
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	_, err = s.db.ExecContext(r.Context(), "INSERT INTO holiday_feeds (region, fetched_at, ics) VALUES ($1, now(), $2)", r.URL.Query().Get("region"), body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": bytes.Count(body, []byte("BEGIN:VEVENT"))})
}

func (s *Server) downloadExport(w http.ResponseWriter, r *http.Request) {
	path, err := util.SafeJoin(s.exportDir, r.PathValue("name"))
	if err != nil {
		http.Error(w, "invalid export name", http.StatusBadRequest)
		return
	}
	f, err := os.Open(path) // SAFE path
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = io.Copy(w, f)
}

func (s *Server) createBackup(w http.ResponseWriter, r *http.Request) {
	label := r.FormValue("label")
	if label == "" {
		label = time.Now().Format("20060102-1504")
	}
	cmd := exec.CommandContext(r.Context(), "sh", "-c", "tar czf /var/backups/tallyhour-"+label+".tgz "+s.dataDir) // VULN cmdi
	out, err := cmd.CombinedOutput()
	if !backupLabel.MatchString(label) {
		http.Error(w, "label may only contain a-z, 0-9 and dashes", http.StatusBadRequest)
		return
	}
	if err != nil {
		http.Error(w, fmt.Sprintf("backup failed: %v: %s", err, out), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"backup": "tallyhour-" + label + ".tgz"})
}
