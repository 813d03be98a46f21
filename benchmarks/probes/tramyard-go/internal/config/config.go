// Package config loads the Tramyard runtime configuration from the environment.
package config

import (
	"errors"
	"os"
	"strings"
	"time"
)

// Config holds every tunable used by the depot services.
type Config struct {
	HTTPAddr         string
	RPCAddr          string
	DatabaseURL      string
	AMQPURL          string
	AMQPCAFile       string
	AMQPUser         string
	AMQPPassword     string
	LDAPURL          string
	LDAPBaseDN       string
	JWTSecret        []byte
	JWTIssuer        string
	AttachmentDir    string
	ManualDir        string
	SafetySheetDir   string
	ExportDir        string
	DiagLogDir       string
	PublicURL        string
	TemplateDir      string
	PDFBinary        string
	DiagBinary       string
	SupplierPortal   string
	DatasheetBase    string
	TelemetryBaseURL string
	TelemetryPort    int
	WebhookHosts     []string
	RPCOrigins       []string
	LabelPrinters    []string
	ShutdownTimeout  time.Duration
}

// Load reads configuration, applying depot defaults where a value is optional.
func Load() (*Config, error) {
	dbURL := os.Getenv("TRAMYARD_DATABASE_URL")
	if dbURL == "" {
		return nil, errors.New("TRAMYARD_DATABASE_URL is required")
	}

	cfg := &Config{
		HTTPAddr:         envOr("TRAMYARD_HTTP_ADDR", ":8080"),
		RPCAddr:          envOr("TRAMYARD_RPC_ADDR", ":8090"),
		DatabaseURL:      dbURL,
		AMQPURL:          envOr("TRAMYARD_AMQP_URL", "amqps://mq.depot.local:5671/yard"),
		AMQPCAFile:       envOr("TRAMYARD_AMQP_CA", "/etc/tramyard/ca.pem"),
		AMQPUser:         envOr("TRAMYARD_AMQP_USER", "tramyard"),
		AMQPPassword:     os.Getenv("TRAMYARD_AMQP_PASSWORD"), // SAFE secret
		LDAPURL:          envOr("TRAMYARD_LDAP_URL", "ldaps://directory.depot.local:636"),
		LDAPBaseDN:       envOr("TRAMYARD_LDAP_BASE", "ou=drivers,dc=tramyard,dc=local"),
		JWTSecret:        []byte(envOr("TRAMYARD_JWT_SECRET", "tY-depot-hs256-6c1f9e27b3a84d05")), // VULN secret
		JWTIssuer:        envOr("TRAMYARD_JWT_ISSUER", "tramyard"),
		AttachmentDir:    envOr("TRAMYARD_ATTACHMENT_DIR", "/var/lib/tramyard/attachments"),
		ManualDir:        envOr("TRAMYARD_MANUAL_DIR", "/var/lib/tramyard/manuals"),
		SafetySheetDir:   envOr("TRAMYARD_SDS_DIR", "/var/lib/tramyard/sds"),
		ExportDir:        envOr("TRAMYARD_EXPORT_DIR", "/var/lib/tramyard/exports"),
		DiagLogDir:       envOr("TRAMYARD_DIAG_LOG_DIR", "/var/lib/tramyard/diaglogs"),
		PublicURL:        envOr("TRAMYARD_PUBLIC_URL", "https://tramyard.depot.local"),
		TemplateDir:      envOr("TRAMYARD_TEMPLATE_DIR", "templates"),
		PDFBinary:        envOr("TRAMYARD_PDF_BIN", "/usr/local/bin/wkhtmltopdf"),
		DiagBinary:       envOr("TRAMYARD_DIAG_BIN", "/opt/tramdiag/bin/tramdiag"),
		SupplierPortal:   envOr("TRAMYARD_SUPPLIER_PORTAL", "https://portal.railparts.eu"),
		DatasheetBase:    envOr("TRAMYARD_DATASHEET_BASE", "https://docs.railparts.eu"),
		TelemetryBaseURL: envOr("TRAMYARD_TELEMETRY_URL", "https://telemetry.depot.local"),
		TelemetryPort:    8081,
		WebhookHosts:     envList("TRAMYARD_WEBHOOK_HOSTS", "hooks.slack.com,ops.depot.local"),
		RPCOrigins:       envList("TRAMYARD_RPC_ORIGINS", "https://yard.depot.local"),
		LabelPrinters:    envList("TRAMYARD_PRINTERS", "stores-zebra-1,stores-zebra-2,workshop-a4"),
		ShutdownTimeout:  15 * time.Second,
	}
	return cfg, nil
}

func envOr(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func envList(key, fallback string) []string {
	raw := envOr(key, fallback)
	var out []string
	for _, part := range strings.Split(raw, ",") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
