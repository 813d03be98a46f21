package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/curbwatch/curbwatch/internal/clients"
	"github.com/curbwatch/curbwatch/internal/config"
	"github.com/curbwatch/curbwatch/internal/database"
	"github.com/curbwatch/curbwatch/internal/queue"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/service"
	"github.com/curbwatch/curbwatch/internal/worker"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg := config.MustLoad()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := database.Open(ctx, cfg.Database)
	if err != nil {
		log.Error("database", "err", err)
		os.Exit(1)
	}
	defer db.Close()

	citationRepo := repository.NewCitationRepository(db.SQL)
	fleetRepo := repository.NewFleetRepository(db.Pool)
	vehicleRepo := repository.NewVehicleRepository(db.Bun)

	evidence := service.NewEvidenceService(citationRepo, clients.NewDMVClient(cfg.DMV), nil, cfg.Kafka.EvidenceTopic, cfg.Storage.ImportDir, cfg.Storage.EvidenceDir)
	fleets := service.NewFleetService(fleetRepo, vehicleRepo)
	httpc := clients.NewHTTPClient(cfg.HTTP.ProcessorHosts)

	evidenceWorker := worker.NewEvidenceWorker(evidence, cfg.Storage.ImportDir, log)
	citationWorker := worker.NewCitationWorker(evidence, fleets, httpc, cfg.Service.PublicBaseURL, log)

	consumers := []*queue.Consumer{
		queue.NewConsumer(cfg.Kafka.Brokers, cfg.Kafka.GroupID, cfg.Kafka.EvidenceTopic, evidenceWorker.Handle, log, worker.Backoff),
		queue.NewConsumer(cfg.Kafka.Brokers, cfg.Kafka.GroupID+"-citations", cfg.Kafka.CitationTopic, citationWorker.Handle, log, worker.Backoff),
	}

	var wg sync.WaitGroup
	for _, c := range consumers {
		wg.Add(1)
		go func(c *queue.Consumer) {
			defer wg.Done()
			if err := c.Run(ctx); err != nil {
				log.Error("consumer stopped", "err", err)
				stop()
			}
		}(c)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /citations/{id}/evidence", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
		if err != nil || id <= 0 {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		c, err := citationRepo.GetByID(r.Context(), id)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"citation": c.Number, "photos": c.PhotoCount})
	})
	admin := &http.Server{Addr: "127.0.0.1:9102", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = admin.Close()
	}()
	go func() { _ = admin.ListenAndServe() }()

	wg.Wait()
	log.Info("evidence worker stopped")
}
