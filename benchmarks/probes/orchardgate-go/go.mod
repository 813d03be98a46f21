module github.com/orchardgate/orchardgate

go 1.21

require (
	entgo.io/ent v0.12.5
	github.com/ThreeDotsLabs/watermill v1.3.5
	github.com/antchfx/xmlquery v1.3.18
	github.com/dop251/goja v0.0.0-20231027120936-b396bb4c349d
	github.com/go-ldap/ldap/v3 v3.4.6
	github.com/gobuffalo/buffalo v1.1.0
	github.com/golang-jwt/jwt/v5 v5.2.0
	github.com/google/uuid v1.5.0
	github.com/gorilla/mux v1.8.1
	github.com/lib/pq v1.10.9
	github.com/revel/revel v1.1.0
	golang.org/x/crypto v0.17.0
	gorm.io/driver/postgres v1.5.4
	gorm.io/gorm v1.25.5
)
