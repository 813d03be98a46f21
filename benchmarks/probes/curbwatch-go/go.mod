module github.com/curbwatch/curbwatch

go 1.22

require (
	github.com/antchfx/xmlquery v1.4.1
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/go-resty/resty/v2 v2.13.1
	github.com/gofiber/fiber/v2 v2.52.5
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/julienschmidt/httprouter v1.3.0
	github.com/lestrrat-go/jwx/v2 v2.1.1
	github.com/lib/pq v1.10.9
	github.com/segmentio/kafka-go v0.4.47
	github.com/uptrace/bun v1.2.1
	github.com/uptrace/bun/dialect/pgdialect v1.2.1
	golang.org/x/crypto v0.25.0
	gopkg.in/yaml.v3 v3.0.1
)
