// go-kit endpoints and connect-go handlers: the request reaches them through the framework
package parts

import (
	"context"
	"database/sql"
	"os/exec"

	"connectrpc.com/connect"
	"github.com/go-kit/kit/endpoint"
)

type SearchRequest struct{ SupplierRef string }

type Endpoints struct {
	Search endpoint.Endpoint
}

func MakeEndpoints(db *sql.DB) Endpoints {
	return Endpoints{
		Search: func(ctx context.Context, request interface{}) (interface{}, error) {
			req := request.(SearchRequest)
			// ruleid: trace.go.sql-injection.tainted-query
			return db.QueryContext(ctx, "SELECT * FROM parts WHERE supplier_ref = '"+req.SupplierRef+"'")
		},
	}
}

func countParts(ctx context.Context, db *sql.DB, limit interface{}) (interface{}, error) {
	// ok: trace.go.sql-injection.tainted-query
	return db.QueryContext(ctx, "SELECT * FROM parts WHERE supplier_ref = 'x'")
}

func MakeLookupEndpoint(db *sql.DB) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		badge := request.(string)
		// ruleid: trace.go.sql-injection.tainted-query
		return db.QueryContext(ctx, "SELECT * FROM drivers WHERE badge = '"+badge+"'")
	}
}

type ProbeRequest struct{ Unit string }
type ProbeResponse struct{ Output string }
type YardServer struct{}

func (s *YardServer) RunProbe(ctx context.Context, req *connect.Request[ProbeRequest]) (*connect.Response[ProbeResponse], error) {
	// ruleid: trace.go.command-injection.tainted-command
	out, err := exec.CommandContext(ctx, "/bin/sh", "-c", "probe --unit "+req.Msg.Unit).Output()
	// ok: trace.go.command-injection.tainted-command
	_, _ = exec.CommandContext(ctx, "probe", "--unit", req.Msg.Unit).Output()
	return connect.NewResponse(&ProbeResponse{Output: string(out)}), err
}
