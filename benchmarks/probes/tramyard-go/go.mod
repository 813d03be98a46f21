module github.com/tramyard/depot

go 1.22

require (
	connectrpc.com/connect v1.16.2
	github.com/antchfx/xmlquery v1.4.1
	github.com/flosch/pongo2/v6 v6.0.0
	github.com/go-kit/kit v0.13.0
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/go-pg/pg/v10 v10.13.0
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/gorilla/mux v1.8.1
	github.com/hashicorp/go-retryablehttp v0.7.7
	github.com/jackc/pgx/v5 v5.6.0
	github.com/lestrrat-go/libxml2 v0.0.0-20240905100032-c934e3fcb9d3
	github.com/lib/pq v1.10.9
	github.com/rabbitmq/amqp091-go v1.10.0
	github.com/riverqueue/river v0.11.4
	github.com/riverqueue/river/riverdriver/riverpgxv5 v0.11.4
	golang.org/x/crypto v0.26.0
	xorm.io/xorm v1.3.9
)
