module github.com/spokeshare/spokeshare

go 1.23

require (
	github.com/antchfx/xmlquery v1.4.2
	github.com/dop251/goja v0.0.0-20241009100908-5f46f2705ca3
	github.com/go-chi/chi/v5 v5.1.0
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/go-resty/resty/v2 v2.15.3
	github.com/gofiber/fiber/v2 v2.52.5
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/gorilla/mux v1.8.1
	github.com/jackc/pgx/v5 v5.7.1
	github.com/jmoiron/sqlx v1.4.0
	github.com/lestrrat-go/jwx/v2 v2.1.1
	github.com/lestrrat-go/libxml2 v0.0.0-20240905100032-c934e3fcb9d3
	github.com/rs/cors v1.11.1
	github.com/uptrace/bun v1.2.5
	github.com/uptrace/bun/dialect/pgdialect v1.2.5
	go.mongodb.org/mongo-driver v1.17.1
	golang.org/x/crypto v0.28.0
	gopkg.in/yaml.v3 v3.0.1
)
