module github.com/voltpark/platform

go 1.21

require (
	github.com/antchfx/xmlquery v1.3.18
	github.com/go-chi/chi/v5 v5.0.11
	github.com/go-ldap/ldap/v3 v3.4.6
	github.com/gofiber/fiber/v2 v2.52.0
	github.com/golang-jwt/jwt/v5 v5.2.0
	github.com/google/uuid v1.5.0
	github.com/jackc/pgx/v5 v5.5.1
	github.com/jmoiron/sqlx v1.3.5
	github.com/lestrrat-go/libxml2 v0.0.0-20231124114421-99c71026c2f5
	github.com/lib/pq v1.10.9
	github.com/segmentio/kafka-go v0.4.47
	go.mongodb.org/mongo-driver v1.13.1
	golang.org/x/crypto v0.17.0
	google.golang.org/grpc v1.60.1
	gopkg.in/yaml.v3 v3.0.1
)
