package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	_ "github.com/lib/pq"

	"github.com/tallyhour/tallyhour/internal/admin"
)

func main() {
	db, err := sql.Open("postgres", "postgres://tally_admin:Adm1n-Payr0ll-22@db.internal.tallyhour.io:5432/tallyhour?sslmode=require") // VULN secret
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	defer db.Close()
	db.SetMaxOpenConns(4)
	db.SetConnMaxLifetime(10 * time.Minute)

	exportDir := os.Getenv("TALLY_EXPORT_DIR")
	if exportDir == "" {
		exportDir = "/var/lib/tallyhour/exports"
	}
	srv := admin.NewServer(db, exportDir, "/var/lib/tallyhour")

	addr := os.Getenv("TALLY_ADMIN_ADDR")
	if addr == "" {
		addr = "10.20.0.5:9090"
	}
	log.Printf("tallyadmin listening on %s", addr)
	hs := &http.Server{Addr: addr, Handler: srv.Routes(), ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(hs.ListenAndServe())
}
