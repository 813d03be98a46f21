module github.com/saltmarsh/survey

go 1.22

require (
	github.com/dop251/goja v0.0.0-20240220182346-e401ed450204
	github.com/antchfx/xmlquery v1.4.1
	github.com/danielgtaylor/huma/v2 v2.19.0
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/go-resty/resty/v2 v2.13.1
	github.com/gogf/gf/v2 v2.7.1
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/lestrrat-go/libxml2 v0.0.0-20240521004304-a75c203ac627
	github.com/lib/pq v1.10.9
	github.com/nats-io/nats.go v1.36.0
	github.com/zeromicro/go-zero v1.6.6
	golang.org/x/crypto v0.24.0
)
