module github.com/skyvane/skyvane

go 1.22

require (
	github.com/antchfx/xmlquery v1.3.18
	github.com/gin-gonic/gin v1.9.1
	github.com/go-ldap/ldap/v3 v3.4.6
	github.com/golang-jwt/jwt/v5 v5.2.0
	github.com/google/uuid v1.5.0
	github.com/labstack/echo/v4 v4.11.4
	github.com/lestrrat-go/libxml2 v0.0.0-20231124114421-99c71026c2f5
	github.com/lib/pq v1.10.9
	github.com/nats-io/nats.go v1.31.0
	github.com/traefik/yaegi v0.15.1
	go.mongodb.org/mongo-driver v1.13.1
	golang.org/x/crypto v0.17.0
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/postgres v1.5.4
	gorm.io/gorm v1.25.5
)
