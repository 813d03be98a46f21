package fleetsvc

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"

	"github.com/google/uuid"

	"github.com/roadbook/roadbook/internal/worker"
)

type jobRequest struct {
	Kind        string          `json:"kind"`
	Tool        string          `json:"tool"`
	Args        []string        `json:"args"`
	ExportID    string          `json:"export_id"`
	CallbackURL string          `json:"callback_url"`
	Payload     json.RawMessage `json:"payload"`
}

func (s *Server) enqueueJob(w http.ResponseWriter, r *http.Request) {
	var req jobRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&req); err != nil {
		http.Error(w, "invalid job", http.StatusBadRequest)
		return
	}
	s.submit(w, []worker.Job{{Kind: req.Kind, Tool: req.Tool, Args: req.Args, ExportID: req.ExportID,
		CallbackURL: req.CallbackURL, Payload: string(req.Payload)}})
}

// enqueueBatch accepts job batches prepared offline by roadbook-sync.
func (s *Server) enqueueBatch(w http.ResponseWriter, r *http.Request) {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/x-gob" {
		http.Error(w, "expected application/x-gob", http.StatusUnsupportedMediaType)
		return
	}
	jobs, err := worker.DecodeBatch(io.LimitReader(r.Body, 8<<20))
	if err != nil {
		http.Error(w, "invalid batch", http.StatusBadRequest)
		return
	}
	s.submit(w, jobs)
}

func (s *Server) submit(w http.ResponseWriter, jobs []worker.Job) {
	ids := make([]string, 0, len(jobs))
	for _, j := range jobs {
		j.ID = uuid.NewString()
		if err := s.Queue.Enqueue(j); err != nil {
			http.Error(w, "queue full, retry later", http.StatusServiceUnavailable)
			return
		}
		ids = append(ids, j.ID)
	}
	writeJSON(w, http.StatusAccepted, map[string][]string{"ids": ids}, nil)
}

var deepLinks = map[string]string{
	"dashboard":  "/app/dashboard",
	"logs":       "/app/driver/logs",
	"inspection": "/app/inspections/new",
}

// deepLink is the target of QR codes printed on vehicle stickers.
func (s *Server) deepLink(w http.ResponseWriter, r *http.Request) {
	target, ok := deepLinks[r.URL.Query().Get("to")]
	if !ok {
		target = deepLinks["dashboard"]
	}
	http.Redirect(w, r, target, http.StatusFound) // SAFE redirect
}
