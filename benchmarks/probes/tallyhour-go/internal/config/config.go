package config

import (
	"os"
	"strings"
)

// PostExportHook is run after every payslip export so the document
// archive picks up new files.
const PostExportHook = "/usr/local/bin/tally-sync --source /var/lib/tallyhour/exports --quiet"

type LDAPConfig struct {
	URL          string
	BaseDN       string
	BindDN       string
	BindPassword string
}

type Config struct {
	HTTPAddr       string
	DatabaseURL    string
	MongoURI       string
	MongoDatabase  string
	JWTSigningKey  []byte
	PartnerJWTKey  []byte
	AllowedOrigins []string
	PayslipDir     string
	DocumentRoot   string
	ImportDir      string
	ExportDir      string
	RosterFile     string
	RateCacheFile  string
	BankAPIBase    string
	WebhookHosts   []string
	LDAP           LDAPConfig
}

func Load() *Config {
	return &Config{
		HTTPAddr:       getenv("TALLY_HTTP_ADDR", ":8080"),
		DatabaseURL:    os.Getenv("TALLY_DATABASE_URL"),
		MongoURI:       getenv("TALLY_MONGO_URI", "mongodb://localhost:27017"),
		MongoDatabase:  getenv("TALLY_MONGO_DB", "tallyhour"),
		JWTSigningKey:  []byte(os.Getenv("TALLY_JWT_KEY")),
		PartnerJWTKey:  []byte(os.Getenv("TALLY_PARTNER_JWT_KEY")),
		AllowedOrigins: splitList(getenv("TALLY_ALLOWED_ORIGINS", "https://app.tallyhour.io")),
		PayslipDir:     getenv("TALLY_PAYSLIP_DIR", "/var/lib/tallyhour/payslips"),
		DocumentRoot:   getenv("TALLY_DOCUMENT_ROOT", "/var/lib/tallyhour/documents"),
		ImportDir:      getenv("TALLY_IMPORT_DIR", "/var/lib/tallyhour/imports"),
		ExportDir:      getenv("TALLY_EXPORT_DIR", "/var/lib/tallyhour/exports"),
		RosterFile:     getenv("TALLY_ROSTER_FILE", "/etc/tallyhour/roster.xml"),
		RateCacheFile:  getenv("TALLY_RATE_CACHE", "/var/cache/tallyhour/rates.gob"),
		BankAPIBase:    getenv("TALLY_BANK_API", "https://payfiles.northbank.example/api/v2"),
		WebhookHosts:   splitList(getenv("TALLY_WEBHOOK_HOSTS", "hooks.slack.com,hooks.tallyhour.io")),
		LDAP: LDAPConfig{
			URL:          getenv("TALLY_LDAP_URL", "ldaps://ldap.corp.tallyhour.io:636"),
			BaseDN:       getenv("TALLY_LDAP_BASE_DN", "ou=people,dc=tallyhour,dc=io"),
			BindDN:       getenv("TALLY_LDAP_BIND_DN", "cn=tally-svc,ou=services,dc=tallyhour,dc=io"),
			BindPassword: os.Getenv("TALLY_LDAP_BIND_PASSWORD"),
		},
	}
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func splitList(v string) []string {
	var out []string
	for _, part := range strings.Split(v, ",") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
