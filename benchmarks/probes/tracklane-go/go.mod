module github.com/tracklane/tracklane

go 1.22

require (
	github.com/99designs/gqlgen v0.17.49
	github.com/IBM/sarama v1.43.2
	github.com/Masterminds/squirrel v1.5.4
	github.com/beego/beego/v2 v2.2.2
	github.com/doug-martin/goqu/v9 v9.19.0
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/kataras/iris/v12 v12.2.11
	github.com/lib/pq v1.10.9
	github.com/redis/go-redis/v9 v9.5.3
	github.com/vektah/gqlparser/v2 v2.5.16
	golang.org/x/crypto v0.24.0
)
