package config

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is the root configuration shared by all Curbwatch binaries.
type Config struct {
	Service  ServiceConfig  `yaml:"service"`
	HTTP     HTTPConfig     `yaml:"http"`
	Database DatabaseConfig `yaml:"database"`
	Kafka    KafkaConfig    `yaml:"kafka"`
	Storage  StorageConfig  `yaml:"storage"`
	DMV      DMVConfig      `yaml:"dmv"`
	Geocoder GeocoderConfig `yaml:"geocoder"`
	LDAP     LDAPConfig     `yaml:"ldap"`
	Auth     AuthConfig     `yaml:"auth"`
	Notices  NoticeConfig   `yaml:"notices"`
}

type ServiceConfig struct {
	Name          string `yaml:"name"`
	Environment   string `yaml:"environment"`
	PublicBaseURL string `yaml:"public_base_url"`
}

type HTTPConfig struct {
	CitationsAddr  string   `yaml:"citations_addr"`
	PortalAddr     string   `yaml:"portal_addr"`
	AllowedOrigins []string `yaml:"allowed_origins"`
	CORSSuffix     string   `yaml:"cors_suffix"`
	ProcessorHosts []string `yaml:"processor_hosts"`
}

type DatabaseConfig struct {
	DSN          string `yaml:"dsn"`
	MaxOpenConns int    `yaml:"max_open_conns"`
}

type KafkaConfig struct {
	Brokers       []string `yaml:"brokers"`
	EvidenceTopic string   `yaml:"evidence_topic"`
	CitationTopic string   `yaml:"citation_topic"`
	GroupID       string   `yaml:"group_id"`
}

type StorageConfig struct {
	EvidenceDir  string `yaml:"evidence_dir"`
	DocumentsDir string `yaml:"documents_dir"`
	ReceiptsDir  string `yaml:"receipts_dir"`
	ImportDir    string `yaml:"import_dir"`
	ReportsDir   string `yaml:"reports_dir"`
	HandheldDir  string `yaml:"handheld_dir"`
}

type DMVConfig struct {
	BaseURL         string `yaml:"base_url"`
	PhotoHostPrefix string `yaml:"photo_host_prefix"`
	TimeoutSeconds  int    `yaml:"timeout_seconds"`
}

type GeocoderConfig struct {
	DefaultProvider string            `yaml:"default_provider"`
	Providers       map[string]string `yaml:"providers"`
}

type LDAPConfig struct {
	URL          string `yaml:"url"`
	BaseDN       string `yaml:"base_dn"`
	BindDN       string `yaml:"bind_dn"`
	BindPassword string `yaml:"-"`
	CAFile       string `yaml:"ca_file"`
}

type AuthConfig struct {
	StaffIssuer            string `yaml:"staff_issuer"`
	StaffJWKSURL           string `yaml:"staff_jwks_url"`
	CitizenTokenTTLMinutes int    `yaml:"citizen_token_ttl_minutes"`
}

type NoticeConfig struct {
	Sender        string `yaml:"sender"`
	SMTPHost      string `yaml:"smtp_host"`
	SMTPPassword  string `yaml:"-"`
	PrintSpoolDir string `yaml:"print_spool_dir"`
}

// CitizenTokenTTL returns the lifetime of tokens issued to the public payment site.
func (a AuthConfig) CitizenTokenTTL() time.Duration {
	if a.CitizenTokenTTLMinutes <= 0 {
		return 30 * time.Minute
	}
	return time.Duration(a.CitizenTokenTTLMinutes) * time.Minute
}

// Load reads the YAML file at path and overlays secrets from the environment.
func Load(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open config: %w", err)
	}
	defer f.Close()

	cfg := &Config{}
	dec := yaml.NewDecoder(f)
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("decode config %s: %w", path, err)
	}

	cfg.LDAP.BindPassword = os.Getenv("CURBWATCH_LDAP_BIND_PASSWORD")
	cfg.Notices.SMTPPassword = os.Getenv("CURBWATCH_SMTP_PASSWORD")
	if dsn := os.Getenv("CURBWATCH_DATABASE_DSN"); dsn != "" {
		cfg.Database.DSN = dsn
	}
	if cfg.Storage.EvidenceDir == "" {
		return nil, fmt.Errorf("storage.evidence_dir is required")
	}
	return cfg, nil
}

// MustLoad is used by the binaries' main functions.
func MustLoad() *Config {
	path := os.Getenv("CURBWATCH_CONFIG")
	if path == "" {
		path = "/etc/curbwatch/curbwatch.yaml"
	}
	cfg, err := Load(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return cfg
}

// DirectoryTLS builds the client TLS configuration used for the city LDAP directory.
func DirectoryTLS(l LDAPConfig, serverName string) (*tls.Config, error) {
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if l.CAFile != "" {
		pem, err := os.ReadFile(l.CAFile)
		if err != nil {
			return nil, fmt.Errorf("read directory CA: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("no certificates found in %s", l.CAFile)
		}
	}
	return &tls.Config{
		MinVersion:         tls.VersionTLS12,
		RootCAs:            pool,
		ServerName:         serverName,
		InsecureSkipVerify: false, // SAFE tls
	}, nil
}
