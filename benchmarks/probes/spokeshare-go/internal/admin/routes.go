package admin

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os/exec"
	"regexp"
	"sync"
	"time"

	"github.com/gorilla/mux"
	"gopkg.in/yaml.v3"

	"github.com/spokeshare/spokeshare/internal/domain"
	"github.com/spokeshare/spokeshare/internal/service"
	"github.com/spokeshare/spokeshare/internal/store"
	"github.com/spokeshare/spokeshare/internal/worker"
)

// ZonePolicy holds the operating rules of a city zone, edited as YAML in the console.
type ZonePolicy struct {
	Zone        string   `yaml:"zone" json:"zone"`
	MaxSpeedKmh int      `yaml:"max_speed_kmh" json:"max_speed_kmh"`
	NoParking   []string `yaml:"no_parking" json:"no_parking"`
	CurfewStart string   `yaml:"curfew_start" json:"curfew_start"`
}

// Console is the back-office API used by the operations team.
type Console struct {
	Auth     *service.AuthService
	Repairs  *store.RepairStore
	Fares    service.FareService
	Queue    *worker.Queue
	policies sync.Map
}

func (a *Console) Router() http.Handler {
	r := mux.NewRouter()
	r.Use(a.requireStaff)
	r.HandleFunc("/admin/repairs", a.searchRepairs).Methods(http.MethodGet)
	r.HandleFunc("/admin/docks/{dock}/ping", a.pingDock).Methods(http.MethodPost)
	r.HandleFunc("/admin/docks/{dock}/controller-log", a.controllerLog).Methods(http.MethodGet)
	r.HandleFunc("/admin/promos/{code}/preview", a.previewPromo).Methods(http.MethodPost)
	r.HandleFunc("/admin/zones/{zone}/policy", a.putZonePolicy).Methods(http.MethodPut)
	r.HandleFunc("/admin/maintenance/rotate-logs", func(w http.ResponseWriter, _ *http.Request) {
		_ = a.Queue.Enqueue(worker.Job{Kind: worker.JobRotateLogs})
		w.WriteHeader(http.StatusAccepted)
	}).Methods(http.MethodPost)
	return r
}

func (a *Console) requireStaff(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("spk_staff"); err == nil {
			if claims, err := a.Auth.Verify(c.Value); err == nil && claims.Tier == "staff" {
				next.ServeHTTP(w, r)
				return
			}
		}
		http.Error(w, "staff login required", http.StatusUnauthorized)
	})
}

func (a *Console) searchRepairs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	repairs, err := a.Repairs.Search(r.Context(), store.RepairQuery{Part: q.Get("part"), Technician: q.Get("technician"), OpenOnly: q.Get("open") == "1"})
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, repairs)
}

var dockIDPattern = regexp.MustCompile(`^[0-9]{1,6}$`)

// pingDock checks that a dock's controller answers on the city network.
func (a *Console) pingDock(w http.ResponseWriter, r *http.Request) {
	dock, controller := mux.Vars(r)["dock"], r.FormValue("controller")
	if !dockIDPattern.MatchString(dock) {
		http.Error(w, "invalid dock id", http.StatusBadRequest)
		return
	}
	if controller == "" {
		controller = "dock-" + dock + ".ctl.spokeshare.internal"
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "sh", "-c", "ping -c 3 -W 2 "+controller).CombinedOutput() // VULN cmdi
	writeJSON(w, map[string]any{"dock": dock, "reachable": err == nil, "output": string(out)})
}

// controllerLog returns the last lines logged by the dock controller's systemd unit.
func (a *Console) controllerLog(w http.ResponseWriter, r *http.Request) {
	dock := mux.Vars(r)["dock"]
	if !dockIDPattern.MatchString(dock) {
		http.Error(w, "invalid dock id", http.StatusBadRequest)
		return
	}
	out, err := exec.CommandContext(r.Context(), "journalctl", "-u", "dockd@"+dock, "-n", "200", "--no-pager").Output() // SAFE cmdi
	if err != nil {
		http.Error(w, "log unavailable", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write(out)
}

func (a *Console) previewPromo(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Formula string           `json:"formula"`
		Ride    domain.FareQuote `json:"ride"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Formula == "" {
		http.Error(w, "formula is required", http.StatusBadRequest)
		return
	}
	base, err := a.Fares.Quote(req.Ride)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	promo, err := a.Fares.PreviewPromo(req.Formula, base, req.Ride)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	writeJSON(w, map[string]any{"code": mux.Vars(r)["code"], "base_cents": base, "promo_cents": promo})
}

func (a *Console) putZonePolicy(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	var p ZonePolicy
	if err := yaml.Unmarshal(body, &p); err != nil { // SAFE deser
		http.Error(w, "invalid policy: "+err.Error(), http.StatusBadRequest)
		return
	}
	p.Zone = mux.Vars(r)["zone"]
	a.policies.Store(p.Zone, p)
	writeJSON(w, p)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
