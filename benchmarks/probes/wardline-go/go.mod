module github.com/wardline/wardline

go 1.22

require (
	github.com/Masterminds/squirrel v1.5.4
	github.com/antchfx/xmlquery v1.4.1
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/gofiber/fiber/v2 v2.52.5
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/lestrrat-go/libxml2 v0.0.0-20240521004304-a75c203ac627
	github.com/lib/pq v1.10.9
	github.com/rs/cors v1.11.0
	go.mongodb.org/mongo-driver v1.15.0
	golang.org/x/crypto v0.24.0
	gopkg.in/yaml.v2 v2.4.0
)
