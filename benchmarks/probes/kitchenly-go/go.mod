module github.com/kitchenly/kitchenly-api

go 1.23

require (
	github.com/antchfx/xmlquery v1.4.1
	github.com/dop251/goja v0.0.0-20240610225006-393f6d42497b
	github.com/gin-contrib/cors v1.7.2
	github.com/gin-gonic/gin v1.10.0
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/go-resty/resty/v2 v2.13.1
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/labstack/echo/v4 v4.12.0
	github.com/lestrrat-go/libxml2 v0.0.0-20240521004304-a75c203ac627
	github.com/lib/pq v1.10.9
	github.com/rs/cors v1.11.0
	go.mongodb.org/mongo-driver v1.16.0
	golang.org/x/crypto v0.25.0
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.11
)
