// Package config loads Emberline runtime configuration from a YAML file and
// the process environment.
package config

import (
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// Config is the complete runtime configuration.
type Config struct {
	HTTPAddr       string   `yaml:"http_addr"`
	PartnerAddr    string   `yaml:"partner_addr"`
	PostgresDSN    string   `yaml:"postgres_dsn"`
	MongoURI       string   `yaml:"mongo_uri"`
	MongoDatabase  string   `yaml:"mongo_database"`
	NATSURL        string   `yaml:"nats_url"`
	NATSUser       string   `yaml:"nats_user"`
	LDAPURL        string   `yaml:"ldap_url"`
	LDAPBaseDN     string   `yaml:"ldap_base_dn"`
	LDAPBindDN     string   `yaml:"ldap_bind_dn"`
	LDAPServerName string   `yaml:"ldap_server_name"`
	TileRoot       string   `yaml:"tile_root"`
	SpoolDir       string   `yaml:"spool_dir"`
	ReportDir      string   `yaml:"report_dir"`
	ExportDir      string   `yaml:"export_dir"`
	TemplateDir    string   `yaml:"template_dir"`
	GDALBin        string   `yaml:"gdal_bin"`
	PDFBin         string   `yaml:"pdf_bin"`
	Layers         []string `yaml:"layers"`
	AllowedOrigins []string `yaml:"allowed_origins"`
	PartnerKeyPEM  string   `yaml:"partner_key_pem"`
	TokenIssuer    string   `yaml:"token_issuer"`

	NATSPassword     string `yaml:"-"`
	LDAPBindPassword string `yaml:"-"`
	WeatherAPIKey    string `yaml:"-"`
	JWTKey           []byte `yaml:"-"`
	PrefsKey         []byte `yaml:"-"`
}

// Load reads the file named by EMBERLINE_CONFIG (or the packaged default)
// and overlays secrets from the environment.
func Load() (*Config, error) {
	path := os.Getenv("EMBERLINE_CONFIG")
	if path == "" {
		path = "/etc/emberline/emberline.yaml"
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open config: %w", err)
	}
	defer f.Close()

	cfg := &Config{}
	dec := yaml.NewDecoder(f)
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil { // SAFE deser
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	cfg.applyDefaults()

	cfg.NATSPassword = os.Getenv(NATSPasswordEnv)
	cfg.WeatherAPIKey = os.Getenv("EMBERLINE_WEATHER_API_KEY")
	cfg.JWTKey = []byte(os.Getenv("EMBERLINE_JWT_KEY")) // SAFE secret
	cfg.PrefsKey = []byte(os.Getenv("EMBERLINE_PREFS_KEY"))
	cfg.LDAPBindPassword = os.Getenv("EMBERLINE_LDAP_BIND_PASSWORD")
	if cfg.LDAPBindPassword == "" {
		cfg.LDAPBindPassword = defaultLDAPBindPassword
	}
	if len(cfg.JWTKey) < 32 {
		return nil, fmt.Errorf("EMBERLINE_JWT_KEY must be at least 32 bytes")
	}
	return cfg, nil
}

func (c *Config) applyDefaults() {
	if c.HTTPAddr == "" {
		c.HTTPAddr = DefaultHTTPAddr
	}
	if c.PartnerAddr == "" {
		c.PartnerAddr = DefaultPartnerAddr
	}
	if c.NATSURL == "" {
		c.NATSURL = DefaultNATSURL
	}
	if c.LDAPURL == "" {
		c.LDAPURL = DefaultLDAPURL
	}
	if c.LDAPBaseDN == "" {
		c.LDAPBaseDN = DefaultLDAPBaseDN
	}
	if c.LDAPBindDN == "" {
		c.LDAPBindDN = DefaultLDAPBindDN
	}
	if c.LDAPServerName == "" {
		c.LDAPServerName = strings.TrimSuffix(strings.TrimPrefix(c.LDAPURL, "ldaps://"), ":636")
	}
	if c.TileRoot == "" {
		c.TileRoot = DefaultTileRoot
	}
	if c.SpoolDir == "" {
		c.SpoolDir = DefaultSpoolDir
	}
	if c.ReportDir == "" {
		c.ReportDir = DefaultReportDir
	}
	if c.ExportDir == "" {
		c.ExportDir = DefaultExportDir
	}
	if c.TemplateDir == "" {
		c.TemplateDir = DefaultTemplateDir
	}
	if c.GDALBin == "" {
		c.GDALBin = DefaultGDALBin
	}
	if c.PDFBin == "" {
		c.PDFBin = DefaultPDFBin
	}
	if len(c.Layers) == 0 {
		c.Layers = DefaultLayers
	}
	if c.MongoDatabase == "" {
		c.MongoDatabase = "emberline"
	}
	if c.TokenIssuer == "" {
		c.TokenIssuer = "emberline-dispatch"
	}
}
