module github.com/voltway/chargenet

go 1.23

require (
	github.com/Masterminds/squirrel v1.5.4
	github.com/antchfx/xmlquery v1.4.1
	github.com/dop251/goja v0.0.0-20240828124009-016eb7256539
	github.com/go-chi/chi/v5 v5.1.0
	github.com/go-chi/cors v1.2.1
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/gofiber/fiber/v2 v2.52.5
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/lestrrat-go/libxml2 v0.0.0-20240521004304-a75c203ac627
	go.mongodb.org/mongo-driver v1.16.1
	golang.org/x/crypto v0.26.0
	gopkg.in/yaml.v3 v3.0.1
)
