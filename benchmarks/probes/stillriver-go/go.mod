module github.com/stillriver/stillriver

go 1.21

require (
	github.com/antchfx/xmlquery v1.3.18
	github.com/cloudwego/hertz v0.8.1
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-ldap/ldap/v3 v3.4.6
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/hibiken/asynq v0.24.1
	github.com/jackc/pgx/v5 v5.5.5
	github.com/jmoiron/sqlx v1.3.5
	github.com/lib/pq v1.10.9
	github.com/nats-io/nats.go v1.33.1
	github.com/zeromicro/go-zero v1.6.3
	golang.org/x/crypto v0.21.0
)
