package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"net/smtp"
	"os"
	"time"

	_ "github.com/lib/pq"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/tallyhour/tallyhour/internal/api"
	"github.com/tallyhour/tallyhour/internal/config"
	"github.com/tallyhour/tallyhour/internal/directory"
	"github.com/tallyhour/tallyhour/internal/repository"
	"github.com/tallyhour/tallyhour/internal/service"
	"github.com/tallyhour/tallyhour/internal/util"
)

func main() {
	cfg := config.Load()
	sqlDB, err := sql.Open("postgres", cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	gdb, err := gorm.Open(postgres.New(postgres.Config{Conn: sqlDB}), &gorm.Config{})
	if err != nil {
		log.Fatalf("gorm: %v", err)
	}
	mc, err := mongo.Connect(context.Background(), options.Client().ApplyURI(cfg.MongoURI))
	if err != nil {
		log.Fatalf("mongo: %v", err)
	}

	employees := repository.NewEmployeeRepo(sqlDB)
	timesheets := repository.NewTimesheetRepo(gdb)
	audit := repository.NewAuditRepo(mc.Database(cfg.MongoDatabase).Collection("audit_events"))
	smtpAuth := smtp.PlainAuth("", os.Getenv("TALLY_SMTP_USER"), os.Getenv("TALLY_SMTP_PASSWORD"), os.Getenv("TALLY_SMTP_HOST"))

	router := api.NewRouter(&api.Handlers{
		Cfg:          cfg,
		Employees:    employees,
		Auth:         service.NewAuthService(employees, cfg.JWTSigningKey, cfg.PartnerJWTKey),
		Timesheets:   service.NewTimesheetService(timesheets, audit, cfg.ImportDir),
		Payroll:      service.NewPayrollService(timesheets, employees, cfg.ExportDir, cfg.RateCacheFile),
		Documents:    service.NewDocumentService(cfg.DocumentRoot),
		Notify:       service.NewNotifyService(os.Getenv("TALLY_SMTP_ADDR"), "no-reply@tallyhour.io", smtpAuth),
		Integrations: service.NewIntegrationService(cfg.BankAPIBase, cfg.WebhookHosts),
		Directory:    directory.New(cfg.LDAP),
		Roster:       util.NewRoster(cfg.RosterFile),
	})
	srv := &http.Server{Addr: cfg.HTTPAddr, Handler: router, ReadHeaderTimeout: 10 * time.Second}
	log.Printf("tallyhour api listening on %s", cfg.HTTPAddr)
	log.Fatal(srv.ListenAndServe())
}
