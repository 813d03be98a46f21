package main

import (
	"context"
	"database/sql"
	"log"
	"os"

	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"

	"github.com/stillriver/stillriver/internal/clients"
	"github.com/stillriver/stillriver/internal/config"
	"github.com/stillriver/stillriver/internal/directory"
	"github.com/stillriver/stillriver/internal/inspector"
	"github.com/stillriver/stillriver/internal/render"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/service"
	"github.com/stillriver/stillriver/internal/tasks"
)

func main() {
	cfg := config.Load()
	ctx := context.Background()

	db, err := sqlx.Connect("pgx", cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("connect sqlx: %v", err)
	}
	reportsDB, err := sql.Open("pgx", cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("open reports db: %v", err)
	}
	reportsDB.SetMaxOpenConns(4)
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("connect pgx: %v", err)
	}
	renderer, err := render.New(cfg.TemplateDir)
	if err != nil {
		log.Fatalf("templates: %v", err)
	}
	queue := tasks.NewEnqueuer(cfg.RedisAddr)
	defer queue.Close()

	portalHost := os.Getenv("STILLRIVER_PORTAL_HOST")
	if portalHost == "" {
		portalHost = "stillriver.io"
	}

	h := &inspector.Handlers{
		Inspections: service.NewInspectionService(repo.NewInspectionRepo(db), repo.NewVesselRepo(pool),
			clients.NewPhotoFetcher(), queue, cfg.PhotoRoot, portalHost),
		Reports:   service.NewReportService(repo.NewReportRepo(reportsDB), cfg.ExportDir, cfg.ArchiveDir),
		Directory: directory.New(cfg.LDAPURL, cfg.LDAPBindDN, cfg.LDAPBindPass, cfg.LDAPBaseDN),
		Renderer:  renderer,
	}

	s := server.Default(
		server.WithHostPorts(cfg.InspectorAddr),
		server.WithMaxRequestBodySize(int(cfg.MaxUploadBytes)),
	)
	h.Register(s)
	s.Spin()
}
