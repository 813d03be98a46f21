module github.com/acme-fin/ledgerdesk

go 1.22

require (
	github.com/antchfx/xmlquery v1.4.1
	github.com/gin-gonic/gin v1.10.0
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/gorilla/mux v1.8.1
	github.com/jmoiron/sqlx v1.4.0
	github.com/labstack/echo/v4 v4.12.0
	github.com/lib/pq v1.10.9
	github.com/rs/cors v1.11.0
	go.mongodb.org/mongo-driver v1.16.0
	golang.org/x/crypto v0.25.0
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.11
)
