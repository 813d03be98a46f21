package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is shared by all Voltpark binaries; each binary only reads the
// sections it needs.
type Config struct {
	HTTPAddr      string `yaml:"http_addr"`
	RoamingAddr   string `yaml:"roaming_addr"`
	GRPCAddr      string `yaml:"grpc_addr"`
	GRPCCertFile  string `yaml:"grpc_cert_file"`
	GRPCKeyFile   string `yaml:"grpc_key_file"`
	PostgresDSN   string `yaml:"postgres_dsn"`
	MongoURI      string `yaml:"mongo_uri"`
	MongoDatabase string `yaml:"mongo_database"`

	KafkaBrokers []string `yaml:"kafka_brokers"`
	KafkaCAFile  string   `yaml:"kafka_ca_file"`
	KafkaGroupID string   `yaml:"kafka_group_id"`

	JWTSecret      string `yaml:"-"`
	KioskCookieKey string `yaml:"-"`
	JWTIssuer      string `yaml:"jwt_issuer"`
	PortalKeyFile  string `yaml:"portal_key_file"`

	LDAPURL    string `yaml:"ldap_url"`
	LDAPBaseDN string `yaml:"ldap_base_dn"`

	DataDir        string `yaml:"data_dir"`
	ReportDir      string `yaml:"report_dir"`
	FirmwareDir    string `yaml:"firmware_dir"`
	DiagnosticsDir string `yaml:"diagnostics_dir"`
	PhotoDir       string `yaml:"photo_dir"`
	TemplateDir    string `yaml:"template_dir"`
	ProfileDir     string `yaml:"profile_dir"`
	AgreementsFile string `yaml:"agreements_file"`
	SignTool       string `yaml:"sign_tool"`

	AllowedOrigins  []string          `yaml:"allowed_origins"`
	PartnerDomain   string            `yaml:"partner_domain"`
	PartnerHosts    []string          `yaml:"partner_hosts"`
	VendorCDNs      map[string]string `yaml:"vendor_cdns"`
	BillingURL      string            `yaml:"billing_url"`
	PortalBaseURL   string            `yaml:"portal_base_url"`
	SMTPRelay       string            `yaml:"smtp_relay"`
	MailFrom        string            `yaml:"mail_from"`
	ShutdownTimeout time.Duration     `yaml:"shutdown_timeout"`
}

func defaults() *Config {
	return &Config{
		HTTPAddr:        ":8080",
		RoamingAddr:     ":8081",
		GRPCAddr:        ":9443",
		MongoDatabase:   "voltpark",
		KafkaGroupID:    "voltpark-worker",
		JWTIssuer:       "voltpark-api",
		DataDir:         "/var/lib/voltpark",
		ReportDir:       "/var/lib/voltpark/reports",
		FirmwareDir:     "/var/lib/voltpark/firmware",
		DiagnosticsDir:  "/var/lib/voltpark/diagnostics",
		PhotoDir:        "/var/lib/voltpark/photos",
		TemplateDir:     "/usr/share/voltpark/templates",
		ProfileDir:      "/usr/share/voltpark/profiles",
		AgreementsFile:  "/etc/voltpark/roaming-agreements.xml",
		SignTool:        "/usr/local/bin/fwsign",
		PartnerDomain:   "ocpi-hub.eu",
		SMTPRelay:       "localhost:25",
		MailFrom:        "noreply@voltpark.io",
		ShutdownTimeout: 15 * time.Second,
	}
}

// Load reads the YAML file at path (if any) and applies environment overrides.
func Load(path string) (*Config, error) {
	cfg := defaults()
	if path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read config: %w", err)
		}
		if err := yaml.Unmarshal(raw, cfg); err != nil {
			return nil, fmt.Errorf("parse config %s: %w", path, err)
		}
	}

	overrideString(&cfg.PostgresDSN, "VOLTPARK_POSTGRES_DSN")
	overrideString(&cfg.MongoURI, "VOLTPARK_MONGO_URI")
	overrideString(&cfg.LDAPURL, "VOLTPARK_LDAP_URL")
	overrideString(&cfg.BillingURL, "VOLTPARK_BILLING_URL")
	if v := os.Getenv("VOLTPARK_KAFKA_BROKERS"); v != "" {
		cfg.KafkaBrokers = strings.Split(v, ",")
	}

	cfg.JWTSecret = os.Getenv("VOLTPARK_JWT_SECRET") // SAFE secret
	cfg.KioskCookieKey = os.Getenv("VOLTPARK_KIOSK_COOKIE_KEY")

	return cfg, cfg.validate()
}

func (c *Config) validate() error {
	var problems []string
	if c.PostgresDSN == "" {
		problems = append(problems, "postgres_dsn is required")
	}
	if len(c.JWTSecret) < 32 {
		problems = append(problems, "VOLTPARK_JWT_SECRET must be at least 32 bytes")
	}
	if len(c.KafkaBrokers) == 0 {
		problems = append(problems, "at least one kafka broker is required")
	}
	if len(problems) > 0 {
		return errors.New("config: " + strings.Join(problems, "; "))
	}
	return nil
}

func overrideString(dst *string, env string) {
	if v, ok := os.LookupEnv(env); ok && v != "" {
		*dst = v
	}
}
