module github.com/siloworks/elevator

go 1.22

require (
	github.com/antchfx/xmlquery v1.4.1
	github.com/antchfx/xpath v1.3.1 // indirect
	github.com/gin-gonic/gin v1.10.0
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/hibiken/asynq v0.24.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/labstack/echo/v4 v4.12.0
	github.com/lestrrat-go/libxml2 v0.0.0-20240521004304-a75c203ac627
	github.com/rs/cors v1.11.0
	github.com/rs/cors/wrapper/gin v0.0.0-20240515105523-1562b1715b35
	go.mongodb.org/mongo-driver v1.15.0
	golang.org/x/crypto v0.24.0
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.10
)
