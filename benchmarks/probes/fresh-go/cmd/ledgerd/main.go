package main

import (
	"context"
	"crypto/x509"
	"database/sql"
	"html/template"
	"log"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	_ "github.com/lib/pq"
	"github.com/rs/cors"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/acme-fin/ledgerdesk/internal/handlers"
	"github.com/acme-fin/ledgerdesk/internal/store"
	"github.com/acme-fin/ledgerdesk/internal/util"
)

// portalOrigins are the front ends allowed to call the portal API with cookies.
var portalOrigins = map[string]bool{
	"https://app.ledgerdesk.io":     true,
	"https://billing.ledgerdesk.io": true,
}

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

func withPortalCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if portalOrigins[origin] {
			w.Header().Set("Access-Control-Allow-Origin", origin) // SAFE cors
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	db, err := sql.Open("postgres", getenv("DATABASE_URL", "postgres://ledgerdesk@localhost/ledgerdesk?sslmode=disable"))
	if err != nil {
		log.Fatalf("open database: %v", err)
	}
	orm, err := gorm.Open(postgres.New(postgres.Config{Conn: db}), &gorm.Config{})
	if err != nil {
		log.Fatalf("open gorm: %v", err)
	}
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(getenv("MONGO_URL", "mongodb://localhost:27017")))
	if err != nil {
		log.Fatalf("connect mongo: %v", err)
	}
	st := &store.Store{DB: db, X: sqlx.NewDb(db, "postgres"), ORM: orm, Mongo: mc.Database("ledgerdesk")}

	roots, err := x509.SystemCertPool()
	if err != nil {
		log.Fatalf("load system roots: %v", err)
	}
	bankClient := util.NewBankClient(roots)

	pages := template.Must(template.ParseGlob(getenv("TEMPLATE_GLOB", "web/templates/*.html")))
	portal := &handlers.Portal{Store: st, UploadDir: getenv("UPLOAD_DIR", "/var/lib/ledgerdesk/uploads"), ArchiveDir: getenv("ARCHIVE_DIR", "/var/lib/ledgerdesk/archive"), Pages: pages}
	router := mux.NewRouter()
	portal.Routes(router)

	smtpPort, _ := strconv.Atoi(getenv("SMTP_PORT", "587"))
	bo := &handlers.Backoffice{
		Store:      st,
		LDAPURL:    getenv("LDAP_URL", "ldaps://ldap.internal.ledgerdesk.io"),
		BaseDN:     getenv("LDAP_BASE_DN", "ou=people,dc=ledgerdesk,dc=io"),
		BindDN:     os.Getenv("LDAP_BIND_DN"),
		BindPass:   os.Getenv("LDAP_BIND_PASSWORD"),
		RosterPath: getenv("ROSTER_PATH", "/var/lib/ledgerdesk/hr/roster.xml"),
		BackupDir:  getenv("BACKUP_DIR", "/var/lib/ledgerdesk/backups"),
		PartnerAPI: bankClient,
		Mail: handlers.MailSettings{
			Host:        getenv("SMTP_HOST", "smtp.ledgerdesk.io"),
			Port:        smtpPort,
			Username:    os.Getenv("SMTP_USER"),
			Password:    os.Getenv("SMTP_PASSWORD"),
			FromAddress: getenv("SMTP_FROM", "billing@ledgerdesk.io"),
		},
	}
	engine := gin.New()
	engine.Use(gin.Logger(), gin.Recovery())
	bo.Register(engine)

	reports, err := handlers.NewReports(st, getenv("REPORT_DIR", "/var/lib/ledgerdesk/reports"), getenv("STATE_DIR", "/var/lib/ledgerdesk/state"), getenv("REPORT_TEMPLATE_DIR", "/var/lib/ledgerdesk/report-templates"), bankClient)
	if err != nil {
		log.Fatalf("init reports: %v", err)
	}
	e := echo.New()
	e.HideBanner = true
	reports.Register(e)
	reportsHandler := cors.New(cors.Options{AllowOriginFunc: func(origin string) bool { return true }, AllowCredentials: true, AllowedMethods: []string{"GET", "POST"}}).Handler(e) // VULN cors

	go func() {
		log.Fatal(http.ListenAndServe(getenv("BACKOFFICE_ADDR", ":9090"), engine))
	}()
	go func() {
		log.Fatal(http.ListenAndServe(getenv("REPORTS_ADDR", ":8081"), reportsHandler))
	}()
	log.Printf("portal listening on %s", getenv("PORTAL_ADDR", ":8080"))
	log.Fatal(http.ListenAndServe(getenv("PORTAL_ADDR", ":8080"), withPortalCORS(router)))
}
