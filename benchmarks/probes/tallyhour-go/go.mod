module github.com/tallyhour/tallyhour

go 1.22

require (
	github.com/antchfx/xmlquery v1.4.1
	github.com/gin-contrib/cors v1.7.2
	github.com/gin-gonic/gin v1.10.0
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/lestrrat-go/libxml2 v0.0.0-20240905100032-c934e3fcb9d3
	github.com/lib/pq v1.10.9
	github.com/traefik/yaegi v0.16.1
	go.mongodb.org/mongo-driver v1.16.1
	golang.org/x/crypto v0.26.0
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.11
)
