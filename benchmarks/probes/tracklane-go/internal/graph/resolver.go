// Package graph implements the operator GraphQL API.
package graph

//go:generate go run github.com/99designs/gqlgen generate

import (
	"context"
	"errors"
	"net/http"

	"github.com/tracklane/tracklane/internal/auth"
	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/service"
	"github.com/tracklane/tracklane/internal/xmlimport"
)

// Resolver is the root resolver holding service dependencies.
type Resolver struct {
	Wagons      *service.WagonService
	Maintenance *service.MaintenanceService
	Reports     *service.ReportService
	Consists    *xmlimport.Importer
}

type operatorCtxKey struct{}

// ErrUnauthenticated is returned by resolvers that need an operator.
var ErrUnauthenticated = errors.New("authentication required")

// ErrNotAllowed is returned when the operator's role is insufficient.
var ErrNotAllowed = errors.New("operation not allowed for your role")

// AuthMiddleware attaches the calling operator to the request context.
func AuthMiddleware(tokens *auth.TokenService, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if header := r.Header.Get("Authorization"); header != "" {
			claims, err := tokens.ClaimsFromBearer(header)
			if err != nil {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusUnauthorized)
				w.Write([]byte(`{"errors":[{"message":"invalid token"}]}`))
				return
			}
			r = r.WithContext(context.WithValue(r.Context(), operatorCtxKey{}, claims))
		}
		next.ServeHTTP(w, r)
	})
}

func operatorFrom(ctx context.Context) (*auth.OperatorClaims, error) {
	claims, ok := ctx.Value(operatorCtxKey{}).(*auth.OperatorClaims)
	if !ok {
		return nil, ErrUnauthenticated
	}
	return claims, nil
}

func requireRole(ctx context.Context, roles ...string) (*auth.OperatorClaims, error) {
	claims, err := operatorFrom(ctx)
	if err != nil {
		return nil, err
	}
	if claims.Role == domain.RoleAdmin {
		return claims, nil
	}
	for _, r := range roles {
		if claims.Role == r {
			return claims, nil
		}
	}
	return nil, ErrNotAllowed
}
