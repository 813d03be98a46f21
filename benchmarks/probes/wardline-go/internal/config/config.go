package config

import (
	"fmt"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v2"
)

// Config holds runtime settings shared by the Wardline API and notifier.
type Config struct {
	ListenAddr     string        `yaml:"listen_addr"`
	NotifierAddr   string        `yaml:"notifier_addr"`
	MongoDB        string        `yaml:"mongo_db"`
	LDAPURL        string        `yaml:"ldap_url"`
	LDAPBaseDN     string        `yaml:"ldap_base_dn"`
	DocumentRoot   string        `yaml:"document_root"`
	ImportRoot     string        `yaml:"import_root"`
	ExportRoot     string        `yaml:"export_root"`
	FaxSpoolDir    string        `yaml:"fax_spool_dir"`
	PortalURL      string        `yaml:"portal_url"`
	AllowedOrigins []string      `yaml:"allowed_origins"`
	WebhookHosts   []string      `yaml:"webhook_hosts"`
	LabHosts       []string      `yaml:"lab_hosts"`
	SessionTTL     time.Duration `yaml:"session_ttl"`

	DatabaseURL   string `yaml:"-"`
	MongoURI      string `yaml:"-"`
	RecordsKey    []byte `yaml:"-"`
	WebhookSecret []byte `yaml:"-"`
	JWTSecret     []byte `yaml:"-"`
}

// Load reads the YAML file written by the deployment tooling and overlays
// secrets from the environment.
func Load(path string) (*Config, error) {
	cfg := &Config{
		ListenAddr: ":8080", NotifierAddr: ":8090", MongoDB: "wardline",
		DocumentRoot: "/var/lib/wardline/documents", ImportRoot: "/var/lib/wardline/imports",
		ExportRoot: "/var/lib/wardline/exports", FaxSpoolDir: "/var/spool/wardline/fax",
		PortalURL: "https://portal.wardline.health", SessionTTL: 12 * time.Hour,
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	if err := yaml.Unmarshal(raw, cfg); err != nil { // SAFE deser
		return nil, fmt.Errorf("parse config: %w", err)
	}
	cfg.DatabaseURL = os.Getenv("WARDLINE_DATABASE_URL")
	cfg.MongoURI = os.Getenv("WARDLINE_MONGO_URI")
	cfg.RecordsKey = []byte(os.Getenv("WARDLINE_RECORDS_KEY"))
	cfg.WebhookSecret = []byte(os.Getenv("WARDLINE_WEBHOOK_SECRET"))
	cfg.JWTSecret = []byte(os.Getenv("WARDLINE_JWT_SECRET"))
	if len(cfg.RecordsKey) != 32 || len(cfg.JWTSecret) < 32 {
		return nil, fmt.Errorf("WARDLINE_RECORDS_KEY / WARDLINE_JWT_SECRET missing or too short")
	}
	return cfg, nil
}

// WebhookHostAllowed reports whether a clinic integration may call host.
func (c *Config) WebhookHostAllowed(host string) bool { return containsFold(c.WebhookHosts, host) }

// LabHostAllowed reports whether host is one of the contracted lab gateways.
func (c *Config) LabHostAllowed(host string) bool { return containsFold(c.LabHosts, host) }

func containsFold(list []string, v string) bool {
	v = strings.ToLower(strings.TrimSuffix(v, "."))
	for _, item := range list {
		if strings.ToLower(item) == v {
			return true
		}
	}
	return false
}
