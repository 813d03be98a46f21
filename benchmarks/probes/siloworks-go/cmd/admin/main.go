// Command admin runs the internal office console (chi).
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/siloworks/elevator/internal/admin"
	"github.com/siloworks/elevator/internal/config"
	"github.com/siloworks/elevator/internal/devices"
	"github.com/siloworks/elevator/internal/reports"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/service"
	"github.com/siloworks/elevator/internal/store"
	"github.com/siloworks/elevator/internal/tasks"
)

func directoryTLS() *tls.Config {
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if pem, err := os.ReadFile("/etc/siloworks/ldap-ca.pem"); err == nil {
		pool.AppendCertsFromPEM(pem)
	}
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12, ServerName: "ldap.siloworks.local"}
}

func main() {
	cfg := config.Load()
	ctx := context.Background()
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("database: %v", err)
	}
	defer db.Close()
	mongoDB, err := store.OpenMongo(ctx, cfg.MongoURI, cfg.MongoDatabase)
	if err != nil {
		log.Fatalf("mongo: %v", err)
	}
	issuer, err := security.NewTokenIssuer(cfg.JWTSigningKey, 8*time.Hour)
	if err != nil {
		log.Fatal(err)
	}
	queue := tasks.NewQueue(cfg.RedisAddr)
	defer queue.Close()

	srv := &admin.Server{
		Directory: &security.Directory{URL: cfg.LDAPURL, BaseDN: cfg.LDAPBaseDN, BindDN: cfg.LDAPBindDN, BindPass: cfg.LDAPBindPass, TLS: directoryTLS()},
		Issuer:    issuer,
		Rail:      service.NewRailService(repository.NewRailCarRepo(db.Pool), nil, queue, security.NewCallbackPolicy(), filepath.Join(cfg.DataDir, "rail")),
		Docs:      service.NewDocumentService(filepath.Join(cfg.DataDir, "partner-docs"), cfg.ExportDir),
		Settlements: service.NewSettlementService(repository.NewSettlementRepo(db.SQL), repository.NewTicketRepo(db.SQL),
			repository.NewSampleRepo(db.Pool), repository.NewFarmerRepo(db.SQL), queue, reports.NewRenderer(cfg.TemplateDir), cfg.ExportDir),
		Spooler: devices.NewSpooler(filepath.Join(cfg.DataDir, "spool"), []string{"office-laser", "office-color"}),
		Events:  repository.NewEventsRepo(mongoDB),
	}
	httpSrv := &http.Server{Addr: cfg.AdminAddr, Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	log.Printf("admin console on %s", cfg.AdminAddr)
	log.Fatal(httpSrv.ListenAndServe())
}
