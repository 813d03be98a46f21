package config

// Defaults applied when the YAML file or environment leaves a value unset.
const (
	DefaultHTTPAddr    = ":8080"
	DefaultPartnerAddr = ":8443"
	DefaultNATSURL     = "nats://nats.emberline.internal:4222"
	DefaultLDAPURL     = "ldaps://dir.emberline.internal:636"
	DefaultLDAPBaseDN  = "ou=people,dc=emberline,dc=org"
	DefaultLDAPBindDN  = "cn=dispatch-svc,ou=services,dc=emberline,dc=org"
	DefaultTileRoot    = "/srv/emberline/tiles"
	DefaultSpoolDir    = "/var/spool/emberline"
	DefaultReportDir   = "/srv/emberline/reports"
	DefaultExportDir   = "/srv/emberline/exports"
	DefaultTemplateDir = "/usr/share/emberline/templates"
	DefaultGDALBin     = "/usr/bin/gdal_translate"
	DefaultPDFBin      = "/usr/bin/wkhtmltopdf"

	// NATSPasswordEnv names the variable holding the NATS credential.
	NATSPasswordEnv = "EMBERLINE_NATS_PASSWORD"
)

// defaultLDAPBindPassword is used by the directory client when no bind
// credential is provided through the environment.
const defaultLDAPBindPassword = "Emb3rl1ne-dispatch!svc" // VULN secret

// DefaultLayers lists the tile layers the console knows how to render.
var DefaultLayers = []string{"fuels", "perimeters", "hillshade", "roads", "evac-zones"}
