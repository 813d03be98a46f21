module github.com/emberline/dispatch

go 1.22

require (
	github.com/antchfx/xmlquery v1.4.0
	github.com/antchfx/xpath v1.3.0
	github.com/dop251/goja v0.0.0-20240220182346-e401ed450204
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/gorilla/mux v1.8.1
	github.com/jackc/pgx/v5 v5.5.5
	github.com/lestrrat-go/libxml2 v0.0.0-20240202005543-4ea4fda5aa82
	github.com/nats-io/nats.go v1.34.1
	go.mongodb.org/mongo-driver v1.15.0
	golang.org/x/crypto v0.22.0
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/postgres v1.5.7
	gorm.io/gorm v1.25.10
)
