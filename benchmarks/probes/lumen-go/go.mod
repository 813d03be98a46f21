module github.com/lumenfleet/lumen

go 1.22

require (
	github.com/antchfx/xmlquery v1.4.2
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/labstack/echo/v4 v4.12.0
	go.mongodb.org/mongo-driver v1.16.1
	golang.org/x/crypto v0.26.0
)
