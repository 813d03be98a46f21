package main

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"example.com/warehouse/internal/dto"
	pb "example.com/warehouse/gen/stockpb"
	"google.golang.org/grpc"
)

var stock *sql.DB

// a gRPC service's methods: the request message is what the client sent
type stockServer struct {
	pb.UnimplementedStockServer
}

func (s *stockServer) GetItem(ctx context.Context, in *pb.GetItemRequest) (*pb.Item, error) {
	// ruleid: trace.go.sql-injection.tainted-query
	stock.QueryContext(ctx, "SELECT * FROM items WHERE sku = '"+in.GetSku()+"'")
	// ok: trace.go.sql-injection.tainted-query
	stock.QueryContext(ctx, "SELECT * FROM items WHERE sku = $1", in.GetSku())
	// ok: trace.go.sql-injection.tainted-query
	stock.QueryContext(ctx, "SELECT * FROM items LIMIT "+strconv.Itoa(int(in.GetLimit())))
	return &pb.Item{}, nil
}

func (s *stockServer) ExportLabels(in *pb.ExportLabelsRequest, stream pb.Stock_ExportLabelsServer) error {
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "labels --printer "+in.Printer).Run()
	return nil
}

func (s *stockServer) UploadManifest(stream pb.Stock_UploadManifestServer) error {
	chunk, err := stream.Recv()
	if err != nil {
		return err
	}
	// ruleid: trace.go.path-traversal.tainted-file-path
	os.WriteFile("/srv/manifests/"+chunk.GetFileName(), chunk.GetData(), 0o640)
	// ok: trace.go.path-traversal.tainted-file-path
	os.WriteFile(filepath.Join("/srv/manifests", filepath.Base(chunk.GetFileName())), chunk.GetData(), 0o640)
	return nil
}

// a client of the service: the reply is the server's data
func restock(ctx context.Context, cc grpc.ClientConnInterface, sku string) {
	item, err := pb.NewStockClient(cc).GetItem(ctx, &pb.GetItemRequest{Sku: sku})
	if err != nil {
		return
	}
	// ok: trace.go.sql-injection.tainted-query
	stock.ExecContext(ctx, "UPDATE items SET restocked = now() WHERE bin = '"+item.GetBin()+"'")
}

// a method taking a message that is no request (an event the service itself built)
func (s *stockServer) apply(ctx context.Context, ev *pb.StockChanged) (*pb.Item, error) {
	// ok: trace.go.sql-injection.tainted-query
	stock.ExecContext(ctx, "UPDATE items SET qty = qty + 1 WHERE sku = '"+ev.GetSku()+"'")
	return nil, nil
}

// an application's own service taking a request struct of its own package: not a gRPC method
type OrderService struct{}

func (o *OrderService) Create(ctx context.Context, req *dto.CreateOrderRequest) (*dto.Order, error) {
	// ok: trace.go.sql-injection.tainted-query
	stock.ExecContext(ctx, "INSERT INTO orders (sku) VALUES ('"+req.Sku+"')")
	return nil, nil
}

// messages generated into the server's own package (no `pb.` qualifier)
type Server struct {
	UnimplementedLabelsServer
}

func (s *Server) Reprint(ctx context.Context, req *ReprintRequest) (*ReprintResponse, error) {
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "labels --reprint "+req.LabelId).Run()
	return &ReprintResponse{}, nil
}
