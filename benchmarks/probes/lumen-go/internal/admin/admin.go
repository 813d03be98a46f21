// Package admin is the internal operations server (SRE tooling, retention jobs).
package admin

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/lumenfleet/lumen/internal/auth"
	"github.com/lumenfleet/lumen/internal/store"
)

var allowedOrigins = map[string]bool{
	"https://console.lumenfleet.io":   true,
	"https://ops.lumenfleet.internal": true,
}

var diagnostics = map[string][]string{
	"disk":        {"df", "-h"},
	"uptime":      {"uptime"},
	"connections": {"ss", "-s"},
	"memory":      {"free", "-m"},
}

var exportName = regexp.MustCompile(`^[a-z0-9_-]{1,64}\.(csv|zip)$`)

type Server struct {
	repo      *store.Repository
	logDir    string
	exportDir string
	log       *slog.Logger
}

func NewServer(addr string, repo *store.Repository, logDir, exportDir string, log *slog.Logger) *http.Server {
	s := &Server{repo: repo, logDir: logDir, exportDir: exportDir, log: log}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /admin/healthz", s.health)
	mux.HandleFunc("GET /admin/operators", s.listOperators)
	mux.HandleFunc("POST /admin/operators/invite", s.inviteOperator)
	mux.HandleFunc("POST /admin/telemetry/purge", s.purgeTelemetry)
	mux.HandleFunc("GET /admin/logs", s.readLog)
	mux.HandleFunc("GET /admin/exports/{name}", s.downloadExport)
	mux.HandleFunc("GET /admin/diag/ping", s.ping)
	mux.HandleFunc("GET /admin/diag/{tool}", s.diag)

	return &http.Server{
		Addr:              addr,
		Handler:           s.withCORS(s.requireAdmin(mux)),
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      60 * time.Second,
	}
}

func (s *Server) withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if allowedOrigins[origin] {
			w.Header().Set("Access-Control-Allow-Origin", origin) // SAFE cors
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			w.Header().Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// requireAdmin gates everything except the health probe on the admin role.
func (s *Server) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/admin/healthz" {
			next.ServeHTTP(w, r)
			return
		}
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := jwt.MapClaims{}
		if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if role, _ := claims["role"].(string); role != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		s.log.Info("admin request", "path", r.URL.Path, "sub", claims["sub"])
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) listOperators(w http.ResponseWriter, r *http.Request) {
	ops, err := s.repo.ListOperators(r.Context())
	if err != nil {
		s.log.Error("list operators", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, "<!doctype html><html><body><h1>Operators</h1><ul>")
	for _, op := range ops {
		fmt.Fprintf(w, "<li>%s &mdash; %s (fleet %d)</li>", html.EscapeString(op.Email), html.EscapeString(op.Role), op.FleetID) // SAFE xss
	}
	io.WriteString(w, "</ul></body></html>")
}

func (s *Server) inviteOperator(w http.ResponseWriter, r *http.Request) {
	email := strings.TrimSpace(r.FormValue("email"))
	if !strings.Contains(email, "@") {
		http.Error(w, "valid email required", http.StatusBadRequest)
		return
	}
	token := auth.NewInviteToken()
	s.log.Info("operator invited", "email", email)
	writeJSON(w, http.StatusCreated, map[string]string{"email": email, "inviteUrl": "https://console.lumenfleet.io/invite/" + token})
}

func (s *Server) purgeTelemetry(w http.ResponseWriter, r *http.Request) {
	cutoff := r.FormValue("before")
	if cutoff == "" {
		cutoff = time.Now().AddDate(0, -13, 0).Format("2006-01-02")
	}
	n, err := s.repo.PurgeTelemetryBefore(r.Context(), cutoff)
	if err != nil {
		s.log.Error("purge telemetry", "err", err)
		http.Error(w, "purge failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"deleted": n, "before": cutoff})
}

func (s *Server) readLog(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if name == "" {
		name = "lumend.log"
	}
	f, err := os.Open(filepath.Join(s.logDir, name)) // VULN path
	if err != nil {
		http.Error(w, "log not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.Copy(w, f)
}

func (s *Server) downloadExport(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if !exportName.MatchString(name) {
		http.Error(w, "invalid export name", http.StatusBadRequest)
		return
	}
	http.ServeFile(w, r, filepath.Join(s.exportDir, name)) // SAFE path
}

func (s *Server) ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	ctx, cancel := context.WithTimeout(r.Context(), 15*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "/bin/sh", "-c", "ping -c 3 -W 2 "+host).CombinedOutput() // VULN cmdi
	writeJSON(w, http.StatusOK, map[string]any{"ok": err == nil, "output": string(out)})
}

func (s *Server) diag(w http.ResponseWriter, r *http.Request) {
	args, ok := diagnostics[r.PathValue("tool")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, args[0], args[1:]...).CombinedOutput() // SAFE cmdi
	writeJSON(w, http.StatusOK, map[string]any{"ok": err == nil, "output": string(out)})
}
